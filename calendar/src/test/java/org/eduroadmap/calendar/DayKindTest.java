package org.eduroadmap.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class DayKindTest {

  /** The codes of the CLI contract (`calendar --year Y`) and of the reference data. */
  static Stream<Arguments> codes() {
    return Stream.of(
        Arguments.of(DayKind.HOLIDAY, "holiday", false),
        Arguments.of(DayKind.TRANSFER_DAY_OFF, "transfer_day_off", false),
        Arguments.of(DayKind.NON_WORKING_DECREE, "non_working_decree", false),
        Arguments.of(DayKind.WORKING_WEEKEND, "working_weekend", true),
        Arguments.of(DayKind.SHORTENED, "shortened", true),
        Arguments.of(DayKind.WORKING_DAY, "working_day", true),
        Arguments.of(DayKind.WEEKEND, "weekend", false));
  }

  @ParameterizedTest
  @MethodSource("codes")
  void code_isTheStableLowercaseString(DayKind kind, String code, boolean working) {
    assertThat(kind.code()).isEqualTo(code);
    assertThat(kind.isWorking()).isEqualTo(working);
    assertThat(DayKind.ofCode(code)).isEqualTo(kind);
  }

  @ParameterizedTest
  @EnumSource(DayKind.class)
  void displayName_existsInRussianAndEnglish(DayKind kind) {
    assertThat(kind.displayName(Locale.forLanguageTag("ru"))).matches(".*[а-я].*");
    assertThat(kind.displayName(Locale.ENGLISH)).matches("[a-z -]+");
  }

  @Test
  void ofCode_unknown_isAnErrorListingTheValidCodes() {
    assertThatThrownBy(() -> DayKind.ofCode("Holiday")).isInstanceOf(CalendarException.class)
        .hasMessageContaining("'Holiday'").hasMessageContaining("transfer_day_off");
  }

  @Test
  void displayName_everyConstant_hasRussianAndEnglishTextFromTheBundle() {
    org.eduroadmap.testsupport.BundleCheck.checkTexts(DayKind.class, DayKind::displayName);
  }
}
