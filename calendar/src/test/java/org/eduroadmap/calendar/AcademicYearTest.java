package org.eduroadmap.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class AcademicYearTest {

  @Test
  void of_defaultDays_areFirstSeptemberTo31August_teachingEnding31May() {
    AcademicYear year = AcademicYear.of(2025);
    assertThat(year.period()).isEqualTo(DateRange.parse("2025-09-01/2026-08-31"));
    assertThat(year.teachingEnd()).isEqualTo(LocalDate.of(2026, 5, 31));
    assertThat(year.teachingPeriod()).isEqualTo(DateRange.parse("2025-09-01/2026-05-31"));
    assertThat(year.afterTeaching()).isEqualTo(DateRange.parse("2026-06-01/2026-08-31"));
    assertThat(year.firstHalf()).isEqualTo(DateRange.parse("2025-09-01/2025-12-31"));
    assertThat(year.secondHalf()).isEqualTo(DateRange.parse("2026-01-01/2026-05-31"));
    assertThat(year.startYear()).isEqualTo(2025);
    assertThat(year.endYear()).isEqualTo(2026);
  }

  static Stream<Arguments> containing() {
    return Stream.of(
        Arguments.of("2025-08-31", "2024/2025"),
        Arguments.of("2025-09-01", "2025/2026"),
        Arguments.of("2025-12-31", "2025/2026"),
        Arguments.of("2026-01-01", "2025/2026"),
        Arguments.of("2026-06-15", "2025/2026"));
  }

  @ParameterizedTest
  @MethodSource("containing")
  void containing_dateFallsInTheAcademicYearStartingTheSeptemberBefore(String date,
      String expected) {
    assertThat(AcademicYear.containing(LocalDate.parse(date))).hasToString(expected);
  }

  @Test
  void containing_anyDate_isInsideThatYearsPeriod() {
    qt().forAll(integers().between(-20000, 40000)).checkAssert(epochDay -> {
      LocalDate date = LocalDate.ofEpochDay(epochDay);
      AcademicYear year = AcademicYear.containing(date, MonthDay.of(8, 15), MonthDay.of(6, 20));
      assertThat(year.contains(date)).isTrue();
      assertThat(year.next().start()).isEqualTo(year.end().plusDays(1));
    });
  }

  @Test
  void withStartAndTeachingEnd_configureTheDays() {
    AcademicYear year = AcademicYear.of(2025).withStart(MonthDay.of(9, 2))
        .withTeachingEnd(MonthDay.of(6, 30));
    assertThat(year.start()).isEqualTo(LocalDate.of(2025, 9, 2));
    assertThat(year.end()).isEqualTo(LocalDate.of(2026, 9, 1));
    assertThat(year.teachingEnd()).isEqualTo(LocalDate.of(2026, 6, 30));
    assertThat(year.next().startDay()).isEqualTo(MonthDay.of(9, 2));
  }

  @Test
  void overlapping_period_givesEveryAcademicYearItTouches() {
    assertThat(AcademicYear.overlapping(DateRange.ofYears(2021, 2023)))
        .extracting(AcademicYear::toString)
        .containsExactly("2020/2021", "2021/2022", "2022/2023", "2023/2024");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2025/2026", "2025/26", "2025-2026", "2025–2026", " 2025 / 2026 "})
  void parse_usualForms_giveTheYear(String text) {
    assertThat(AcademicYear.parse(text)).isEqualTo(AcademicYear.of(2025));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2025/2027", "2025", "2025/27", "учебный год"})
  void parse_otherText_isAnErrorQuotingIt(String text) {
    assertThatThrownBy(() -> AcademicYear.parse(text)).isInstanceOf(CalendarException.class)
        .hasMessageContaining("'" + text + "'");
  }

  @Test
  void toString_isReadBackByParse() {
    qt().forAll(integers().between(1900, 2998)).checkAssert(start ->
        assertThat(AcademicYear.parse(AcademicYear.of(start).toString()))
            .isEqualTo(AcademicYear.of(start)));
  }

  @Test
  void of_daysThatDoNotMakeAYear_areAnError() {
    assertThatThrownBy(() -> AcademicYear.of(2025, MonthDay.of(2, 1), MonthDay.of(5, 31)))
        .isInstanceOf(CalendarException.class).hasMessageContaining("--02-01");
    assertThatThrownBy(() -> AcademicYear.of(2025, MonthDay.of(8, 1), MonthDay.of(8, 15)))
        .isInstanceOf(CalendarException.class).hasMessageContaining("--08-15");
  }
}
