package org.eduroadmap.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class RussianRegionTest {

  @Test
  void values_areThe89FederalSubjects_withDistinctCodes() {
    assertThat(RussianRegion.values()).hasSize(89);
    assertThat(Arrays.stream(RussianRegion.values()).map(RussianRegion::code).distinct())
        .hasSize(89);
  }

  @Test
  void today_inBirobidzhanAndMurmansk_differsLateInTheEvening() {
    // 31 August 2026, 20:00 Moscow time = 1 September 03:00 in Биробиджан
    Clock clock = Clock.fixed(Instant.parse("2026-08-31T17:00:00Z"), ZoneOffset.UTC);
    assertThat(RussianRegion.ofName("Еврейская автономная область").today(clock))
        .isEqualTo(LocalDate.of(2026, 9, 1));
    assertThat(RussianRegion.ofName("Мурманская область").today(clock))
        .isEqualTo(LocalDate.of(2026, 8, 31));
  }

  static Stream<Arguments> zones() {
    return Stream.of(
        Arguments.of("79", "Asia/Vladivostok"), Arguments.of("51", "Europe/Moscow"),
        Arguments.of("39", "Europe/Kaliningrad"), Arguments.of("87", "Asia/Anadyr"),
        Arguments.of("41", "Asia/Kamchatka"), Arguments.of("16", "Europe/Moscow"),
        Arguments.of("02", "Asia/Yekaterinburg"), Arguments.of("54", "Asia/Novosibirsk"),
        Arguments.of("91", "Europe/Simferopol"), Arguments.of("14", "Asia/Yakutsk"),
        Arguments.of("18", "Europe/Samara"), Arguments.of("65", "Asia/Sakhalin"));
  }

  @ParameterizedTest
  @MethodSource("zones")
  void ofCode_knowsTheZoneOfTheAdministrativeCentre(String code, String zone) {
    assertThat(RussianRegion.ofCode(code).zone()).isEqualTo(ZoneId.of(zone));
  }

  static Stream<Arguments> names() {
    return Stream.of(
        Arguments.of("Республика Татарстан (Татарстан)", RussianRegion.TATARSTAN),
        Arguments.of("республика татарстан", RussianRegion.TATARSTAN),
        Arguments.of("Татарстан", RussianRegion.TATARSTAN),
        Arguments.of("Республика Северная Осетия-Алания", RussianRegion.NORTH_OSSETIA),
        Arguments.of("Ханты-Мансийский автономный округ – Югра",
            RussianRegion.KHANTY_MANSI_AUTONOMOUS_OKRUG),
        Arguments.of("г. Москва", RussianRegion.MOSCOW),
        Arguments.of("Республика Саха (Якутия)", RussianRegion.SAKHA),
        Arguments.of("Кемеровская область - Кузбасс", RussianRegion.KEMEROVO_OBLAST),
        Arguments.of("Jewish Autonomous Oblast", RussianRegion.JEWISH_AUTONOMOUS_OBLAST),
        Arguments.of("Орловская область", RussianRegion.ORYOL_OBLAST),
        Arguments.of("79", RussianRegion.JEWISH_AUTONOMOUS_OBLAST),
        Arguments.of("7", RussianRegion.KABARDINO_BALKARIA));
  }

  @ParameterizedTest
  @MethodSource("names")
  void of_nameOrCode_findsTheRegion(String text, RussianRegion region) {
    assertThat(RussianRegion.of(text)).isEqualTo(region);
  }

  @ParameterizedTest
  @EnumSource(RussianRegion.class)
  void ofName_andOfCode_readBackEveryRegion(RussianRegion region) {
    assertThat(RussianRegion.ofName(region.russianName())).isEqualTo(region);
    assertThat(RussianRegion.ofName(region.englishName())).isEqualTo(region);
    assertThat(RussianRegion.ofCode(region.code())).isEqualTo(region);
    assertThat(RussianRegion.ofCode(Integer.parseInt(region.code()))).isEqualTo(region);
    assertThat(region.zones()).startsWith(region.zone());
  }

  @Test
  void ofCode_andOfName_unknown_areErrorsQuotingTheValue() {
    assertThatThrownBy(() -> RussianRegion.ofCode("80")).isInstanceOf(CalendarException.class)
        .hasMessageContaining("'80'");
    assertThatThrownBy(() -> RussianRegion.ofName("Атлантида"))
        .isInstanceOf(CalendarException.class).hasMessageContaining("'Атлантида'")
        .satisfies(e -> assertThat(((CalendarException) e).getMessage(java.util.Locale.forLanguageTag("ru")))
            .contains("«Атлантида»"));
  }
}
