package org.eduroadmap.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Locale;
import org.eduroadmap.EduroadmapException;
import org.junit.jupiter.api.Test;

class RoadmapJsonErrorsTest {

  private static final Locale RU = Locale.forLanguageTag("ru");

  @Test
  void badJson_isCaughtAsEduroadmapException_inBothLanguages() {
    EduroadmapException e = catchThrowableOfType(EduroadmapException.class,
        () -> RoadmapJson.standard().read("{\"title\": "));
    assertThat(e).isInstanceOf(RoadmapJsonException.class);
    assertThat(e.getMessage()).startsWith("Malformed JSON");
    assertThat(e.getMessage(RU)).startsWith("Ошибка синтаксиса JSON");
    assertThat(e.where()).isPresent();
  }

  @Test
  void reversedPeriod_isReportedAtPeriod_inBothLanguages() {
    String json = "{\"period\": {\"first\": \"2023-01-01\", \"last\": \"2021-12-31\"}}";
    RoadmapJsonException e = catchThrowableOfType(RoadmapJsonException.class,
        () -> RoadmapJson.standard().read(json));
    assertThat(e.path()).isEqualTo("$.period");
    assertThat(e.getMessage()).startsWith("Invalid period: the first day 2023-01-01 is after the last day 2021-12-31 at $.period");
    assertThat(e.getMessage(RU)).startsWith("Неверный период: первый день 2023-01-01 позже последнего дня 2021-12-31 в $.period");
  }

  @Test
  void bundles_haveEveryKeyInBothLanguages_andRussianIsRussian() {
    org.eduroadmap.testsupport.BundleCheck.check("org/eduroadmap/json/messages");
  }
}
