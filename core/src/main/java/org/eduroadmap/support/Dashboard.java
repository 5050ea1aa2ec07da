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
public abstract class Dashboard implements WithDashboard {

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
    return ImmutableDashboard.builder().municipality(municipality).today(today).rollup(rollup).own(own).build();
  }
}
