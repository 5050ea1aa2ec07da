package org.eduroadmap.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.time.ZoneId;
import org.eduroadmap.term.TermReader;
import org.junit.jupiter.api.Test;

class TimeOfDayTest {

  @Test
  void of_rule_takesTimeEndAndZoneFromTheTerm() {
    TimeOfDay t = TimeOfDay.of(TermReader.strict().read("15.03.2022 до 17:00 мск")).orElseThrow();

    assertThat(t).isEqualTo(TimeOfDay.of(LocalTime.of(17, 0)).withZone(ZoneId.of("Europe/Moscow")));
    assertThat(t).hasToString("17:00 Europe/Moscow");
  }

  @Test
  void of_ruleWithoutTime_isEmpty() {
    assertThat(TimeOfDay.of(TermReader.strict().read("ежегодно (ноябрь)"))).isEmpty();
  }

  @Test
  void withUntil_givesARange() {
    TimeOfDay range = TimeOfDay.of(LocalTime.of(16, 0)).withUntil(LocalTime.of(16, 30));

    assertThat(range.until()).contains(LocalTime.of(16, 30));
    assertThat(range.zone()).isEmpty();
    assertThat(range).hasToString("16:00–16:30").hasSameHashCodeAs(TimeOfDay.of(LocalTime.of(16, 0))
        .withUntil(LocalTime.of(16, 30)));
  }
}
