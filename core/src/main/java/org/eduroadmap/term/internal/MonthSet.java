package org.eduroadmap.term.internal;

import java.time.Month;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * An immutable set of months held as one bit per month, iterated in calendar order: what the month
 * forms of {@code TermRule} hold. The scheduling calculator reads the bits with {@link #maskOf}
 * instead of iterating the set, once per expansion of a rule.
 *
 * <p>Equal to any {@link Set} with the same months, as the {@link Set} contract wants. This class is
 * immutable and thread-safe.
 */
public final class MonthSet extends AbstractSet<Month> {

  private final int mask;

  private MonthSet(int mask) {
    this.mask = mask;
  }

  /** An immutable copy of {@code months}; {@code months} itself when it already is one. */
  public static MonthSet copyOf(Set<Month> months) {
    if (months instanceof MonthSet set) {
      return set;
    }
    int mask = 0;
    for (Month month : months) {
      mask |= 1 << Objects.requireNonNull(month, "month").getValue();
    }
    return new MonthSet(mask);
  }

  /** Bit m set for every month m (1–12) of {@code months}; no iteration when it is a MonthSet. */
  public static int maskOf(Set<Month> months) {
    return copyOf(months).mask;
  }

  @Override
  public boolean contains(Object o) {
    return o instanceof Month month && (mask & (1 << month.getValue())) != 0;
  }

  @Override
  public int size() {
    return Integer.bitCount(mask);
  }

  @Override
  public boolean isEmpty() {
    return mask == 0;
  }

  @Override
  public Iterator<Month> iterator() {
    return new Iterator<>() {
      private int left = mask;

      @Override
      public boolean hasNext() {
        return left != 0;
      }

      @Override
      public Month next() {
        if (left == 0) {
          throw new NoSuchElementException();
        }
        int bit = Integer.numberOfTrailingZeros(left);
        left &= left - 1;
        return Month.of(bit);
      }
    };
  }
}
