package org.eduroadmap.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import org.eduroadmap.calendar.DateRange;
import org.eduroadmap.calendar.DueDatePolicy;
import org.eduroadmap.term.TermRule;
import org.junit.jupiter.api.Test;

class YearlyOccurrenceCacheTest {

  // 31 October 2021 is a Sunday; 2021 is an inner year of the period, so its window is shared.
  private static final TermRule OCTOBER = TermRule.YearlyInMonths.of(Month.OCTOBER);
  private static final TermContext Y2020_2022 = TermContext.of(DateRange.ofYears(2020, 2022));

  private static TermOccurrence october2021(ScheduleCalculator calculator) {
    return calculator.expand(OCTOBER, Y2020_2022)
        .filter(o -> o.start().getYear() == 2021)
        .findFirst()
        .orElseThrow();
  }

  @Test
  public void expand_sharedOccurrence_keepsEachCalculatorsPolicy() {
    ScheduleCalculator none = ScheduleCalculator.standard().withPolicy(DueDatePolicy.NONE);
    ScheduleCalculator standard = ScheduleCalculator.standard();

    TermOccurrence unmoved = october2021(none);
    TermOccurrence moved = october2021(standard);

    assertThat(unmoved.end().getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
    assertThat(unmoved.effectiveDue()).contains(unmoved.end());
    assertThat(moved.effectiveDue()).hasValueSatisfying(d -> assertThat(d).isBefore(moved.end()));
  }

  @Test
  public void expand_twice_givesEqualOccurrences() {
    ScheduleCalculator calculator = ScheduleCalculator.standard();
    TermContext context = TermContext.of(DateRange.ofYears(2020, 2027));

    List<TermOccurrence> first = calculator.expand(TermRule.TimesAYear.of(4), context).toList();
    List<TermOccurrence> second = calculator.expand(TermRule.TimesAYear.of(4), context).toList();

    assertThat(second).hasSize(32).isEqualTo(first);
    assertThat(second.get(5).start()).isEqualTo(LocalDate.of(2021, 4, 1));
  }
}
