package org.eduroadmap.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.eduroadmap.json.RoadmapJson;
import org.eduroadmap.responsibility.Party;
import org.eduroadmap.responsibility.PartyKind;
import org.eduroadmap.roadmap.Activity;
import org.eduroadmap.roadmap.Amendment;
import org.eduroadmap.roadmap.Roadmap;
import org.eduroadmap.roadmap.RoadmapLevel;
import org.eduroadmap.roadmap.RoadmapPeriod;
import org.eduroadmap.school.School;
import org.eduroadmap.school.SchoolStatusKind;
import org.eduroadmap.term.Term;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bundled {@code katanga-2023} against seed document 003 (приложение к приказу МОО № 10 от
 * 17.01.23). Every expected count and text is read off the document, its slips included.
 */
class KatangaRoadmapTest {

  private final Roadmap roadmap = SeedRoadmaps.load("katanga-2023");

  @Test
  void table_hasTwelveRowsInOneUntitledSection_numbersAsPrinted() {
    assertThat(roadmap.sections()).hasSize(1);
    assertThat(roadmap.sections().get(0).title()).isEmpty();
    assertThat(roadmap.activities()).extracting(Activity::number).containsExactly(
        "1", "2", "3", "4.", "5", "6", "7.", "8", "9", "10", "11", "11");
    assertThat(roadmap.activitiesByKey("11")).hasSize(2);
    assertThat(roadmap.columns())
        .containsExactly("№", "Мероприятия", "Сроки", "Ответственные", "Результат исполнения");
  }

  static Stream<Arguments> responsibleCells() {
    return Stream.of(
        Arguments.of(0, "МОО, консультант", 2),
        Arguments.of(1, "МОО, консультант", 2),
        Arguments.of(2, "МОО, консультант, главный специалист МОО", 3),
        Arguments.of(3, "МОО, консультант", 2),
        Arguments.of(4, "МОО, руководители ОУ", 2),
        Arguments.of(5, "МОО, консультант", 2),
        Arguments.of(6, "МОО, консультант", 2),
        Arguments.of(7, "МОО, консультант, главный специалист", 3),
        Arguments.of(8, "МОО, консультант, главный специалист", 3),
        Arguments.of(9, "МОО, консультант, главный специалист", 3),
        Arguments.of(10, "МОО, руководители общеобразовательных учреждений", 2),
        Arguments.of(11, "МОО, консультант, главный специалист", 3));
  }

  @ParameterizedTest
  @MethodSource("responsibleCells")
  void row_hasItsResponsibleCell_ledByTheMoo_withRolesCoExecuting(int index, String cell, int parties) {
    Activity row = roadmap.activities().get(index);
    assertThat(row.responsibility().text()).isEqualTo(cell);
    assertThat(row.responsibility().parties()).hasSize(parties);
    assertThat(row.responsibility().lead()).contains(Party.of("МОО", PartyKind.ORGANISATION));
    assertThat(row.responsibility().coExecutors()).allSatisfy(p -> assertThat(p.kind()).isEqualTo(PartyKind.ROLE));
    assertThat(row.results()).hasSize(1);
  }

  @Test
  void chiefSpecialistOfTheMoo_belongsToTheMoo() {
    Party chief = roadmap.activities().get(2).responsibility().coExecutors().get(1);
    assertThat(chief.name()).isEqualTo("главный специалист МОО");
    assertThat(chief.organisation()).contains("МОО");
  }

  @Test
  void firstAndLastRows_areAsPrinted() {
    Activity first = roadmap.activities().get(0);
    assertThat(first.title()).isEqualTo("Разработка и утверждение «Дорожной карты» по методическому сопровождению "
        + "школ, находящихся в зоне риска по низким образовательным результатам, для повышения качества образования");
    assertThat(first.term()).isEqualTo(Term.of("Январь 2023"));
    Activity last = roadmap.activities().get(11);
    assertThat(last.title()).isEqualTo("Подготовка сводного анализа по деятельности ШНОР");
    assertThat(last.term()).isEqualTo(Term.of("По итогам учебного года"));
  }

