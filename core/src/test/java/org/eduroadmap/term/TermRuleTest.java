package org.eduroadmap.term;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TermRuleTest {

  static Stream<Arguments> kinds() {
    return Stream.of(
        arguments("25 февраля 2021", OccurrenceKind.EVENT, null),
        arguments("25 февраля", OccurrenceKind.EVENT, null),
        arguments("не позднее 16 февраля 2021", OccurrenceKind.DEADLINE, null),
        arguments("ежегодно в срок до 01 декабря", OccurrenceKind.DEADLINE, null),
        arguments("Сентябрь – октябрь 2020", OccurrenceKind.WINDOW, null),
        arguments("ежегодно (ноябрь)", OccurrenceKind.WINDOW, null),
        arguments("Март- апрель", OccurrenceKind.WINDOW, null),
        arguments("ежегодно", OccurrenceKind.WINDOW, null),
        arguments("два раза в год", OccurrenceKind.WINDOW, null),
        arguments("Октябрь 2021, далее - ежегодно", OccurrenceKind.WINDOW, null),
        arguments("По итогам учебного года", OccurrenceKind.WINDOW, null),
        arguments("с 01.09.2022 по 30.11.2022", OccurrenceKind.WINDOW, null),
        arguments("II квартал 2024", OccurrenceKind.WINDOW, null),
        arguments("в первом полугодии", OccurrenceKind.WINDOW, null),
        arguments("2022 год", OccurrenceKind.WINDOW, null),
        arguments("В течение года", OccurrenceKind.CONTINUOUS, null),
        arguments("В течение учебного года", OccurrenceKind.CONTINUOUS, null),
        arguments("Постоянно", OccurrenceKind.CONTINUOUS, null),
        arguments("В течение года, согласно региональной дорожной карты", OccurrenceKind.CONTINUOUS, null),
        arguments("с 15.01.2022", OccurrenceKind.CONTINUOUS, null),
        arguments("По мере необходимости", OccurrenceKind.UNSCHEDULED, UnscheduledReason.ON_DEMAND),
        arguments("По отдельному графику", OccurrenceKind.UNSCHEDULED, UnscheduledReason.EXTERNAL),
        arguments("", OccurrenceKind.UNSCHEDULED, UnscheduledReason.UNSPECIFIED),
        arguments("нябрь", OccurrenceKind.UNSCHEDULED, UnscheduledReason.UNPARSED));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("kinds")
  void kind_ofEachForm_isTheSpecKind(String text, OccurrenceKind kind, UnscheduledReason reason) {
    TermRule rule = TermReader.lenient().read(text);
    assertThat(rule.kind()).isEqualTo(kind);
    assertThat(rule.unscheduledReason()).isEqualTo(Optional.ofNullable(reason));
  }

  @Test
  void unscheduledReason_isPresentExactlyForUnscheduledRules() {
    qt().withExamples(1000).forAll(TermGenerators.rules()).checkAssert(rule ->
        assertThat(rule.unscheduledReason().isPresent()).isEqualTo(rule.kind() == OccurrenceKind.UNSCHEDULED));
  }

  @Test
  void external_schedule_isThePhraseWithoutItsLeadingWords() {
    assertThat(TermRule.External.of("в соответствии с планом - графиком ОГАОУ ДПО «ИПКПР»").schedule())
        .isEqualTo("планом - графиком ОГАОУ ДПО «ИПКПР»");
    assertThat(TermRule.External.of("по отдельному графику").schedule()).isEqualTo("отдельному графику");
    assertThat(TermRule.ThroughYearExternal.of("согласно региональной дорожной карты").schedule())
        .isEqualTo("региональной дорожной карты");
  }

  @Test
  void components_areEasyToRead() {
    assertThat(TermRule.Quarters.of(2024, 2).firstMonth()).isEqualTo(Month.APRIL);
    assertThat(TermRule.Quarters.of(2024, 2).lastMonth()).isEqualTo(Month.JUNE);
    assertThat(TermRule.HalfYear.of(2024, 2).firstMonth()).isEqualTo(Month.JULY);
    assertThat(TermRule.TimesAYear.of(4).monthsPerPart()).isEqualTo(3);
  }

  @Test
  void monthSets_areCopiedAndUnmodifiable() {
    EnumSet<Month> months = EnumSet.of(Month.MAY);
    TermRule.YearlyInMonths rule = TermRule.YearlyInMonths.of(months);
    months.add(Month.JUNE);
    assertThat(rule.months()).containsExactly(Month.MAY);
    assertThatThrownBy(() -> rule.months().add(Month.JULY)).isInstanceOf(UnsupportedOperationException.class);
    assertThat(rule).isEqualTo(TermRule.YearlyInMonths.of(java.util.Set.of(Month.MAY)));
  }

  @Test
  void invalidComponents_areRejectedWithTheBadValue() {
    assertThatThrownBy(() -> TermRule.TimesAYear.of(5)).hasMessageContaining("valid values 2, 3, 4, 6, 12): 5");
    assertThatThrownBy(() -> TermRule.MonthsOfYear.of(YearMonth.of(2021, 5), YearMonth.of(2021, 4)))
        .hasMessageContaining("2021-05 – 2021-04");
    assertThatThrownBy(() -> TermRule.DateWindow.of(LocalDate.of(2021, 5, 2), LocalDate.of(2021, 5, 1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TermRule.YearlyInMonths.of(EnumSet.noneOf(Month.class)))
        .hasMessageContaining("at least one month");
    assertThatThrownBy(() -> TermRule.Quarters.everyYear(3, 2)).hasMessageContaining("3 – 2");
    assertThatThrownBy(() -> TermRule.HalfYear.everyYear(3)).hasMessageContaining("3");
    assertThatThrownBy(() -> TermRule.External.of(" ")).hasMessageContaining("blank");
    assertThatThrownBy(() -> YearSpan.of(2024, 2023)).hasMessageContaining("2024 – 2023");
  }

  // ---- values, not records: no public constructor, no Optional parameter ----

  static Stream<Class<?>> valueTypes() {
    return Stream.concat(Stream.of(TermRule.class.getPermittedSubclasses()),
        Stream.of(TermProblem.class, YearSpan.class, TermNotes.class, TermNotes.WeekdayMismatch.class,
            YearCell.class, org.eduroadmap.schedule.TimeOfDay.class));
  }

  @ParameterizedTest
  @MethodSource("valueTypes")
  void valueType_isAFinalClassWithoutPublicConstructorOrOptionalParameter(Class<?> type) {
    assertThat(type.isRecord()).as("%s is a record", type).isFalse();
    assertThat(java.lang.reflect.Modifier.isFinal(type.getModifiers())).as("%s is final", type).isTrue();
    assertThat(type.getConstructors()).as("public constructors of %s", type).isEmpty();
    for (java.lang.reflect.Method m : type.getMethods()) {
      assertThat(m.getParameterTypes()).as("%s", m).doesNotContain(Optional.class);
    }
  }

  @Test
  void of_withAndWithoutTheOptionalPart_givesWhatTheRecordGave() {
    LocalDate day = LocalDate.of(2021, 2, 25);
    assertThat(TermRule.OneDate.of(day).time()).isEmpty();
    assertThat(TermRule.OneDate.of(day, java.time.LocalTime.NOON).time()).contains(java.time.LocalTime.NOON);
    assertThat(TermRule.OneDate.of(day)).isEqualTo(TermRule.OneDate.of(day)).hasSameHashCodeAs(TermRule.OneDate.of(day))
        .isNotEqualTo(TermRule.Deadline.of(day));
    assertThat(TermRule.Quarters.everyYear(1, 2).year()).isEmpty();
    assertThat(TermRule.Quarters.of(java.time.Year.of(2024), 2, 2)).isEqualTo(TermRule.Quarters.of(2024, 2));
    assertThat(TermRule.HalfYear.everyYear(2)).isNotEqualTo(TermRule.HalfYear.of(2024, 2));
    assertThat(TermRule.AcademicPart.everyYear(4, 3)).isEqualTo(TermRule.AcademicPart.quarter(3));
    assertThat(TermRule.NthWeekday.of(1, java.time.DayOfWeek.MONDAY, Month.MAY).month()).contains(Month.MAY);
    assertThat(TermRule.Weekly.of(java.time.DayOfWeek.FRIDAY)).isEqualTo(TermRule.Weekly.on(java.time.DayOfWeek.FRIDAY));
    assertThat(TermRule.ThroughPeriod.of().years()).isEmpty();
  }

  @Test
  void toString_isWrittenAsTheRecordWrote() {
    assertThat(TermRule.OneDate.of(LocalDate.of(2021, 2, 25))).hasToString("OneDate[date=2021-02-25, time=Optional.empty]");
    assertThat(TermRule.YearlyInMonths.of(Month.SEPTEMBER, Month.OCTOBER))
        .hasToString("YearlyInMonths[months=[SEPTEMBER, OCTOBER]]");
    assertThat(TermRule.Yearly.of()).hasToString("Yearly[]");
    assertThat(TermRule.Quarters.everyYear(1, 2)).hasToString("Quarters[year=Optional.empty, first=1, last=2]");
  }

  @Test
  void of_badArgument_isRejectedNamingTheValue() {
    assertThatThrownBy(() -> TermRule.TimesAYear.of(5)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("5");
    assertThatThrownBy(() -> TermRule.AcademicPart.everyYear(4, 7)).hasMessageContaining("7");
    assertThatThrownBy(() -> TermRule.NthWeekday.of(6, java.time.DayOfWeek.MONDAY)).hasMessageContaining("6");
    assertThatThrownBy(() -> TermRule.External.of(" ")).hasMessageContaining("reference");
    assertThatThrownBy(() -> TermRule.Several.of(java.util.List.of(TermRule.Yearly.of())))
        .hasMessageContaining("1");
    assertThatThrownBy(() -> TermRule.Noted.with(TermRule.Yearly.of(), TermNotes.none()))
        .hasMessageContaining("no notes");
    assertThatThrownBy(() -> YearSpan.of(2024, 2023)).hasMessageContaining("2024").hasMessageContaining("2023");
    assertThatThrownBy(() -> TermProblem.of(-1, TermExpectation.END, "")).hasMessageContaining("-1");
  }
}
