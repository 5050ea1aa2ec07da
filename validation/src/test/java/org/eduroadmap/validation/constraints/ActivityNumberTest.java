package org.eduroadmap.validation.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ActivityNumberTest {

  record Form(@ActivityNumber String number) {}

  @ParameterizedTest
  @ValueSource(strings = {"1", "1.", "11", "1.1.", "2.10", "п. 3.4", "п.3.4", " 4. ", ""})
  void isValid_printedNumber_passes(String number) {
    assertThat(Validators.messages(new Form(number), Validators.RU)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"1..2", "а)", "I", "1.a", ".1", "№ 1"})
  void isValid_notANumber_failsQuotingIt(String number) {
    assertThat(Validators.messages(new Form(number), Validators.RU)).singleElement().asString()
        .startsWith("номер «" + number + "» не похож на номер мероприятия");
    assertThat(Validators.messages(new Form(number), Locale.ENGLISH)).singleElement().asString()
        .startsWith("number \"" + number + "\" is not an activity number");
  }
}
