package org.eduroadmap.roadmap;

import org.immutables.value.Value;

/**
 * A numbered point of the approving order: {@code 3.4} «информацию о реализации плана мероприятий
 * предоставлять ежегодно в срок до 01 декабря».
 *
 * <pre>{@code
 * OrderPoint p = OrderPoint.of("3.4", "информацию о реализации плана мероприятий предоставлять ежегодно в срок до 01 декабря.");
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class OrderPoint {

  OrderPoint() {}

  /** The number as printed, without the trailing dot: {@code 3}, {@code 3.4}. */
  @Value.Parameter
  public abstract String number();

  /** The text of the point as written. */
  @Value.Parameter
  public abstract String text();

  /** Obtains the point {@code number} reading {@code text}. */
  public static OrderPoint of(String number, String text) {
    return ImmutableOrderPoint.of(number, text);
  }

  /** A copy of this order point with another number. */
  public OrderPoint withNumber(String number) {
    return immutable().withNumber(number);
  }

  /** A copy of this order point with another text. */
  public OrderPoint withText(String text) {
    return immutable().withText(text);
  }

  /** This value as its generated class, whose with* methods make the copies. */
  private ImmutableOrderPoint immutable() {
    // copyOf returns this when it already is one; its declared type hides the Optional withers.
    return (ImmutableOrderPoint) ImmutableOrderPoint.copyOf(this);
  }
}
