package org.eduroadmap.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.eduroadmap.responsibility.Party;
import org.eduroadmap.responsibility.PartyKind;
import org.eduroadmap.responsibility.Responsibility;
import org.eduroadmap.schedule.ExecutionRecord;
import org.eduroadmap.school.School;
import org.eduroadmap.support.CycleRecord;
import org.junit.jupiter.api.Test;

/** The hand-written {@code with*} and {@code without*} copy methods of the model types. */
class CopyMethodsTest {

  private static final Roadmap ROADMAP = RoadmapFixtures.municipal(List.of(), List.of());

  private static final Party IMC = Party.of("ИМЦ", PartyKind.ORGANISATION);

  private static CycleRecord record() {
    return CycleRecord.of("municipal", ExecutionRecord.of("2.1", LocalDate.of(2022, 1, 1),
        LocalDate.of(2022, 11, 10), "Справка МБОУ СОШ № 1"));
  }

  @Test
  void withRegion_setsTheRegionAndLeavesTheOriginal() {
    Roadmap regional = ROADMAP.withRegion("Пермский край");

    assertThat(regional.region()).contains("Пермский край");
    assertThat(regional.title()).isEqualTo(ROADMAP.title());
    assertThat(ROADMAP.region()).isEmpty();
  }

  @Test
  void withoutRegion_removesTheRegion() {
    assertThat(ROADMAP.withRegion("Пермский край").withoutRegion()).isEqualTo(ROADMAP);
    assertThat(ROADMAP.withoutRegion()).isEqualTo(ROADMAP);
  }

  @Test
  void withoutControlledBy_removesTheParty() {
    assertThat(ROADMAP.withControlledBy(IMC).controlledBy()).contains(IMC);
    assertThat(ROADMAP.withControlledBy(IMC).withoutControlledBy()).isEqualTo(ROADMAP);
  }

  @Test
  void withGoals_varargsAndIterable_giveTheSameRoadmap() {
    assertThat(ROADMAP.withGoals("Снижение доли ШНОР", "Повышение качества"))
        .isEqualTo(ROADMAP.withGoals(List.of("Снижение доли ШНОР", "Повышение качества")));
    assertThat(ROADMAP.withGoals("Снижение доли ШНОР").goals()).containsExactly("Снижение доли ШНОР");
  }

  @Test
  void withNumber_setsTheNumber() {
    assertThat(Section.untitled(List.of()).withNumber("2").number()).isEqualTo(Optional.of("2"));
  }

  @Test
  void withoutNumber_removesTheNumber() {
    Section section = Section.of("1.", "Нормативно-правовое обеспечение", List.of());

    assertThat(section.withoutNumber().number()).isEmpty();
    assertThat(section.withoutNumber().withoutTitle()).isEqualTo(Section.untitled(List.of()));
  }

  @Test
  void withoutDate_removesTheOrdersDate() {
    ApprovingOrder order = ROADMAP.order();

    assertThat(order.withoutDate().date()).isEmpty();
    assertThat(order.withoutDate().withDate(LocalDate.of(2020, 12, 15))).isEqualTo(order);
  }

  @Test
  void withoutInn_removesTheInn() {
    School school = School.of("МБОУ СОШ № 1");

    assertThat(school.withInn("5902290114").inn()).contains("5902290114");
    assertThat(school.withInn("5902290114").withoutInn()).isEqualTo(school);
  }

  @Test
  void withoutPerson_removesThePerson() {
    assertThat(IMC.withPerson("Иванова И. И.").person()).contains("Иванова И. И.");
    assertThat(IMC.withPerson("Иванова И. И.").withoutPerson()).isEqualTo(IMC);
  }

  @Test
  void withoutLead_removesTheLead() {
    Responsibility responsibility = Responsibility.of("ИМЦ", List.of(IMC));

    assertThat(responsibility.lead()).contains(IMC);
    assertThat(responsibility.withoutLead().lead()).isEmpty();
    assertThat(responsibility.withoutLead().text()).isEqualTo(responsibility.text());
  }

  @Test
  void withYear_setsTheYearAndWithoutYear_removesIt() {
    CycleRecord withYear = record().withYear(2022);

    assertThat(withYear.year()).isEqualTo(OptionalInt.of(2022));
    assertThat(withYear.record().year()).isEqualTo(OptionalInt.of(2022));
    assertThat(withYear.withoutYear()).isEqualTo(record());
  }

  @Test
  void withoutSchool_removesTheSchool() {
    assertThat(record().withSchool("МБОУ СОШ № 1").withoutSchool()).isEqualTo(record());
  }
}
