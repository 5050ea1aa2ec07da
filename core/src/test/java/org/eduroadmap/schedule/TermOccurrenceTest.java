package org.eduroadmap.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.List;
import org.eduroadmap.calendar.DateRange;
import org.eduroadmap.calendar.DueDatePolicy;
import org.eduroadmap.term.OccurrenceKind;
import org.eduroadmap.term.TermRule;
import org.junit.jupiter.api.Test;

class TermOccurrenceTest {

  private static final ScheduleCalculator CALCULATOR = ScheduleCalculator.standard();
  private static final TermContext YEAR_2024 = TermContext.of(DateRange.ofYears(2024, 2024));

  private static TermOccurrence only(ScheduleCalculator calculator, TermRule rule) {
    List<TermOccurrence> all = calculator.expand(rule, YEAR_2024).toList();
    assertThat(all).hasSize(1);
    return all.get(0);
  }

  @Test
  void effectiveDue_windowEndingOnSaturday_movesToFridayAndKeepsNominalDue() {
    // 30 November 2024 is a Saturday.
    TermOccurrence o = only(CALCULATOR, TermRule.YearlyInMonths.of(Month.NOVEMBER));

    assertThat(o.kind()).isEqualTo(OccurrenceKind.WINDOW);
    assertThat(o.span()).isEqualTo(DateRange.of(LocalDate.of(2024, 11, 1), LocalDate.of(2024, 11, 30)));
    assertThat(o.nominalDue()).contains(LocalDate.of(2024, 11, 30));
    assertThat(o.effectiveDue()).contains(LocalDate.of(2024, 11, 29));
    assertThat(o.year()).hasValue(2024);
    assertThat(o).hasToString("WINDOW 2024-11-01/2024-11-30 due 2024-11-30 effective 2024-11-29 year 2024");
  }

  @Test
  void effectiveDue_deadlineOnWorkingDay_isTheNominalDue() {
    // 16 February 2024 is a Friday.
    TermOccurrence o = only(CALCULATOR, TermRule.Deadline.of(LocalDate.of(2024, 2, 16)));

    assertThat(o.kind()).isEqualTo(OccurrenceKind.DEADLINE);
    assertThat(o.nominalDue()).contains(LocalDate.of(2024, 2, 16));
    assertThat(o.effectiveDue()).contains(LocalDate.of(2024, 2, 16));
  }

  @Test
  void effectiveDue_policyNone_staysOnTheWeekend() {
    TermOccurrence o = only(CALCULATOR.withPolicy(DueDatePolicy.NONE), TermRule.YearlyInMonths.of(Month.NOVEMBER));

    assertThat(o.effectiveDue()).contains(LocalDate.of(2024, 11, 30));
  }

  @Test
  void nominalAndEffectiveDue_continuous_areEmpty() {
    TermOccurrence o = only(CALCULATOR, TermRule.ThroughYear.of());

    assertThat(o.kind()).isEqualTo(OccurrenceKind.CONTINUOUS);
    assertThat(o.nominalDue()).isEmpty();
    assertThat(o.effectiveDue()).isEmpty();
    assertThat(o).hasToString("CONTINUOUS 2024-01-01/2024-12-31 year 2024");
  }

  @Test
  void equals_sameRuleExpandedTwice_isEqualWithEqualHash() {
    TermOccurrence first = only(CALCULATOR, TermRule.YearlyInMonths.of(Month.NOVEMBER));
    TermOccurrence second = only(CALCULATOR, TermRule.YearlyInMonths.of(Month.NOVEMBER));

    assertThat(second).isNotSameAs(first).isEqualTo(first).hasSameHashCodeAs(first);
  }

  @Test
  void equals_sameDatesButNoYearItStandsFor_isNotEqual() {
    // «ноябрь 2024» (form 3) stands for no year; «ежегодно (ноябрь)» stands for 2024.
    TermOccurrence yearly = only(CALCULATOR, TermRule.YearlyInMonths.of(Month.NOVEMBER));
    TermOccurrence once = only(CALCULATOR, TermRule.MonthsOfYear.of(YearMonth.of(2024, 11)));

    assertThat(once.span()).isEqualTo(yearly.span());
    assertThat(once.effectiveDue()).isEqualTo(yearly.effectiveDue()).contains(LocalDate.of(2024, 11, 29));
    assertThat(once.year()).isEmpty();
    assertThat(once).isNotEqualTo(yearly);
  }

