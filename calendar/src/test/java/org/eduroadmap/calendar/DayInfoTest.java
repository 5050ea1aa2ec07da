package org.eduroadmap.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DayInfoTest {

  private static final LocalDate MONDAY = LocalDate.of(2026, 3, 9);

  @Test
  void of_shortenedKind_isShortened_andWorking() {
    DayInfo day = DayInfo.of(MONDAY, DayKind.SHORTENED);
    assertThat(day.isShortened()).isTrue();
    assertThat(day.isWorkingDay()).isTrue();
  }

  @Test
  void withShortened_onANonWorkingDay_isAnError() {
    assertThatThrownBy(() -> DayInfo.of(MONDAY, DayKind.HOLIDAY).withShortened(true))
        .isInstanceOf(CalendarException.class).hasMessageContaining("holiday")
        .hasMessageContaining("2026-03-09");
  }

  @Test
  void withTransferredFrom_onlyForATransferredDayOff() {
    DayInfo transfer = DayInfo.of(MONDAY, DayKind.TRANSFER_DAY_OFF)
        .withTransferredFrom(LocalDate.of(2026, 3, 8));
    assertThat(transfer.transferredFrom()).contains(LocalDate.of(2026, 3, 8));
    assertThat(transfer).hasToString("2026-03-09 transfer_day_off from 2026-03-08");
    assertThatThrownBy(() -> DayInfo.of(MONDAY, DayKind.HOLIDAY)
        .withTransferredFrom(LocalDate.of(2026, 3, 8))).isInstanceOf(CalendarException.class);
    assertThat(transfer.withKind(DayKind.HOLIDAY).transferredFrom()).isEmpty();
  }

  @Test
  void withName_blank_removesIt_andEqualityCoversEveryField() {
    DayInfo named = DayInfo.of(MONDAY, DayKind.HOLIDAY).withName("  День  ");
    assertThat(named.name()).contains("День");
    assertThat(named.withName(" ").name()).isEmpty();
    assertThat(named).isEqualTo(DayInfo.of(MONDAY, DayKind.HOLIDAY).withName("День"))
        .isNotEqualTo(named.withProvisional(true)).isNotEqualTo(named.withNote("n"));
  }
}
