package org.eduroadmap.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.eduroadmap.term.Term;
import org.junit.jupiter.api.Test;

class RoadmapTest {

  private static Roadmap withActivities(List<Activity> activities, List<Activity> duties) {
    return Roadmap.builder()
        .title("План мероприятий")
        .level(RoadmapLevel.MUNICIPAL)
        .order(ApprovingOrder.builder().authority("Комитет по образованию").kind("Приказ").number("576")
            .date(LocalDate.of(2020, 12, 15)).build())
        .period(RoadmapPeriod.ofYears(2021, 2023))
        .sections(List.of(Section.untitled(activities)))
        .reportingDuties(duties)
        .build();
  }

  @Test
  void build_repeatedNumbers_giveEachActivityAUniqueIdInDocumentOrder() {
    Roadmap roadmap = withActivities(List.of(
        Activity.of("10.", "Первое", Term.of("ноябрь 2021")),
        Activity.of("11.", "Второе", Term.of("ноябрь 2021")),
        Activity.of("11", "Третье", Term.of("ноябрь 2021")),
        Activity.of("", "Без номера", Term.of("ноябрь 2021"))),
        List.of(Activity.of("11", "Доклад", Term.of("ежегодно"))));

    assertThat(roadmap.allActivities()).extracting(Activity::id)
        .containsExactly("10", "11", "11-2", "activity", "11-3");
    assertThat(roadmap.allActivities()).extracting(Activity::number)
        .containsExactly("10.", "11.", "11", "", "11"); // what people see is kept
    assertThat(roadmap.activityById("11-2")).map(Activity::title).contains("Третье");
  }

  @Test
  void build_uniqueExplicitIds_areKept() {
    Roadmap roadmap = withActivities(List.of(
        Activity.of("1", "Первое", Term.of("ноябрь 2021")).withId("analysis"),
        Activity.of("1", "Второе", Term.of("ноябрь 2021")).withId("seminar")), List.of());

    assertThat(roadmap.activities()).extracting(Activity::id).containsExactly("analysis", "seminar");
  }

  @Test
  void build_isIdempotent_aRebuiltRoadmapKeepsItsIds() {
    Roadmap roadmap = withActivities(List.of(
        Activity.of("11", "Второе", Term.of("ноябрь 2021")),
        Activity.of("11", "Третье", Term.of("ноябрь 2021"))), List.of());

    Roadmap again = roadmap.withTitle("Другой план");
    assertThat(again.activities()).extracting(Activity::id).containsExactly("11", "11-2");
  }
}
