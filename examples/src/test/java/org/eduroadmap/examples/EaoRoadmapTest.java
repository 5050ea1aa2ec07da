package org.eduroadmap.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.eduroadmap.json.RoadmapJson;
import org.eduroadmap.responsibility.Party;
import org.eduroadmap.responsibility.PartyKind;
import org.eduroadmap.roadmap.Activity;
import org.eduroadmap.roadmap.Indicator;
import org.eduroadmap.roadmap.OrderPoint;
import org.eduroadmap.roadmap.Roadmap;
import org.eduroadmap.roadmap.RoadmapLevel;
import org.eduroadmap.roadmap.RoadmapPeriod;
import org.eduroadmap.term.Term;
import org.junit.jupiter.api.Test;

/**
 * The bundled {@code eao-2021} against seed document 000 (приказ комитета образования Еврейской
 * автономной области от 20.02.2021 № 94). Every expected count and text is read off the document.
 */
class EaoRoadmapTest {

  private final Roadmap roadmap = SeedRoadmaps.load("eao-2021");

  @Test
  void table_hasFourteenRowsInOneUntitledSection() {
    assertThat(roadmap.sections()).hasSize(1);
    assertThat(roadmap.sections().get(0).number()).isEmpty();
    assertThat(roadmap.sections().get(0).title()).isEmpty();
    assertThat(roadmap.activities()).extracting(Activity::number).containsExactly(
        "1.", "2.", "3.", "4.", "5.", "6.", "7.", "8.", "9.", "10.", "11.", "12.", "13.", "14.");
    assertThat(roadmap.columns()).containsExactly("", "МЕРОПРИЯТИЯ", "СРОКИ", "РЕЗУЛЬТАТЫ");
  }

  @Test
  void rows_haveNoResponsibleParty_theTableHasNoSuchColumn() {
    assertThat(roadmap.activities()).allSatisfy(a -> assertThat(a.responsibility().parties()).isEmpty());
  }

  @Test
  void firstAndLastRows_areAsPrinted() {
    Activity first = roadmap.activities().get(0);
    assertThat(first.title()).isEqualTo(
        "Разработка и нормативное закрепление Плана мероприятий («дорожной карты») по работе с ШНОР");
    assertThat(first.term()).isEqualTo(Term.of("не позднее 16 февраля 2021"));
    assertThat(first.results()).containsExactly(
        "Приказ об утверждении плана мероприятий (размещение на сайте Института);",
        "План мероприятий («дорожная карта») по работе с ШНОР (размещение на сайте Института)");

    Activity last = roadmap.activities().get(13);
    assertThat(last.title()).isEqualTo("Организация работы с руководителями ШНОР*");
    assertThat(last.term()).isEqualTo(Term.of("два раза в год"));
  }

  @Test
  void row9_keepsItsBlankTermAndBlankResult() {
    Activity row9 = roadmap.activities().get(8);
    assertThat(row9.title()).isEqualTo("Представление результатов работы с ШНОР на Ученом совете");
    assertThat(row9.term().isBlank()).isTrue();
    assertThat(row9.results()).isEmpty();
  }

  @Test
  void row4_resultIsAnIndicatorWithoutTarget() {
    Activity row4 = roadmap.activities().get(3);
    assertThat(row4.results()).isEmpty();
    assertThat(row4.indicators()).containsExactly(
        Indicator.of("Доля ОО из числа ШНОР, принявших участие в семинаре"));
  }

  @Test
  void footnote_isMarkedOnRows2_4_6_14() {
    assertThat(roadmap.footnotes()).hasSize(1);
    assertThat(roadmap.footnotes().get(0).mark()).isEqualTo("*");
    assertThat(roadmap.footnotes().get(0).text()).startsWith(
        "для участников проекта Адресной методической помощи «500+»");
    assertThat(roadmap.activities()).filteredOn(a -> a.footnoteMarks().contains("*"))
        .extracting(Activity::number).containsExactly("2.", "4.", "6.", "14.");
    assertThat(roadmap.activities().get(1).title()).endsWith("ШНОР *");
  }

  @Test
  void order_isNo94Of20February2021_withEightPoints() {
    assertThat(roadmap.level()).isEqualTo(RoadmapLevel.REGIONAL);
    assertThat(roadmap.period()).isEqualTo(RoadmapPeriod.ofYears(2021, 2023));
    assertThat(roadmap.order().kind()).isEqualTo("Приказ");
    assertThat(roadmap.order().number()).isEqualTo("94");
    assertThat(roadmap.order().date()).contains(LocalDate.of(2021, 2, 20));
    assertThat(roadmap.order().place()).contains("г. Биробиджан");
    assertThat(roadmap.order().points()).extracting(OrderPoint::number)
        .containsExactly("1", "2", "3", "3.1", "3.2", "3.3", "3.4", "4");
    assertThat(roadmap.order().signatory()).contains("М.Б. Калманов");
    assertThat(roadmap.order().amendments()).isEmpty();
  }

  @Test
  void implementersAndControl_areThoseTheOrderNames() {
    assertThat(roadmap.implementers().text()).isEqualTo("Отделу общего образования (Дорохова В.В.) совместно с "
        + "ОГАУ ДПО «Институт повышения квалификации педагогический работников» (Лазарева Н.С.)");
    assertThat(roadmap.implementers().lead()).contains(
        Party.of("Отдел общего образования", PartyKind.UNIT).withPerson("Дорохова В.В."));
    assertThat(roadmap.implementers().coExecutors()).extracting(Party::person)
        .containsExactly(java.util.Optional.of("Лазарева Н.С."));
    assertThat(roadmap.controlledBy()).hasValueSatisfying(p -> {
      assertThat(p.name()).isEqualTo("М.Б. Калманов");
      assertThat(p.kind()).isEqualTo(PartyKind.PERSON);
    });
  }

  @Test
  void reportingDuty_isPoint3_4_dueYearlyBy1December() {
    assertThat(roadmap.reportingDuties()).hasSize(1);
    Activity duty = roadmap.reportingDuties().get(0);
    assertThat(duty.number()).isEqualTo("п. 3.4");
    assertThat(duty.term()).isEqualTo(Term.of("ежегодно в срок до 01 декабря"));
    assertThat(duty.responsibility().parties()).hasSize(1);
    assertThat(duty.responsibility().lead()).hasValueSatisfying(p -> assertThat(p.kind()).isEqualTo(PartyKind.ROLE));
    assertThat(roadmap.activitiesByKey("п. 3.4")).containsExactly(duty);
  }

  @Test
  void glossary_holdsTheTwoInlineDefinitions_andNoSchoolIsNamed() {
    assertThat(roadmap.glossary()).extracting(e -> e.abbreviation()).containsExactly("ШНОР", "ИОМ");
    assertThat(roadmap.resolve("ИОМ")).hasValueSatisfying(
        e -> assertThat(e.meaning()).isEqualTo("индивидуального образовательного маршрута"));
    assertThat(roadmap.schools()).isEmpty();
  }

  @Test
  void json_writeThenRead_givesTheSameRoadmap() {
    String json = RoadmapJson.standard().write(roadmap);
    assertThat(RoadmapJson.standard().read(json)).isEqualTo(roadmap);
    assertThat(json).contains("\"date\" : \"2021-02-20\"");
  }
}
