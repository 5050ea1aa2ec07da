package org.eduroadmap.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RiskFactorCatalogueTest {

  private static final Locale RU = Locale.forLanguageTag("ru");

  @Test
  void standard_hasTheFactorsOf500Plus() {
    RiskFactorCatalogue c = RiskFactorCatalogue.standard();
    assertThat(c.version()).isEqualTo("fioko-500plus-2021");
    assertThat(c.factors()).extracting(RiskFactor::code).containsExactly("LOW_EQUIPMENT", "TEACHER_SHORTAGE",
        "LOW_TEACHER_COMPETENCE", "LOW_ADAPTIVITY", "NO_PD_SYSTEM", "HIGH_SHARE_AT_RISK", "LANGUAGE_BARRIERS",
        "LOW_QUALITY_ENVIRONMENT", "HIGH_SHARE_SEN", "LOW_PARENT_INVOLVEMENT", "LOW_MOTIVATION");
    assertThat(c.factor("LOW_MOTIVATION")).map(RiskFactor::nameRu)
        .contains("Низкая учебная мотивация обучающихся");
    assertThat(c.factor("HIGH_SHARE_SEN")).map(RiskFactor::nameRu).contains("Высокая доля обучающихся с ОВЗ");
  }

  @Test
  void factorsFor_lowMotivationOnlyInCohortsThatUseIt() {
    RiskFactorCatalogue c = RiskFactorCatalogue.standard();
    assertThat(c.factorsFor(2021)).extracting(RiskFactor::code).hasSize(10).doesNotContain("LOW_MOTIVATION");
    assertThat(c.factorsFor(2022)).extracting(RiskFactor::code).hasSize(11).contains("LOW_MOTIVATION");
  }

  @Test
  void factor_unknownCode_isEmpty() {
    assertThat(RiskFactorCatalogue.standard().factor("NO_SUCH")).isEmpty();
    assertThat(RiskFactorCatalogue.standard().contains("NO_SUCH")).isFalse();
  }

  @Test
  void read_regionalFile_addsItsFactors(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("region.txt");
    Files.writeString(file, "\uFEFF# региональные факторы\nversion = eao-2022\n\n"
        + "EAO-01 | 2021-2023, 2025 | Удалённость от районного центра | Remoteness from the district centre\n");
    RiskFactorCatalogue regional = RiskFactorCatalogue.read(file);
    assertThat(regional.version()).isEqualTo("eao-2022");
    assertThat(regional.factors().get(0).cohorts()).containsExactly(2021, 2022, 2023, 2025);
    RiskFactorCatalogue all = RiskFactorCatalogue.standard().plus(regional);
    assertThat(all.version()).isEqualTo("fioko-500plus-2021+eao-2022");
    assertThat(all.factors()).hasSize(12);
    assertThat(all.factor("EAO-01")).isPresent();
  }

  @Test
  void plus_sameCode_isRefused() {
    RiskFactorCatalogue again = RiskFactorCatalogue.of("x", List.of(RiskFactor.of("LOW_EQUIPMENT", "а", "b")));
    assertThatThrownBy(() -> RiskFactorCatalogue.standard().plus(again))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("LOW_EQUIPMENT");
  }

  @Test
  void read_badCohorts_namesFileLineAndValueInBothLanguages() {
    RiskCatalogueException e = read("version = v\nA | 2021-20x | а | b\n");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.where()).contains("region.txt:2");
    assertThat(e.getMessage()).isEqualTo("region.txt, line 2: cohort years \"2021-20x\" are not years: "
        + "write \"*\", \"2022\", \"2021-2023\" or \"2021, 2023\"");
    assertThat(e.getMessage(RU)).isEqualTo("region.txt, строка 2: «2021-20x» — не годы когорт: "
        + "пишите «*», «2022», «2021-2023» или «2021, 2023»");
  }

  @Test
  void read_wrongFieldCount_isReported() {
    RiskCatalogueException e = read("version = v\nA | * | а\n");
    assertThat(e.getMessage()).contains("line 2").contains("found 3 field(s)");
    assertThat(e.getMessage(RU)).contains("строка 2").contains("полей: 3");
  }

  @Test
  void read_duplicateCode_namesBothLines() {
    RiskCatalogueException e = read("version = v\nA | * | а | a\nA | * | б | b\n");
    assertThat(e.getMessage()).isEqualTo("region.txt, line 3: the code A is already used on line 2");
    assertThat(e.getMessage(RU)).isEqualTo("region.txt, строка 3: код A уже указан в строке 2");
  }

  @Test
  void read_noVersion_orNoFactor_isReported() {
    assertThat(read("A | * | а | a\n").getMessage()).contains("line 1").contains("version");
    assertThat(read("version = v\n").getMessage(RU)).isEqualTo("region.txt: в каталоге нет ни одного фактора риска");
    assertThat(read("A B | * | а | a\n".replace("A B", "version = v\nA B")).getMessage(RU))
        .contains("«A B» — не код");
    assertThat(read("version = v\nA | * |  | a\n").getMessage()).contains("factor A has a blank name");
  }

  private static RiskCatalogueException read(String text) {
    try {
      RiskFactorCatalogue.read(new StringReader(text), "region.txt");
    } catch (RiskCatalogueException e) {
      return e;
    }
    throw new AssertionError("read without error: " + text);
  }
}
