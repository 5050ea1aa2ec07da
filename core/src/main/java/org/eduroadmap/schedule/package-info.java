/**
 * The scheduling calculator: what a roadmap's terms mean in dates, and who owes what when.
 *
 * <pre>{@code
 * ScheduleCalculator calculator = ScheduleCalculator.standard();   // build once, share
 * calculator.occurrences(roadmap, DateRange.of(LocalDate.of(2021, 11, 1), LocalDate.of(2021, 11, 30)))
 *     .forEach(o -> System.out.println(o.activityKey() + " " + o.kind() + " " + o.effectiveDue()));
 * calculator.unscheduled(roadmap);                                  // on demand, external, blank, unread
 * ICalendarExport.of(calculator).toIcs(roadmap, roadmap.period().toDateRange());
 * }</pre>
 *
 * <p>{@link org.eduroadmap.schedule.ScheduleCalculator} expands every activity's term into
 * {@link org.eduroadmap.schedule.Occurrence}s exactly as {@code terms.md} says: kinds EVENT, DEADLINE,
 * WINDOW and CONTINUOUS, nominal and effective due dates under a
 * {@link org.eduroadmap.calendar.DueDatePolicy} and a working calendar, clipping to the period,
 * per-year cells. Expansion always takes a bounded range, is lazy (a stream, roadmap by roadmap) and
 * jumps straight to the years of the range. {@link org.eduroadmap.schedule.Progress} tells each
 * occurrence's status from execution records. The {@code eduroadmap-ical} artifact writes schedules
 * as RFC 5545 files.
 *
 * <h2>Where {@code terms.md} is silent: what this package decided</h2>
 * <ul>
 *   <li>A range query returns whole occurrences that overlap the range; only the roadmap period
 *       clips. Expanding a range in two halves gives the whole (an occurrence crossing the cut
 *       appears in both).
 *   <li>A yearly deadline (form 7 without «следующего за отчетным») is kept for a year when its
 *       due date lies in the period, its start clipped to the period start; a deadline falling
 *       after the period (a plan ending in June, due 1 December) is dropped.
 *   <li>«Октябрь 2021, далее - ежегодно» (form 9) is clipped like the other recurring forms.
 *   <li>«По итогам учебного года» in the per-year column Y is the summer of Y: the academic year
 *       that ends in Y (so the occurrence falls in its column).
 *   <li>A start with no end («с 15.01.2022») runs to the period end (one day if it starts after).
 *   <li>A per-year cell with a result but no date phrase is listed as UNSPECIFIED with its year;
 *       an empty cell is no activity that year and is not listed.
 *   <li>Ties in the spec's order (start, nominal due, position) are broken by year, end and kind;
 *       a CONTINUOUS span, which has no due date, sorts by its end in place of the due date.
 *   <li>An EVENT is never moved; a VTODO whose due date the policy moved before its start starts on
 *       its due date (RFC 5545 forbids DUE before DTSTART).
 *   <li>The standard calendar has approved data for 2013 – 2027 and computes other years from the
 *       Labour Code: a due date that depends on such a year is scheduled and marked
 *       {@linkplain org.eduroadmap.schedule.Occurrence#isProvisional() provisional}, since the
 *       year's decree may still move it. A calculator given
 *       {@link org.eduroadmap.calendar.RussianProductionCalendar#strict()} throws a
 *       {@link org.eduroadmap.calendar.CalendarException} naming the year instead.
 * </ul>
 *
 * <p>Every type here is immutable and thread-safe.
 */
@NullMarked
package org.eduroadmap.schedule;

import org.jspecify.annotations.NullMarked;
