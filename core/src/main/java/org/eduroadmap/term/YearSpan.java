package org.eduroadmap.term;

import java.time.Year;
import java.util.Objects;

/**
 * Whole calendar years from {@code first} to {@code last}, inclusive, such as {@code 2023 – 2024}.
 *
 * <pre>{@code
 * YearSpan span = YearSpan.of(2023, 2024);
 * span.first(); // 2023
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class YearSpan {

  private final Year first;
  private final Year last;

  private YearSpan(Year first, Year last) {
    this.first = Objects.requireNonNull(first, "first");
    this.last = Objects.requireNonNull(last, "last");
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("Invalid year span (last year before first): " + first + " – " + last);
    }
  }

  /**
   * Obtains the years {@code first} to {@code last}.
   *
   * @throws IllegalArgumentException if {@code last} is before {@code first}, naming both
   */
  public static YearSpan of(int first, int last) {
    return new YearSpan(Year.of(first), Year.of(last));
  }

  /**
   * Obtains the years {@code first} to {@code last}.
   *
   * @throws IllegalArgumentException if {@code last} is before {@code first}, naming both
   */
  public static YearSpan of(Year first, Year last) {
    return new YearSpan(first, last);
  }

  /** The first year. */
  public Year first() {
    return first;
  }

  /** The last year, not before {@link #first()}. */
  public Year last() {
    return last;
  }

  /** Obtains the single year {@code year}. */
  public static YearSpan of(int year) {
    return of(year, year);
  }

  /** Whether the span is one year. */
  public boolean isSingleYear() {
    return first.equals(last);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof YearSpan y && first.equals(y.first) && last.equals(y.last);
  }

  @Override
  public int hashCode() {
    return Objects.hash(first, last);
  }

  @Override
  public String toString() {
    return ValueText.of("YearSpan", "first", first, "last", last);
  }
}
