package org.eduroadmap.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.eduroadmap.responsibility.Party;
import org.eduroadmap.responsibility.PartyKind;
import org.eduroadmap.responsibility.Responsibility;
import org.eduroadmap.roadmap.Activity;
import org.eduroadmap.roadmap.GlossaryEntry;
import org.eduroadmap.roadmap.Indicator;
import org.eduroadmap.roadmap.Roadmap;
import org.eduroadmap.roadmap.RoadmapPeriod;
import org.eduroadmap.roadmap.Section;
import org.eduroadmap.roadmap.YearCell;
import org.eduroadmap.school.School;
import org.eduroadmap.school.SchoolStatus;
import org.eduroadmap.school.SchoolStatusKind;
import org.eduroadmap.term.Term;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each roadmap rule, with a minimal roadmap that breaks it and one that does not; the Russian message
 * names the activity and quotes the bad value.
 */
class RoadmapRulesTest {

  private static final Locale RU = Locale.forLanguageTag("ru");

  private static Activity a(String number) {
    return TestRoadmaps.activity(number);
  }

  private static Activity termed(String number, String term) {
    return a(number).withTerm(Term.of(term));
  }

  private static Activity withParties(String number, Responsibility r) {
    return a(number).withResponsibility(r);
  }

  private static Party org(String name) {
    return Party.of(name, PartyKind.ORGANISATION);
  }

  private static Roadmap yearly(Activity... activities) {
    return TestRoadmaps.builder(activities).yearColumns(List.of(2021, 2022)).build();
  }

  private static Activity cells(String number, YearCell... cells) {
    return a(number).withTerm(Term.empty()).withYearCells(cells);
  }

  private static final School SCHOOL = School.of("МКОУ СОШ с. Непа");

