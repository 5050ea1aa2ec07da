/**
 * Working-day calendars, the academic year and due-date policies.
 *
 * <pre>{@code
 * DateRange year = DateRange.of(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 12, 31));
 * }</pre>
 */
package org.eduroadmap.calendar;
