package org.eduroadmap.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;
import org.junit.jupiter.api.Test;

/** The contract of {@link WorkingCalendar}, checked on every implementation we have. */
class WorkingCalendarTest {

  /** Days far enough inside 2020-2027 that searches never leave the data. */
  private static final Gen<LocalDate> DAYS = integers()
      .between((int) LocalDate.of(2020, 2, 1).toEpochDay(),
          (int) LocalDate.of(2027, 11, 30).toEpochDay())
      .map(epochDay -> LocalDate.ofEpochDay(epochDay));

  /** Days from which 40 working days either way stay inside 2020-2027. */
  private static final Gen<LocalDate> MIDDLE_DAYS = integers()
      .between((int) LocalDate.of(2020, 7, 1).toEpochDay(),
          (int) LocalDate.of(2027, 10, 1).toEpochDay())
      .map(epochDay -> LocalDate.ofEpochDay(epochDay));

  private static final CalendarOverlay TATARSTAN = CalendarOverlay.builder("Республика Татарстан")
      .holiday(LocalDate.of(2026, 3, 20), "Ураза-байрам")
      .holiday(LocalDate.of(2026, 5, 27), "Курбан-байрам")
      .holiday(LocalDate.of(2026, 8, 30), "День Республики Татарстан")
      .holiday(LocalDate.of(2026, 11, 6), "День Конституции Республики Татарстан")
      .build();

  /** Only the two abstract methods: every other answer comes from the interface's defaults. */
  private static WorkingCalendar defaultsOnly(WorkingCalendar calendar) {
    return new WorkingCalendar() {
      @Override
      public boolean isWorkingDay(LocalDate date) {
        return calendar.isWorkingDay(date);
      }

      @Override
      public DayInfo dayInfo(LocalDate date) {
        return calendar.dayInfo(date);
      }
    };
  }