  /** code, broken roadmap, kept roadmap, path, words the Russian message must contain. */
  static Stream<Arguments> rules() {
    return Stream.of(
        row(ViolationCode.PROVISIONAL_CALENDAR,
            () -> TestRoadmaps.builder(a("1")).period(RoadmapPeriod.ofYears(2026, 2029)).build(),
            () -> TestRoadmaps.builder(a("1")).period(RoadmapPeriod.ofYears(2025, 2027)).build(),
            "period", "2028–2029 гг.", "2013–2027", "Трудовому кодексу", "могут сдвинуться"),
        row(ViolationCode.TERM_DATE_OUTSIDE_PERIOD,
            () -> TestRoadmaps.of(termed("1", "август 2025")),
            () -> TestRoadmaps.of(termed("1", "август 2023")),
            "sections[0].activities[0].term", "Мероприятие 1", "«август 2025»", "31 августа 2025"),
        row(ViolationCode.DEADLINE_BEFORE_ORDER,
            () -> TestRoadmaps.of(termed("1", "не позднее 16 февраля 2021")),
            () -> TestRoadmaps.of(termed("1", "не позднее 20 февраля 2021")),
            "sections[0].activities[0].term", "«не позднее 16 февраля 2021»", "20 февраля 2021"),
        row(ViolationCode.NUMBER_DUPLICATE,
            () -> TestRoadmaps.numbered("1", "2", "2", "3"),
            () -> TestRoadmaps.numbered("1", "2", "3", "4"),
            "sections[0].activities[2].number", "Мероприятие 2", "«2»", "строке 2"),
        row(ViolationCode.ACTIVITY_ID_DUPLICATE,
            () -> TestRoadmaps.of(a("1").withId("analysis"), a("2"), a("3").withId("analysis")),
            () -> TestRoadmaps.of(a("1").withId("analysis"), a("2"), a("3").withId("seminar")),
            "sections[0].activities[2].id", "Мероприятие 3", "«analysis»", "sections[0].activities[0]"),
        row(ViolationCode.NUMBERING_GAP,
            () -> TestRoadmaps.numbered("1", "2", "4"),
            () -> TestRoadmaps.numbered("1", "2", "3"),
            "sections[0].activities[2].number", "«2»", "«4»"),
        row(ViolationCode.NUMBERING_DISORDER,
            () -> TestRoadmaps.numbered("1.1.", "1.3.", "1.2."),
            () -> TestRoadmaps.numbered("1.1.", "1.2.", "1.3."),
            "sections[0].activities[2].number", "«1.2»", "«1.3»"),
        row(ViolationCode.NUMBER_STYLE_MIXED,
            () -> TestRoadmaps.numbered("1", "2.", "3"),
            () -> TestRoadmaps.numbered("1.", "2.", "3."),
            "sections[0].activities[1].number", "«2.»", "с точкой"),
        row(ViolationCode.SECTION_NUMBERING_GAP,
            () -> TestRoadmaps.builder().sections(List.of(Section.of("№ 1", "Первое", List.of(a("1"))),
                Section.of("№ 3", "Третье", List.of(a("2"))))).build(),
            () -> TestRoadmaps.builder().sections(List.of(Section.of("№ 1", "Первое", List.of(a("1"))),
                Section.of("№ 2", "Второе", List.of(a("2"))))).build(),
            "sections[1].number", "«№ 3»", "«№ 1»", "номер 2"),
        row(ViolationCode.SECTION_NUMBERING_DISORDER,
            () -> TestRoadmaps.builder().sections(List.of(Section.of("1.", "Первое", List.of(a("1.1."))),
                Section.of("2.", "Второе", List.of(a("2.1."))), Section.of("2.", "Третье", List.of(a("3.1.")))))
                .build(),
            () -> TestRoadmaps.builder().sections(List.of(Section.of("1.", "Первое", List.of(a("1.1."))),
                Section.of("2.", "Второе", List.of(a("2.1."))), Section.of("3.", "Третье", List.of(a("3.1.")))))
                .build(),
            "sections[2].number", "«2.»"),
        row(ViolationCode.TERM_UNPARSED,
            () -> TestRoadmaps.of(termed("1", "ежегодно (нябрь)")),
            () -> TestRoadmaps.of(termed("1", "ежегодно (ноябрь)")),
            "sections[0].activities[0].term", "Мероприятие 1", "«ежегодно (нябрь)»"),
        row(ViolationCode.TERM_WEEKDAY_MISMATCH,
            () -> TestRoadmaps.of(termed("1", "19 мая 2022 (пятница)")),
            () -> TestRoadmaps.of(termed("1", "19 мая 2022 (четверг)")),
            "sections[0].activities[0].term", "«пятница»", "четверг", "19 мая 2022"),
        row(ViolationCode.TERM_EMPTY,
            () -> TestRoadmaps.of(a("1"), termed("2", "")),
            () -> TestRoadmaps.of(a("1"), termed("2", "По мере необходимости")),
            "sections[0].activities[1].term", "Мероприятие 2", "срок не указан"),
        row(ViolationCode.YEAR_CELL_YEAR_MISMATCH,
            () -> yearly(cells("1", YearCell.of(2021, "Анализ", Term.of("август 2021")),
                YearCell.of(2022, "Анализ", Term.of("август 2021")))),
            () -> yearly(cells("1", YearCell.of(2021, "Анализ", Term.of("август 2021")),
                YearCell.of(2022, "Анализ", Term.of("август 2022")))),
            "sections[0].activities[0].yearCells[1].term", "столбце 2022 года", "«август 2021»", "2021 год"),
        row(ViolationCode.YEAR_CELL_WITHOUT_TERM,
            () -> yearly(cells("1", YearCell.of(2021, "Оформлен заказ", Term.empty()))),
            () -> yearly(cells("1", YearCell.of(2021, "Оформлен заказ", Term.of("август 2021")))),
            "sections[0].activities[0].yearCells[0].term", "2021 года", "«Оформлен заказ»"),
        row(ViolationCode.YEAR_CELL_NOT_A_COLUMN,
            () -> yearly(cells("1", YearCell.of(2023, "Анализ", Term.of("август 2023")))),
            () -> yearly(cells("1", YearCell.of(2022, "Анализ", Term.of("август 2022")))),
            "sections[0].activities[0].yearCells[0].year", "2023 году"),
        row(ViolationCode.NO_RESULT,
            () -> TestRoadmaps.of(a("1"), a("2").withResults(List.of())),
            () -> TestRoadmaps.of(a("1").withResults(List.of()), a("2").withResults(List.of())),
            "sections[0].activities[1].results", "Мероприятие 2", "результат"),
        row(ViolationCode.NO_RESPONSIBLE_PARTY,
            () -> TestRoadmaps.of(a("1"), withParties("2", Responsibility.none())),
            () -> TestRoadmaps.builder(a("1"), withParties("2", Responsibility.none()))
                .implementers(Responsibility.of("ИМЦ", List.of(org("ИМЦ")))).build(),
            "sections[0].activities[1].responsibility", "Мероприятие 2", "ответственный"),
        row(ViolationCode.CO_EXECUTORS_WITHOUT_LEAD,
            () -> TestRoadmaps.of(withParties("1",
                Responsibility.builder().text("ИМЦ, ОО").addCoExecutors(org("ИМЦ"), org("ОО")).build())),
            () -> TestRoadmaps.of(withParties("1", Responsibility.of("ИМЦ, ОО", List.of(org("ИМЦ"), org("ОО"))))),
            "sections[0].activities[0].responsibility.lead", "(«ИМЦ», «ОО»)"),
        row(ViolationCode.PARTY_NOT_IN_GLOSSARY,
            () -> TestRoadmaps.builder(withParties("1", Responsibility.of("Комитет, ИМЦ",
                    List.of(org("Комитет"), org("ИМЦ")))), a("2"))
                .addGlossary(GlossaryEntry.of("Комитет", "Комитет по образованию")).build(),
            () -> TestRoadmaps.builder(withParties("1", Responsibility.of("Комитет, ИМЦ",
                    List.of(org("Комитет"), org("ИМЦ")))), a("2"))
                .addGlossary(GlossaryEntry.of("Комитет", "Комитет по образованию"),
                    GlossaryEntry.of("ИМЦ", "Информационно-методический центр")).build(),
            "sections[0].activities[0].responsibility.coExecutors[0].name", "«ИМЦ»", "в 2 мероприятиях"),
        row(ViolationCode.SCHOOL_DUPLICATE,
            () -> TestRoadmaps.builder(a("1")).addSchools(SCHOOL, School.of("МКОУ  СОШ с. «Непа»")).build(),
            () -> TestRoadmaps.builder(a("1")).addSchools(SCHOOL, School.of("МБОУ СОШ с. Ербогачен")).build(),
            "schools[1].shortName", "«МКОУ  СОШ с. «Непа»»", "строке 1"),
        row(ViolationCode.SCHOOL_STATUS_OUTSIDE_PERIOD,
            () -> TestRoadmaps.builder(a("1"))
                .addSchools(SCHOOL.withStatuses(SchoolStatus.of(2019, SchoolStatusKind.LOW_RESULTS))).build(),
            () -> TestRoadmaps.builder(a("1"))
                .addSchools(SCHOOL.withStatuses(SchoolStatus.of(2021, SchoolStatusKind.LOW_RESULTS))).build(),
            "schools[0].statuses[0].year", "2019 год", "2021–2023"),
        row(ViolationCode.INDICATOR_TARGET_NOT_NUMERIC,
            () -> TestRoadmaps.of(a("1").withIndicators(Indicator.of("Доля ШНОР, принявших участие")
                .withTarget("все школы"))),
            () -> TestRoadmaps.of(a("1").withIndicators(Indicator.of("Доля ШНОР, принявших участие")
                .withTarget("не менее 80%"))),
            "sections[0].activities[0].indicators[0].target", "Мероприятие 1", "«все школы»"),
        row(ViolationCode.TEXT_CONTROL_CHARACTER,
            () -> TestRoadmaps.of(a("1").withTitle("Совещание\rATTACH:https://example.org/x")),
            () -> TestRoadmaps.of(a("1").withTitle("Совещание\tATTACH:https://example.org/x")),
            "sections[0].activities[0].title", "Мероприятие 1", "U+000D", "название мероприятия"));
  }

