package org.eduroadmap.roadmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.eduroadmap.term.Term;
import org.junit.jupiter.api.Test;

class RoadmapTest {

  private static Roadmap withActivities(List<Activity> activities, List<Activity> duties) {
    return RoadmapFixtures.municipal(activities, duties);
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
  void build_explicitIdTwice_isKeptTwiceNotRenamed() {
    // Renaming the second «analysis» to «analysis-2» let a record meant for it mark the first one done.
    Roadmap roadmap = withActivities(List.of(
        Activity.of("1", "Первое", Term.of("ноябрь 2021")).withId("analysis"),
        Activity.of("2", "Второе", Term.of("ноябрь 2021")).withId("analysis")), List.of());

    assertThat(roadmap.activities()).extracting(Activity::id).containsExactly("analysis", "analysis");
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
