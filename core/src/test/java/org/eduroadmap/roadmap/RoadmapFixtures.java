package org.eduroadmap.roadmap;

import java.time.LocalDate;
import java.util.List;

/** Small roadmaps for the tests of the model and the schedule: one municipal plan, 2021 – 2023. */
public final class RoadmapFixtures {

  private RoadmapFixtures() {}

  /** A municipal plan approved by order № 576 of 15.12.2020, with {@code activities} and {@code duties}. */
  public static Roadmap municipal(List<Activity> activities, List<Activity> duties) {
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
}
