package org.eduroadmap.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shipped regional days against what their sources say. Each case below is a day a source
 * states (the address is in the data's {@code source} column and {@link DayInfo#note()}).
 */
class RegionalCalendarsTest {

  private static final RegionalCalendars REGIONS = RegionalCalendars.shipped();

  static Stream<Arguments> sourcedDaysOff() {
    return Stream.of(
        // Татарстан: tatarstan.ru/rus/data.htm (the law), the yearly decrees as reported
        Arguments.of(RussianRegion.TATARSTAN, "2024-08-30", "День Республики Татарстан"),
        Arguments.of(RussianRegion.TATARSTAN, "2023-11-06", "День Конституции Республики Татарстан"),
        Arguments.of(RussianRegion.TATARSTAN, "2014-09-01", null),  // 30 Aug 2014 a Saturday (aif.ru)
        Arguments.of(RussianRegion.TATARSTAN, "2014-10-06", null),  // Курбан-байрам 4 Oct 2014 (aif.ru)
        Arguments.of(RussianRegion.TATARSTAN, "2016-07-05", "Ураза-байрам"),
        Arguments.of(RussianRegion.TATARSTAN, "2016-09-12", "Курбан-байрам"),
        Arguments.of(RussianRegion.TATARSTAN, "2018-06-15", "Ураза-байрам"),
        Arguments.of(RussianRegion.TATARSTAN, "2018-08-21", "Курбан-байрам"),
        Arguments.of(RussianRegion.TATARSTAN, "2020-07-31", "Курбан-байрам"),
        Arguments.of(RussianRegion.TATARSTAN, "2021-05-13", "Ураза-байрам"),
        Arguments.of(RussianRegion.TATARSTAN, "2021-07-20", "Курбан-байрам"),
        Arguments.of(RussianRegion.TATARSTAN, "2023-04-21", "Ураза-байрам"),
        Arguments.of(RussianRegion.TATARSTAN, "2023-06-28", "Курбан-байрам"),
        Arguments.of(RussianRegion.TATARSTAN, "2024-04-10", "Ураза-байрам"),
        Arguments.of(RussianRegion.TATARSTAN, "2025-06-06", "Курбан-байрам"),
        Arguments.of(RussianRegion.TATARSTAN, "2026-03-20", "Ураза-байрам"),
        Arguments.of(RussianRegion.TATARSTAN, "2026-05-27", "Курбан-байрам"),
        // Башкортостан: consultant.ru (2022–2024), the yearly government decrees as reported
        Arguments.of(RussianRegion.BASHKORTOSTAN, "2024-10-11", "День Республики Башкортостан"),
        Arguments.of(RussianRegion.BASHKORTOSTAN, "2022-05-04", null),  // Ураза 2 May on a federal day off
        Arguments.of(RussianRegion.BASHKORTOSTAN, "2020-05-25", null),  // Ураза 24 May 2020 a Sunday
        Arguments.of(RussianRegion.BASHKORTOSTAN, "2023-04-21", "Ураза-байрам"),
        Arguments.of(RussianRegion.BASHKORTOSTAN, "2023-06-28", "Курбан-байрам"),
        Arguments.of(RussianRegion.BASHKORTOSTAN, "2024-04-10", "Ураза-байрам"),
        Arguments.of(RussianRegion.BASHKORTOSTAN, "2019-06-04", "Ураза-байрам"),
        Arguments.of(RussianRegion.BASHKORTOSTAN, "2014-07-28", "Ураза-байрам"),
        Arguments.of(RussianRegion.BASHKORTOSTAN, "2026-05-27", "Курбан-байрам"),
        // Бурятия, Алтай, Тыва, Якутия, Калмыкия, Адыгея, Чувашия, Крым, the North Caucasus
        Arguments.of(RussianRegion.BURYATIA, "2015-02-19", "Сагаалган (первый день Нового года по лунному календарю)"),
        Arguments.of(RussianRegion.BURYATIA, "2023-02-21", "Сагаалган (первый день Нового года по лунному календарю)"),
        Arguments.of(RussianRegion.ALTAI_REPUBLIC, "2021-02-14", "Чага-Байрам (Чагаа-Байрам)"),
        Arguments.of(RussianRegion.TUVA, "2023-02-21", "Шагаа (Новый год по лунному календарю)"),
        Arguments.of(RussianRegion.TUVA, "2015-08-17", null),
        Arguments.of(RussianRegion.TUVA, "2021-08-16", null),
        Arguments.of(RussianRegion.TUVA, "2014-09-05", "День Республики Тыва (перенесён с 15 августа)"),
        Arguments.of(RussianRegion.SAKHA, "2021-06-21", "День национального праздника Ысыах"),
        Arguments.of(RussianRegion.SAKHA, "2025-04-28", null),
        Arguments.of(RussianRegion.SAKHA, "2025-06-23", null),
        Arguments.of(RussianRegion.KALMYKIA, "2023-02-21", "Цаган Сар"),
        Arguments.of(RussianRegion.KALMYKIA, "2024-05-23", "День рождения Будды Шакьямуни"),
        Arguments.of(RussianRegion.ADYGEA, "2020-10-05", "День образования Республики Адыгея"),
        Arguments.of(RussianRegion.ADYGEA, "2019-06-05", "Ураза-байрам"),
        Arguments.of(RussianRegion.CHUVASHIA, "2026-06-24", "День Чувашской Республики"),
        Arguments.of(RussianRegion.CRIMEA, "2025-03-18", "День воссоединения Крыма с Россией"),
        Arguments.of(RussianRegion.CRIMEA, "2018-03-12", null),
        Arguments.of(RussianRegion.CHECHNYA, "2024-04-11", "Ураза-байрам (Ид аль-Фитр)"),
        Arguments.of(RussianRegion.INGUSHETIA, "2021-05-12", "Ураза-байрам"),
        Arguments.of(RussianRegion.DAGESTAN, "2021-05-14", "Ураза-байрам"),
        Arguments.of(RussianRegion.KABARDINO_BALKARIA, "2014-07-28", "Ураза-байрам"),
        Arguments.of(RussianRegion.KARACHAY_CHERKESSIA, "2025-06-06", "Курбан-байрам"));
  }

  @ParameterizedTest
  @MethodSource("sourcedDaysOff")
  void isWorkingDay_sourcedRegionalDay_isADayOff(RussianRegion region, String date, String name) {
    WorkingCalendar calendar = REGIONS.calendar(region);
    LocalDate day = LocalDate.parse(date);

    assertThat(calendar.isWorkingDay(day)).isFalse();
    assertThat(calendar.isProvisional(day)).isFalse();
    assertThat(calendar.dayInfo(day).note()).hasValueSatisfying(n -> assertThat(n).contains("http"));
    if (name != null) {
      assertThat(calendar.dayInfo(day).name()).contains(name);
    }
  }

  @Test
  void isWorkingDay_tatarstanRepublicDay_isADayOff() {
    assertThat(REGIONS.calendar(RussianRegion.TATARSTAN).isWorkingDay(LocalDate.of(2024, 8, 30))).isFalse();
    assertThat(RussianProductionCalendar.get().isWorkingDay(LocalDate.of(2024, 8, 30))).isTrue();
  }

  @Test
  void isWorkingDay_tatarstanHolidayOnSundaySince2017_isNotCarriedOver() {
    // 30 August 2020 a Sunday: «дополнительный день отдыха не предоставляется» (kazanfirst.ru)
    assertThat(REGIONS.calendar(RussianRegion.TATARSTAN).isWorkingDay(LocalDate.of(2020, 8, 31))).isTrue();
  }

  @Test
  void isWorkingDay_bashkortostanConstitutionDay_isAWorkingDay() {
    // 24 December is not a day off (gtrkrb.ru: «не являются официальными выходными»)
    assertThat(REGIONS.calendar(RussianRegion.BASHKORTOSTAN).isWorkingDay(LocalDate.of(2024, 12, 24))).isTrue();
  }

  @Test
  void isWorkingDay_tuvaRepublicDayMovedIn2014_isAWorkingDay() {
    assertThat(REGIONS.calendar(RussianRegion.TUVA).isWorkingDay(LocalDate.of(2014, 8, 15))).isTrue();
  }

  @Test
  void dayKind_kabardinoBalkariaSaturday26December2020_isAWorkingWeekend() {
    assertThat(REGIONS.calendar(RussianRegion.KABARDINO_BALKARIA).dayKind(LocalDate.of(2020, 12, 26)))
        .isEqualTo(DayKind.WORKING_WEEKEND);
  }

  @Test
  void dayInfo_yearlyHolidayAfterShippedYears_isProvisional() {
    DayInfo day = REGIONS.calendar(RussianRegion.TATARSTAN).dayInfo(LocalDate.of(2029, 8, 30));

    assertThat(day.isWorkingDay()).isFalse();
    assertThat(day.isProvisional()).isTrue();
    assertThat(day.name()).contains("День Республики Татарстан");
  }

  @Test
  void dayInfo_movableHolidayAfterShippedYears_isLeftOut() {
    // Курбан-байрам 2028 has no decree: nothing is guessed.
    WorkingCalendar tatarstan = REGIONS.calendar(RussianRegion.TATARSTAN);
    for (LocalDate d = LocalDate.of(2028, 1, 1); d.getYear() == 2028; d = d.plusDays(1)) {
      DayInfo info = tatarstan.dayInfo(d);
      assertThat(info.name().orElse("")).doesNotContain("байрам");
    }
  }

  @Test
  void calendar_federalOnlyRegion_isTheFederalCalendar() {
    assertThat(REGIONS.calendar(RussianRegion.PERM_KRAI)).isSameAs(RussianProductionCalendar.get());
    assertThat(REGIONS.overlay(RussianRegion.PERM_KRAI)).isEmpty();
  }

  @Test
  void regions_shipped_areTheSubjectsWithOwnDays() {
    assertThat(REGIONS.regions()).containsExactlyInAnyOrder(RussianRegion.ADYGEA,
        RussianRegion.BASHKORTOSTAN, RussianRegion.BURYATIA, RussianRegion.ALTAI_REPUBLIC,
        RussianRegion.DAGESTAN, RussianRegion.INGUSHETIA, RussianRegion.KABARDINO_BALKARIA,
        RussianRegion.KALMYKIA, RussianRegion.KARACHAY_CHERKESSIA, RussianRegion.SAKHA,
        RussianRegion.TATARSTAN, RussianRegion.TUVA, RussianRegion.CHECHNYA, RussianRegion.CHUVASHIA,
        RussianRegion.CRIMEA);
  }

  /** Every row of the data: a known kind, a source, a status, one row per region and date. */
  @Test
  void shippedData_everyRow_isSourcedOrComputedAndUnique() throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        RegionalCalendars.class.getResourceAsStream(RegionalCalendars.SHIPPED_RESOURCE),
        StandardCharsets.UTF_8))) {
      in.lines().filter(l -> !l.startsWith("#") && !l.startsWith("region\t"))
          .forEach(l -> rows.add(l.split("\t", -1)));
    }
    Set<String> keys = new HashSet<>();
    for (String[] r : rows) {
      assertThat(r).hasSize(10);
      assertThat(keys.add(r[0] + r[1])).as("one row for %s %s", r[0], r[1]).isTrue();
      assertThat(r[8]).isIn("sourced", "computed");
      assertThat(r[7]).isNotBlank();
      assertThat(r[6]).isNotBlank();
      LocalDate d = LocalDate.parse(r[1]);
      assertThat(d.getYear()).isBetween(2013, RegionalCalendars.LAST_SHIPPED_YEAR);
      if (r[2].equals("transfer_day_off")) {
        assertThat(d.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(LocalDate.parse(r[3])).isNotEqualTo(d);  // Крым 2018 moved its day off earlier
      }
    }
    assertThat(rows).hasSize(271);
  }

  @Test
  void findIn_nameInAnyCaseForm_findsTheRegion() {
    assertThat(RussianRegion.findIn("Республики Татарстан")).contains(RussianRegion.TATARSTAN);
    assertThat(RussianRegion.findIn("татарстане")).contains(RussianRegion.TATARSTAN);
    assertThat(RussianRegion.findIn("в Республике Башкортостан")).contains(RussianRegion.BASHKORTOSTAN);
    assertThat(RussianRegion.findIn("Пермского края")).contains(RussianRegion.PERM_KRAI);
    assertThat(RussianRegion.findIn("Нарния")).isEmpty();
  }
}
