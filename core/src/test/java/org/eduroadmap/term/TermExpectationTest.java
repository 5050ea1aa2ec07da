package org.eduroadmap.term;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.eduroadmap.testsupport.BundleCheck;
import org.junit.jupiter.api.Test;

class TermExpectationTest {

  private static final Locale RU = Locale.forLanguageTag("ru");

  @Test
  void description_everyConstant_hasRussianAndEnglishTextFromTheBundle() {
    BundleCheck.checkTexts(TermExpectation.class, TermExpectation::description);
  }

  @Test
  void description_shorterText_namesTheLimitWithoutGrouping() {
    assertThat(TermExpectation.SHORTER_TEXT.description(Locale.ENGLISH))
        .isEqualTo("a term of at most " + TermReader.MAX_LENGTH + " characters");
    assertThat(TermExpectation.SHORTER_TEXT.description(RU))
        .isEqualTo("срок длиной не более " + TermReader.MAX_LENGTH + " символов");
  }

  @Test
  void description_month_isTheTextItWasBefore() {
    assertThat(TermExpectation.MONTH.description(Locale.ENGLISH)).isEqualTo("a month");
    assertThat(TermExpectation.MONTH.description(RU)).isEqualTo("название месяца");
    assertThat(TermExpectation.FREQUENCY.description(RU))
        .isEqualTo("«раз в год», «раза в год», «в квартал», «в месяц» или «в полугодие»");
  }
}
