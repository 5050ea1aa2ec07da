package org.eduroadmap.roadmap;

import java.time.LocalDate;
import org.eduroadmap.calendar.DateRange;
import org.immutables.value.Value;

/**
 * The period a roadmap covers, first and last day inclusive: {@code 2021 — 2023 годы} is
 * 1 January 2021 – 31 December 2023.
 *
 * <pre>{@code
 * RoadmapPeriod p = RoadmapPeriod.ofYears(2021, 2023);
 * p.toDateRange(); // 2021-01-01/2023-12-31
 * }</pre>
 *
 * <p>The first day may come after the last when a document says so: the model keeps what is written
 * and the validation module reports it. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class RoadmapPeriod {

  RoadmapPeriod() {}

  /** The first day, inclusive. */
  @Value.Parameter
  public abstract LocalDate first();

  /** The last day, inclusive. */
  @Value.Parameter
  public abstract LocalDate last();

  /**
   * Obtains the period from {@code first} to {@code last}.
   *
   * <pre>{@code
   * RoadmapPeriod.of(LocalDate.of(2021, 9, 1), LocalDate.of(2023, 12, 31));
   * RoadmapPeriod.of(LocalDate.of(2023, 1, 1), LocalDate.of(2021, 1, 1)); // IllegalArgumentException
   * }</pre>
   *
   * @throws IllegalArgumentException if {@code first} is after {@code last}, naming both
   */
  public static RoadmapPeriod of(LocalDate first, LocalDate last) {
    return ImmutableRoadmapPeriod.of(first, last);
  }

  /** Obtains the calendar years {@code firstYear} to {@code lastYear}. */
  public static RoadmapPeriod ofYears(int firstYear, int lastYear) {
    return of(LocalDate.of(firstYear, 1, 1), LocalDate.of(lastYear, 12, 31));
  }

  // A reversed period cannot be built (of, ofYears, with…, builders): every reader and the calculator may
  // rely on first <= last instead of each checking it again.
  @Value.Check
  void check() {
    if (first().isAfter(last())) {
      throw new IllegalArgumentException(
          "Invalid roadmap period (first day after last day): " + first() + " – " + last());
    }
  }

  /** Whether the first day is not after the last: always true, since a reversed period cannot be built. */
  public boolean isValid() {
    return !first().isAfter(last());
  }

  /**
   * The period as a date range.
   */
  public DateRange toDateRange() {
    return DateRange.of(first(), last());
  }

  /** A copy of this roadmap period with another first day. */
  public RoadmapPeriod withFirst(LocalDate first) {
    return immutable().withFirst(first);
  }

  /** A copy of this roadmap period with another last day. */
  public RoadmapPeriod withLast(LocalDate last) {
    return immutable().withLast(last);
  }

  /** This value as its generated class, whose with* methods make the copies. */
  private ImmutableRoadmapPeriod immutable() {
    // copyOf returns this when it already is one; its declared type hides the Optional withers.
    return (ImmutableRoadmapPeriod) ImmutableRoadmapPeriod.copyOf(this);
  }
}
