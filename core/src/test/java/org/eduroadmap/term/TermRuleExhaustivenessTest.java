package org.eduroadmap.term;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eduroadmap.calendar.DateRange;
import org.eduroadmap.calendar.DueDatePolicy;
import org.eduroadmap.schedule.ScheduleCalculator;
import org.eduroadmap.schedule.TermContext;
import org.junit.jupiter.api.Test;

/**
 * Every permitted subclass of {@link TermRule} is generated, renders to Russian and English, and expands
 * without an exception: a new rule that the writer or the calculator forgot fails here.
 */
class TermRuleExhaustivenessTest {

  @Test
  void everyPermittedRule_rendersAndExpands() {
    Set<Class<?>> seen = new HashSet<>();
    qt().withExamples(4000).forAll(TermGenerators.rules()).checkAssert(rule -> {
      seen.add(rule.getClass());
      assertThat(rule.toRussian()).isNotNull();
      assertThat(rule.toEnglish()).isNotBlank();
      assertThat(rule.toText(Locale.forLanguageTag("ru"))).isEqualTo(rule.toRussian());
      ScheduleCalculator.standard().withPolicy(DueDatePolicy.NONE)
          .expand(rule, TermContext.of(DateRange.of(LocalDate.of(2021, 1, 1), LocalDate.of(2023, 12, 31))))
          .forEach(o -> assertThat(o.start()).isBeforeOrEqualTo(o.end()));
    });
    seen.add(TermRule.Unparsed.class);
    TermRule unparsed = TermReader.lenient().read("нябрь 2021");
    assertThat(unparsed.toEnglish()).isNotBlank();
    assertThat(seen).containsAll(List.of(TermRule.class.getPermittedSubclasses()));
  }

  @Test
  void unscheduled_external_keepsTheReference() {
    TermRule rule = TermReader.strict().read("по графику ИРО");
    assertThat(rule).isEqualTo(TermRule.External.of("по графику ИРО"));
    assertThat(((TermRule.External) rule).schedule()).isEqualTo("графику ИРО");
  }
}
