package org.eduroadmap.calendar;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjuster;
import java.util.Objects;

/**
 * Moves a nominal due date by a working-day calendar; {@link DueDatePolicy} holds the usual rules.
 *
 * <pre>{@code
 * DueDateAdjuster rule = DueDatePolicy.NEXT_WORKING_DAY;
 * rule.adjust(LocalDate.of(2026, 1, 3), RussianProductionCalendar.get()); // 2026-01-12
 * LocalDate.of(2026, 1, 3).with(rule.toTemporalAdjuster(calendar));       // the same
 * }</pre>
 *
 * <h2>Contract for implementors</h2>
 * <p>Implementations must be immutable and thread-safe and must not return {@code null}.
 */
@FunctionalInterface
public interface DueDateAdjuster {

  /**
   * The effective due date for the nominal due date {@code nominal}.
   *
   * @throws CalendarException if the calendar has no data for a day it needs
   */
  LocalDate adjust(LocalDate nominal, WorkingCalendar calendar);

  /**
   * This rule as a {@link TemporalAdjuster} bound to {@code calendar}, for
   * {@code date.with(adjuster)}.
   */
  default TemporalAdjuster toTemporalAdjuster(WorkingCalendar calendar) {
    Objects.requireNonNull(calendar, "calendar");
    return temporal -> temporal.with(adjust(LocalDate.from(temporal), calendar));
  }
}
