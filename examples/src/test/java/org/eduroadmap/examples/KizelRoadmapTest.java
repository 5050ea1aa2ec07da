package org.eduroadmap.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.eduroadmap.json.RoadmapJson;
import org.eduroadmap.responsibility.Party;
import org.eduroadmap.responsibility.PartyKind;
import org.eduroadmap.roadmap.Activity;
import org.eduroadmap.roadmap.GlossaryEntry;
import org.eduroadmap.roadmap.Roadmap;
import org.eduroadmap.roadmap.RoadmapLevel;
import org.eduroadmap.term.Term;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bundled {@code kizel-2021} against seed document {@code 004_ed128100505850d9.txt}: every
 * expected count and text below was read in the document, not in the JSON.
 */
class KizelRoadmapTest {

  private final Roadmap roadmap = SeedRoadmaps.load("kizel-2021");

  @Test
  void order_isNo89Of21July2021WithThreePoints() {
    assertThat(roadmap.level()).isEqualTo(RoadmapLevel.MUNICIPAL);
    assertThat(roadmap.region()).hasValue("Пермский край");
    assertThat(roadmap.municipality()).hasValue("город Кизел");
    assertThat(roadmap.order().authority()).isEqualTo("Управление образования администрации города Кизела");
    assertThat(roadmap.order().kind()).isEqualTo("Приказ");
    assertThat(roadmap.order().number()).isEqualTo("89");
    assertThat(roadmap.order().date()).contains(LocalDate.of(2021, 7, 21));
    assertThat(roadmap.order().points()).extracting(p -> p.number()).containsExactly("1", "2", "3");
    assertThat(roadmap.order().preamble()).hasValueSatisfying(p ->
        assertThat(p).startsWith("В целях реализации Концепции").endsWith("№ 26-01-06-662,"));
    assertThat(roadmap.order().signatory()).hasValue("В.А. Павлова");
    assertThat(roadmap.order().signatoryPosition()).hasValue("Начальник Управления образования");
    assertThat(roadmap.controlledBy()).hasValue(Party.builder()
        .name("главный специалист управления образования").kind(PartyKind.ROLE).person("Грачёву М.Г.").build());
    assertThat(roadmap.implementers().parties())
        .containsExactly(Party.of("Руководителям образовательных организаций", PartyKind.ROLE));
    assertThat(roadmap.reportingDuties()).isEmpty();
  }

  @Test
  void period_runsFromTheOrderTo2024_forAPlanNamingOnlyItsLastYear() {
    assertThat(roadmap.period().first()).isEqualTo(roadmap.order().date().orElseThrow());
    assertThat(roadmap.period().last()).isEqualTo(LocalDate.of(2024, 12, 31));
    assertThat(roadmap.yearColumns()).isEmpty();
  }

  @Test
  void goals_areTheFourListed_keepingTheirSpelling() {
    assertThat(roadmap.goals()).hasSize(4);
    assertThat(roadmap.goals().get(1)).startsWith("Совершение предметных компетенций педагогических работников");
    assertThat(roadmap.goals().get(3)).isEqualTo(
        "Осуществление сетевого взаимодействия (между образовательными организациями и/или другими учреждениями и предприятиями)");
  }

  @Test
  void columns_areTheFivePrinted() {
    assertThat(roadmap.columns()).containsExactly("№ п/п", "Мероприятие (содержание деятельности)",
        "Ответственные исполнители", "Сроки исполнения", "Планируемый результат");
  }

  @Test
  void sections_areThreeWith5And6And4Rows() {
    assertThat(roadmap.sections()).extracting(s -> s.number().orElseThrow()).containsExactly("1.", "2.", "3.");
    assertThat(roadmap.sections()).extracting(s -> s.title().orElseThrow()).containsExactly(
        "Нормативно-правовое обеспечение", "Общесистемные мероприятия",
        "Мониторинг управления ходом реализации Плана");
    assertThat(roadmap.sections()).extracting(s -> s.activities().size()).containsExactly(5, 6, 4);
    assertThat(roadmap.activities()).hasSize(15);
  }

