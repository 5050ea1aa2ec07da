package org.eduroadmap.validation.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlausibleYearTest {

  record Form(@PlausibleYear int year) {}

  record Narrow(@PlausibleYear(min = 2020, max = 2030) Integer year) {}

  @ParameterizedTest
  @ValueSource(ints = {1990, 2021, 2100})
  void isValid_yearInRange_passes(int year) {
    assertThat(Validators.messages(new Form(year), Validators.RU)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(ints = {202, 1989, 2101, 20222})
  void isValid_yearOutOfRange_failsQuotingItWithoutGrouping(int year) {
    assertThat(Validators.messages(new Form(year), Validators.RU))
        .containsExactly("год «" + year + "» не похож на настоящий (ожидается год с 1990 по 2100)");
    assertThat(Validators.messages(new Form(year), Locale.ENGLISH))
        .containsExactly("year \"" + year + "\" is not a plausible year (expected 1990 to 2100)");
  }

  @ParameterizedTest
  @ValueSource(ints = {2019, 2031})
  void isValid_customRange_isUsed(int year) {
    assertThat(Validators.messages(new Narrow(year), Validators.RU)).singleElement().asString()
        .contains("с 2020 по 2030");
    assertThat(Validators.messages(new Narrow(null), Validators.RU)).isEmpty();
  }
}
