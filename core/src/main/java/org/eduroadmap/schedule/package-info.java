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
 * occurrence's status from execution records; {@link org.eduroadmap.schedule.ICalendarExport} writes
 * RFC 5545 files with ical4j.
 *
 * <p>Every type here is immutable and thread-safe.
 */
package org.eduroadmap.schedule;
