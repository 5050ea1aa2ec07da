package org.eduroadmap.examples;

import java.time.LocalDate;
import java.util.Locale;
import org.eduroadmap.calendar.DateRange;
import org.eduroadmap.roadmap.Roadmap;
import org.eduroadmap.schedule.ScheduleCalculator;
import org.eduroadmap.validation.RoadmapValidator;

/**
 * The embedding example of the README, runnable: what is due in November 2021 in the Оленегорск
 * roadmap, and who owes it.
 *
 * <pre>{@code
 * java -cp examples/target/eduroadmap-examples-0.1.0-SNAPSHOT-cli.jar org.eduroadmap.examples.WhatIsDueInNovember
 * }</pre>
 */
public final class WhatIsDueInNovember {

  private WhatIsDueInNovember() {}

  /** Prints the validation report and the activities due in November 2021. */
  public static void main(String[] args) {
    Roadmap roadmap = SeedRoadmaps.load("olenegorsk-2021");   // or RoadmapJson.standard().read(path)
    RoadmapValidator.standard().validate(roadmap, Locale.forLanguageTag("ru"))
        .violations().forEach(v -> System.out.println(v.severity() + " " + v.message()));
    ScheduleCalculator calculator = ScheduleCalculator.standard();  // Russian calendar, build once
    DateRange november = DateRange.of(LocalDate.of(2021, 11, 1), LocalDate.of(2021, 11, 30));
    calculator.dueIn(roadmap, november).forEach(o -> System.out.printf("%s  %s %s — %s%n",
        o.effectiveDue().orElseThrow(), o.activityKey(), o.activity().title(),
        o.responsible().names().stream()   // the row's parties, else the plan's implementers
            .map(name -> roadmap.resolve(name).map(e -> e.meaning()).orElse(name))
            .toList()));
  }
}