  private static Arguments row(ViolationCode code, Supplier<Roadmap> broken, Supplier<Roadmap> kept, String path,
      String... words) {
    return Arguments.of(code, broken, kept, path, words);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void validate_brokenRule_isReportedOnceWithPathAndRussianMessage(ViolationCode code, Supplier<Roadmap> broken,
      Supplier<Roadmap> kept, String path, String[] words) {
    ValidationReport report = RoadmapValidator.standard().validate(broken.get(), RU);
    assertThat(report.withCode(code)).extracting(Violation::path).containsExactly(path);
    Violation v = report.withCode(code).get(0);
    assertThat(v.severity()).isEqualTo(code.severity());
    assertThat(v.message()).contains(words).doesNotContain("{");
  }

  @org.junit.jupiter.api.Test
  void validate_dueBeforeOrderAndBeforePeriod_isReportedOnceAsBeforeTheOrder() {
    Roadmap r = TestRoadmaps.builder(termed("1", "декабрь 2020")).build();
    assertThat(RoadmapValidator.standard().validate(r, RU).violations()).extracting(Violation::code)
        .containsExactly(ViolationCode.DEADLINE_BEFORE_ORDER);
  }

  @org.junit.jupiter.api.Test
  void validate_yearCellAcrossTheYearEnd_matchesEitherYear() {
    Roadmap r = yearly(cells("1", YearCell.of(2021, "Анализ", Term.of("ноябрь 2021 – январь 2022")),
        YearCell.of(2022, "Анализ", Term.of("ноябрь 2021 – январь 2022"))));
    assertThat(RoadmapValidator.standard().validate(r, RU).violations()).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void validate_noResponsibleColumnAndNoImplementers_isOneWarningForTheTable() {
    Roadmap r = TestRoadmaps.of(withParties("1", Responsibility.none()), withParties("2", Responsibility.none()));
    assertThat(RoadmapValidator.standard().validate(r, RU).violations()).extracting(Violation::path, Violation::message)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("sections",
            "Ни для одного мероприятия не указан ответственный исполнитель, и приказ не называет исполнителей плана"));
  }

  @org.junit.jupiter.api.Test
  void validate_abbreviationsWithoutGlossary_areNotReported() {
    Roadmap r = TestRoadmaps.of(withParties("1", Responsibility.of("МОО", List.of(org("МОО")))));
    assertThat(RoadmapValidator.standard().validate(r, RU).violations()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void validate_keptRule_reportsNothing(ViolationCode code, Supplier<Roadmap> broken, Supplier<Roadmap> kept,
      String path, String[] words) {
    assertThat(RoadmapValidator.standard().validate(kept.get(), RU).violations()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void validate_brokenRuleInEnglish_hasNoCyrillicBeyondQuotedValues(ViolationCode code, Supplier<Roadmap> broken,
      Supplier<Roadmap> kept, String path, String[] words) {
    Violation v = RoadmapValidator.standard().validate(broken.get(), Locale.ENGLISH).withCode(code).get(0);
    String outsideQuotes = v.message().replaceAll("\"[^\"]*\"", "").replaceAll("«[^»]*»", "");
    assertThat(outsideQuotes).doesNotContainPattern("[А-Яа-яЁё]{3,}");
  }

  @org.junit.jupiter.api.Test
  void validate_periodBeforeAndAfterTheShippedCalendar_namesEveryProvisionalYearOnceInEachLanguage() {
    Roadmap wide = TestRoadmaps.builder(a("1")).period(RoadmapPeriod.ofYears(2011, 2029)).build();
    List<Violation> ru = RoadmapValidator.standard().validate(wide, RU).violations().stream()
        .filter(v -> v.code() == ViolationCode.PROVISIONAL_CALENDAR).toList();
    List<Violation> en = RoadmapValidator.standard().validate(wide, Locale.ENGLISH).violations()
        .stream().filter(v -> v.code() == ViolationCode.PROVISIONAL_CALENDAR).toList();
    assertThat(ru).singleElement().satisfies(v -> {
      assertThat(v.severity()).isEqualTo(Severity.WARNING);
      assertThat(v.message()).contains("2011–2012, 2028–2029 гг.");
    });
    assertThat(en).singleElement().satisfies(v -> assertThat(v.message())
        .contains("for 2011–2012, 2028–2029").contains("Labour Code"));
  }
}
