package org.eduroadmap.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.fail;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.MonthDay;
import java.time.Year;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.eduroadmap.calendar.DateRange;
import org.eduroadmap.roadmap.RoadmapPeriod;
import org.eduroadmap.schedule.ScheduleCalculator;
import org.eduroadmap.schedule.TermContext;
import org.eduroadmap.term.Term;
import org.eduroadmap.term.TermExpectation;
import org.eduroadmap.term.TermProblem;
import org.eduroadmap.term.TermRule;
import org.eduroadmap.term.TermWriter;
import org.eduroadmap.term.YearSpan;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every form of the sealed {@link TermRule} is handled by the writer (both languages), the schedule's expander
 * and validation. The table holds one example of each form; a form added to {@code permits} without an
 * example here fails {@link #everyPermittedForm_hasAnExample()}, naming the form.
 */
class TermRuleExhaustivenessTest {

  private static final RoadmapPeriod PERIOD = RoadmapPeriod.ofYears(2021, 2023);

  /** One example of each form; add the new form's example here. */
  private static final Map<Class<?>, TermRule> EXAMPLES = examples(
      TermRule.OneDate.of(LocalDate.of(2021, 11, 15)),
      TermRule.OneDate.of(LocalDate.of(2021, 11, 15), LocalTime.of(10, 0)),
      TermRule.Deadline.of(LocalDate.of(2022, 6, 1)),
      TermRule.MonthsOfYear.of(YearMonth.of(2021, 9), YearMonth.of(2021, 12)),
      TermRule.YearlyInMonths.of(EnumSet.of(Month.NOVEMBER)),
      TermRule.MonthsWithoutYear.of(EnumSet.of(Month.MARCH, Month.APRIL)),
      TermRule.Yearly.of(),
      TermRule.YearlyDeadline.of(MonthDay.of(6, 1), false),
      TermRule.TimesAYear.of(2),
      TermRule.FirstThenYearly.of(YearMonth.of(2021, 10)),
      TermRule.ThroughYear.of(),
      TermRule.ThroughAcademicYear.of(),
      TermRule.ThroughPeriod.of(),
      TermRule.ThroughPeriod.of(YearSpan.of(2021, 2022)),
      TermRule.AfterAcademicYear.of(),
      TermRule.OnDemand.of(),
      TermRule.External.of("планом-графиком ИПКПР"),
      TermRule.ThroughYearExternal.of("планом-графиком ИПКПР"),
      TermRule.Empty.of(),
      TermRule.Unparsed.of("ежегодно (нябрь)",
          TermProblem.of(10, TermExpectation.values()[0], "нябрь", "ноябрь")),
      TermRule.DateWindow.of(LocalDate.of(2021, 10, 1), LocalDate.of(2021, 10, 15)),
      TermRule.StartingFrom.of(LocalDate.of(2022, 1, 10)),
      TermRule.Quarters.everyYear(1, 2),
      TermRule.Quarters.of(Year.of(2022), 3, 3),
      TermRule.HalfYear.everyYear(1),
      TermRule.HalfYear.of(Year.of(2022), 2),
      TermRule.InYears.of(YearSpan.of(2022, 2023)),
      TermRule.YearlyDate.of(MonthDay.of(9, 1)),
      // The forms read from real plans: taken from the reader, so each example is what a document writes.
      read("3-5 ноября"),
      read("октябрь – апрель"),
      read("в течение 2023/2024 учебного года"),
      read("III четверть"),
      read("ежемесячно до 10 числа"),
      read("каждую среду"),
      read("ежедневно"),
      read("первую среду декабря"),
      read("за месяц до начала учебного года"),
      read("15.10.2022, 16.10.2022"),
      read("25 февраля 2021 (четверг)"));

  private static TermRule read(String text) {
    return org.eduroadmap.term.TermReader.strict().read(text);
  }

  private static Map<Class<?>, TermRule> examples(TermRule... rules) {
    Map<Class<?>, TermRule> byForm = new LinkedHashMap<>();
    for (TermRule r : rules) {
      byForm.putIfAbsent(r.getClass(), r);
    }
    return byForm;
  }

  private static List<TermRule> all() {
    return Arrays.asList(EXAMPLES.values().toArray(new TermRule[0]));
  }

  @Test
  void everyPermittedForm_hasAnExample() {
    List<String> missing = Arrays.stream(TermRule.class.getPermittedSubclasses())
        .filter(form -> !EXAMPLES.containsKey(form))
        .map(Class::getSimpleName)
        .toList();
    if (!missing.isEmpty()) {
      fail("TermRule forms without an example in TermRuleExhaustivenessTest.EXAMPLES: " + missing
          + " (add one, so that the writer, the expander and validation are checked for it)");
    }
  }

  @TestFactory
  Stream<DynamicTest> everyForm_isWrittenExpandedAndValidated() {
    ScheduleCalculator calculator = ScheduleCalculator.standard();
    TermContext context = TermContext.of(PERIOD);
    DateRange range = PERIOD.toDateRange();
    return all().stream().map(rule -> DynamicTest.dynamicTest(rule.getClass().getSimpleName(), () -> {
      assertThatCode(() -> {
        assertThat(TermWriter.toRussian(rule)).isNotNull();
        assertThat(TermWriter.toEnglish(rule)).isNotNull();
        assertThat(calculator.expand(rule, context, range).count()).isNotNegative();
        assertThat(calculator.expand(rule, context).count()).isNotNegative();
        Term term = Term.of(TermWriter.toRussian(rule));
        ValidationReport report = RoadmapValidator.standard().validate(
            TestRoadmaps.of(TestRoadmaps.activity("1").withTerm(term)), Locale.forLanguageTag("ru"));
        assertThat(report.violations()).isNotNull();
      }).as(rule.getClass().getSimpleName()).doesNotThrowAnyException();
    }));
  }
}
