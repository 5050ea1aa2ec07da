package org.eduroadmap.benchmarks.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.eduroadmap.calendar.DateRange;
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

/**
 * A generated national set: school roadmaps of 40 activities over 2022 – 2024 whose terms are drawn
 * from the forms of the five seed documents. Deterministic: roadmap {@code i} is always the same.
 */
public final class NationalSet {

  static final int SCHOOLS = 40_000;
  static final int ACTIVITIES = 40;
  static final RoadmapPeriod PERIOD = RoadmapPeriod.ofYears(2022, 2024);
  static final DateRange RANGE = PERIOD.toDateRange();

  /** The forms of the seeds, years moved into the period. */
  static final List<String> TERMS = List.of(
      "ежегодно (ноябрь)", "ежегодно (сентябрь, октябрь)", "Ежегодно (июнь)", "ежегодно (декабрь)",
      "Май, ежегодно", "Январь, ежегодно", "Август, ежегодно", "ежегодно", "Ежегодно", "два раза в год",
      "ежегодно в срок до 01 декабря", "не позднее 25 января года, следующего за отчетным",
      "Октябрь 2022, далее - ежегодно", "Ноябрь 2022, далее - ежегодно", "В течение года",
      "В течение года, ежегодно", "В течение учебного года", "Постоянно", "В течение 2023-2024 гг",
      "По итогам учебного года", "Март- апрель", "не позднее 16 февраля 2022", "25 февраля 2022",
      "до 16 марта 2022", "Январь 2023", "август 2022", "Сентябрь – октябрь 2022", "июль-август, 2023 г.",
      "По мере необходимости", "По отдельному графику", "В соответствии с планом", "",
      "В течение года, согласно региональной дорожной карты",
      "в соответствии с планом - графиком ОГАОУ ДПО «ИПКПР»");

  private static final List<Responsibility> RESPONSIBLE = List.of(
      Responsibility.builder().text("Комитет, ИМЦ").lead(Party.of("Комитет", PartyKind.ORGANISATION))
          .addCoExecutors(Party.of("ИМЦ", PartyKind.ORGANISATION)).build(),
      Responsibility.builder().text("ОО").lead(Party.of("ОО", PartyKind.ORGANISATION)).build(),
      Responsibility.builder().text("МОО, консультант").lead(Party.of("МОО", PartyKind.ORGANISATION))
          .addCoExecutors(Party.of("консультант", PartyKind.ROLE)).build());

  /** The activity pool: one activity per term and responsibility, shared by every roadmap. */
  private static final List<Activity> POOL = pool();

  private NationalSet() {}

  private static List<Activity> pool() {
    List<Activity> pool = new ArrayList<>();
    int n = 1;
    for (String term : TERMS) {
      for (Responsibility r : RESPONSIBLE) {
        pool.add(Activity.builder().number(n + ".").title("Мероприятие " + n + " по работе со ШНОР")
            .term(Term.of(term)).responsibility(r).build());
        n++;
      }
    }
    return List.copyOf(pool);
  }

  /** Roadmap {@code i} of the set. */
  public static Roadmap roadmap(int i) {
    SplittableRandom random = new SplittableRandom(i * 0x9E3779B97F4A7C15L);
    List<Activity> activities = new ArrayList<>(ACTIVITIES);
    for (int k = 0; k < ACTIVITIES; k++) {
      activities.add(POOL.get(random.nextInt(POOL.size())));
    }
    return Roadmap.builder()
        .title("Дорожная карта школы № " + i)
        .level(RoadmapLevel.SCHOOL)
        .order(ApprovingOrder.builder().authority("Школа № " + i).kind("Приказ").number(Integer.toString(i))
            .date(LocalDate.of(2021, 12, 20)).build())
        .period(PERIOD)
        .addSections(Section.untitled(activities))
        .build();
  }

  /** The whole set, generated on demand one roadmap at a time. */
  static Stream<Roadmap> stream() {
    return IntStream.range(0, SCHOOLS).mapToObj(NationalSet::roadmap);
  }

  /** The whole set, in memory. */
  static List<Roadmap> list() {
    return stream().toList();
  }
}
