package org.eduroadmap.schedule.internal;

import java.time.Month;
import java.util.Arrays;
import java.util.Set;
import org.eduroadmap.term.OccurrenceKind;
import org.eduroadmap.term.TermRule;
import org.eduroadmap.term.internal.MonthSet;

/**
 * The shape of a rule that repeats the same months every year (forms 4–6, «N раз в год», «в течение
 * года», quarters and halves of a year written without a year): the runs of months one year holds,
 * in calendar order. Such a rule's spans come out of {@link Expander} already ordered by start, year
 * after year, so they can be made one at a time without collecting and sorting them.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class YearlyRuns {

  private static final YearlyRuns WHOLE_YEAR = new YearlyRuns(OccurrenceKind.WINDOW, new int[] {1, 12});
  private static final YearlyRuns THROUGH_YEAR = new YearlyRuns(OccurrenceKind.CONTINUOUS, new int[] {1, 12});

  /** The runs of every set of months, by its bit mask (bit m for month m): made once, then shared. */
  private static final YearlyRuns[] BY_MASK = new YearlyRuns[1 << 13];
  /** The runs of «N раз в год», by the months in one part (1–6). */
  private static final YearlyRuns[] BY_PART = new YearlyRuns[7];

  private final OccurrenceKind kind;
  private final int[] runs;

  private YearlyRuns(OccurrenceKind kind, int[] runs) {
    this.kind = kind;
    this.runs = runs;
  }

  /**
   * The runs of {@code rule}, or {@code null} when it is not a form that repeats the same months every
   * year of the period. The spans are exactly those {@link Expander#expand} gives the rule.
   */
  public static YearlyRuns ofOrNull(TermRule rule) {
    if (rule instanceof TermRule.YearlyInMonths r) {
      return ofMonths(r.months());
    } else if (rule instanceof TermRule.MonthsWithoutYear r) {
      return ofMonths(r.months());
    } else if (rule instanceof TermRule.TimesAYear r) {
      int months = r.monthsPerPart();
      // Racy but safe: the fields are final, and two threads make equal runs.
      YearlyRuns cached = BY_PART[months];
      if (cached == null) {
        int[] runs = new int[2 * (12 / months)];
        for (int m = 1, i = 0; m <= 12; m += months, i += 2) {
          runs[i] = m;
          runs[i + 1] = m + months - 1;
        }
        cached = new YearlyRuns(OccurrenceKind.WINDOW, runs);
        BY_PART[months] = cached;
      }
      return cached;
    } else if (rule instanceof TermRule.Quarters r && r.year().isEmpty()) {
      return ofMonthSpan(r.firstMonth(), r.lastMonth());
    } else if (rule instanceof TermRule.HalfYear r && r.year().isEmpty()) {
      return ofMonthSpan(r.firstMonth(), r.lastMonth());
    } else if (rule instanceof TermRule.Yearly) {
      return WHOLE_YEAR;
    } else if (rule instanceof TermRule.ThroughYear || rule instanceof TermRule.ThroughYearExternal) {
      return THROUGH_YEAR;
    }
    return null;
  }

  /** WINDOW, or CONTINUOUS for «в течение года». */
  public OccurrenceKind kind() {
    return kind;
  }

  /** How many spans one year holds. */
  public int count() {
    return runs.length / 2;
  }

  /** The runs of a set of months, made once per distinct set and then shared. */
  public static YearlyRuns ofMonths(Set<Month> months) {
    return ofMask(maskOf(months));
  }

  /** One run from {@code first} to {@code last} every year: quarters and halves with no year. */
  private static YearlyRuns ofMonthSpan(Month first, Month last) {
    // Bits first..last: adjacent months make one run, as Expander makes one window of them.
    int mask = (1 << (last.getValue() + 1)) - (1 << first.getValue());
    return ofMask(mask);
  }

  /** The runs of the months whose bits (bit m for month m) {@code mask} has, made once and shared. */
  private static YearlyRuns ofMask(int mask) {
    // Racy but safe: the fields are final, and two threads make equal runs.
    YearlyRuns cached = BY_MASK[mask];
    if (cached == null) {
      cached = new YearlyRuns(OccurrenceKind.WINDOW, runsOf(mask));
      BY_MASK[mask] = cached;
    }
    return cached;
  }

  /** Bit m set for every month m (1–12) of {@code months}. */
  private static int maskOf(Set<Month> months) {
    // A rule's months are a MonthSet: its bits are read, not iterated.
    return MonthSet.maskOf(months);
  }

  /** Adjacent months of {@code mask} (bit m for month m) form one run, the others one each: {first, last} pairs. */
  private static int[] runsOf(int mask) {
    int[] runs = new int[24];
    int n = 0;
    int m = 1;
    while (m <= 12) {
      if ((mask & (1 << m)) == 0) {
        m++;
        continue;
      }
      int end = m;
      while (end < 12 && (mask & (1 << (end + 1))) != 0) {
        end++;
      }
      runs[n++] = m;
      runs[n++] = end;
      m = end + 1;
    }
    return Arrays.copyOf(runs, n);
  }

  /** Index in a {@link MonthBounds#ofYear} table of the first day of span {@code i}. */
  public int firstIndex(int i) {
    return 2 * (runs[2 * i] - 1);
  }

  /** Index in a {@link MonthBounds#ofYear} table of the last day of span {@code i}. */
  public int lastIndex(int i) {
    return 2 * (runs[2 * i + 1] - 1) + 1;
  }
}
