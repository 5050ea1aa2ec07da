package org.eduroadmap.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;

class DueDatePolicyTest {

  private static final WorkingCalendar RUSSIA = RussianProductionCalendar.get();

  private static final Gen<LocalDate> DAYS = integers()
      .between((int) LocalDate.of(2020, 2, 1).toEpochDay(),
          (int) LocalDate.of(2027, 11, 30).toEpochDay())
      .map(epochDay -> LocalDate.ofEpochDay(epochDay));

  static Stream<Arguments> cases() {
    return Stream.of(
        // Saturday 21 Feb 2026; Monday 23 Feb is a holiday
        Arguments.of("2026-02-21", DueDatePolicy.PREVIOUS_WORKING_DAY, "2026-02-20"),
        Arguments.of("2026-02-21", DueDatePolicy.NEXT_WORKING_DAY, "2026-02-24"),
        Arguments.of("2026-02-21", DueDatePolicy.NONE, "2026-02-21"),
        // New Year holidays 2026 run from 31 Dec 2025 to 11 Jan 2026
        Arguments.of("2026-01-01", DueDatePolicy.PREVIOUS_WORKING_DAY, "2025-12-30"),
        Arguments.of("2026-01-01", DueDatePolicy.NEXT_WORKING_DAY, "2026-01-12"),
        // a working Saturday does not move
        Arguments.of("2025-11-01", DueDatePolicy.PREVIOUS_WORKING_DAY, "2025-11-01"),
        Arguments.of("2025-11-01", DueDatePolicy.NEXT_WORKING_DAY, "2025-11-01"),
        // a working day never moves
        Arguments.of("2026-05-08", DueDatePolicy.PREVIOUS_WORKING_DAY, "2026-05-08"));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void adjust_movesOffNonWorkingDays(String nominal, DueDatePolicy policy, String effective) {
    assertThat(policy.adjust(LocalDate.parse(nominal), RUSSIA))
        .isEqualTo(LocalDate.parse(effective));
    assertThat(LocalDate.parse(nominal).with(policy.toTemporalAdjuster(RUSSIA)))
        .isEqualTo(LocalDate.parse(effective));
  }

  @Test
  void previousWorkingDay_returnsAWorkingDay_noEarlierThanThePreviousOne() {
    qt().withExamples(2000).forAll(DAYS).checkAssert(day -> {
      LocalDate effective = DueDatePolicy.PREVIOUS_WORKING_DAY.adjust(day, RUSSIA);
      assertThat(RUSSIA.isWorkingDay(effective)).isTrue();
      assertThat(effective).isAfterOrEqualTo(RUSSIA.previousWorkingDay(day)).isBeforeOrEqualTo(day);
    });
  }

  @Test
  void nextWorkingDay_returnsAWorkingDay_noLaterThanTheNextOne() {
    qt().withExamples(2000).forAll(DAYS).checkAssert(day -> {
      LocalDate effective = DueDatePolicy.NEXT_WORKING_DAY.adjust(day, RUSSIA);
      assertThat(RUSSIA.isWorkingDay(effective)).isTrue();
      assertThat(effective).isBeforeOrEqualTo(RUSSIA.nextWorkingDay(day)).isAfterOrEqualTo(day);
    });
  }

  @Test
  void none_neverMoves() {
    qt().forAll(DAYS).checkAssert(day ->
        assertThat(DueDatePolicy.NONE.adjust(day, RUSSIA)).isEqualTo(day));
  }

  @ParameterizedTest
  @EnumSource(DueDatePolicy.class)
  void adjust_onAWorkingDay_isThatDay(DueDatePolicy policy) {
    qt().forAll(DAYS.map(RUSSIA::nextOrSameWorkingDay)).checkAssert(day ->
        assertThat(policy.adjust(day, RUSSIA)).isEqualTo(day));
  }

  @ParameterizedTest
  @EnumSource(DueDatePolicy.class)
  void parse_readsTheNameBack_inAnyCase(DueDatePolicy policy) {
    assertThat(DueDatePolicy.parse(policy.name())).isEqualTo(policy);
    assertThat(DueDatePolicy.parse(policy.name().toLowerCase(Locale.ROOT).replace('_', '-')))
        .isEqualTo(policy);
    assertThat(policy.displayName(Locale.forLanguageTag("ru"))).isNotEqualTo(
        policy.displayName(Locale.ENGLISH));
  }

  @Test
  void parse_unknownName_isAnErrorQuotingIt() {
    assertThatThrownBy(() -> DueDatePolicy.parse("nearest"))
        .isInstanceOf(CalendarException.class).hasMessageContaining("'nearest'")
        .satisfies(e -> assertThat(((CalendarException) e).getMessage(java.util.Locale.forLanguageTag("ru")))
            .contains("«nearest»"));
  }

  @Test
  void defaultPolicy_isPreviousWorkingDay() {
    assertThat(DueDatePolicy.defaultPolicy()).isEqualTo(DueDatePolicy.PREVIOUS_WORKING_DAY);
  }

  @Test
  void displayName_everyConstant_hasRussianAndEnglishTextFromTheBundle() {
    org.eduroadmap.testsupport.BundleCheck.checkTexts(DueDatePolicy.class, DueDatePolicy::displayName);
  }
}
