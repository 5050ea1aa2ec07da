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
public abstract class OrderPoint implements WithOrderPoint {

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
}