  @Test
  void equals_differentEffectiveDue_isNotEqual() {
    TermOccurrence moved = only(CALCULATOR, TermRule.YearlyInMonths.of(Month.NOVEMBER));
    TermOccurrence unmoved = only(CALCULATOR.withPolicy(DueDatePolicy.NONE), TermRule.YearlyInMonths.of(Month.NOVEMBER));

    assertThat(moved).isNotEqualTo(unmoved);
  }

  @Test
  void order_sameStart_endsEarlierFirst() {
    TermOccurrence month = only(CALCULATOR, TermRule.MonthsOfYear.of(YearMonth.of(2024, 11)));
    TermOccurrence year = only(CALCULATOR, TermRule.Yearly.of());
    TermOccurrence january = only(CALCULATOR, TermRule.MonthsOfYear.of(YearMonth.of(2024, 1)));

    assertThat(List.of(year, month, january).stream().sorted(TermOccurrence.ORDER).toList())
        .containsExactly(january, year, month);
  }

  @Test
  void isProvisional_windowDueInAYearWithoutApprovedCalendar_isTrue() {
    List<TermOccurrence> all = CALCULATOR.expand(TermRule.YearlyInMonths.of(Month.NOVEMBER),
        TermContext.of(DateRange.ofYears(2027, 2028))).toList();
    assertThat(all).extracting(TermOccurrence::isProvisional).containsExactly(false, true);
    assertThat(all.get(1).effectiveDue()).contains(LocalDate.of(2028, 11, 30));
    assertThat(all.get(1)).hasToString(
        "WINDOW 2028-11-01/2028-11-30 due 2028-11-30 effective 2028-11-30 year 2028 provisional");
    assertThat(all.get(1).year()).hasValue(2028);
  }

  @Test
  void isProvisional_dueDateMovedIntoAYearWithoutCalendar_isTrue() {
    // 31 December 2027 is a day off (moved from 3 January); the next working day is in 2028.
    TermRule newYearsEve = TermRule.Deadline.of(LocalDate.of(2027, 12, 31));
    TermContext context = TermContext.of(DateRange.ofYear(2027));
    TermOccurrence next = CALCULATOR.withPolicy(DueDatePolicy.NEXT_WORKING_DAY)
        .expand(newYearsEve, context).findFirst().orElseThrow();
    TermOccurrence previous = CALCULATOR.expand(newYearsEve, context).findFirst().orElseThrow();
    assertThat(next.effectiveDue()).contains(LocalDate.of(2028, 1, 10));
    assertThat(next.isProvisional()).isTrue();
    assertThat(previous.effectiveDue()).contains(LocalDate.of(2027, 12, 30));
    assertThat(previous.isProvisional()).isFalse();
  }

  @Test
  void isProvisional_eventOrPolicyNone_isFalse_theCalendarMovesNothing() {
    TermContext context = TermContext.of(DateRange.ofYear(2029));
    assertThat(CALCULATOR.expand(TermRule.OneDate.of(LocalDate.of(2029, 11, 4)), context)
        .findFirst().orElseThrow().isProvisional()).isFalse();
    assertThat(CALCULATOR.withPolicy(DueDatePolicy.NONE)
        .expand(TermRule.YearlyInMonths.of(Month.NOVEMBER), context)
        .findFirst().orElseThrow().isProvisional()).isFalse();
  }

  @Test
  void equals_provisionalAndNot_differ() {
    TermOccurrence certain = TermOccurrence.withEffectiveDue(OccurrenceKind.WINDOW,
        LocalDate.of(2028, 11, 1), LocalDate.of(2028, 11, 30), LocalDate.of(2028, 11, 30), 2028);
    TermOccurrence provisional = TermOccurrence.withEffectiveDue(OccurrenceKind.WINDOW,
        LocalDate.of(2028, 11, 1), LocalDate.of(2028, 11, 30), LocalDate.of(2028, 11, 30), true,
        2028);
    assertThat(provisional).isNotEqualTo(certain);
    assertThat(provisional.year()).isEqualTo(certain.year());
    assertThat(TermOccurrence.ORDER.compare(provisional, provisional)).isZero();
  }
}
