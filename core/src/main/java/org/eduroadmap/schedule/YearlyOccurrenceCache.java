package org.eduroadmap.schedule;

import java.time.LocalDate;
import org.eduroadmap.calendar.DueDatePolicy;
import org.eduroadmap.schedule.internal.DueDates;
import org.eduroadmap.schedule.internal.MonthBounds;
import org.eduroadmap.term.OccurrenceKind;

/**
 * The whole-month occurrences of rules that repeat the same months every year, made once per year and
 * months under one calculator's due-date policy, then shared: the same yearly term in forty thousand
 * roadmaps, or over a century, gives the same few instances instead of a new one per occurrence
 * ({@link TermOccurrence} is immutable, and equal occurrences are interchangeable).
 *
 * <p>This class is thread-safe: occurrences have only final fields, so a racy read sees a whole one
 * or null (then it is made again, equal); a year's row is published through a final field.
 */
final class YearlyOccurrenceCache {

  private static final int FIRST_CACHED_YEAR = 1900;
  private static final int CACHED_YEARS = 400;
  /** A row holds the 144 WINDOW shapes (first month, last month), then the 144 CONTINUOUS ones. */
  private static final int SHAPES = 144;

  private final DueDates dueDates;
  private final boolean dueStays;
  private final Row[] years = new Row[CACHED_YEARS];

  /** Holds a year's occurrences behind a final field: safe to publish through a data race. */
  private static final class Row {
    final TermOccurrence[] occurrences = new TermOccurrence[2 * SHAPES];
  }

  YearlyOccurrenceCache(DueDates dueDates) {
    this.dueDates = dueDates;
    this.dueStays = dueDates.policy() == DueDatePolicy.NONE;
  }

  /** The due dates this cache's occurrences use. */
  DueDates dueDates() {
    return dueDates;
  }

  /**
   * The occurrence of {@code kind} (WINDOW or CONTINUOUS) from the first day of {@code firstMonth}
   * to the last day of {@code lastMonth} of {@code year}, labelled {@code year};
   * {@code shape} is {@code 12 * (firstMonth - 1) + lastMonth - 1}.
   *
   * @throws org.eduroadmap.calendar.CalendarException as {@link DueDates#effective} does
   */
  TermOccurrence of(OccurrenceKind kind, int year, int shape) {
    int index = year - FIRST_CACHED_YEAR;
    if (index < 0 || index >= CACHED_YEARS) {
      return make(kind, year, shape);
    }
    Row row = years[index];
    if (row == null) {
      row = new Row();
      years[index] = row;
    }
    int slot = kind == OccurrenceKind.CONTINUOUS ? SHAPES + shape : shape;
    TermOccurrence o = row.occurrences[slot];
    if (o == null) {
      o = make(kind, year, shape);
      row.occurrences[slot] = o;
    }
    return o;
  }

  private TermOccurrence make(OccurrenceKind kind, int year, int shape) {
    LocalDate[] bounds = MonthBounds.ofYear(year);
    LocalDate start = bounds[2 * (shape / 12)];
    LocalDate end = bounds[2 * (shape % 12) + 1];
    return occurrence(kind, start, end, year);
  }

  /** A new occurrence from {@code start} to {@code end}, with this cache's due-date policy. */
  TermOccurrence occurrence(OccurrenceKind kind, LocalDate start, LocalDate end, int label) {
    if (kind == OccurrenceKind.CONTINUOUS) {
      return new TermOccurrence(kind, start, end, null, null, label);
    }
    return new TermOccurrence(kind, start, end, end, dueStays ? end : dueDates.effective(end), label);
  }
}
