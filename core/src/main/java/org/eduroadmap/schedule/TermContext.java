package org.eduroadmap.schedule;

import java.util.Objects;
import java.util.OptionalInt;
import org.eduroadmap.calendar.DateRange;
import org.eduroadmap.roadmap.RoadmapPeriod;

/**
 * What a term needs besides its text to become dates: the roadmap period and, for a per-year
 * column, the column's year.
 *
 * <pre>{@code
 * TermContext ctx = TermContext.of(DateRange.ofYears(2020, 2022)).withColumnYear(2021);
 * calculator.expand(TermRule.ThroughAcademicYear.of(), ctx); // 2021-09-01 – 2022-08-31
 * }</pre>
 *
 * <p>The academic year is the calculator's setting, not the context's. This class is immutable and
 * thread-safe.
 */
public final class TermContext {

  private final DateRange period;
  private final int columnYear;

  private TermContext(DateRange period, int columnYear) {
    this.period = period;
    this.columnYear = columnYear;
  }

  /** The context of a term of a roadmap covering {@code period}. */
  public static TermContext of(DateRange period) {
    return new TermContext(Objects.requireNonNull(period, "period"), 0);
  }

  /**
   * The context of a term of a roadmap covering {@code period}.
   *
   * @throws ScheduleException if the period's first day is after its last
   */
  public static TermContext of(RoadmapPeriod period) {
    return of(periodRange(period));
  }

  static DateRange periodRange(RoadmapPeriod period) {
    if (!period.isValid()) {
      throw new ScheduleException("schedule.periodReversed", period.first(), period.last());
    }
    return period.toDateRange();
  }

  /**
   * A copy for a term written in the per-year column {@code year}.
   *
   * @throws IllegalArgumentException if {@code year} is not in 1 – 9999
   */
  public TermContext withColumnYear(int year) {
    if (year < 1 || year > 9999) {
      throw new IllegalArgumentException("Invalid column year (valid values 1 - 9999): " + year);
    }
    return new TermContext(period, year);
  }

  /** The roadmap period. */
  public DateRange period() {
    return period;
  }

  /** The year of the column the term stands in, if any. */
  public OptionalInt columnYear() {
    return columnYear == 0 ? OptionalInt.empty() : OptionalInt.of(columnYear);
  }

  int columnYearOrZero() {
    return columnYear;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TermContext c && period.equals(c.period) && columnYear == c.columnYear;
  }

  @Override
  public int hashCode() {
    return period.hashCode() * 31 + columnYear;
  }

  @Override
  public String toString() {
    return columnYear == 0 ? period.toString() : period + " column " + columnYear;
  }
}
