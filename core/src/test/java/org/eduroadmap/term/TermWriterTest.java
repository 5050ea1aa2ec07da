package org.eduroadmap.term;

import static java.time.Month.APRIL;
import static java.time.Month.JANUARY;
import static java.time.Month.MARCH;
import static java.time.Month.MAY;
import static java.time.Month.NOVEMBER;
import static java.time.Month.OCTOBER;
import static java.time.Month.SEPTEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TermWriterTest {

  static Stream<Arguments> canonical() {
    return Stream.of(
        arguments(TermRule.OneDate.of(LocalDate.of(2021, 2, 25)), "25 февраля 2021", "25 February 2021"),
        arguments(TermRule.OneDate.of(LocalDate.of(2021, 2, 25), LocalTime.of(9, 5)),
            "25 февраля 2021 в 09:05", "25 February 2021 at 09:05"),
        arguments(TermRule.Deadline.of(LocalDate.of(2021, 2, 16)), "не позднее 16 февраля 2021", "by 16 February 2021"),
        arguments(TermRule.Deadline.of(LocalDate.of(2022, 3, 15), LocalTime.NOON),
            "не позднее 15 марта 2022 до 12:00", "by 12:00 on 15 March 2022"),
        arguments(TermRule.MonthsOfYear.of(YearMonth.of(2020, 8)), "август 2020", "August 2020"),
        arguments(TermRule.MonthsOfYear.of(YearMonth.of(2020, 9), YearMonth.of(2020, 10)),
            "сентябрь – октябрь 2020", "September – October 2020"),
        arguments(TermRule.MonthsOfYear.of(YearMonth.of(2020, 11), YearMonth.of(2021, 1)),
            "ноябрь 2020 – январь 2021", "November 2020 – January 2021"),
        arguments(TermRule.YearlyInMonths.of(NOVEMBER), "ежегодно (ноябрь)", "every year in November"),
        arguments(TermRule.YearlyInMonths.of(SEPTEMBER, OCTOBER), "ежегодно (сентябрь, октябрь)",
            "every year in September and October"),
        arguments(TermRule.MonthsWithoutYear.of(MARCH, APRIL), "март – апрель", "March – April, every year"),
        arguments(TermRule.MonthsWithoutYear.of(JANUARY, MAY), "январь, май", "January and May, every year"),
        arguments(TermRule.Yearly.of(), "ежегодно", "every year"),
        arguments(TermRule.YearlyDeadline.of(MonthDay.of(12, 1)), "ежегодно в срок до 1 декабря",
            "every year by 1 December"),
        arguments(TermRule.YearlyDeadline.of(MonthDay.of(1, 25), true),
            "не позднее 25 января года, следующего за отчетным",
            "by 25 January of the year following the reporting year"),
        arguments(TermRule.TimesAYear.of(2), "два раза в год", "twice a year"),
        arguments(TermRule.TimesAYear.of(4), "ежеквартально", "quarterly"),
        arguments(TermRule.TimesAYear.of(12), "ежемесячно", "monthly"),
        arguments(TermRule.FirstThenYearly.of(YearMonth.of(2021, 10)), "октябрь 2021, далее – ежегодно",
            "October 2021, then every year"),
        arguments(TermRule.ThroughYear.of(), "в течение года", "throughout the year"),
        arguments(TermRule.ThroughAcademicYear.of(), "в течение учебного года", "throughout the academic year"),
        arguments(TermRule.ThroughPeriod.of(), "постоянно", "throughout the period"),
        arguments(TermRule.ThroughPeriod.of(YearSpan.of(2023, 2024)), "в течение 2023 – 2024 годов",
            "throughout 2023 – 2024"),
        arguments(TermRule.AfterAcademicYear.of(), "по итогам учебного года", "after the academic year"),
        arguments(TermRule.OnDemand.of(), "по мере необходимости", "as needed"),
        arguments(TermRule.External.of("по отдельному графику"), "по отдельному графику",
            "by another schedule: по отдельному графику"),
        arguments(TermRule.ThroughYearExternal.of("согласно региональной дорожной карты"),
            "в течение года, согласно региональной дорожной карты",
            "throughout the year, by another schedule: согласно региональной дорожной карты"),
        arguments(TermRule.Empty.of(), "", "no term"),
        arguments(TermRule.DateWindow.of(LocalDate.of(2022, 9, 1), LocalDate.of(2022, 11, 30)),
            "с 1 сентября 2022 по 30 ноября 2022", "from 1 September 2022 to 30 November 2022"),
        arguments(TermRule.StartingFrom.of(LocalDate.of(2022, 1, 15)), "с 15 января 2022", "from 15 January 2022 on"),
        arguments(TermRule.Quarters.of(2024, 2), "II квартал 2024", "Q2 2024"),
        arguments(TermRule.Quarters.everyYear(1, 2), "I – II квартал", "Q1 – Q2 of every year"),
        arguments(TermRule.HalfYear.of(2024, 1), "первое полугодие 2024", "first half of 2024"),
        arguments(TermRule.InYears.of(2022), "2022 год", "in 2022"),
        arguments(TermRule.InYears.of(YearSpan.of(2021, 2023)), "2021 – 2023 годы", "in 2021 – 2023"),
        arguments(TermRule.YearlyDate.of(MonthDay.of(2, 25)), "ежегодно 25 февраля", "every year on 25 February"));
  }

  @ParameterizedTest(name = "[{index}] {1}")
  @MethodSource("canonical")
  void write_rule_givesCanonicalRussianAndEnglish(TermRule rule, String russian, String english) {
    assertThat(TermWriter.toRussian(rule)).isEqualTo(russian);
    assertThat(rule.toEnglish()).isEqualTo(english);
    assertThat(rule.toText(Locale.forLanguageTag("ru"))).isEqualTo(russian);
    assertThat(rule.toText(Locale.ENGLISH)).isEqualTo(english);
  }

  @Test
  void write_thenRead_isTheIdentityForGeneratedRules() {
    qt().withExamples(5000).forAll(TermGenerators.rules())
        .checkAssert(rule -> assertThat(TermReader.strict().read(rule.toRussian())).isEqualTo(rule));
  }

  @Test
  void write_unparsed_givesTheTextAsWritten() {
    TermRule rule = TermReader.lenient().read("когда-нибудь");
    assertThat(rule.toRussian()).isEqualTo("когда-нибудь");
    assertThat(rule.toEnglish()).isEqualTo("unreadable term: когда-нибудь");
  }
}
