package org.eduroadmap.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.eduroadmap.calendar.CalendarOverlay;
import org.eduroadmap.calendar.DateRange;
import org.eduroadmap.roadmap.Activity;
import org.eduroadmap.roadmap.ApprovingOrder;
import org.eduroadmap.roadmap.Roadmap;
import org.eduroadmap.roadmap.RoadmapLevel;
import org.eduroadmap.roadmap.RoadmapPeriod;
import org.eduroadmap.roadmap.Section;
import org.eduroadmap.term.Term;
import org.junit.jupiter.api.Test;

/** Roadmaps of republics with holidays of their own are scheduled on their region's calendar. */
class RegionalScheduleTest {

  private static Roadmap roadmap(String region, String term) {
    Roadmap.Builder b = Roadmap.builder()
        .title("План мероприятий")
        .level(RoadmapLevel.REGIONAL)
        .order(ApprovingOrder.builder().authority("Министерство образования").kind("Приказ")
            .number("1").date(LocalDate.of(2024, 1, 15)).build())
        .period(RoadmapPeriod.ofYears(2024, 2024))
        .addSections(Section.untitled(List.of(Activity.of("1", "Отчёт", Term.of(term)))));
    return region == null ? b.build() : b.region(region).build();
  }

  private static Occurrence only(ScheduleCalculator calculator, Roadmap roadmap) {
    List<Occurrence> all = calculator.schedule(roadmap).toList();
    assertThat(all).hasSize(1);
    return all.get(0);
  }

  @Test
  void schedule_tatarstanRepublicDay_isDueTheDayBefore() {
    Occurrence o = only(ScheduleCalculator.standard(),
        roadmap("Республика Татарстан", "до 30 августа 2024"));

    assertThat(o.effectiveDue()).contains(LocalDate.of(2024, 8, 29));
    assertThat(o.movedBy()).contains("Республика Татарстан");
  }

  @Test
  void schedule_bashkortostanRepublicDay_isDueTheDayBefore() {
    Occurrence o = only(ScheduleCalculator.standard(),
        roadmap("Республика Башкортостан", "до 11 октября 2024"));

    assertThat(o.effectiveDue()).contains(LocalDate.of(2024, 10, 10));
    assertThat(o.movedBy()).contains("Республика Башкортостан");
  }

  @Test
  void schedule_bashkortostanKurbanBayramCarriedOver_movesOffTheMonday() {
    // Курбан-байрам 16 June 2024 was a Sunday: the day off is Monday 17 June.
    Occurrence o = only(ScheduleCalculator.standard(),
        roadmap("Башкортостан", "до 17 июня 2024"));

    assertThat(o.effectiveDue()).contains(LocalDate.of(2024, 6, 14));
    assertThat(o.movedBy()).contains("Республика Башкортостан");
  }

  @Test
  void schedule_federalOnlyRegion_isUnchanged() {
    Occurrence august = only(ScheduleCalculator.standard(), roadmap("Пермский край", "до 30 августа 2024"));
    Occurrence october = only(ScheduleCalculator.standard(), roadmap("Пермский край", "до 11 октября 2024"));

    assertThat(august.effectiveDue()).contains(LocalDate.of(2024, 8, 30));
    assertThat(october.effectiveDue()).contains(LocalDate.of(2024, 10, 11));
    assertThat(august.movedBy()).isEmpty();
  }

  @Test
  void schedule_federalHoliday_saysTheFederalCalendarMovedIt() {
    Occurrence o = only(ScheduleCalculator.standard(), roadmap("Республика Татарстан", "до 12 июня 2024"));

    assertThat(o.effectiveDue()).contains(LocalDate.of(2024, 6, 11));
    assertThat(o.movedBy()).contains(ScheduleCalculator.PRODUCTION_CALENDAR);
  }

  @Test
  void schedule_withoutRegionalCalendars_usesTheFederalCalendarOnly() {
    ScheduleCalculator federal = ScheduleCalculator.builder().withoutRegionalCalendars().build();

    Occurrence o = only(federal, roadmap("Республика Татарстан", "до 30 августа 2024"));

    assertThat(o.effectiveDue()).contains(LocalDate.of(2024, 8, 30));
    assertThat(federal.regionalOverlayOf(roadmap("Республика Татарстан", "до 30 августа 2024"))).isEmpty();
  }

  @Test
  void schedule_embeddersOwnOverlay_replacesTheShippedDays() {
    CalendarOverlay school = CalendarOverlay.builder("Школа № 1")
        .holiday(LocalDate.of(2024, 5, 15), "День школы").build();
    ScheduleCalculator calculator = ScheduleCalculator.builder()
        .regionalOverlay(r -> Optional.of(school)).build();

    Occurrence own = only(calculator, roadmap("Республика Татарстан", "до 15 мая 2024"));
    Occurrence tatarstan = only(calculator, roadmap("Республика Татарстан", "до 30 августа 2024"));

    assertThat(own.effectiveDue()).contains(LocalDate.of(2024, 5, 14));
    assertThat(own.movedBy()).contains("Школа № 1");
    assertThat(tatarstan.effectiveDue()).contains(LocalDate.of(2024, 8, 30));
  }

  @Test
  void dueIn_tatarstanRoadmap_findsTheMovedDeadlineInAugust() {
    DateRange august = DateRange.of(LocalDate.of(2024, 8, 29), LocalDate.of(2024, 8, 29));

    assertThat(ScheduleCalculator.standard()
        .dueIn(roadmap("Республика Татарстан", "до 30 августа 2024"), august)).hasSize(1);
  }

  @Test
  void calendarOf_roadmapWithoutRegion_isTheCalculatorsCalendar() {
    ScheduleCalculator calculator = ScheduleCalculator.standard();

    assertThat(calculator.calendarOf(roadmap(null, "до 30 августа 2024"))).isSameAs(calculator.calendar());
  }
}
