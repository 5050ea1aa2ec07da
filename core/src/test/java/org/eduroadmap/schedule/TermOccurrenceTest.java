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
}
