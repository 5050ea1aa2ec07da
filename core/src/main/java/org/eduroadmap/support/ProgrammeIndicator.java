package org.eduroadmap.support;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * An indicator of a school programme: its baseline, a target for each year of the programme and the
 * value measured each year.
 *
 * <pre>{@code
 * ProgrammeIndicator i = ProgrammeIndicator.of("Доля обучающихся с рисками учебной неуспешности, %", 2021, 28)
 *     .withDirection(IndicatorDirection.LOWER_IS_BETTER)
 *     .withTargets(Map.of(2022, 24.0, 2023, 20.0))
 *     .withMeasured(Map.of(2022, 23.5));
 * i.status(2022);   // MET (23.5 ≤ 24)
 * i.status(2023);   // NOT_YET_MEASURED
 * }</pre>
 *
 * <p>«Met» is decided per year against that year's target: at or above it when higher is better, at
 * or below it when lower is better ({@link IndicatorDirection}); a year with a target and no
 * measurement is not yet measured. Values are numbers (percentages as 0 – 100); they must be finite.
 * This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ProgrammeIndicator {

  ProgrammeIndicator() {}

  /** What is measured: «Доля обучающихся, не достигших минимального балла на ОГЭ, %». */
  public abstract String name();

  /** Which way is better; higher by default. */
  @Value.Default
  public IndicatorDirection direction() {
    return IndicatorDirection.HIGHER_IS_BETTER;
  }

  /** The unit as written: {@code %}, {@code чел.}. */
  public abstract Optional<String> unit();

  /** The year of the baseline value. */
  public abstract int baselineYear();

  /** The value before the programme. */
  public abstract double baseline();

  /** The target of each year. */
  @Value.NaturalOrder
  public abstract SortedMap<Integer, Double> targets();

  /** The value measured each year. */
  @Value.NaturalOrder
  public abstract SortedMap<Integer, Double> measured();

  /**
   * The status of {@code year}.
   *
   * @throws IllegalArgumentException if the indicator has no target for {@code year}, naming the years it has
   */
  public IndicatorStatus status(int year) {
    Double target = targets().get(year);
    if (target == null) {
      throw new IllegalArgumentException("Invalid year " + year + " for indicator «" + name()
          + "» (targets are set for " + targets().keySet() + ")");
    }
    Double value = measured().get(year);
    if (value == null) {
      return IndicatorStatus.NOT_YET_MEASURED;
    }
    boolean met = direction() == IndicatorDirection.HIGHER_IS_BETTER ? value >= target : value <= target;
    return met ? IndicatorStatus.MET : IndicatorStatus.NOT_MET;
  }

  /** The status of every target year. */
  public SortedMap<Integer, IndicatorStatus> statuses() {
    SortedMap<Integer, IndicatorStatus> out = new TreeMap<>();
    for (Integer year : targets().keySet()) {
      out.put(year, status(year));
    }
    return Collections.unmodifiableSortedMap(out);
  }

  /** The attainment over every target year. */
  public Attainment attainment() {
    Attainment a = Attainment.none();
    for (IndicatorStatus s : statuses().values()) {
      a = a.plus(Attainment.of(s));
    }
    return a;
  }

  /**
   * The attainment as known in {@code asOfYear}: the target years up to it by their status, later
   * target years as not yet measured (a value recorded for a later year is not counted before its year).
   */
  public Attainment attainment(int asOfYear) {
    Attainment a = Attainment.none();
    for (Integer year : targets().keySet()) {
      a = a.plus(Attainment.of(year > asOfYear ? IndicatorStatus.NOT_YET_MEASURED : status(year)));
    }
    return a;
  }

  /** Obtains the indicator {@code name} with its baseline, higher is better, no targets yet. */
  public static ProgrammeIndicator of(String name, int baselineYear, double baseline) {
    return builder().name(name).baselineYear(baselineYear).baseline(baseline).build();
  }

  @Value.Check
  void check() {
    if (name().isBlank()) {
      throw new IllegalArgumentException("Invalid indicator (blank name)");
    }
    if (!Double.isFinite(baseline())) {
      throw new IllegalArgumentException("Invalid baseline of «" + name() + "»: " + baseline());
    }
    for (Map<Integer, Double> m : java.util.List.of(targets(), measured())) {
      for (Map.Entry<Integer, Double> e : m.entrySet()) {
        if (!Double.isFinite(e.getValue())) {
          throw new IllegalArgumentException(
              "Invalid value of «" + name() + "» for " + e.getKey() + ": " + e.getValue());
        }
      }
    }
  }

  /** A copy of this programme indicator with another name. */
  public ProgrammeIndicator withName(String name) {
    return immutable().withName(name);
  }

  /** A copy of this programme indicator with another direction. */
  public ProgrammeIndicator withDirection(IndicatorDirection direction) {
    return immutable().withDirection(direction);
  }

  /** A copy of this programme indicator with this unit. */
  public ProgrammeIndicator withUnit(String unit) {
    return immutable().withUnit(unit);
  }

  /** A copy of this programme indicator without a unit. */
  public ProgrammeIndicator withoutUnit() {
    return immutable().withUnit(Optional.empty());
  }

  /** A copy of this programme indicator with another baseline year. */
  public ProgrammeIndicator withBaselineYear(int baselineYear) {
    return immutable().withBaselineYear(baselineYear);
  }

  /** A copy of this programme indicator with another baseline. */
  public ProgrammeIndicator withBaseline(double baseline) {
    return immutable().withBaseline(baseline);
  }

  /** A copy of this programme indicator with these targets by year. */
  public ProgrammeIndicator withTargets(Map<Integer, ? extends Double> targets) {
    return immutable().withTargets(targets);
  }

  /** A copy of this programme indicator with these values measured by year. */
  public ProgrammeIndicator withMeasured(Map<Integer, ? extends Double> measured) {
    return immutable().withMeasured(measured);
  }

  /** This value as its generated class, whose with* methods make the copies. */
  private ImmutableProgrammeIndicator immutable() {
    // copyOf returns this when it already is one; its declared type hides the Optional withers.
    return (ImmutableProgrammeIndicator) ImmutableProgrammeIndicator.copyOf(this);
  }

  /** A builder for all attributes. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ProgrammeIndicator}. */
  public static final class Builder {
    // Wraps the generated builder instead of extending it, so that its setters taking an
    // Optional stay out of the public API; an optional attribute not set is absent.
    private final ImmutableProgrammeIndicator.Builder delegate =
        new ImmutableProgrammeIndicator.Builder();

    Builder() {}

    /** Copies {@code instance}: its values replace those set; its elements are added. */
    public Builder from(ProgrammeIndicator instance) {
      delegate.from(instance);
      return this;
    }

    /** Sets the programme indicator's name. */
    public Builder name(String name) {
      delegate.name(name);
      return this;
    }

    /** Sets the programme indicator's direction. */
    public Builder direction(IndicatorDirection direction) {
      delegate.direction(direction);
      return this;
    }

    /** Sets the programme indicator's unit. */
    public Builder unit(String unit) {
      delegate.unit(unit);
      return this;
    }

    /** Sets the programme indicator's baseline year. */
    public Builder baselineYear(int baselineYear) {
      delegate.baselineYear(baselineYear);
      return this;
    }

    /** Sets the programme indicator's baseline. */
    public Builder baseline(double baseline) {
      delegate.baseline(baseline);
      return this;
    }

    /** Puts an entry into the programme indicator's targets. */
    public Builder putTargets(int key, double value) {
      delegate.putTargets(key, value);
      return this;
    }

    /** Puts this entry into the programme indicator's targets. */
    public Builder putTargets(Map.Entry<Integer, ? extends Double> entry) {
      delegate.putTargets(entry);
      return this;
    }

    /** Sets the programme indicator's targets, replacing those set before. */
    public Builder targets(Map<Integer, ? extends Double> entries) {
      delegate.targets(entries);
      return this;
    }

    /** Puts every entry of {@code entries} into the programme indicator's targets. */
    public Builder putAllTargets(Map<Integer, ? extends Double> entries) {
      delegate.putAllTargets(entries);
      return this;
    }

    /** Puts an entry into the programme indicator's measured values. */
    public Builder putMeasured(int key, double value) {
      delegate.putMeasured(key, value);
      return this;
    }

    /** Puts this entry into the programme indicator's measured values. */
    public Builder putMeasured(Map.Entry<Integer, ? extends Double> entry) {
      delegate.putMeasured(entry);
      return this;
    }

    /** Sets the programme indicator's measured values, replacing those set before. */
    public Builder measured(Map<Integer, ? extends Double> entries) {
      delegate.measured(entries);
      return this;
    }

    /** Puts every entry of {@code entries} into the programme indicator's measured values. */
    public Builder putAllMeasured(Map<Integer, ? extends Double> entries) {
      delegate.putAllMeasured(entries);
      return this;
    }

    /**
     * Builds the programme indicator; throws {@link IllegalStateException} if a required attribute
     * is missing.
     */
    public ProgrammeIndicator build() {
      return delegate.build();
    }
  }
}
