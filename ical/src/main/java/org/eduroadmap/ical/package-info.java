/**
 * A roadmap's schedule as an iCalendar (RFC 5545) file.
 *
 * <pre>{@code
 * String ics = ICalendarExport.of(ScheduleCalculator.standard())
 *     .withReminder(2)                      // a VALARM two working days before each due day
 *     .toIcs(roadmap, roadmap.period().toDateRange());
 * }</pre>
 *
 * <p>{@link org.eduroadmap.ical.ICalendarExport} writes every occurrence as its own component, with a
 * UID that stays the same from one export to the next. By default each deadline and window is an
 * all-day event on its effective due day, because Google Calendar, iOS and many other clients ignore
 * {@code VTODO}; task managers get {@code VTODO}s on request.
 */
@NullMarked
package org.eduroadmap.ical;

import org.jspecify.annotations.NullMarked;
