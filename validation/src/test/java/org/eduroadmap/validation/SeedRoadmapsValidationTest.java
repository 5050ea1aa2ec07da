package org.eduroadmap.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.eduroadmap.json.RoadmapJson;
import org.eduroadmap.roadmap.Roadmap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The validator on the five seed documents reports what is really wrong in each, as found by reading
 * {@code /work/shared/seeds/*.txt}, and nothing else.
 *
 * <p>The seeds' JSON comes from eduroadmap-seeds, on the test class path.
 */
class SeedRoadmapsValidationTest {

  private static final Locale RU = Locale.forLanguageTag("ru");

  private static Roadmap seed(String name) {
    return RoadmapJson.standard().read(org.eduroadmap.seeds.SeedDocuments.json(name));
  }

  /** seed, every finding as «CODE path», in report order. */
  static Stream<Arguments> seeds() {
    return Stream.of(
        // 000: deadlines 16 and 19 February 2021 fall before the order of 20.02.2021; row 9 has
        // neither term nor result. No responsible column, but the order names the implementers.
        Arguments.of("eao-2021", List.of(
            "DEADLINE_BEFORE_ORDER sections[0].activities[0].term",
            "DEADLINE_BEFORE_ORDER sections[0].activities[1].term",
            "NO_RESULT sections[0].activities[8].results",
            "TERM_EMPTY sections[0].activities[8].term")),
        // 001: cells copied from 2020 into the 2021/2022 columns, «август 2020»-type windows that end
        // before the order of 22.09.2020, «Направление №4» followed by «№6», row 13 with a result
        // but no term in every year.
        Arguments.of("yakovlevsky-2020", List.of(
            "YEAR_CELL_YEAR_MISMATCH sections[0].activities[0].yearCells[1].term",
            "YEAR_CELL_YEAR_MISMATCH sections[0].activities[0].yearCells[2].term",
            "DEADLINE_BEFORE_ORDER sections[0].activities[1].yearCells[0].term",
            "YEAR_CELL_YEAR_MISMATCH sections[0].activities[1].yearCells[2].term",
            "YEAR_CELL_YEAR_MISMATCH sections[0].activities[2].yearCells[1].term",
            "YEAR_CELL_YEAR_MISMATCH sections[0].activities[2].yearCells[2].term",
            "DEADLINE_BEFORE_ORDER sections[1].activities[0].yearCells[0].term",
            "DEADLINE_BEFORE_ORDER sections[1].activities[1].yearCells[0].term",
            "DEADLINE_BEFORE_ORDER sections[2].activities[2].yearCells[0].term",
            "SECTION_NUMBERING_GAP sections[4].number",
            "YEAR_CELL_WITHOUT_TERM sections[4].activities[0].yearCells[0].term",
            "YEAR_CELL_WITHOUT_TERM sections[4].activities[0].yearCells[1].term",
            "YEAR_CELL_WITHOUT_TERM sections[4].activities[0].yearCells[2].term",
            "DEADLINE_BEFORE_ORDER sections[4].activities[1].yearCells[0].term",
            "YEAR_CELL_YEAR_MISMATCH sections[4].activities[1].yearCells[2].term")),
        // 002: consistent; every party («Комитет», «ИМЦ», «ОО») is in its list of abbreviations.
        Arguments.of("olenegorsk-2021", List.of()),
        // 003: «4.» and «7.» among plain numbers; two activities numbered «11».
        Arguments.of("katanga-2023", List.of(
            "NUMBER_STYLE_MIXED sections[0].activities[3].number",
            "NUMBER_STYLE_MIXED sections[0].activities[6].number",
            "NUMBER_DUPLICATE sections[0].activities[11].number")),
        // 004: consistent.
        Arguments.of("kizel-2021", List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void validate_seed_reportsWhatIsReallyWrong(String name, List<String> expected) {
    ValidationReport report = RoadmapValidator.standard().validate(seed(name), RU);
    assertThat(report.violations()).extracting(v -> v.code() + " " + v.path()).containsExactlyElementsOf(expected);
    assertThat(report.hasErrors()).isEqualTo(expected.stream().anyMatch(s -> s.startsWith("NUMBER_DUPLICATE")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void validate_seedInRussian_messagesNameTheActivityAndHaveNoEnglish(String name, List<String> expected) {
    for (Violation v : RoadmapValidator.standard().validate(seed(name), RU).violations()) {
      assertThat(v.message()).doesNotContainPattern("[A-Za-z]{2,}").doesNotContain("{");
      v.activity().ifPresent(a -> assertThat(v.message()).startsWith("Мероприятие " + a + ": "));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void validate_seedInEnglish_sameFindings(String name, List<String> expected) {
    assertThat(RoadmapValidator.standard().validate(seed(name), Locale.ENGLISH).violations())
        .extracting(v -> v.code() + " " + v.path()).containsExactlyElementsOf(expected);
  }
}
