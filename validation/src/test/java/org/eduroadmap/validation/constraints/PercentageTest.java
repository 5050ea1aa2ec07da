package org.eduroadmap.validation.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PercentageTest {

  record Form(@Percentage String target) {}

  @ParameterizedTest
  @ValueSource(strings = {"100%", "0 %", "не менее 80%", "99,5%", "все школы", "15", "от 10% до 100%"})
  void isValid_percentageWithinRangeOrNone_passes(String target) {
    assertThat(Validators.messages(new Form(target), Validators.RU)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"120%", "100,5 %", "от 10% до 150%", "-5%"})
  void isValid_percentageOutOfRange_failsQuotingIt(String target) {
    assertThat(Validators.messages(new Form(target), Validators.RU))
        .containsExactly("в «" + target + "» процент выходит за пределы от 0 до 100");
  }
}
