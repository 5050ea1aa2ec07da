package org.eduroadmap.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.eduroadmap.calendar.DateRange;
import org.eduroadmap.calendar.DueDatePolicy;
import org.eduroadmap.calendar.WorkingCalendar;
import org.eduroadmap.roadmap.Roadmap;
import org.eduroadmap.roadmap.RoadmapPeriod;
import org.eduroadmap.schedule.internal.Expander;
import org.eduroadmap.term.OccurrenceKind;
import org.eduroadmap.term.TermRule;
import org.eduroadmap.term.YearSpan;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * Properties of any schedule (after lib-recur's matchers): ordered, inside the range, restartable
 * from any occurrence, effective due dates are working days no further than the policy allows, and a
 * range expanded in two halves gives the whole.
 */
class ScheduleCalculatorPropertiesTest {

  private static final List<Roadmap> SEEDS = List.of(Seeds.load("eao-2021"), Seeds.load("yakovlevsky-2020"),
      Seeds.load("olenegorsk-2021"), Seeds.load("katanga-2023"), Seeds.load("kizel-2021"));

  private static final List<TermRule> RULES = List.of(
      TermRule.OneDate.of(LocalDate.of(2023, 2, 25)),
      TermRule.Deadline.of(LocalDate.of(2022, 3, 8)),
      TermRule.MonthsOfYear.of(YearMonth.of(2022, 11), YearMonth.of(2023, 1)),
      TermRule.YearlyInMonths.of(Month.JANUARY, Month.FEBRUARY, Month.MAY, Month.DECEMBER),
      TermRule.MonthsWithoutYear.of(Month.MARCH, Month.APRIL),
      TermRule.Yearly.of(),
      TermRule.YearlyDeadline.of(MonthDay.of(12, 1)),
      TermRule.YearlyDeadline.of(MonthDay.of(1, 25), true),
      TermRule.TimesAYear.of(2), TermRule.TimesAYear.of(3), TermRule.TimesAYear.of(4), TermRule.TimesAYear.of(12),
      TermRule.FirstThenYearly.of(YearMonth.of(2022, 10)),
      TermRule.ThroughYear.of(), TermRule.ThroughAcademicYear.of(), TermRule.ThroughPeriod.of(),
      TermRule.ThroughPeriod.of(YearSpan.of(2023, 2024)), TermRule.AfterAcademicYear.of(),
      TermRule.ThroughYearExternal.of("согласно региональной дорожной карты"),
      TermRule.DateWindow.of(LocalDate.of(2022, 9, 1), LocalDate.of(2022, 11, 30)),
      TermRule.StartingFrom.of(LocalDate.of(2023, 1, 15)),
      TermRule.Quarters.everyYear(2, 3), TermRule.Quarters.of(2024, 2),
      TermRule.HalfYear.everyYear(1), TermRule.InYears.of(2023),
      TermRule.YearlyDate.of(MonthDay.of(2, 29)),
      TermRule.DayWindowWithoutYear.of(MonthDay.of(12, 20), MonthDay.of(1, 10)),
      TermRule.DayWindowWithoutYear.of(MonthDay.of(2, 29), MonthDay.of(3, 2)),
      TermRule.MonthsAcrossYearEnd.of(Month.OCTOBER, Month.APRIL), TermRule.AcademicYearOf.of(2023),
      TermRule.AcademicPart.quarter(3), TermRule.AcademicPart.half(2022, 2),
      TermRule.MonthlyDeadline.of(31), TermRule.MonthlyDeadline.of(20, true),
      TermRule.Weekly.of(), TermRule.Weekly.on(java.time.DayOfWeek.WEDNESDAY), TermRule.EveryDay.of(),
      TermRule.NthWeekday.of(5, java.time.DayOfWeek.FRIDAY),
      TermRule.NthWeekday.of(1, java.time.DayOfWeek.WEDNESDAY, Month.DECEMBER),
      TermRule.Several.of(TermRule.OneDate.of(LocalDate.of(2023, 2, 25)), TermRule.MonthsWithoutYear.of(Month.MAY)),
      TermRule.Noted.with(TermRule.YearlyDate.of(MonthDay.of(5, 19)),
          org.eduroadmap.term.TermNotes.none().withWeekday(java.time.DayOfWeek.THURSDAY)));

  private static final WorkingCalendar RUSSIA = ScheduleCalculator.standard().calendar();

  /** Days 2021-01-01 … 2026-12-31, inside the production calendar's data with room on both sides. */
  private static Gen<LocalDate> days() {
    long first = LocalDate.of(2021, 1, 1).toEpochDay();
    long last = LocalDate.of(2026, 12, 31).toEpochDay();
    return SourceDSL.longs().between(first, last).map(LocalDate::ofEpochDay);
  }

  private static Gen<DateRange> ranges() {
    return days().zip(SourceDSL.integers().between(0, 900),
        (d, n) -> DateRange.of(d, d.plusDays(n).isAfter(LocalDate.of(2026, 12, 31)) ? LocalDate.of(2026, 12, 31)
            : d.plusDays(n)));
  }

  private static Gen<Roadmap> roadmaps() {
    return Generate.pick(SEEDS).zip(ranges(), (r, p) -> r.withPeriod(RoadmapPeriod.of(p.first(), p.last())));
  }

  private static Gen<DueDatePolicy> policies() {
    return Generate.enumValues(DueDatePolicy.class);
  }

  /** A Monday–Friday calendar (not Russia's) closed for {@code days} days from {@code first}: a school summer. */
  private static WorkingCalendar closedFor(LocalDate first, int days) {
    org.eduroadmap.calendar.CalendarOverlay.Builder closure =
        org.eduroadmap.calendar.CalendarOverlay.builder("closure");
    for (int i = 0; i < days; i++) {
      closure.nonWorkingDay(first.plusDays(i), "closure");
    }
    return WorkingCalendar.mondayToFriday().with(closure.build());
  }

  @Test
  void dueIn_calendarWithALongClosure_findsEveryDueDateTheClosureMoved() {
    Gen<LocalDate> closureStarts = SourceDSL.longs().between(LocalDate.of(2021, 3, 1).toEpochDay(),
        LocalDate.of(2023, 9, 1).toEpochDay()).map(LocalDate::ofEpochDay);
    Gen<WorkingCalendar> closures = closureStarts.zip(SourceDSL.integers().between(20, 120),
        ScheduleCalculatorPropertiesTest::closedFor);
    qt().forAll(roadmaps(), closures, policies(), ranges())
        .checkAssert((roadmap, closure, policy, range) -> {
          ScheduleCalculator c = ScheduleCalculator.standard().withCalendar(closure).withPolicy(policy);
          List<Occurrence> expected = c.schedule(roadmap)
              .filter(o -> o.effectiveDue().filter(range::contains).isPresent())
              .sorted(java.util.Comparator.comparing((Occurrence o) -> o.effectiveDue().orElseThrow())
                  .thenComparing(Occurrence.ORDER))
              .toList();
          assertThat(c.dueIn(roadmap, range).toList()).isEqualTo(expected);
        });
  }

  @Test
  void dueIn_summerClosure_movesAnAugustWindowBackToMay() {
    // Closed 1 June – 31 August 2022 (92 days): the window «август 2022» is effectively due on Tue 31 May,
    // 92 days before its nominal due date, and a query for May must find it.
    ScheduleCalculator c = ScheduleCalculator.standard().withCalendar(closedFor(LocalDate.of(2022, 6, 1), 92));
    Roadmap roadmap = SEEDS.get(0).withPeriod(RoadmapPeriod.ofYears(2022, 2022));
    Roadmap oneDeadline = roadmap.withSections(org.eduroadmap.roadmap.Section.untitled(List.of(
        org.eduroadmap.roadmap.Activity.of("1", "Отчет", org.eduroadmap.term.Term.of("август 2022")))));

    assertThat(c.dueIn(oneDeadline, DateRange.of(LocalDate.of(2022, 5, 1), LocalDate.of(2022, 5, 31))))
        .extracting(o -> o.effectiveDue().orElseThrow()).containsExactly(LocalDate.of(2022, 5, 31));
    assertThat(c.nextDue(oneDeadline, "1", LocalDate.of(2022, 5, 1)))
        .map(o -> o.effectiveDue().orElseThrow()).contains(LocalDate.of(2022, 5, 31));
  }

  @Test
  void occurrences_anyRoadmapAndRange_areOrderedAndOverlapTheRange() {
    qt().forAll(roadmaps(), ranges()).checkAssert((roadmap, range) -> {
      List<Occurrence> list = ScheduleCalculator.standard().occurrences(roadmap, range).toList();
      assertThat(list).isSortedAccordingTo(Occurrence.ORDER);
      assertThat(list).allMatch(o -> o.overlaps(range));
      assertThat(list).allMatch(o -> !o.end().isBefore(o.start()));
    });
  }

  @Test
  void occurrences_anyRange_areTheScheduleFilteredByTheRange() {
    qt().forAll(roadmaps(), ranges()).checkAssert((roadmap, range) -> {
      ScheduleCalculator c = ScheduleCalculator.standard();
      assertThat(c.occurrences(roadmap, range).toList())
          .isEqualTo(c.schedule(roadmap).filter(o -> o.overlaps(range)).toList());
    });
  }

  @Test
  void occurrencesFrom_anyOccurrence_givesTheSameTail() {
    qt().forAll(roadmaps(), SourceDSL.integers().between(0, 1000)).checkAssert((roadmap, pick) -> {
      ScheduleCalculator c = ScheduleCalculator.standard();
      List<Occurrence> all = c.schedule(roadmap).toList();
      if (all.isEmpty()) {
        return;
      }
      LocalDate start = all.get(pick % all.size()).start();
      List<Occurrence> tail = all.stream().filter(o -> !o.start().isBefore(start)).toList();
      List<Occurrence> restarted = c.occurrencesFrom(roadmap, start).filter(o -> !o.start().isBefore(start)).toList();
      assertThat(restarted).isEqualTo(tail);
    });
  }

  @Test
  void occurrences_rangeInTwoHalves_giveTheWhole() {
    qt().forAll(roadmaps(), ranges(), SourceDSL.integers().between(0, 900)).checkAssert((roadmap, range, cut) -> {
      ScheduleCalculator c = ScheduleCalculator.standard();
      LocalDate mid = range.first().plusDays(cut % range.lengthInDays());
      if (mid.equals(range.last())) {
        return;
      }
      LinkedHashSet<Occurrence> halves = new LinkedHashSet<>(c.occurrences(roadmap, range.withLast(mid)).toList());
      halves.addAll(c.occurrences(roadmap, range.withFirst(mid.plusDays(1))).toList());
      List<Occurrence> union = new ArrayList<>(halves);
      union.sort(Occurrence.ORDER);
      assertThat(union).isEqualTo(c.occurrences(roadmap, range).toList());
    });
  }

  @Test
  void effectiveDue_anyPolicy_isAWorkingDayNoFurtherThanThePolicyAllows() {
    qt().forAll(roadmaps(), policies()).checkAssert((roadmap, policy) -> {
      for (Occurrence o : ScheduleCalculator.standard().withPolicy(policy).schedule(roadmap).toList()) {
        if (o.kind() == OccurrenceKind.CONTINUOUS) {
          assertThat(o.nominalDue()).isEmpty();
          assertThat(o.effectiveDue()).isEmpty();
          continue;
        }
        LocalDate nominal = o.nominalDue().orElseThrow();
        LocalDate effective = o.effectiveDue().orElseThrow();
        assertThat(nominal).isEqualTo(o.end());
        if (o.kind() == OccurrenceKind.EVENT || policy == DueDatePolicy.NONE) {
          assertThat(effective).isEqualTo(nominal);
        } else if (policy == DueDatePolicy.PREVIOUS_WORKING_DAY) {
          assertThat(RUSSIA.isWorkingDay(effective)).isTrue();
          assertThat(effective).isBeforeOrEqualTo(nominal);
          assertThat(RUSSIA.workingDaysBetween(effective.plusDays(1), nominal.plusDays(1))).isZero();
        } else {
          assertThat(RUSSIA.isWorkingDay(effective)).isTrue();
          assertThat(effective).isAfterOrEqualTo(nominal);
          assertThat(RUSSIA.workingDaysBetween(nominal, effective)).isZero();
        }
      }
    });
  }

  @Test
  void expand_anyRuleContextAndRange_isOrderedInsideTheRangeAndClippedToThePeriod() {
    qt().forAll(Generate.pick(RULES), ranges(), ranges()).checkAssert((rule, period, range) -> {
      TermContext ctx = TermContext.of(period);
      List<TermOccurrence> all = ScheduleCalculator.standard().expand(rule, ctx).toList();
      List<TermOccurrence> some = ScheduleCalculator.standard().expand(rule, ctx, range).toList();
      assertThat(some).isEqualTo(all.stream()
          .filter(o -> !o.end().isBefore(range.first()) && !o.start().isAfter(range.last())).toList());
      for (int i = 1; i < all.size(); i++) {
        assertThat(all.get(i - 1).start()).isBeforeOrEqualTo(all.get(i).start());
      }
      boolean explicit = rule instanceof TermRule.OneDate || rule instanceof TermRule.Deadline
          || rule instanceof TermRule.MonthsOfYear || rule instanceof TermRule.DateWindow
          || rule instanceof TermRule.StartingFrom || rule instanceof TermRule.InYears
          || (rule instanceof TermRule.Quarters q && q.year().isPresent())
          || (rule instanceof TermRule.YearlyDeadline d && d.followingYear())
          || (rule instanceof TermRule.MonthlyDeadline m && m.followingMonth())
          || (rule instanceof TermRule.AcademicPart a && a.startYear().isPresent())
          || rule instanceof TermRule.Several; // its parts may be explicit
      if (!explicit) {
        assertThat(all).allMatch(o -> period.encloses(o.span()));
      }
    });
  }

  @Test
  void expand_yearlyForm_givesOneOccurrencePerYearOfAWholeYearsPeriod() {
    qt().forAll(SourceDSL.integers().between(2021, 2024), SourceDSL.integers().between(0, 2)).checkAssert((y, n) -> {
      TermContext ctx = TermContext.of(DateRange.ofYears(y, y + n));
      ScheduleCalculator c = ScheduleCalculator.standard();
      assertThat(c.expand(TermRule.YearlyInMonths.of(Month.NOVEMBER), ctx).toList()).hasSize(n + 1);
      assertThat(c.expand(TermRule.TimesAYear.of(4), ctx).toList()).hasSize(4 * (n + 1));
      assertThat(c.expand(TermRule.ThroughAcademicYear.of(), ctx).toList()).hasSize(n + 2);
      assertThat(c.expand(TermRule.YearlyDeadline.of(MonthDay.of(1, 25), true), ctx).toList())
          .allMatch(o -> o.start().getYear() == o.year().getAsInt() + 1).hasSize(n + 1);
    });
  }

  @Test
  void expand_anyRuleContextAndRange_givesWhatTheExpanderGivesSorted() {
    ScheduleCalculator c = ScheduleCalculator.standard();
    Expander expander = new Expander(c.academicYearStart(), c.teachingEnd());
    qt().forAll(Generate.pick(RULES), ranges(), ranges(), SourceDSL.integers().between(2019, 2028))
        .checkAssert((rule, period, range, column) -> {
          for (TermContext ctx : List.of(TermContext.of(period), TermContext.of(period).withColumnYear(column))) {
            List<TermOccurrence> expected = new ArrayList<>();
            expander.expand(rule, period.first(), period.last(), ctx.columnYearOrZero(), range.first(),
                range.last(), (kind, start, end, due, year) -> {
                  // TermOccurrence does not store the nominal due date: it must be the end, or none.
                  assertThat(due).isEqualTo(kind == OccurrenceKind.CONTINUOUS ? null : end);
                  expected.add(TermOccurrence.withEffectiveDue(kind, start, end,
                      due == null ? null : kind == OccurrenceKind.EVENT ? due : c.effectiveDue(due), year));
                });
            expected.sort(TermOccurrence.ORDER);
            assertThat(c.expand(rule, ctx, range).toList()).isEqualTo(expected);
          }
        });
  }
}
