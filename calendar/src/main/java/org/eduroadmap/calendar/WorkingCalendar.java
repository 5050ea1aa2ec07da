package org.eduroadmap.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A working-day calendar: which days are working days and what kind of day each date is.
 *
 * <pre>{@code
 * WorkingCalendar russia = RussianProductionCalendar.get();
 * russia.isWorkingDay(LocalDate.of(2026, 1, 12));        // true (Jollyday gets this wrong)
 * russia.nextWorkingDay(LocalDate.of(2025, 12, 30));     // 2026-01-12
 * russia.workingDaysBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1)); // 247
 * WorkingCalendar tatarstan = russia.with(regionalHolidays);   // layered
 * }</pre>
 *
 * <h2>Contract for implementors</h2>
 * <p>Implementations must be immutable and thread-safe, and {@link #isWorkingDay} must agree with
 * {@link #dayInfo}{@code .isWorkingDay()} for every date. A date the calendar has no data for is a
 * {@link CalendarException}, never a silent guess: an implementation that computes such a date
 * (as {@link RussianProductionCalendar#get()} does from the Labour Code) documents it and marks its
 * answers {@link DayInfo#isProvisional() provisional}. The default methods only call
 * {@link #isWorkingDay}; implementations may override them for speed but not change their results.
 */
public interface WorkingCalendar {

  /**
   * How far the default methods search for a working day before giving up: a calendar with no
   * working day in a whole year is broken, and looping forever would hide it.
   */
  int MAX_SEARCH_DAYS = 400;

  /**
   * Whether {@code date} is a working day.
   *
   * @throws CalendarException if the calendar has no data for the date
   */
  boolean isWorkingDay(LocalDate date);

  /**
   * What the calendar knows about {@code date}: kind, holiday name, transfer origin, note.
   *
   * @throws CalendarException if the calendar has no data for the date
   */
  DayInfo dayInfo(LocalDate date);

  /**
   * The kind of day {@code date} is.
   *
   * @throws CalendarException if the calendar has no data for the date
   */
  default DayKind dayKind(LocalDate date) {
    return dayInfo(date).kind();
  }

  /**
   * Whether what the calendar says about {@code date} is provisional: computed from rules (the
   * Labour Code) because no approved calendar for its year is available, so it may change when
   * one is. Always equal to {@link #dayInfo}{@code .isProvisional()}; implementations may answer
   * faster.
   *
   * <pre>{@code
   * RussianProductionCalendar.get().isProvisional(LocalDate.of(2026, 5, 4)); // false
   * RussianProductionCalendar.get().isProvisional(LocalDate.of(2028, 5, 4)); // true
   * }</pre>
   *
   * @throws CalendarException if the calendar has no data for the date
   */
  default boolean isProvisional(LocalDate date) {
    return dayInfo(date).isProvisional();
  }

  /**
   * The first working day strictly after {@code date}.
   *
   * @throws CalendarException if the calendar has no data on the way
   */
  default LocalDate nextWorkingDay(LocalDate date) {
    return nextOrSameWorkingDay(date.plusDays(1));
  }

  /**
   * {@code date} itself if it is a working day, otherwise the first working day after it.
   *
   * @throws CalendarException if the calendar has no data on the way
   */
  default LocalDate nextOrSameWorkingDay(LocalDate date) {
    LocalDate day = date;
    for (int i = 0; i < MAX_SEARCH_DAYS; i++) {
      if (isWorkingDay(day)) {
        return day;
      }
      day = day.plusDays(1);
    }
    throw CalendarException.of("calendar.noWorkingDayAfter", MAX_SEARCH_DAYS, date);
  }

  /**
   * The last working day strictly before {@code date}.
   *
   * @throws CalendarException if the calendar has no data on the way
   */
  default LocalDate previousWorkingDay(LocalDate date) {
    return previousOrSameWorkingDay(date.minusDays(1));
  }

  /**
   * {@code date} itself if it is a working day, otherwise the last working day before it.
   *
   * @throws CalendarException if the calendar has no data on the way
   */
  default LocalDate previousOrSameWorkingDay(LocalDate date) {
    LocalDate day = date;
    for (int i = 0; i < MAX_SEARCH_DAYS; i++) {
      if (isWorkingDay(day)) {
        return day;
      }
      day = day.minusDays(1);
    }
    throw CalendarException.of("calendar.noWorkingDayBefore", MAX_SEARCH_DAYS, date);
  }

  /**
   * The number of working days from {@code startInclusive} to {@code endExclusive}, like
   * {@link java.time.temporal.ChronoUnit#between}: negative when the end is before the start.
   *
   * <pre>{@code
   * // 2026 has 247 working days
   * calendar.workingDaysBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1)); // 247
   * }</pre>
   *
   * @throws CalendarException if the calendar has no data for a day in between
   */
  default long workingDaysBetween(LocalDate startInclusive, LocalDate endExclusive) {
    if (endExclusive.isBefore(startInclusive)) {
      return -workingDaysBetween(endExclusive, startInclusive);
    }
    long count = 0;
    for (LocalDate day = startInclusive; day.isBefore(endExclusive); day = day.plusDays(1)) {
      if (isWorkingDay(day)) {
        count++;
      }
    }
    return count;
  }

  /**
   * The working day {@code workingDays} working days after {@code date} (before it when negative);
   * zero gives {@link #nextOrSameWorkingDay}.
   *
   * <pre>{@code
   * calendar.plusWorkingDays(LocalDate.of(2026, 4, 30), 1); // 2026-05-04
   * }</pre>
   *
   * @throws CalendarException if the calendar has no data on the way
   */
  default LocalDate plusWorkingDays(LocalDate date, long workingDays) {
    if (workingDays == 0) {
      return nextOrSameWorkingDay(date);
    }
    LocalDate day = date;
    for (long i = 0; i < Math.abs(workingDays); i++) {
      day = workingDays > 0 ? nextWorkingDay(day) : previousWorkingDay(day);
    }
    return day;
  }

  /**
   * The days of {@code year} that differ from a plain Monday–Friday week, in date order: one entry
   * per date and kind, so a shortened working Saturday gives a {@code working_weekend} and a
   * {@code shortened} entry. Holidays falling on a weekend are listed; plain weekends are not.
   *
   * <pre>{@code
   * for (SpecialDay day : RussianProductionCalendar.get().specialDays(2026)) {
   *   System.out.println(day.date() + "\t" + day.code());   // 2026-01-01	holiday ...
   * }
   * }</pre>
   *
   * @throws CalendarException if the calendar has no data for the year
   */
  default List<SpecialDay> specialDays(int year) {
    List<SpecialDay> days = new ArrayList<>();
    for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
      DayInfo info = dayInfo(day);
      DayKind kind = info.kind();
      if (kind != DayKind.WORKING_DAY && kind != DayKind.WEEKEND) {
        days.add(SpecialDay.of(info, kind));
      }
      if (info.isShortened() && kind != DayKind.SHORTENED) {
        days.add(SpecialDay.of(info, DayKind.SHORTENED));
      }
    }
    return List.copyOf(days);
  }

  /**
   * This calendar with {@code overlay} on top: the overlay's days win, every other day is answered
   * by this calendar. Overlays stack: {@code russia.with(tatarstan).with(schoolDaysOff)}.
   *
   * <pre>{@code
   * CalendarOverlay tatarstan = CalendarOverlay.builder("Республика Татарстан")
   *     .holiday(LocalDate.of(2026, 3, 20), "Ураза-байрам")
   *     .build();
   * RussianProductionCalendar.get().with(tatarstan).isWorkingDay(LocalDate.of(2026, 3, 20)); // false
   * }</pre>
   */
  default WorkingCalendar with(CalendarOverlay overlay) {
    return new LayeredCalendar(this, overlay);
  }

  /**
   * A calendar in which Monday to Friday are working days and Saturday and Sunday are not, with no
   * holidays at all, for every date. Useful as a base for overlays and in tests.
   */
  static WorkingCalendar mondayToFriday() {
    return MondayToFriday.INSTANCE;
  }
}