  static Stream<Arguments> calendars() {
    WorkingCalendar russia = RussianProductionCalendar.get();
    return Stream.of(
        Arguments.of("russia", russia),
        Arguments.of("russia + Tatarstan", russia.with(TATARSTAN)),
        Arguments.of("russia, defaults only", defaultsOnly(russia)),
        Arguments.of("Monday to Friday", WorkingCalendar.mondayToFriday()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("calendars")
  void nextWorkingDay_isWorking_andNothingBetweenIs(String name, WorkingCalendar calendar) {
    qt().withExamples(2000).forAll(DAYS).checkAssert(day -> {
      LocalDate next = calendar.nextWorkingDay(day);
      assertThat(next).isAfter(day);
      assertThat(calendar.isWorkingDay(next)).isTrue();
      for (LocalDate d = day.plusDays(1); d.isBefore(next); d = d.plusDays(1)) {
        assertThat(calendar.isWorkingDay(d)).as("%s between %s and %s", d, day, next).isFalse();
      }
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("calendars")
  void previousWorkingDay_isWorking_andNothingBetweenIs(String name, WorkingCalendar calendar) {
    qt().withExamples(2000).forAll(DAYS).checkAssert(day -> {
      LocalDate previous = calendar.previousWorkingDay(day);
      assertThat(previous).isBefore(day);
      assertThat(calendar.isWorkingDay(previous)).isTrue();
      for (LocalDate d = previous.plusDays(1); d.isBefore(day); d = d.plusDays(1)) {
        assertThat(calendar.isWorkingDay(d)).isFalse();
      }
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("calendars")
  void previousAndNext_onWorkingDays_areInverse(String name, WorkingCalendar calendar) {
    // a working day: the next-or-same one of a random day (assumptions make QuickTheories give up)
    qt().withExamples(2000).forAll(DAYS.map(calendar::nextOrSameWorkingDay)).checkAssert(day -> {
      assertThat(calendar.previousWorkingDay(calendar.nextWorkingDay(day))).isEqualTo(day);
      assertThat(calendar.nextWorkingDay(calendar.previousWorkingDay(day))).isEqualTo(day);
      assertThat(calendar.nextOrSameWorkingDay(day)).isEqualTo(day);
      assertThat(calendar.previousOrSameWorkingDay(day)).isEqualTo(day);
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("calendars")
  void workingDaysBetween_isAdditive_andCountsOneUpToTheNextWorkingDay(String name,
      WorkingCalendar calendar) {
    qt().withExamples(300).forAll(DAYS, DAYS, DAYS).checkAssert((a, b, c) -> {
      assertThat(calendar.workingDaysBetween(a, b) + calendar.workingDaysBetween(b, c))
          .isEqualTo(calendar.workingDaysBetween(a, c));
      assertThat(calendar.workingDaysBetween(a, b)).isEqualTo(-calendar.workingDaysBetween(b, a));
      LocalDate working = calendar.nextOrSameWorkingDay(a);
      assertThat(calendar.workingDaysBetween(working, calendar.nextWorkingDay(working)))
          .isEqualTo(1);
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("calendars")
  void plusWorkingDays_movesByThatManyWorkingDays(String name, WorkingCalendar calendar) {
    qt().withExamples(500).forAll(MIDDLE_DAYS, integers().between(-40, 40)).checkAssert((day, n) -> {
      LocalDate start = calendar.nextOrSameWorkingDay(day);
      LocalDate moved = calendar.plusWorkingDays(start, n);
      assertThat(calendar.isWorkingDay(moved)).isTrue();
      assertThat(calendar.workingDaysBetween(start, moved)).isEqualTo(n.longValue());
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("calendars")
  void isWorkingDay_agreesWithDayInfoAndDayKind(String name, WorkingCalendar calendar) {
    qt().withExamples(2000).forAll(DAYS).checkAssert(day -> {
      DayInfo info = calendar.dayInfo(day);
      assertThat(info.date()).isEqualTo(day);
      assertThat(info.isWorkingDay()).isEqualTo(calendar.isWorkingDay(day));
      assertThat(calendar.dayKind(day)).isEqualTo(info.kind());
    });
  }

  @Test
  void with_overlay_winsOverTheBase_andLeavesOtherDaysAlone() {
    WorkingCalendar kazan = RussianProductionCalendar.get().with(TATARSTAN);
    DayInfo republicDay = kazan.dayInfo(LocalDate.of(2026, 8, 30));
    assertThat(republicDay.kind()).isEqualTo(DayKind.HOLIDAY);
    assertThat(republicDay.name()).contains("День Республики Татарстан");
    assertThat(kazan.isWorkingDay(LocalDate.of(2026, 3, 20))).isFalse();
    assertThat(RussianProductionCalendar.get().isWorkingDay(LocalDate.of(2026, 3, 20))).isTrue();
    assertThat(kazan.dayInfo(LocalDate.of(2026, 1, 9)))
        .isEqualTo(RussianProductionCalendar.get().dayInfo(LocalDate.of(2026, 1, 9)));
    assertThat(kazan.specialDays(2026)).hasSize(
        RussianProductionCalendar.get().specialDays(2026).size() + 4);
  }

  @Test
  void with_overlaysStack_theLastOneWins() {
    CalendarOverlay school = CalendarOverlay.builder("Школа №1")
        .workingDay(LocalDate.of(2026, 3, 20), "отработка")
        .build();
    WorkingCalendar calendar = RussianProductionCalendar.get().with(TATARSTAN).with(school);
    assertThat(calendar.dayKind(LocalDate.of(2026, 3, 20))).isEqualTo(DayKind.WORKING_DAY);
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 3, 20))).isTrue();
    assertThat(calendar.isWorkingDay(LocalDate.of(2026, 5, 27))).isFalse();
  }

  @Test
  void nextWorkingDay_calendarWithoutWorkingDays_isAnErrorNotALoop() {
    CalendarOverlay.Builder allOff = CalendarOverlay.builder("всё нерабочее");
    for (LocalDate d = LocalDate.of(2026, 1, 1); d.getYear() < 2028; d = d.plusDays(1)) {
      allOff.holiday(d, "выходной");
    }
    WorkingCalendar calendar = WorkingCalendar.mondayToFriday().with(allOff.build());
    assertThatThrownBy(() -> calendar.nextWorkingDay(LocalDate.of(2026, 1, 1)))
        .isInstanceOf(CalendarException.class).hasMessageContaining("2026-01-02");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("calendars")
  void isProvisional_agreesWithDayInfo_onBothSidesOfTheEndOfTheData(String name,
      WorkingCalendar calendar) {
    for (LocalDate day = LocalDate.of(2027, 12, 20); day.isBefore(LocalDate.of(2028, 1, 20));
        day = day.plusDays(1)) {
      assertThat(calendar.isProvisional(day)).as("%s %s", name, day)
          .isEqualTo(calendar.dayInfo(day).isProvisional());
    }
  }

  @Test
  void isProvisional_overlayDayInAProvisionalYear_isProvisional() {
    CalendarOverlay school = CalendarOverlay.builder("Школа №1")
        .holiday(LocalDate.of(2028, 3, 20), "День школы")
        .holiday(LocalDate.of(2026, 3, 20), "День школы")
        .build();
    WorkingCalendar layered = RussianProductionCalendar.get().with(school);
    DayInfo provisional = layered.dayInfo(LocalDate.of(2028, 3, 20));
    assertThat(provisional.kind()).isEqualTo(DayKind.HOLIDAY);
    assertThat(provisional.isProvisional()).isTrue();
    assertThat(layered.isProvisional(LocalDate.of(2028, 3, 20))).isTrue();
    assertThat(layered.dayInfo(LocalDate.of(2026, 3, 20)).isProvisional()).isFalse();
    assertThat(WorkingCalendar.mondayToFriday().isProvisional(LocalDate.of(2028, 3, 20))).isFalse();
  }
}
