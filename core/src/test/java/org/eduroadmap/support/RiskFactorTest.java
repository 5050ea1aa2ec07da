package org.eduroadmap.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class RiskFactorTest {

  @Test
  void appliesTo_withoutCohorts_everyYear() {
    RiskFactor f = RiskFactor.of("LOW_EQUIPMENT", "Низкий уровень оснащения школы", "Low equipment");
    assertThat(f.appliesTo(2019)).isTrue();
    assertThat(f.appliesTo(2030)).isTrue();
  }

  @Test
  void appliesTo_withCohorts_onlyThoseYears() {
    RiskFactor f = RiskFactor.of("LOW_MOTIVATION", "Низкая учебная мотивация обучающихся", "Low motivation")
        .withCohorts(2023, 2022);
    assertThat(f.cohorts()).containsExactly(2022, 2023);
    assertThat(f.appliesTo(2021)).isFalse();
    assertThat(f.appliesTo(2022)).isTrue();
  }

  @Test
  void name_russianOrEnglish() {
    RiskFactor f = RiskFactor.of("X", "Русское", "English");
    assertThat(f.name(Locale.forLanguageTag("ru"))).isEqualTo("Русское");
    assertThat(f.name(Locale.GERMAN)).isEqualTo("English");
  }

  @Test
  void of_badCodeOrBlankName_isRefusedNamingIt() {
    assertThatThrownBy(() -> RiskFactor.of("two words", "а", "b"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("\"two words\"");
    assertThatThrownBy(() -> RiskFactor.of("X", " ", "b"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("X");
  }
}
