package org.eduroadmap.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.eduroadmap.roadmap.Roadmap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class ProgressTest {

  private static final Roadmap EAO = Seeds.load("eao-2021");
  private static final ScheduleCalculator CALCULATOR = ScheduleCalculator.standard();

  private static Occurrence november2021() {
    return CALCULATOR.nextDue(EAO, "8", LocalDate.of(2021, 11, 1)).orElseThrow(); // due Tue 2021-11-30
  }

  static Stream<Arguments> days() {
    return Stream.of(
        Arguments.of(List.of(), "2021-11-22", OccurrenceStatus.PLANNED),   // 6 working days to go
        Arguments.of(List.of(), "2021-11-23", OccurrenceStatus.DUE_SOON),  // 5
        Arguments.of(List.of(), "2021-11-30", OccurrenceStatus.DUE_SOON),  // due today
        Arguments.of(List.of(), "2021-12-01", OccurrenceStatus.OVERDUE),
        Arguments.of(List.of("2021-11-26"), "2021-11-25", OccurrenceStatus.DUE_SOON), // not yet done that day
        Arguments.of(List.of("2021-11-26"), "2021-11-26", OccurrenceStatus.DONE_ON_TIME),
        Arguments.of(List.of("2021-11-10"), "2021-11-10", OccurrenceStatus.DONE_ON_TIME), // early
        Arguments.of(List.of("2021-12-03"), "2021-12-02", OccurrenceStatus.OVERDUE),
        Arguments.of(List.of("2021-12-03"), "2022-02-01", OccurrenceStatus.DONE_LATE),
        Arguments.of(List.of("2021-12-03", "2021-11-29"), "2022-02-01", OccurrenceStatus.DONE_ON_TIME));
  }

  @ParameterizedTest(name = "done {0}, on {1}: {2}")
  @MethodSource("days")
  void status_onADay_followsTheRecordsAndTheHorizon(List<String> doneOn, String day, OccurrenceStatus expected) {
    Occurrence o = november2021();
    Progress progress = CALCULATOR.progress(EAO, doneOn.stream()
        .map(d -> ExecutionRecord.of(o, LocalDate.parse(d), "Доклад на Ученом совете")).toList());

    assertThat(progress.status(o, LocalDate.parse(day))).isEqualTo(expected);
  }

  @Test
  void unmatchedRecords_unknownIdAndADayOff_areEachReportedWithWhy() {
    Occurrence o = november2021();
    ExecutionRecord matching = ExecutionRecord.of(o, LocalDate.of(2021, 11, 26), "Доклад");
    ExecutionRecord unknown = ExecutionRecord.of("88", o.start(), LocalDate.of(2021, 11, 26), "Доклад");
    ExecutionRecord dayOff = ExecutionRecord.of("8", o.start().plusDays(1), LocalDate.of(2021, 11, 26), "Доклад");

    Progress progress = CALCULATOR.progress(EAO, List.of(unknown, matching, dayOff));

    assertThat(progress.unmatchedRecords()).extracting(UnmatchedRecord::record).containsExactly(unknown, dayOff);
    assertThat(progress.unmatchedRecords()).extracting(UnmatchedRecord::reason).containsExactly(
        UnmatchedRecord.Reason.UNKNOWN_ACTIVITY, UnmatchedRecord.Reason.NO_SUCH_OCCURRENCE);
    assertThat(progress.unmatchedRecords().get(1).nearestStart()).contains(o.start());
    assertThat(progress.unmatchedRecords().get(0).message(java.util.Locale.forLanguageTag("ru")))
        .contains("«88»").contains("нет мероприятия с таким идентификатором");
    assertThat(progress.unmatchedRecords().get(1).message(java.util.Locale.ENGLISH))
        .contains("'8'").contains(o.start().plusDays(1).toString()).contains("the nearest starts " + o.start());
    assertThat(CALCULATOR.progress(EAO, List.of(matching)).unmatchedRecords()).isEmpty();
  }

  @Test
  void status_continuous_isNotApplicable() {
    Roadmap olenegorsk = Seeds.load("olenegorsk-2021");
    Progress progress = CALCULATOR.progress(olenegorsk, List.of());
    Occurrence always = progress.schedule().stream().filter(o -> o.activityKey().equals("9")).findFirst().orElseThrow();

    assertThat(progress.status(always, LocalDate.of(2030, 1, 1))).isEqualTo(OccurrenceStatus.NOT_APPLICABLE);
  }

  @Test
  void status_widerHorizon_makesItDueSoonEarlier() {
    Occurrence o = november2021();
    Progress progress = CALCULATOR.withDueSoonHorizon(10).progress(EAO, List.of());

    assertThat(progress.status(o, LocalDate.of(2021, 11, 16))).isEqualTo(OccurrenceStatus.DUE_SOON); // 10 working days
    assertThat(progress.status(o, LocalDate.of(2021, 11, 15))).isEqualTo(OccurrenceStatus.PLANNED);
  }

  @Test
  void onTimeRate_endOf2021_countsEveryOccurrenceDueByThen() {
    Progress progress = CALCULATOR.progress(EAO, List.of(
        ExecutionRecord.of("8", LocalDate.of(2021, 11, 1), LocalDate.of(2021, 11, 26), "Доклад"),
        ExecutionRecord.of("7", LocalDate.of(2021, 9, 1), LocalDate.of(2021, 11, 5), "Справка"),
        ExecutionRecord.of("8", LocalDate.of(2022, 11, 1), LocalDate.of(2021, 12, 20), "Доклад заранее")));
    LocalDate day = LocalDate.of(2021, 12, 31);

    // due by 31 Dec 2021: 1–6, 7, 8, 10, 12, 13, 14 twice, п. 3.4 = 14; plus the 2022 report done early
    assertThat(progress.onTimeRate(day)).isEqualTo(OnTimeRate.of(2, 1, 12));
    assertThat(progress.onTimeRateByActivity(day).get("8")).isEqualTo(OnTimeRate.of(2, 0, 0));
    assertThat(progress.onTimeRateByActivity(day).get("7").rate()).hasValue(0.0);
  }

  @Test
  void today_isTheDateInTheRegionsZone() {
    Clock evening = Clock.fixed(Instant.parse("2021-11-30T15:30:00Z"), ZoneOffset.UTC);

    assertThat(CALCULATOR.progress(EAO, List.of()).today(evening)).isEqualTo(LocalDate.of(2021, 12, 1)); // Birobidzhan
    assertThat(CALCULATOR.progress(Seeds.load("olenegorsk-2021"), List.of()).today(evening))
        .isEqualTo(LocalDate.of(2021, 11, 30)); // Moscow time
  }

  @Test
  void katangaTwoActivitiesNumbered11_keepSeparateNextDueProgressAndUids() {
    Roadmap katanga = Seeds.load("katanga-2023");
    assertThat(katanga.activitiesByKey("11")).extracting(a -> a.id()).containsExactly("11", "11-2");

    // «11» runs through the year (no due date); «11-2» is due after the academic year.
    assertThat(CALCULATOR.nextDue(katanga, "11", LocalDate.of(2023, 1, 1))).isEmpty();
    Occurrence analysis = CALCULATOR.nextDue(katanga, "11-2", LocalDate.of(2023, 1, 1)).orElseThrow();
    assertThat(analysis.activity().title()).startsWith("Подготовка сводного анализа");
    assertThat(analysis.start()).isEqualTo(LocalDate.of(2023, 6, 1));

    Progress progress = CALCULATOR.progress(katanga,
        List.of(ExecutionRecord.of(analysis, LocalDate.of(2023, 8, 1), "Аналитическая справка")));
    assertThat(progress.status(analysis, LocalDate.of(2023, 9, 1))).isEqualTo(OccurrenceStatus.DONE_ON_TIME);
    assertThat(progress.onTimeRateByActivity(LocalDate.of(2023, 9, 1))).containsKeys("11", "11-2");
    assertThat(progress.schedule().stream().filter(o -> o.activityKey().equals("11") && o.isDue()))
        .allMatch(o -> o.activityId().equals("11-2"));

    List<String> uidsOf11 = progress.schedule().stream().filter(o -> o.activityId().equals("11"))
        .map(Occurrence::uid).toList();
    List<String> uidsOf11b = progress.schedule().stream().filter(o -> o.activityId().equals("11-2"))
        .map(Occurrence::uid).toList();
    assertThat(uidsOf11).isNotEmpty().doesNotContainAnyElementsOf(uidsOf11b);
    assertThat(uidsOf11b).isNotEmpty().allMatch(uid -> uid.contains(".11-2."));
  }

  @Test
  void onTimeRateByParty_rowsNamingNoOne_countForThePlansImplementers() {
    // eao-2021's table names no one: the order makes its two implementers answer for every row; its own
    // duty (п. 3.4) names the municipal heads.
    Progress progress = CALCULATOR.progress(EAO, List.of());

    assertThat(progress.onTimeRateByParty(LocalDate.of(2024, 1, 1))).containsOnlyKeys(
        "Отдел общего образования", "ОГАУ ДПО «Институт повышения квалификации педагогический работников»",
        "руководители муниципальных отделов образования, управления образования");
    assertThat(progress.schedule()).allSatisfy(o -> assertThat(o.responsible().isEmpty()).isFalse());
    assertThat(progress.schedule().stream().filter(o -> o.activity().responsibility().isEmpty()))
        .isNotEmpty().allSatisfy(o -> assertThat(o.responsible().isFromPlan()).isTrue());
  }

  @Test
  void agenda_plansImplementer_getsTheRowsThatNameNoOne() {
    List<Occurrence> agenda = CALCULATOR.agenda("отдел общего образования", List.of(EAO), EAO.period().toDateRange());

    assertThat(agenda).isNotEmpty().allSatisfy(o -> assertThat(o.responsible().isFromPlan()).isTrue());
    assertThat(agenda).hasSize((int) CALCULATOR.schedule(EAO).filter(o -> o.responsible().isFromPlan()).count());
    assertThat(CALCULATOR.load(List.of(EAO), EAO.period().toDateRange()))
        .extracting(MonthlyLoad::party).contains("Отдел общего образования");
  }
}
