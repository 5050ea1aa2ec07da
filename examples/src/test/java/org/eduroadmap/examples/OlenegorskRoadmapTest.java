package org.eduroadmap.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.eduroadmap.json.RoadmapJson;
import org.eduroadmap.responsibility.Party;
import org.eduroadmap.responsibility.PartyKind;
import org.eduroadmap.roadmap.Activity;
import org.eduroadmap.roadmap.GlossaryEntry;
import org.eduroadmap.roadmap.OrderPoint;
import org.eduroadmap.roadmap.Roadmap;
import org.eduroadmap.roadmap.RoadmapLevel;
import org.eduroadmap.roadmap.RoadmapPeriod;
import org.eduroadmap.term.Term;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bundled {@code olenegorsk-2021} against seed document 002 (приказ комитета по образованию
 * от 15.12.2020 № 576). Every expected count and text is read off the document.
 */
class OlenegorskRoadmapTest {

  private final Roadmap roadmap = SeedRoadmaps.load("olenegorsk-2021");

  @Test
  void table_hasTenRowsInOneUntitledSection() {
    assertThat(roadmap.sections()).hasSize(1);
    assertThat(roadmap.sections().get(0).title()).isEmpty();
    assertThat(roadmap.activities()).extracting(Activity::number).containsExactly(
        "1.", "2.", "3.", "4.", "5.", "6.", "7.", "8.", "9.", "10.");
    assertThat(roadmap.columns()).containsExactly("№ п/п", "Мероприятие", "Сроки исполнения", "Ответственные");
  }

  static Stream<Arguments> responsibleCells() {
    return Stream.of(
        Arguments.of("1.", "Комитет, ИМЦ", 2),
        Arguments.of("2.", "Комитет, ИМЦ", 2),
        Arguments.of("3.", "Комитет", 1),
        Arguments.of("4.", "Комитет, ИМЦ", 2),
        Arguments.of("5.", "Комитет, ИМЦ, ОО", 3),
        Arguments.of("6.", "Комитет, ИМЦ", 2),
        Arguments.of("7.", "Комитет, ИМЦ", 2),
        Arguments.of("8.", "Комитет, ИМЦ", 2),
        Arguments.of("9.", "Комитет, ИМЦ", 2),
        Arguments.of("10.", "Комитет, ИМЦ", 2));
  }

  @ParameterizedTest
  @MethodSource("responsibleCells")
  void row_hasItsResponsibleCellAndParties_ledByTheKomitet(String number, String cell, int parties) {
    Activity row = roadmap.activities().stream().filter(a -> a.number().equals(number)).findFirst().orElseThrow();
    assertThat(row.responsibility().text()).isEqualTo(cell);
    assertThat(row.responsibility().parties()).hasSize(parties)
        .allSatisfy(p -> assertThat(p.kind()).isEqualTo(PartyKind.ORGANISATION));
    assertThat(row.responsibility().lead()).contains(Party.of("Комитет", PartyKind.ORGANISATION));
  }

  @Test
  void firstAndLastRows_areAsPrinted() {
    Activity first = roadmap.activities().get(0);
    assertThat(first.title()).startsWith("Проведение комплексного анализа с целью кластерной группировки ШНОР")
        .endsWith("города Оленегорска с подведомственной территорией");
    assertThat(first.term()).isEqualTo(Term.of("Октябрь 2021, далее - ежегодно"));
    Activity last = roadmap.activities().get(9);
    assertThat(last.title()).isEqualTo("Разработка методов корректировки затруднений руководителей ОО при "
        + "принятии эффективных управленческих решений, позволяющих повысить качество образования");
    assertThat(last.term()).isEqualTo(Term.of("Январь, ежегодно"));
  }

  @Test
  void row9_brokenAcrossThePage_isOneRow() {
    Activity row9 = roadmap.activities().get(8);
    assertThat(row9.title()).isEqualTo("Методическое сопровождение руководителей ШНОР при принятии управленческих "
        + "решений, позволяющих повышать качество образования и сокращать отставание наименее благополучных "
        + "групп учащихся");
    assertThat(row9.term()).isEqualTo(Term.of("Постоянно"));
  }

  @Test
  void rows_haveNoResultsFootnotesOrIndicators_theTableHasNoSuchColumn() {
    assertThat(roadmap.activities()).allSatisfy(a -> {
      assertThat(a.results()).isEmpty();
      assertThat(a.indicators()).isEmpty();
      assertThat(a.footnoteMarks()).isEmpty();
    });
    assertThat(roadmap.footnotes()).isEmpty();
    assertThat(roadmap.schools()).isEmpty();
  }

  @Test
  void order_isNo576Of15December2020_withSevenPoints() {
    assertThat(roadmap.level()).isEqualTo(RoadmapLevel.MUNICIPAL);
    assertThat(roadmap.municipality()).contains("город Оленегорск с подведомственной территорией");
    assertThat(roadmap.region()).contains("Мурманская область");
    assertThat(roadmap.period()).isEqualTo(RoadmapPeriod.ofYears(2021, 2023));
    assertThat(roadmap.order().number()).isEqualTo("576");
    assertThat(roadmap.order().date()).contains(LocalDate.of(2020, 12, 15));
    assertThat(roadmap.order().preamble()).hasValueSatisfying(p -> assertThat(p).startsWith("В целях реализации"));
    assertThat(roadmap.order().points()).extracting(OrderPoint::number)
        .containsExactly("1", "2", "3", "4", "4.1", "4.2", "5");
    assertThat(roadmap.order().points().get(2).text()).endsWith("в части, касающейся.");
    assertThat(roadmap.order().signatory()).contains("В.В.Решетова");
    assertThat(roadmap.order().signatoryPosition()).contains("Заместитель председателя");
    assertThat(roadmap.controlledBy().map(Party::name)).contains("В.В.Решетова");
    assertThat(roadmap.implementers().lead()).hasValueSatisfying(p -> {
      assertThat(p.name()).isEqualTo("Сектор общего образования");
      assertThat(p.person()).contains("Руцкая И.В.");
    });
  }

  @Test
  void reportingDuty_isPoint4_2_ofTheImc() {
    assertThat(roadmap.reportingDuties()).hasSize(1);
    Activity duty = roadmap.reportingDuties().get(0);
    assertThat(duty.number()).isEqualTo("п. 4.2");
    assertThat(duty.term()).isEqualTo(Term.of("не позднее 25 января года, следующего за отчетным"));
    assertThat(duty.responsibility().lead()).contains(
        Party.of("ИМЦ", PartyKind.ORGANISATION).withPerson("Соболева О.А."));
    assertThat(duty.responsibility().coExecutors()).isEmpty();
  }

  @Test
  void glossary_holdsTheFourAbbreviationsInTheirOrder() {
    assertThat(roadmap.glossary()).extracting(GlossaryEntry::abbreviation)
        .containsExactly("Комитет", "ИМЦ", "ОО", "ШНОР");
    assertThat(roadmap.resolve("ИМЦ")).contains(
        GlossaryEntry.of("ИМЦ", "муниципальное учреждение «Информационно – методический центр»"));
    assertThat(roadmap.activities()).flatExtracting(a -> a.responsibility().parties())
        .allSatisfy(p -> assertThat(roadmap.resolve(p.name())).isPresent());
  }

  @Test
  void json_writeThenRead_givesTheSameRoadmap() {
    String json = RoadmapJson.standard().write(roadmap);
    assertThat(RoadmapJson.standard().read(json)).isEqualTo(roadmap);
  }
}
