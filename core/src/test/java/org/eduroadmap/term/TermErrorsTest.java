package org.eduroadmap.term;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.Locale;
import org.eduroadmap.EduroadmapException;
import org.eduroadmap.roadmap.RoadmapPeriod;
import org.junit.jupiter.api.Test;

class TermErrorsTest {

  private static final Locale RU = Locale.forLanguageTag("ru");

  @Test
  void strictReading_isCaughtAsEduroadmapException_inBothLanguages() {
    EduroadmapException e = catchThrowableOfType(EduroadmapException.class,
        () -> TermReader.strict().read("ежегодно (нябрь)"));
    assertThat(e).isInstanceOf(TermParseException.class);
    assertThat(e.getMessage()).startsWith("Cannot read the term «ежегодно (нябрь)» at index 10")
        .endsWith("did you mean «ноябрь»?");
    assertThat(e.getMessage(RU)).startsWith("Не удалось прочитать срок «ежегодно (нябрь)» в позиции 10")
        .endsWith("возможно, имелось в виду «ноябрь»");
  }

  @Test
  void reversedPeriod_cannotBeBuilt_andTheMessageNamesBothDates() {
    assertThatThrownBy(() -> RoadmapPeriod.of(LocalDate.of(2023, 1, 1), LocalDate.of(2021, 12, 31)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2023-01-01")
        .hasMessageContaining("2021-12-31");
    assertThatThrownBy(() -> RoadmapPeriod.ofYears(2023, 2021)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void bundles_haveEveryKeyInBothLanguages_andRussianIsRussian() {
    org.eduroadmap.testsupport.BundleCheck.check("org/eduroadmap/term/messages");
    org.eduroadmap.testsupport.BundleCheck.check("org/eduroadmap/schedule/messages");
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(strings = {"ежегодно (нябрь)", "пять раз в год", "3021 год",
      "до 31.02.2022", "по итогам года", "Октябрь 2021, далее", "ежегодно (november)", "с 1 сентября",
      "в течение"})
  void strictReading_russianMessage_hasNoLatinWordButTheTermAsWritten(String text) {
    TermParseException e = catchThrowableOfType(TermParseException.class, () -> TermReader.strict().read(text));

    assertThat(org.eduroadmap.testsupport.BundleCheck.latinWordsOutsideQuotes(e.getMessage(RU))).isEmpty();
  }

  @Test
  void strictReading_tooLongText_russianMessageDescribesTheLengthInRussian() {
    String huge = "ежегодно ".repeat(300);

    TermParseException e = catchThrowableOfType(TermParseException.class, () -> TermReader.strict().read(huge));

    assertThat(e.getMessage(RU)).contains("найдено текст длиной 2700 символов")
        .contains("срок длиной не более 2000 символов");
    assertThat(org.eduroadmap.testsupport.BundleCheck.latinWordsOutsideQuotes(e.getMessage(RU))).isEmpty();
    assertThat(e.getMessage()).contains("found a text of 2700 characters");
  }
}
