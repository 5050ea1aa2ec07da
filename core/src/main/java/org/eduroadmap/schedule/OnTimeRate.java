package org.eduroadmap.schedule;

import java.util.OptionalDouble;

/**
 * How many occurrences that were due by a day were done on time, done late, or are overdue: 7 on time,
 * 2 late, 1 overdue is a rate of 0.7.
 *
 * <pre>{@code
 * OnTimeRate r = progress.onTimeRate(LocalDate.of(2022, 12, 31));
 * r.rate();                       // OptionalDouble[0.7]
 * r.plus(otherProgress.onTimeRate(day)); // across roadmaps
 * }</pre>
 *
 * <p>Occurrences done early count as on time even before they are due; occurrences not yet due and
 * not done, and CONTINUOUS spans, do not count. This class is immutable and thread-safe.
 */
public final class OnTimeRate {

  private static final OnTimeRate NONE = new OnTimeRate(0, 0, 0);

  private final int onTime;
  private final int late;
  private final int overdue;

  private OnTimeRate(int onTime, int late, int overdue) {
    this.onTime = onTime;
    this.late = late;
    this.overdue = overdue;
  }

  /**
   * Obtains the rate of {@code onTime}, {@code late} and {@code overdue} occurrences.
   *
   * @throws IllegalArgumentException if a count is negative
   */
  public static OnTimeRate of(int onTime, int late, int overdue) {
    if (onTime < 0 || late < 0 || overdue < 0) {
      throw new IllegalArgumentException(
          "Invalid counts (must not be negative): " + onTime + ", " + late + ", " + overdue);
    }
    return onTime + late + overdue == 0 ? NONE : new OnTimeRate(onTime, late, overdue);
  }

  /** No occurrence counted. */
  public static OnTimeRate none() {
    return NONE;
  }

  /** Done on or before the effective due date. */
  public int onTime() {
    return onTime;
  }

  /** Done after the effective due date. */
  public int late() {
    return late;
  }

  /** Not done, effective due date passed. */
  public int overdue() {
    return overdue;
  }

  /** Every occurrence counted. */
  public int total() {
    return onTime + late + overdue;
  }

  /** On time out of all counted, 0 – 1; empty when none was counted. */
  public OptionalDouble rate() {
    int total = total();
    return total == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) onTime / total);
  }

  /** The counts of both. */
  public OnTimeRate plus(OnTimeRate other) {
    return of(onTime + other.onTime, late + other.late, overdue + other.overdue);
  }

  OnTimeRate plus(OccurrenceStatus status) {
    switch (status) {
      case DONE_ON_TIME:
        return of(onTime + 1, late, overdue);
      case DONE_LATE:
        return of(onTime, late + 1, overdue);
      case OVERDUE:
        return of(onTime, late, overdue + 1);
      default:
        return this;
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OnTimeRate r && onTime == r.onTime && late == r.late && overdue == r.overdue;
  }

  @Override
  public int hashCode() {
    return (onTime * 31 + late) * 31 + overdue;
  }

  @Override
  public String toString() {
    return "on time " + onTime + ", late " + late + ", overdue " + overdue;
  }
}
