package org.eduroadmap.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Federal subjects and cities found in any case form, named in the nominative without mangling. */
class RussianTextTest {

  static Stream<Arguments> regions() {
    return Stream.of(
        Arguments.of("Комитет образования Еврейской автономной области", "Еврейская автономная область"),
        Arguments.of("КОМИТЕТ ОБРАЗОВАНИЯ ЕВРЕЙСКОЙ АВТОНОМНОЙ ОБЛАСТИ", "Еврейская автономная область"),
        Arguments.of("школы в Пермском крае", "Пермский край"),
        Arguments.of("Министерство образования Республики Татарстан", "Республика Татарстан"),
        Arguments.of("Министерство образования и науки Чувашской Республики", "Чувашская Республика — Чувашия"),
        Arguments.of("Департамент образования города Москвы", "Москва"),
        Arguments.of("Ханты-Мансийского автономного округа — Югры", "Ханты-Мансийский автономный округ — Югра"),
        Arguments.of("Комиссия по делам несовершеннолетних", null));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("regions")
  void findRegion_anyCaseForm_givesTheOfficialName(String text, String expected) {
    assertThat(RussianText.findRegion(text).orElse(null)).isEqualTo(expected);
  }

  static Stream<Arguments> cities() {
    return Stream.of(
        Arguments.of("Управление образования администрации город Пенза", "город Пенза"),
        Arguments.of("Управление образования администрации города Пензы", "город Пенза"),
        Arguments.of("администрации города Кизела", "город Кизел"),
        Arguments.of("в городе Оленегорске с подведомственной территорией",
            "город Оленегорск с подведомственной территорией"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cities")
  void findMunicipality_anyCaseForm_keepsANominativeName(String text, String expected) {
    assertThat(RussianText.findMunicipality(text)).contains(expected);
  }
}