  @ParameterizedTest
  @MethodSource("termAndPartiesPerRow")
  void row_hasTheDocumentsTermPartiesAndOneResult(String number, String term, int parties) {
    List<Activity> found = roadmap.activitiesByKey(number.substring(0, number.length() - 1));
    assertThat(found).hasSize(1);
    Activity a = found.get(0);
    assertThat(a.number()).isEqualTo(number);
    assertThat(a.term()).isEqualTo(Term.of(term));
    assertThat(a.responsibility().parties()).hasSize(parties);
    assertThat(a.results()).hasSize(1);
    assertThat(a.yearCells()).isEmpty();
  }

  static Stream<Arguments> termAndPartiesPerRow() {
    return Stream.of(
        Arguments.of("1.1.", "Август 2021 г.", 2),
        Arguments.of("1.2.", "Сентябрь 2021 г.", 1),
        Arguments.of("1.3.", "июль-август, 2021 г.", 2),
        Arguments.of("1.4.", "июль-август, 2021 г.", 1),
        Arguments.of("1.5.", "В течение года", 2),
        Arguments.of("2.1.", "ежегодно", 2),
        Arguments.of("2.2.", "ежегодно", 2),
        Arguments.of("2.3.", "В соответствии с планом", 2),
        Arguments.of("2.4.", "ежегодно", 2),
        Arguments.of("2.5.", "В течение года (по мере необходимости)", 2),
        Arguments.of("2.6.", "Ежегодно", 2),
        Arguments.of("3.1.", "По мере необходимости", 2),
        Arguments.of("3.2.", "Ежегодно (июнь)", 1),
        Arguments.of("3.3.", "Ежегодно", 1),
        Arguments.of("3.4.", "ежегодно (август)", 1));
  }

  @Test
  void parties_total25_andEveryRowHasALead() {
    assertThat(roadmap.activities().stream().mapToInt(a -> a.responsibility().parties().size()).sum())
        .isEqualTo(25); // 8 in section 1, 12 in section 2, 5 in section 3
    assertThat(roadmap.activities()).allSatisfy(a -> assertThat(a.responsibility().lead()).isPresent());
  }

  @Test
  void responsibleCells_keepTheDocumentsText() {
    Activity first = roadmap.activitiesByKey("1.1").get(0);
    assertThat(first.responsibility().text()).isEqualTo("Управление образование, ОО");
    assertThat(first.responsibility().lead()).hasValue(Party.of("Управление образование", PartyKind.ORGANISATION));
    Activity third = roadmap.activitiesByKey("1.3").get(0);
    assertThat(third.responsibility().text())
        .isEqualTo("Управление образования, образовательные организации (далее – ОО)");
    assertThat(third.responsibility().coExecutors())
        .containsExactly(Party.of("образовательные организации", PartyKind.ORGANISATION));
    assertThat(roadmap.activitiesByKey("3.2").get(0).responsibility().lead())
        .hasValue(Party.of("ОО", PartyKind.ORGANISATION));
  }

  @Test
  void rowBrokenAcrossPages_isJoined() {
    assertThat(roadmap.activitiesByKey("1.3").get(0).title()).isEqualTo(
        "Разработка и утверждение критериев и показателей системы работы со школами с низкими результатами"
            + " обучения и/или школами, функционирующими в неблагоприятных социальных условиях на"
            + " муниципальном уровне");
  }

  @Test
  void glossary_definesOOInlineAndThePlan() {
    assertThat(roadmap.resolve("ОО")).hasValue(GlossaryEntry.of("ОО", "образовательные организации"));
    assertThat(roadmap.glossary()).extracting(GlossaryEntry::abbreviation).containsExactly("План", "ОО");
    assertThat(roadmap.schools()).isEmpty();
  }

  @Test
  void json_writeThenRead_givesTheSameRoadmap() {
    String json = RoadmapJson.standard().write(roadmap);
    assertThat(RoadmapJson.standard().read(json)).isEqualTo(roadmap);
  }
}
