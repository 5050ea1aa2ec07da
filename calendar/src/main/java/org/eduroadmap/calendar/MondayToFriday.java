package org.eduroadmap.calendar;

import java.time.LocalDate;

/** Monday to Friday work, Saturday and Sunday off, no holidays. Immutable and thread-safe. */
enum MondayToFriday implements WorkingCalendar {
  INSTANCE;

  @Override
  public boolean isWorkingDay(LocalDate date) {
    return date.getDayOfWeek().getValue() < 6;
  }

  @Override
  public DayInfo dayInfo(LocalDate date) {
    return DayInfo.of(date, DayInfo.plainKind(date));
  }

  @Override
  public String toString() {
    return "WorkingCalendar.mondayToFriday()";
  }
}
