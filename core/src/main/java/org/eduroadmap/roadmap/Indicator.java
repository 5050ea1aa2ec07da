package org.eduroadmap.roadmap;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * An indicator of an activity's result, with its target value when the document gives one:
 * «Доля ОО из числа ШНОР, принявших участие в семинаре»; «100% школ».
 *
 * <pre>{@code
 * Indicator i = Indicator.of("Доля школ, находящихся в зоне риска, принявших участие").withTarget("100%");
 * }</pre>
 *
 * <p>The target is kept as written; whether it is a number or a percentage is checked by the
 * validation module. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Indicator {

  Indicator() {}

  /** What is measured, as written. */
  public abstract String name();

  /** The target value as written: {@code 100%}, {@code не менее 80}. */
  public abstract Optional<String> target();

  /** Obtains the indicator {@code name} with no target. */
  public static Indicator of(String name) {
    return new ImmutableIndicator.Builder().name(name).build();
  }

  /** A copy of this indicator with another name. */
  public Indicator withName(String name) {
    return immutable().withName(name);
  }

  /** A copy of this indicator with this target. */
  public Indicator withTarget(String target) {
    return immutable().withTarget(target);
  }

  /** A copy of this indicator without a target. */
  public Indicator withoutTarget() {
    return immutable().withTarget(Optional.empty());
  }

  /** This value as its generated class, whose with* methods make the copies. */
  private ImmutableIndicator immutable() {
    // copyOf returns this when it already is one; its declared type hides the Optional withers.
    return (ImmutableIndicator) ImmutableIndicator.copyOf(this);
  }
}
