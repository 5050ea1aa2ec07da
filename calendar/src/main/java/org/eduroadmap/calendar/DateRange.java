package org.eduroadmap.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * A range of days, both ends inclusive, such as {@code 2021-01-01/2023-12-31}.
 *
 * <pre>{@code
 * DateRange period = DateRange.of(LocalDate.of(2021, 1, 1), LocalDate.of(2023, 12, 31));
 * period.contains(LocalDate.of(2022, 11, 1)); // true
 * DateRange.parse("2021-01-01/2023-12-31").equals(period); // true
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DateRange {

  private final LocalDate first;
  private final LocalDate last;

  private DateRange(LocalDate first, LocalDate last) {
    this.first = first;
    this.last = last;
  }

  /**
   * Obtains the range from {@code first} to {@code last}, both inclusive.
   *
   * @throws DateTimeException if {@code last} is before {@code first}
   */
  public static DateRange of(LocalDate first, LocalDate last) {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    if (last.isBefore(first)) {
      throw new DateTimeException(
          "Invalid date range: last day " + last + " is before first day " + first);
    }
    return new DateRange(first, last);
  }

  /** Obtains the range of one day. */
  public static DateRange ofDay(LocalDate day) {
    return of(day, day);
  }

  /** Obtains the calendar years {@code firstYear} to {@code lastYear}: 1 January to 31 December. */
  public static DateRange ofYears(int firstYear, int lastYear) {
    return of(LocalDate.of(firstYear, 1, 1), LocalDate.of(lastYear, 12, 31));
  }

  /** Obtains the calendar year {@code year}. */
  public static DateRange ofYear(int year) {
    return ofYears(year, year);
  }

  /**
   * Reads the form {@code toString()} writes: {@code 2021-01-01/2023-12-31}.
   *
   * @throws DateTimeParseException if the text is not of that form
   */
  public static DateRange parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString();
    int slash = s.indexOf('/');
    if (slash < 0) {
      throw new DateTimeParseException("Date range must be 'first/last': " + s, s, 0);
    }
    try {
      return of(LocalDate.parse(s.substring(0, slash)), LocalDate.parse(s.substring(slash + 1)));
    } catch (DateTimeParseException e) {
      throw new DateTimeParseException("Invalid date range '" + s + "': " + e.getMessage(), s,
          e.getErrorIndex(), e);
    } catch (DateTimeException e) {
      throw new DateTimeParseException(e.getMessage(), s, 0, e);
    }
  }

  /** The first day, inclusive. */
  public LocalDate first() {
    return first;
  }

  /** The last day, inclusive. */
  public LocalDate last() {
    return last;
  }

  /** Whether {@code day} lies in this range. */
  public boolean contains(LocalDate day) {
    return !day.isBefore(first) && !day.isAfter(last);
  }

  /** Whether this range and {@code other} share at least one day. */
  public boolean overlaps(DateRange other) {
    return !other.last.isBefore(first) && !other.first.isAfter(last);
  }

  /** Whether every day of {@code other} lies in this range. */
  public boolean encloses(DateRange other) {
    return !other.first.isBefore(first) && !other.last.isAfter(last);
  }

  /** The days both ranges share, or nothing when they do not overlap. */
  public java.util.Optional<DateRange> intersection(DateRange other) {
    if (!overlaps(other)) {
      return java.util.Optional.empty();
    }
    LocalDate f = first.isAfter(other.first) ? first : other.first;
    LocalDate l = last.isBefore(other.last) ? last : other.last;
    return java.util.Optional.of(new DateRange(f, l));
  }

  /** The number of days in this range, at least 1. */
  public long lengthInDays() {
    return last.toEpochDay() - first.toEpochDay() + 1;
  }

  /** The calendar year of the first day. */
  public Year firstYear() {
    return Year.of(first.getYear());
  }

  /** A copy with another first day. */
  public DateRange withFirst(LocalDate newFirst) {
    return of(newFirst, last);
  }

  /** A copy with another last day. */
  public DateRange withLast(LocalDate newLast) {
    return of(first, newLast);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DateRange r && first.equals(r.first) && last.equals(r.last);
  }

  @Override
  public int hashCode() {
    return first.hashCode() * 31 + last.hashCode();
  }

  /** The ISO form {@code 2021-01-01/2023-12-31}, which {@link #parse} reads back. */
  @Override
  public String toString() {
    return first + "/" + last;
  }
}
