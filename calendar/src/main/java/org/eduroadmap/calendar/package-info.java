/**
 * Working-day calendars, the Russian production calendar, the academic year, due-date policies and
 * the time zones of Russia's regions.
 *
 * <pre>{@code
 * WorkingCalendar russia = RussianProductionCalendar.get();         // 2013-2027 shipped, others provisional
 * russia.isWorkingDay(LocalDate.of(2026, 1, 12));                   // true
 * russia.dayInfo(LocalDate.of(2026, 12, 31));                       // transfer_day_off from 2026-01-04
 * russia.specialDays(2026);                                         // holidays, transfers, ... in date order
 *
 * LocalDate due = DueDatePolicy.PREVIOUS_WORKING_DAY.adjust(LocalDate.of(2026, 2, 21), russia);
 *                                                                   // 2026-02-20
 * AcademicYear.containing(LocalDate.of(2026, 3, 1)).teachingEnd();  // 2026-05-31
 * RussianRegion.ofName("Еврейская автономная область").today(Clock.systemUTC());
 * DateRange year = DateRange.ofYear(2026);
 * }</pre>
 *
 * <ul>
 *   <li>{@link org.eduroadmap.calendar.WorkingCalendar}: the small interface every calendar
 *       implements; {@link org.eduroadmap.calendar.WorkingCalendar#with(CalendarOverlay)} layers
 *       regional or local days ({@link org.eduroadmap.calendar.CalendarOverlay}) on top.</li>
 *   <li>{@link org.eduroadmap.calendar.RussianProductionCalendar}: the shipped data, loading of
 *       further years from xmlcalendar XML or our TSV format, and for any other year from 1900 to
 *       2100 the Labour Code, marked {@linkplain org.eduroadmap.calendar.DayInfo#isProvisional()
 *       provisional}; {@link org.eduroadmap.calendar.RussianProductionCalendar#strict()} refuses
 *       such years.</li>
 *   <li>{@link org.eduroadmap.calendar.DayKind}, {@link org.eduroadmap.calendar.DayInfo},
 *       {@link org.eduroadmap.calendar.SpecialDay}: what a day is.</li>
 *   <li>{@link org.eduroadmap.calendar.DueDatePolicy}: the effective due date.</li>
 *   <li>{@link org.eduroadmap.calendar.AcademicYear}, {@link org.eduroadmap.calendar.DateRange},
 *       {@link org.eduroadmap.calendar.RussianRegion}.</li>
 * </ul>
 *
 * <p>Errors are {@link org.eduroadmap.calendar.CalendarException}s (an
 * {@link org.eduroadmap.EduroadmapException}) with the message in English and Russian.
 */
@NullMarked
package org.eduroadmap.calendar;

import org.jspecify.annotations.NullMarked;
