package org.eduroadmap.validation.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OgrnTest {

  record Form(@Ogrn String ogrn) {}

  @ParameterizedTest
  @ValueSource(strings = {"1027700132195", "1027739609391", "304500116000157"})
  void isValid_realOgrn_passes(String ogrn) {
    assertThat(Validators.messages(new Form(ogrn), Validators.RU)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "1027700132194|ОГРН «1027700132194» неверен: не сходится контрольная цифра|OGRN \"1027700132194\" is invalid: the check digit does not match",
      "304500116000158|ОГРН «304500116000158» неверен: не сходится контрольная цифра|OGRN \"304500116000158\" is invalid: the check digit does not match",
      "10277001321|ОГРН «10277001321» неверен: нужно 13 цифр (организация) или 15 (ОГРНИП)|OGRN \"10277001321\" is invalid: it takes 13 digits (organisation) or 15 (OGRNIP)"})
  void isValid_wrongOgrn_failsWithMessageQuotingIt(String ogrn, String ru, String en) {
    assertThat(Validators.messages(new Form(ogrn), Validators.RU)).containsExactly(ru);
    assertThat(Validators.messages(new Form(ogrn), Locale.ENGLISH)).containsExactly(en);
  }
}
