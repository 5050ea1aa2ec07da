package org.eduroadmap.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpecialDayTest {

  @Test
  void specialDays_shortenedWorkingSaturday_givesTwoRows_workingWeekendFirst() {
    List<SpecialDay> days = RussianProductionCalendar.get().specialDays(2025).stream()
        .filter(d -> d.date().equals(LocalDate.of(2025, 11, 1))).toList();
    assertThat(days).extracting(SpecialDay::code).containsExactly("working_weekend", "shortened");
    assertThat(days.get(0).compareTo(days.get(1))).isNegative();
  }

  @Test
  void specialDays_holiday_hasItsName_transfer_hasItsOrigin() {
    List<SpecialDay> days = RussianProductionCalendar.get().specialDays(2026);
    assertThat(days.get(0)).hasToString("2026-01-01 holiday");
    assertThat(days.get(0).name()).contains("Новогодние каникулы");
    assertThat(days).filteredOn(d -> d.kind() == DayKind.TRANSFER_DAY_OFF)
        .allSatisfy(d -> assertThat(d.transferredFrom()).isPresent());
    assertThat(days).isSorted();
  }
}
