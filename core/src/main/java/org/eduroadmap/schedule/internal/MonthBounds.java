package org.eduroadmap.schedule.internal;

import java.time.LocalDate;

/**
 * The first and last day of every month, made once per year and then shared: a recurring term over
 * a long period, or the same term in forty thousand roadmaps, reuses the same few date instances
 * instead of making two new ones per occurrence ({@link LocalDate} is a value-based class, so
 * sharing instances changes nothing but the allocation).
 *
 * <p>This class is thread-safe: a year's table is published through a final field, so a thread that
 * sees the holder sees the whole table; two threads making the same year make equal tables, and
 * either may win. The table is read without a volatile read so that a hot loop keeps its other
 * loads hoisted.
 */
public final class MonthBounds {

  private static final int FIRST_CACHED_YEAR = 1900;
  private static final int CACHED_YEARS = 400;
  private static final Table[] YEARS = new Table[CACHED_YEARS];

  /** Holds a table behind a final field: safe to publish through a data race. */
  private static final class Table {
    final LocalDate[] bounds;

    Table(LocalDate[] bounds) {
      this.bounds = bounds;
    }
  }

  private MonthBounds() {}

  /**
   * The bounds of every month of {@code year}: the first day of month m (1–12) at {@code 2 * (m - 1)},
   * its last day at {@code 2 * (m - 1) + 1}. Shared: callers must not write to it.
   */
  public static LocalDate[] ofYear(int year) {
    int index = year - FIRST_CACHED_YEAR;
    if (index < 0 || index >= CACHED_YEARS) {
      return tableOf(year);
    }
    Table cached = YEARS[index];
    if (cached == null) {
      cached = new Table(tableOf(year));
      YEARS[index] = cached;
    }
    return cached.bounds;
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
