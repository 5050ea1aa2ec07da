package org.eduroadmap.validation;

import java.time.LocalDate;
import java.util.List;
import org.eduroadmap.responsibility.Party;
import org.eduroadmap.responsibility.PartyKind;
import org.eduroadmap.responsibility.Responsibility;
import org.eduroadmap.roadmap.Activity;
import org.eduroadmap.roadmap.ApprovingOrder;
import org.eduroadmap.roadmap.Roadmap;
import org.eduroadmap.roadmap.RoadmapLevel;
import org.eduroadmap.roadmap.RoadmapPeriod;
import org.eduroadmap.roadmap.Section;
import org.eduroadmap.term.Term;

/** Minimal roadmaps with nothing wrong, for tests to break one thing at a time. */
final class TestRoadmaps {

  static final LocalDate ORDER_DATE = LocalDate.of(2021, 2, 20);

  private TestRoadmaps() {}

  static ApprovingOrder order() {
    return ApprovingOrder.builder()
        .authority("Комитет образования").kind("Приказ").number("94").date(ORDER_DATE).build();
  }

  /** An activity with a term, a lead and a result: nothing wrong with it. */
  static Activity activity(String number) {
    return Activity.builder()
        .number(number)
        .title("Мероприятие " + number)
        .term(Term.of("ежегодно (ноябрь)"))
        .responsibility(Responsibility.of("ИМЦ", List.of(Party.of("ИМЦ", PartyKind.ORGANISATION))))
        .addResults("Аналитическая справка")
        .build();
  }

  /** A valid roadmap whose one untitled section holds {@code activities}. */
  static Roadmap of(Activity... activities) {
    return builder(activities).build();
  }

  /** A builder for a valid roadmap whose one untitled section holds {@code activities}. */
  static Roadmap.Builder builder(Activity... activities) {
    Roadmap.Builder b = Roadmap.builder();
    b.title("План мероприятий по работе со ШНОР на 2021 — 2023 годы")
        .level(RoadmapLevel.REGIONAL)
        .order(order())
        .period(RoadmapPeriod.ofYears(2021, 2023))
        .addSections(Section.untitled(List.of(activities)));
    return b;
  }

  /** A valid roadmap with activities numbered 1 to {@code n}. */
  static Roadmap numbered(String... numbers) {
    return of(java.util.Arrays.stream(numbers).map(TestRoadmaps::activity).toArray(Activity[]::new));
  }
}
