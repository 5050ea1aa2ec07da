package org.eduroadmap.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CalendarOverlayTest {

  @Test
  void builder_kindsFollowTheDayOfWeek() {
    CalendarOverlay overlay = CalendarOverlay.builder("школа")
        .workingDay(LocalDate.of(2026, 3, 7), "суббота — рабочая")
        .workingDay(LocalDate.of(2026, 3, 9), "понедельник — рабочий")
        .shortened(LocalDate.of(2026, 3, 14), null)
        .shortened(LocalDate.of(2026, 3, 13), null)
        .nonWorkingDay(LocalDate.of(2026, 3, 16), "Указ главы региона")
        .transferredDayOff(LocalDate.of(2026, 3, 17), LocalDate.of(2026, 3, 7))
        .build();
    assertThat(overlay.days()).extracting(DayInfo::toString).containsExactly(
        "2026-03-07 working_weekend", "2026-03-09 working_day",
        "2026-03-13 shortened", "2026-03-14 working_weekend shortened",
        "2026-03-16 non_working_decree «Указ главы региона»",
        "2026-03-17 transfer_day_off from 2026-03-07");
  }

  @Test
  void builder_laterEntryForADate_replacesTheEarlierOne() {
    CalendarOverlay overlay = CalendarOverlay.builder("регион")
        .holiday(LocalDate.of(2026, 3, 20), "Ураза-байрам")
        .workingDay(LocalDate.of(2026, 3, 20), "отменено")
        .build();
    assertThat(overlay.day(LocalDate.of(2026, 3, 20)).map(DayInfo::kind))
        .contains(DayKind.WORKING_DAY);
    assertThat(overlay.day(LocalDate.of(2026, 3, 21))).isEmpty();
  }

  @Test
  void builder_blankName_isAnError() {
    assertThatThrownBy(() -> CalendarOverlay.builder(" ")).isInstanceOf(CalendarException.class);
  }
}
