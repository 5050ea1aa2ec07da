package org.eduroadmap.support;

import java.util.Objects;
import org.eduroadmap.schedule.OnTimeRate;

/**
 * The two figures the cycle rolls up: the on-time rate of activities and the attainment of
 * indicators.
 *
 * <pre>{@code
 * Performance p = Performance.of(OnTimeRate.of(7, 2, 1), Attainment.of(3, 1, 2));
 * p.onTime().rate();           // OptionalDouble[0.7]
 * p.plus(other);               // counts added
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Performance {

  private static final Performance NONE = new Performance(OnTimeRate.none(), Attainment.none());

  private final OnTimeRate onTime;
  private final Attainment attainment;

  private Performance(OnTimeRate onTime, Attainment attainment) {
    this.onTime = Objects.requireNonNull(onTime, "onTime");
    this.attainment = Objects.requireNonNull(attainment, "attainment");
  }

  /** Obtains the figures. */
  public static Performance of(OnTimeRate onTime, Attainment attainment) {
    return new Performance(onTime, attainment);
  }

  /** Nothing counted. */
  public static Performance none() {
    return NONE;
  }

  /** The on-time rate of activities. */
  public OnTimeRate onTime() {
    return onTime;
  }

  /** The attainment of indicators. */
  public Attainment attainment() {
    return attainment;
  }

  /** The counts of both. */
  public Performance plus(Performance other) {
    return new Performance(onTime.plus(other.onTime), attainment.plus(other.attainment));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Performance p && onTime.equals(p.onTime) && attainment.equals(p.attainment);
  }

  @Override
  public int hashCode() {
    return onTime.hashCode() * 31 + attainment.hashCode();
  }

  @Override
  public String toString() {
    return "{" + onTime + "; " + attainment + "}";
  }
}
