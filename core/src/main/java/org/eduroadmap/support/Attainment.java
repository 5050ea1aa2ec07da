package org.eduroadmap.support;

import java.util.OptionalDouble;

/**
 * How many indicator-years met their target, did not, or are not measured yet: 3 met, 1 not met is a
 * rate of 0.75.
 *
 * <pre>{@code
 * Attainment a = indicator.attainment();    // over the indicator's target years
 * a.rate();                                 // OptionalDouble[0.75]
 * a.plus(other.attainment());               // across indicators, schools, municipalities
 * }</pre>
 *
 * <p>The rate counts measured years only; years not yet measured are kept apart. This class is
 * immutable and thread-safe.
 */
public final class Attainment {

  private static final Attainment NONE = new Attainment(0, 0, 0);

  private final int met;
  private final int notMet;
  private final int notYetMeasured;

  private Attainment(int met, int notMet, int notYetMeasured) {
    this.met = met;
    this.notMet = notMet;
    this.notYetMeasured = notYetMeasured;
  }

  /**
   * Obtains the counts.
   *
   * @throws IllegalArgumentException if a count is negative
   */
  public static Attainment of(int met, int notMet, int notYetMeasured) {
    if (met < 0 || notMet < 0 || notYetMeasured < 0) {
      throw new IllegalArgumentException(
          "Invalid counts (must not be negative): " + met + ", " + notMet + ", " + notYetMeasured);
    }
    return met + notMet + notYetMeasured == 0 ? NONE : new Attainment(met, notMet, notYetMeasured);
  }

  /** Nothing counted. */
  public static Attainment none() {
    return NONE;
  }

  /** One indicator-year of {@code status}. */
  public static Attainment of(IndicatorStatus status) {
    switch (status) {
      case MET:
        return of(1, 0, 0);
      case NOT_MET:
        return of(0, 1, 0);
      default:
        return of(0, 0, 1);
    }
  }

  /** Measured and met. */
  public int met() {
    return met;
  }

  /** Measured and not met. */
  public int notMet() {
    return notMet;
  }

  /** With a target, not measured yet. */
  public int notYetMeasured() {
    return notYetMeasured;
  }

  /** Met and not met. */
  public int measured() {
    return met + notMet;
  }

  /** Met out of measured, 0 – 1; empty when nothing was measured. */
  public OptionalDouble rate() {
    int measured = measured();
    return measured == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) met / measured);
  }

  /** The counts of both. */
  public Attainment plus(Attainment other) {
    return of(met + other.met, notMet + other.notMet, notYetMeasured + other.notYetMeasured);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Attainment a && met == a.met && notMet == a.notMet && notYetMeasured == a.notYetMeasured;
  }

  @Override
  public int hashCode() {
    return (met * 31 + notMet) * 31 + notYetMeasured;
  }

  @Override
  public String toString() {
    return "met " + met + ", not met " + notMet + ", not yet measured " + notYetMeasured;
  }
}
