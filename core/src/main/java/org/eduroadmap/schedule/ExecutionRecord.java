package org.eduroadmap.schedule;

import java.time.LocalDate;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * That one occurrence of an activity was done on a day, with the document that shows it: activity
 * {@code 8}, the occurrence starting 2021-11-01, done on 2021-11-26, «Доклад на Ученом совете,
 * протокол № 5».
 *
 * <pre>{@code
 * ExecutionRecord r = ExecutionRecord.of("8", LocalDate.of(2021, 11, 1), LocalDate.of(2021, 11, 26),
 *     "Доклад на Ученом совете, протокол № 5");
 * ExecutionRecord same = ExecutionRecord.of(occurrence, LocalDate.of(2021, 11, 26), "протокол № 5");
 * }</pre>
 *
 * <p>An occurrence is named by its activity's identifier ({@link org.eduroadmap.roadmap.Activity#id()}:
 * the printed number, with a suffix where numbers repeat) and its start day (and, for a per-year cell,
 * its column year). This class is immutable and
 * thread-safe.
 */
public final class ExecutionRecord {

  private final String activityId;
  private final LocalDate occurrenceStart;
  private final int year;
  private final LocalDate doneOn;
  private final String evidence;

  private ExecutionRecord(String activityId, LocalDate occurrenceStart, int year, LocalDate doneOn,
      String evidence) {
    this.activityId = activityId;
    this.occurrenceStart = occurrenceStart;
    this.year = year;
    this.doneOn = doneOn;
    this.evidence = evidence;
  }

  /**
   * The occurrence of activity {@code activityId} starting on {@code occurrenceStart} was done on
   * {@code doneOn}, shown by {@code evidence}.
   *
   * @throws IllegalArgumentException if the key or the evidence is blank
   */
  public static ExecutionRecord of(String activityId, LocalDate occurrenceStart, LocalDate doneOn,
      String evidence) {
    Objects.requireNonNull(activityId, "activityId");
    Objects.requireNonNull(occurrenceStart, "occurrenceStart");
    Objects.requireNonNull(doneOn, "doneOn");
    Objects.requireNonNull(evidence, "evidence");
    if (activityId.isBlank()) {
      throw new IllegalArgumentException("Invalid activity identifier (must not be blank): \"" + activityId + "\"");
    }
    if (evidence.isBlank()) {
      throw new IllegalArgumentException("Invalid evidence (a document must be named): \"" + evidence + "\"");
    }
    return new ExecutionRecord(activityId.strip(), occurrenceStart, 0, doneOn, evidence);
  }

  /** {@code occurrence} was done on {@code doneOn}, shown by {@code evidence}. */
  public static ExecutionRecord of(Occurrence occurrence, LocalDate doneOn, String evidence) {
    ExecutionRecord r = of(occurrence.activityId(), occurrence.start(), doneOn, evidence);
    return occurrence.activity().hasYearCells() ? r.withYear(occurrence.yearOrZero()) : r;
  }

  /** A copy naming the per-year column {@code columnYear}; 0 for none. */
  public ExecutionRecord withYear(int columnYear) {
    return new ExecutionRecord(activityId, occurrenceStart, columnYear, doneOn, evidence);
  }

  /** The activity's identifier, unique in its roadmap. */
  public String activityId() {
    return activityId;
  }

  /** The start day of the occurrence done. */
  public LocalDate occurrenceStart() {
    return occurrenceStart;
  }

  /** The per-year column of the occurrence, when it names one. */
  public OptionalInt year() {
    return year == 0 ? OptionalInt.empty() : OptionalInt.of(year);
  }

  /** The day it was done. */
  public LocalDate doneOn() {
    return doneOn;
  }

  /** The document that shows it: {@code Приказ УО № 12 от 01.09.2021}. */
  public String evidence() {
    return evidence;
  }

  /** Whether this record is about {@code o}. */
  public boolean isAbout(Occurrence o) {
    return o.activityId().equals(activityId) && o.start().equals(occurrenceStart)
        && (year == 0 || year == o.yearOrZero());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ExecutionRecord r && activityId.equals(r.activityId)
        && occurrenceStart.equals(r.occurrenceStart) && year == r.year && doneOn.equals(r.doneOn)
        && evidence.equals(r.evidence);
  }

  @Override
  public int hashCode() {
    return Objects.hash(activityId, occurrenceStart, year, doneOn, evidence);
  }

  @Override
  public String toString() {
    return activityId + " " + occurrenceStart + (year == 0 ? "" : " year " + year) + " done " + doneOn
        + " «" + evidence + "»";
  }
}
