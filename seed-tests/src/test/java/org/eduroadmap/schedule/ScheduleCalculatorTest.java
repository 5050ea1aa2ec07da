package org.eduroadmap.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.eduroadmap.calendar.DateRange;
import org.eduroadmap.calendar.DueDatePolicy;
import org.eduroadmap.roadmap.Roadmap;
import org.eduroadmap.roadmap.RoadmapPeriod;
import org.eduroadmap.term.TermRule;
import org.eduroadmap.term.YearSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ScheduleCalculatorTest {

  private static final ScheduleCalculator CALCULATOR = ScheduleCalculator.standard();
  private static final TermContext Y2021_2022 = TermContext.of(DateRange.ofYears(2021, 2022));

  private static DateRange range(String first, String last) {
    return DateRange.of(LocalDate.parse(first), LocalDate.parse(last));
  }

  /** One rule, one context: the occurrences as {@code KIND start/end due effective}. */
  static Stream<Arguments> forms() {
    TermContext kizel = TermContext.of(range("2021-07-21", "2022-12-31"));
    return Stream.of(
        Arguments.of(TermRule.OneDate.of(LocalDate.of(2021, 2, 28)), Y2021_2022,
            List.of("EVENT 2021-02-28/2021-02-28 2021-02-28 2021-02-28")), // a Sunday: never moved
        Arguments.of(TermRule.Deadline.of(LocalDate.of(2020, 12, 1)), Y2021_2022,
            List.of("DEADLINE 2020-12-01/2020-12-01 2020-12-01 2020-12-01")), // before the period: on the date
        Arguments.of(TermRule.YearlyInMonths.of(Month.JANUARY, Month.FEBRUARY, Month.MAY), TermContext.of(DateRange.ofYear(2022)),
            List.of("WINDOW 2022-01-01/2022-02-28 2022-02-28 2022-02-28",
                "WINDOW 2022-05-01/2022-05-31 2022-05-31 2022-05-31")),
        Arguments.of(TermRule.TimesAYear.of(2), TermContext.of(DateRange.ofYear(2021)),
            List.of("WINDOW 2021-01-01/2021-06-30 2021-06-30 2021-06-30",
                "WINDOW 2021-07-01/2021-12-31 2021-12-31 2021-12-30")),
        Arguments.of(TermRule.Yearly.of(), kizel,
            List.of("WINDOW 2021-07-21/2021-12-31 2021-12-31 2021-12-30",
                "WINDOW 2022-01-01/2022-12-31 2022-12-31 2022-12-30")),
        Arguments.of(TermRule.YearlyDeadline.of(MonthDay.of(3, 1)), kizel, // 1 Mar 2021 is before the period
            List.of("DEADLINE 2022-01-01/2022-03-01 2022-03-01 2022-03-01")),
        Arguments.of(TermRule.FirstThenYearly.of(YearMonth.of(2022, 10)), Y2021_2022,
            List.of("WINDOW 2022-10-01/2022-10-31 2022-10-31 2022-10-31")),
        Arguments.of(TermRule.ThroughPeriod.of(YearSpan.of(2022, 2024)), Y2021_2022,
            List.of("CONTINUOUS 2022-01-01/2022-12-31")),
        Arguments.of(TermRule.ThroughAcademicYear.of(), Y2021_2022.withColumnYear(2021),
            List.of("CONTINUOUS 2021-09-01/2022-08-31")),
        Arguments.of(TermRule.AfterAcademicYear.of(), Y2021_2022,
            List.of("WINDOW 2021-06-01/2021-08-31 2021-08-31 2021-08-31",
                "WINDOW 2022-06-01/2022-08-31 2022-08-31 2022-08-31")),
        Arguments.of(TermRule.Quarters.everyYear(4, 4), Y2021_2022,
            List.of("WINDOW 2021-10-01/2021-12-31 2021-12-31 2021-12-30",
                "WINDOW 2022-10-01/2022-12-31 2022-12-31 2022-12-30")),
        Arguments.of(TermRule.StartingFrom.of(LocalDate.of(2022, 3, 1)), Y2021_2022,
            List.of("CONTINUOUS 2022-03-01/2022-12-31")),
        Arguments.of(TermRule.OnDemand.of(), Y2021_2022, List.of()));
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("forms")
  void expand_form_givesTheOccurrencesOfTermsMd(TermRule rule, TermContext context, List<String> expected) {
    assertThat(CALCULATOR.expand(rule, context).map(o -> o.kind() + " " + o.span()
        + o.nominalDue().map(d -> " " + d + " " + o.effectiveDue().orElseThrow()).orElse("")))
        .containsExactlyElementsOf(expected);
  }

  @Test
  void ruleOf_manyDistinctAndLongTexts_keepsTheCacheBounded() {
    ScheduleCalculator calculator = ScheduleCalculator.builder().build();
    for (int i = 0; i < ScheduleCalculator.RULE_CACHE_SIZE + 500; i++) {
      calculator.ruleOf(org.eduroadmap.term.Term.of("до " + (1 + i % 28) + " марта " + (1900 + i % 200)
          + " " + "x".repeat(i / 200)));
    }
    assertThat(calculator.cachedReadings()).isBetween(1, ScheduleCalculator.RULE_CACHE_SIZE);

    ScheduleCalculator fresh = ScheduleCalculator.builder().build();
    org.eduroadmap.term.Term longText = org.eduroadmap.term.Term.of("ежегодно " + "(ноябрь) ".repeat(40));
    assertThat(fresh.ruleOf(longText)).isEqualTo(longText.rule());
    assertThat(fresh.cachedReadings()).isZero();
  }

  @Test
  void expand_nextWorkingDayPolicy_movesDueForwardByCivilCode193() {
    TermOccurrence dec = CALCULATOR.withPolicy(DueDatePolicy.NEXT_WORKING_DAY)
        .expand(TermRule.YearlyInMonths.of(Month.DECEMBER), TermContext.of(DateRange.ofYear(2021))).findFirst().orElseThrow();

    assertThat(dec.effectiveDue()).contains(LocalDate.of(2022, 1, 10)); // 31 Dec 2021 – 9 Jan 2022 were days off
  }

  @Test
  void dueIn_november2021_isWhatIsEffectivelyDueThen() {
    Roadmap eao = Seeds.load("eao-2021");

    assertThat(CALCULATOR.dueIn(eao, range("2021-10-01", "2021-11-30")).map(o -> o.activityKey() + " " + o.effectiveDue().orElseThrow()))
        .containsExactly("7 2021-10-29", "8 2021-11-30");
  }

  @Test
  void nextDue_afterADay_isTheFollowingOccurrence() {
    Roadmap eao = Seeds.load("eao-2021");

    assertThat(CALCULATOR.nextDue(eao, "8", LocalDate.of(2021, 12, 1)).map(Occurrence::start))
        .contains(LocalDate.of(2022, 11, 1));
    assertThat(CALCULATOR.nextDue(eao, "7", LocalDate.of(2021, 10, 29)).map(Occurrence::start))
        .contains(LocalDate.of(2022, 9, 1));
    assertThat(CALCULATOR.nextDue(eao, "8", LocalDate.of(2023, 11, 30))).isEmpty();
  }

  @Test
  void agenda_coExecutor_acrossRoadmaps_inDueOrder() {
    List<Roadmap> roadmaps = List.of(Seeds.load("olenegorsk-2021"), Seeds.load("eao-2021"));

    assertThat(CALCULATOR.agenda("имц", roadmaps, range("2021-11-01", "2021-11-30"))
        .stream().map(o -> o.activityKey() + " " + o.kind()))
        .containsExactly("4 WINDOW", "5 CONTINUOUS", "6 CONTINUOUS", "9 CONTINUOUS");
  }

  @Test
  void load_partyPerMonth_countsActiveAndDue() {
    List<MonthlyLoad> load = CALCULATOR.load(List.of(Seeds.load("olenegorsk-2021")), range("2021-11-01", "2021-11-30"));

    assertThat(load).extracting(MonthlyLoad::toString)
        .containsExactly("ИМЦ 2021-11 active 4 due 1", "Комитет 2021-11 active 5 due 2", "ОО 2021-11 active 1 due 0");
  }

  @Test
  void invalidPeriod_cannotReachTheCalculator_theRoadmapCannotBeBuilt() {
    // A reversed period is refused where it is made, so the calculator never sees one.
    assertThatThrownBy(() -> Seeds.load("eao-2021")
        .withPeriod(RoadmapPeriod.of(LocalDate.of(2023, 1, 1), LocalDate.of(2021, 1, 1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2023-01-01 – 2021-01-01");
  }

  @Test
  void unscheduled_external_keepsTheScheduleItNames() {
    Unscheduled u = CALCULATOR.unscheduled(Seeds.load("eao-2021")).get(1);

    assertThat(u.schedule()).contains("планом - графиком ОГАОУ ДПО «ИПКПР»");
  }

  @Test
  void zoneOf_regionOfTheRoadmap_isTheRegionsZone() {
    assertThat(CALCULATOR.zoneOf(Seeds.load("eao-2021"))).hasToString("Asia/Vladivostok");
    assertThat(CALCULATOR.zoneOf(Seeds.load("kizel-2021"))).hasToString("Asia/Yekaterinburg");
  }

  /** A roadmap for 2026 – 2029 with one activity due every year by 4 November, a holiday. */
  private static Roadmap to2029() {
    return Roadmap.builder()
        .title("План мероприятий на 2026 — 2029 годы")
        .level(org.eduroadmap.roadmap.RoadmapLevel.MUNICIPAL)
        .order(org.eduroadmap.roadmap.ApprovingOrder.builder().authority("Комитет по образованию")
            .kind("Приказ").number("12").date(LocalDate.of(2025, 12, 20)).build())
        .period(RoadmapPeriod.ofYears(2026, 2029))
        .addSections(org.eduroadmap.roadmap.Section.untitled(List.of(
            org.eduroadmap.roadmap.Activity.of("1.", "Отчёт о реализации плана",
                org.eduroadmap.term.Term.of("ежегодно до 4 ноября")))))
        .build();
  }

  @Test
  void occurrences_roadmapTo2029_schedulesEveryYear_andMarksTheYearsWithoutCalendarProvisional() {
    List<Occurrence> all = CALCULATOR.schedule(to2029()).toList();

    assertThat(all).extracting(o -> o.effectiveDue().orElseThrow().toString()).containsExactly(
        "2026-11-03", "2027-11-03", "2028-11-03", "2029-11-02");
    assertThat(all).extracting(Occurrence::isProvisional).containsExactly(false, false, true, true);
    assertThat(all).extracting(o -> o.year().orElse(0)).containsExactly(2026, 2027, 2028, 2029);
    assertThat(all.get(2).toTermOccurrence().isProvisional()).isTrue();
    assertThat(all.get(2).toString()).endsWith("year 2028 provisional");
  }

  @Test
  void occurrences_roadmapTo2029_withStrictCalendar_isAnErrorNamingTheYear() {
    ScheduleCalculator strict =
        CALCULATOR.withCalendar(org.eduroadmap.calendar.RussianProductionCalendar.strict());
    assertThatThrownBy(() -> strict.schedule(to2029()).toList())
        .isInstanceOf(org.eduroadmap.calendar.CalendarException.class)
        .hasMessageContaining("2028").hasMessageContaining("2013-2027");
  }

  /**
   * A hypothetical approved 2028 calendar: the day off for Saturday 4 November is given on Friday
   * 3 November (the Labour Code alone gives Monday 6 November), so a due date of 4 November moves
   * back to Thursday 2 November.
   */
  private static final String XML_2028 = """
      <?xml version="1.0" encoding="UTF-8"?>
      <calendar year="2028" lang="ru" date="2027.09.01" country="ru">
        <holidays>
          <holiday id="1" title="Новогодние каникулы"/>
          <holiday id="8" title="День народного единства"/>
        </holidays>
        <days>
          <day d="01.03" t="1" h="1"/><day d="01.04" t="1" h="1"/><day d="01.05" t="1" h="1"/>
          <day d="01.06" t="1" h="1"/><day d="01.07" t="1" h="1"/>
          <day d="11.02" t="2"/><day d="11.03" t="1" f="11.04"/><day d="11.04" t="1" h="8"/>
        </days>
      </calendar>
      """;

  @Test
  void occurrences_approvedCalendarLoadedFor2028_dropsTheMarkAndMovesTheDueDate() {
    org.eduroadmap.calendar.RussianProductionCalendar official =
        org.eduroadmap.calendar.RussianProductionCalendar.builder()
            .loadXmlCalendar(new java.io.ByteArrayInputStream(
                XML_2028.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "ru-2028.xml")
            .build();
    List<Occurrence> all = CALCULATOR.withCalendar(official).schedule(to2029()).toList();

    assertThat(all).extracting(o -> o.effectiveDue().orElseThrow().toString()).containsExactly(
        "2026-11-03", "2027-11-03", "2028-11-02", "2029-11-02");
    assertThat(all).extracting(Occurrence::isProvisional).containsExactly(false, false, false, true);
  }

  /** 200 activities «ежедневно» over 1900–2100: some 14.7 million occurrences, a 17 KB roadmap JSON. */
  private static Roadmap dailyFor200Years(int activities) {
    List<org.eduroadmap.roadmap.Activity> rows = new java.util.ArrayList<>();
    for (int i = 1; i <= activities; i++) {
      rows.add(org.eduroadmap.roadmap.Activity.of(String.valueOf(i), "Дежурство " + i,
          org.eduroadmap.term.Term.of("ежедневно")));
    }
    return org.eduroadmap.json.RoadmapJson.standard().read(org.eduroadmap.seeds.SeedDocuments.json("kizel-2021"))
        .withPeriod(RoadmapPeriod.ofYears(1900, 2100))
        .withSections(org.eduroadmap.roadmap.Section.untitled(rows));
  }

  @Test
  void occurrences_moreThanTheLimit_isAScheduleExceptionNamingTheLimitNotAnOutOfMemoryError() {
    Roadmap huge = dailyFor200Years(200);

    org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20), () ->
        assertThatThrownBy(() -> CALCULATOR.occurrences(huge, DateRange.ofYears(1900, 2100)).count())
            .isInstanceOf(ScheduleException.class)
            .hasMessageContaining(String.valueOf(ScheduleCalculator.DEFAULT_MAX_OCCURRENCES))
            .satisfies(e -> assertThat(((ScheduleException) e).getMessage(Locale.forLanguageTag("ru")))
                .contains("Больше " + ScheduleCalculator.DEFAULT_MAX_OCCURRENCES, "поднимите предел")));
  }

  @Test
  void withMaxOccurrences_lowered_refusesWhatTheDefaultAllows_andRaised_allowsIt() {
    Roadmap year = dailyFor200Years(2).withPeriod(RoadmapPeriod.ofYears(2021, 2021));

    assertThat(CALCULATOR.schedule(year).count()).isEqualTo(730);
    assertThatThrownBy(() -> CALCULATOR.withMaxOccurrences(700).schedule(year))
        .isInstanceOf(ScheduleException.class).hasMessageContaining("700");
    assertThat(CALCULATOR.withMaxOccurrences(700).maxOccurrences()).isEqualTo(700);
    assertThatThrownBy(() -> CALCULATOR.withMaxOccurrences(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void agenda_manyRoadmapsEachUnderTheLimit_isCappedInTotal() {
    Roadmap year = dailyFor200Years(2).withPeriod(RoadmapPeriod.ofYears(2021, 2021));
    org.eduroadmap.roadmap.Roadmap withParty = year.withSections(org.eduroadmap.roadmap.Section.untitled(
        year.allActivities().stream().map(a -> a.withResponsibility(org.eduroadmap.responsibility.Responsibility.of(
            "ИМЦ", List.of(org.eduroadmap.responsibility.Party.of("ИМЦ",
                org.eduroadmap.responsibility.PartyKind.ORGANISATION))))).toList()));

    assertThatThrownBy(() -> CALCULATOR.withMaxOccurrences(1000)
        .agenda("ИМЦ", List.of(withParty, withParty), DateRange.ofYears(2021, 2021)))
        .isInstanceOf(ScheduleException.class).hasMessageContaining("1000");
  }
}
