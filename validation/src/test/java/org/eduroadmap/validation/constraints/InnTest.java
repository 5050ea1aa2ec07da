package org.eduroadmap.validation.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class InnTest {

  record Form(@Inn String inn) {}

  @ParameterizedTest
  @ValueSource(strings = {"7707083893", "7830002293", "500100732259"})
  void isValid_realInn_passes(String inn) {
    assertThat(Validators.messages(new Form(inn), Validators.RU)).isEmpty();
  }

  static Stream<Arguments> invalid() {
    return Stream.of(
        Arguments.of("7707083890", "ИНН «7707083890» неверен: не сходится контрольная цифра",
            "INN \"7707083890\" is invalid: a check digit does not match"),
        Arguments.of("500100732258", "ИНН «500100732258» неверен: не сходится контрольная цифра",
            "INN \"500100732258\" is invalid: a check digit does not match"),
        Arguments.of("77070838", "ИНН «77070838» неверен: нужно 10 цифр (организация) или 12 (физическое лицо)",
            "INN \"77070838\" is invalid: it takes 10 digits (organisation) or 12 (person)"),
        Arguments.of("77070838ab", "ИНН «77070838ab» неверен: нужно 10 цифр (организация) или 12 (физическое лицо)",
            "INN \"77070838ab\" is invalid: it takes 10 digits (organisation) or 12 (person)"));
  }

  @ParameterizedTest
  @MethodSource("invalid")
  void isValid_wrongInn_failsWithMessageQuotingIt(String inn, String ru, String en) {
    assertThat(Validators.messages(new Form(inn), Validators.RU)).containsExactly(ru);
    assertThat(Validators.messages(new Form(inn), Locale.ENGLISH)).containsExactly(en);
  }

  @ParameterizedTest
  @ValueSource(strings = {"${1+1}", "{value}", "#{7*7}", "!{", "}", "\\", "1\\{2"})
  void isValid_valueLookingLikeAnExpression_isQuotedLiterally(String inn) {
    assertThat(Validators.messages(new Form(inn), Validators.RU)).singleElement().asString().contains("«" + inn + "»");
  }
}