  @Test
  void rowsBrokenAcrossThePage_areOneRowEach() {
    assertThat(roadmap.activities().get(1).title())
        .endsWith("с руководителями общеобразовательных организаций по вопросам достижения качества образования");
    assertThat(roadmap.activities().get(1).results())
        .containsExactly("Определение основных направлений деятельности по управлению качеством образования");
    assertThat(roadmap.activities().get(6).title()).isEqualTo("Подготовка инструктивных писем для ОУ по вопросам "
        + "повышения качества образования, функциональной грамотности, ликвидации дефицитов знаний обучающихся "
        + "по предмету");
    assertThat(roadmap.activities().get(10).title())
        .endsWith("в региональных мероприятиях, проводимых для школ с низкими образовательными результатами");
  }

  @Test
  void firstRow11_hasItsResultAlsoAsAHundredPercentIndicator() {
    Activity row = roadmap.activities().get(10);
    String text = "100% школ, находящихся в зоне риска по низким образовательным результатам";
    assertThat(row.results()).containsExactly(text);
    assertThat(row.indicators()).hasSize(1);
    assertThat(row.indicators().get(0).name()).isEqualTo(text);
    assertThat(row.indicators().get(0).target()).contains("100%");
    assertThat(roadmap.activities()).flatExtracting(Activity::indicators).hasSize(1);
  }

  @Test
  void order_isMooNo10Of17January2023_amendedBy76D() {
    assertThat(roadmap.level()).isEqualTo(RoadmapLevel.MUNICIPAL);
    assertThat(roadmap.period()).isEqualTo(RoadmapPeriod.ofYears(2023, 2024));
    assertThat(roadmap.order().authority()).isEqualTo("МОО");
    assertThat(roadmap.order().number()).isEqualTo("10");
    assertThat(roadmap.order().date()).contains(LocalDate.of(2023, 1, 17));
    assertThat(roadmap.order().amendments()).containsExactly(Amendment.of("с изменениями от 28.04.23 № 76-Д")
        .withDate(LocalDate.of(2023, 4, 28)).withNumber("76-Д"));
    assertThat(roadmap.order().points()).isEmpty();
    assertThat(roadmap.reportingDuties()).isEmpty();
  }

  @Test
  void goalTasksAndRationale_areAsWritten() {
    assertThat(roadmap.goals()).hasSize(1);
    assertThat(roadmap.goals().get(0)).startsWith("создание условий для поддержки школ");
    assertThat(roadmap.tasks()).hasSize(4);
    assertThat(roadmap.tasks().get(3)).isEqualTo(
        "проведение муниципального мониторинга для выявления динамики изменений и проведения своевременной корректировки.");
    assertThat(roadmap.notes()).hasSize(1);
    assertThat(roadmap.notes().get(0)).startsWith("3. Обоснование").contains("№ 55-310-мр");
  }

  @Test
  void schools_areTheThreeInTheRiskZoneFor2023() {
    assertThat(roadmap.schools()).extracting(School::shortName)
        .containsExactly("МБОУ СОШ с. Ербогачен", "МКОУ СОШ с. Непа", "МКОУ СОШ с. Преображенка");
    assertThat(roadmap.schools()).allSatisfy(s -> {
      assertThat(s.municipality()).contains("Катангский район");
      assertThat(s.statuses()).hasSize(1);
      assertThat(s.statuses().get(0).year()).isEqualTo(2023);
      assertThat(s.statuses().get(0).kind()).isEqualTo(SchoolStatusKind.RISK_ZONE);
      assertThat(s.statuses().get(0).basis()).hasValueSatisfying(b -> assertThat(b).contains("№ 55-310-мр"));
    });
  }

  @Test
  void glossaryAndFootnotes_areAbsent_theDocumentDefinesNone() {
    assertThat(roadmap.glossary()).isEmpty();
    assertThat(roadmap.footnotes()).isEmpty();
  }

  @Test
  void json_writeThenRead_givesTheSameRoadmap() {
    String json = RoadmapJson.standard().write(roadmap);
    assertThat(RoadmapJson.standard().read(json)).isEqualTo(roadmap);
  }
}
