package org.eduroadmap.support;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A municipality's dashboard on a day: its schools rolled up (per school, per factor, per activity)
 * and the municipality's own activities apart.
 *
 * <pre>{@code
 * Dashboard d = cycle.dashboard(ScheduleCalculator.standard(), LocalDate.of(2022, 12, 31));
 * d.rollup().parts().forEach(s -> System.out.println(s.name() + " " + s.total().onTime().rate()));
 * d.own().onTime();   // the activities the municipality carries out itself
 * }</pre>
 *
 * <p>The schools' figures roll up into {@link #rollup()}; the municipality's own activities are kept
 * in {@link #own()} so that rolling municipalities up into a region counts schools only once. This
 * class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Dashboard {

  Dashboard() {}

  /** The municipality. */
  public abstract String municipality();

  /** The day the statuses are taken on. */
  public abstract LocalDate today();

  /** The municipality's schools rolled up, level MUNICIPAL. */
  public abstract Rollup rollup();

  /** The municipality's own activities (not delegated to schools). */
  public abstract Performance own();

  /** Obtains the dashboard. */
  public static Dashboard of(String municipality, LocalDate today, Rollup rollup, Performance own) {
    return new ImmutableDashboard.Builder()
        .municipality(municipality)
        .today(today)
        .rollup(rollup)
        .own(own)
        .build();
  }

  /** A copy of this dashboard with another municipality. */
  public Dashboard withMunicipality(String municipality) {
    return immutable().withMunicipality(municipality);
  }

  /** A copy of this dashboard taken on another day. */
  public Dashboard withToday(LocalDate today) {
    return immutable().withToday(today);
  }

  /** A copy of this dashboard with another rollup. */
  public Dashboard withRollup(Rollup rollup) {
    return immutable().withRollup(rollup);
  }

  /** A copy of this dashboard with other figures for its own activities. */
  public Dashboard withOwn(Performance own) {
    return immutable().withOwn(own);
  }

  /** This value as its generated class, whose with* methods make the copies. */
  private ImmutableDashboard immutable() {
    // copyOf returns this when it already is one; its declared type hides the Optional withers.
    return (ImmutableDashboard) ImmutableDashboard.copyOf(this);
  }
}
