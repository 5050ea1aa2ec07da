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
 *
 * @param first the first year
 * @param last the last year, not before {@code first}
 */
public record YearSpan(Year first, Year last) {

  /** Checks that the span is not empty. */
  public YearSpan {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("Invalid year span (last year before first): " + first + " – " + last);
    }
  }

  /** Obtains the years {@code first} to {@code last}. */
  public static YearSpan of(int first, int last) {
    return new YearSpan(Year.of(first), Year.of(last));
  }

  /** Obtains the single year {@code year}. */
  public static YearSpan of(int year) {
    return of(year, year);
  }

  /** Whether the span is one year. */
  public boolean isSingleYear() {
    return first.equals(last);
  }
}
