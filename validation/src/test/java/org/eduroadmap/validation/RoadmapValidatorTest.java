package org.eduroadmap.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import java.util.Locale;
import org.eduroadmap.roadmap.Activity;
import org.eduroadmap.roadmap.Roadmap;
import org.eduroadmap.roadmap.RoadmapPeriod;
import org.eduroadmap.roadmap.YearCell;
import org.eduroadmap.term.Term;
import org.junit.jupiter.api.Test;

class RoadmapValidatorTest {

  private static final Locale RU = Locale.forLanguageTag("ru");

  @Test
  void validate_minimalRoadmap_reportsNothing() {
    ValidationReport report = RoadmapValidator.standard().validate(TestRoadmaps.numbered("1", "2", "3"), RU);
    assertThat(report.violations()).isEmpty();
    assertThat(report.hasErrors()).isFalse();
    assertThat(report.isEmpty()).isTrue();
  }

  @Test
  void validate_blankActivityTitle_reportsBeanViolationWithPathAndActivity() {
    Roadmap r = TestRoadmaps.of(TestRoadmaps.activity("1"), TestRoadmaps.activity("2").withTitle(" "));
    ValidationReport report = RoadmapValidator.standard().validate(r, RU);
    assertThat(report.violations()).singleElement().satisfies(v -> {
      assertThat(v.code()).isEqualTo(ViolationCode.REQUIRED_TEXT_BLANK);
      assertThat(v.severity()).isEqualTo(Severity.ERROR);
      assertThat(v.path()).isEqualTo("sections[0].activities[1].title");
      assertThat(v.activity()).contains("2");
      assertThat(v.message()).isEqualTo("Мероприятие 2: не указано название мероприятия");
    });
  }

  @Test
  void validate_manyThingsWrong_reportsAllInDocumentOrder() {
    Roadmap r = TestRoadmaps.builder(
            TestRoadmaps.activity("1"),
            TestRoadmaps.activity("1").withTerm(Term.of("ежегодно (нябрь)")),
            TestRoadmaps.activity("3").withTitle(""),
            TestRoadmaps.activity("11").withTerm(Term.empty()))
        .period(RoadmapPeriod.ofYears(2021, 2023))
        .build();
    ValidationReport report = RoadmapValidator.standard().validate(r, RU);
    assertThat(report.violations()).extracting(v -> v.code() + " " + v.path()).containsExactly(
        "NUMBER_DUPLICATE sections[0].activities[1].number",
        "TERM_UNPARSED sections[0].activities[1].term",
        "NUMBERING_GAP sections[0].activities[2].number",
        "REQUIRED_TEXT_BLANK sections[0].activities[2].title",
        "NUMBERING_GAP sections[0].activities[3].number",
        "TERM_EMPTY sections[0].activities[3].term");
    assertThat(report.hasErrors()).isTrue();
    assertThat(report.errors()).extracting(Violation::code).containsExactly(
        ViolationCode.NUMBER_DUPLICATE, ViolationCode.TERM_UNPARSED, ViolationCode.REQUIRED_TEXT_BLANK);
    assertThat(report.warnings()).hasSize(3);
  }

  @Test
  void validate_englishAsked_whileDefaultLocaleIsRussian_isEnglish() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(RU);
      Roadmap r = TestRoadmaps.of(TestRoadmaps.activity("1").withTitle(""), TestRoadmaps.activity("3"));
      assertThat(RoadmapValidator.standard().validate(r, Locale.ENGLISH).violations())
          .extracting(Violation::message)
          .containsExactly("Activity 1: the activity has no title", "Activity 3: \"3\" directly follows \"1\": a number is missing");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void validate_withoutLocale_isRussian() {
    Roadmap r = TestRoadmaps.of(TestRoadmaps.activity("1").withTerm(Term.empty()));
    assertThat(RoadmapValidator.standard().validate(r).violations()).extracting(Violation::message)
        .containsExactly("Мероприятие 1: срок не указан");
  }

  @Test
  void validate_orderDuty_isNamedByItsPoint() {
    Roadmap r = TestRoadmaps.builder(TestRoadmaps.activity("1"))
        .addReportingDuties(Activity.of("п. 3.4", "Информация о реализации плана", Term.of("ежегодно (нябрь)")))
        .build();
    assertThat(RoadmapValidator.standard().validate(r, RU).violations()).singleElement().satisfies(v -> {
      assertThat(v.path()).isEqualTo("reportingDuties[0].term");
      assertThat(v.activity()).contains("п. 3.4");
      assertThat(v.message()).startsWith("Пункт 3.4 приказа: срок «ежегодно (нябрь)» не удалось прочитать");
    });
  }

  @Test
  void validate_anyNumbersTermsAndCells_neverThrowsAndEveryMessageIsFilledIn() {
    qt().withExamples(200)
        .forAll(lists().of(strings().basicLatinAlphabet().ofLengthBetween(0, 6)).ofSizeBetween(1, 6),
            lists().of(strings().allPossible().ofLengthBetween(0, 20)).ofSizeBetween(1, 6),
            integers().between(1900, 2200))
        .checkAssert((numbers, terms, year) -> {
          Activity[] activities = new Activity[numbers.size()];
          for (int i = 0; i < activities.length; i++) {
            String term = terms.get(i % terms.size());
            activities[i] = TestRoadmaps.activity(numbers.get(i)).withTerm(Term.of(term))
                .withYearCells(i % 2 == 0 ? List.of() : List.of(YearCell.of(year, term, Term.of(term))));
          }
          for (Locale locale : List.of(RU, Locale.ENGLISH)) {
            ValidationReport report = RoadmapValidator.standard().validate(TestRoadmaps.of(activities), locale);
            assertThat(report.violations()).allSatisfy(v -> {
              assertThat(v.message()).isNotBlank().doesNotContain("{org.")
                  .doesNotStartWith("Мероприятие : ").doesNotStartWith("Activity : ");
              v.activity().ifPresent(a -> assertThat(a).isNotBlank());
              assertThat(v.path()).isNotBlank();
              assertThat(v.severity()).isEqualTo(v.code().severity());
            });
          }
        });
  }
}
