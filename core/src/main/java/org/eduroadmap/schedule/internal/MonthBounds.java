package org.eduroadmap.schedule.internal;

import java.time.LocalDate;

/**
 * The first and last day of every month of a year, made once per year and then shared: a recurring term
 * over a long period, or the same term in forty thousand roadmaps, reuses the same few date instances
 * instead of making two new ones per occurrence ({@link LocalDate} is a value-based class, so sharing
 * instances changes nothing but the allocation).
 *
 * <pre>{@code
 * MonthBounds.ofYear(2021).at(2 * (11 - 1) + 1);   // 2021-11-30, the last day of November
 * }</pre>
 *
 * <p>This class is immutable and thread-safe: its table is never handed out (on the class path this
 * internal package is reachable by any code in the JVM, and a shared array would let it move every
 * calculator's month bounds), and a year's instance is published through a final field, so a thread that
 * sees it sees the whole table; two threads making the same year make equal tables, and either may win.
 * The cache is read without a volatile read so that a hot loop keeps its other loads hoisted.
 */
public final class MonthBounds {

  private static final int FIRST_CACHED_YEAR = 1900;
  private static final int CACHED_YEARS = 400;
  private static final MonthBounds[] YEARS = new MonthBounds[CACHED_YEARS];

  private final LocalDate[] bounds;

  private MonthBounds(LocalDate[] bounds) {
    this.bounds = bounds;
  }

  /** The bounds of every month of {@code year}; shared between callers, and immutable. */
  public static MonthBounds ofYear(int year) {
    int index = year - FIRST_CACHED_YEAR;
    if (index < 0 || index >= CACHED_YEARS) {
      return new MonthBounds(tableOf(year));
    }
    MonthBounds cached = YEARS[index];
    if (cached == null) {
      cached = new MonthBounds(tableOf(year));
      YEARS[index] = cached;
    }
    return cached;
  }

  /**
   * The bound at {@code index}: the first day of month m (1–12) at {@code 2 * (m - 1)}, its last day at
   * {@code 2 * (m - 1) + 1}.
   *
   * @throws ArrayIndexOutOfBoundsException if {@code index} is not within 0 – 23
   */
  public LocalDate at(int index) {
    return bounds[index];
  }

  private static LocalDate[] tableOf(int year) {
    LocalDate[] table = new LocalDate[24];
    for (int m = 1; m <= 12; m++) {
      table[2 * (m - 1)] = LocalDate.of(year, m, 1);
      table[2 * (m - 1) + 1] = Expander.endOfMonth(year, m);
    }
    return table;
  }
}
