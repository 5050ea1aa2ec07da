package org.eduroadmap.schedule;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Puts one roadmap's occurrences in {@link Occurrence#ORDER} by sorting packed numbers instead of
 * calling the comparator.
 *
 * <p>Why: a roadmap's occurrences come activity by activity, so sorting them by start is most of the
 * work of a national schedule, and a comparator over three dates and two numbers costs far more per
 * comparison than comparing two {@code long}s. Each occurrence becomes one {@code long}: its start,
 * its end (the nominal due date, or a continuous span's last day), the activity's position and its
 * own index, from the most significant bits down. Sorting those numbers orders by start, end and
 * position exactly as {@link Occurrence#ORDER} does; the rare occurrences equal in all three (one
 * activity's two cells with the same dates) are then put in order by the comparator itself, so the
 * result is always the comparator's order. Where a roadmap does not fit the packing — dates more than
 * {@value #YEAR_SPAN} years apart, more than {@value #MAX_COUNT} activities or occurrences — the
 * comparator sorts it.
 */
final class OccurrenceSort {

  /** A day packs into {@value #DAY_BITS} bits: years from the earliest, then month × 32 + day. */
  private static final int DAY_BITS = 17;

  /**
   * 256 years of {@code month × 32 + day} below 512: far wider than any plan. Two days and two counts
   * take 62 bits, so every key is positive and sorts as a signed {@code long} in the same order.
   */
  static final int YEAR_SPAN = 1 << (DAY_BITS - 9);

  private static final int COUNT_BITS = 14;

  /** At most this many activities (by position) and occurrences are packed. */
  static final int MAX_COUNT = 1 << COUNT_BITS;

  private static final long COUNT_MASK = MAX_COUNT - 1;

  private OccurrenceSort() {}

  /** The occurrences in {@link Occurrence#ORDER}: a new list, or {@code occurrences} sorted in place. */
  static List<Occurrence> sorted(List<Occurrence> occurrences) {
    int n = occurrences.size();
    if (n < 2) {
      return occurrences;
    }
    if (n > MAX_COUNT) {
      occurrences.sort(Occurrence.ORDER);
      return occurrences;
    }
    int firstYear = Integer.MAX_VALUE;
    int lastYear = Integer.MIN_VALUE;
    int lastPosition = 0;
    for (int i = 0; i < n; i++) {
      Occurrence o = occurrences.get(i);
      // Both ends of each span, so that the packing holds whatever order a span's days come in.
      firstYear = Math.min(firstYear, Math.min(o.start().getYear(), o.end().getYear()));
      lastYear = Math.max(lastYear, Math.max(o.start().getYear(), o.end().getYear()));
      lastPosition = Math.max(lastPosition, o.position());
    }
    if ((long) lastYear - firstYear >= YEAR_SPAN || lastPosition >= MAX_COUNT) {
      occurrences.sort(Occurrence.ORDER);
      return occurrences;
    }
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) {
      Occurrence o = occurrences.get(i);
      keys[i] = pack(o.start(), firstYear) << (DAY_BITS + 2 * COUNT_BITS)
          | pack(o.end(), firstYear) << (2 * COUNT_BITS)
          | (long) o.position() << COUNT_BITS
          | i;
    }
    Arrays.sort(keys);
    Occurrence[] out = new Occurrence[n];
    for (int i = 0; i < n; i++) {
      out[i] = occurrences.get((int) (keys[i] & COUNT_MASK));
    }
    // Ties on start, end and position keep their index order; the comparator settles them (year, kind).
    for (int i = 0; i < n - 1; ) {
      int j = i + 1;
      while (j < n && keys[j] >>> COUNT_BITS == keys[i] >>> COUNT_BITS) {
        j++;
      }
      if (j - i > 1) {
        Arrays.sort(out, i, j, Occurrence.ORDER);
      }
      i = j;
    }
    return Arrays.asList(out);
  }

  private static long pack(LocalDate day, int firstYear) {
    return (long) (day.getYear() - firstYear) << 9 | day.getMonthValue() << 5 | day.getDayOfMonth();
  }
}
