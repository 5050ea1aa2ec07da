package org.eduroadmap.term;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.MonthDay;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;
import org.eduroadmap.term.TermRule.AcademicPart;
import org.eduroadmap.term.TermRule.AcademicYearOf;
import org.eduroadmap.term.TermRule.DateWindow;
import org.eduroadmap.term.TermRule.DayWindowWithoutYear;
import org.eduroadmap.term.TermRule.Deadline;
import org.eduroadmap.term.TermRule.EveryDay;
import org.eduroadmap.term.TermRule.External;
import org.eduroadmap.term.TermRule.MonthlyDeadline;
import org.eduroadmap.term.TermRule.MonthsAcrossYearEnd;
import org.eduroadmap.term.TermRule.MonthsOfYear;
import org.eduroadmap.term.TermRule.MonthsWithoutYear;
import org.eduroadmap.term.TermRule.Noted;
import org.eduroadmap.term.TermRule.NthWeekday;
import org.eduroadmap.term.TermRule.OneDate;
import org.eduroadmap.term.TermRule.Several;
import org.eduroadmap.term.TermRule.TimesAYear;
import org.eduroadmap.term.TermRule.Weekly;
import org.eduroadmap.term.TermRule.YearlyDate;
import org.eduroadmap.term.TermRule.YearlyDeadline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The forms added for real «Сроки» of other plans (docs/terms.md, D28 and on), read strictly. */
class TermReaderNewFormsTest {

  private static final TermReader STRICT = TermReader.strict();

  private static LocalDate date(int y, int m, int d) {
    return LocalDate.of(y, m, d);
  }

  private static TermNotes notes() {
    return TermNotes.none();
  }

  static Stream<Arguments> forms() {
    return Stream.of(
        // 1. days and spans of days with no year
        arguments("3-5 ноября", DayWindowWithoutYear.of(MonthDay.of(11, 3), MonthDay.of(11, 5))),
        arguments("1-2 марта", DayWindowWithoutYear.of(MonthDay.of(3, 1), MonthDay.of(3, 2))),
        arguments("2 сентября — 25 октября", DayWindowWithoutYear.of(MonthDay.of(9, 2), MonthDay.of(10, 25))),
        arguments("20 декабря – 10 января", DayWindowWithoutYear.of(MonthDay.of(12, 20), MonthDay.of(1, 10))),
        arguments("с 31 октября по 6 ноября", DayWindowWithoutYear.of(MonthDay.of(10, 31), MonthDay.of(11, 6))),
        arguments("15 апреля", YearlyDate.of(MonthDay.of(4, 15))),
        // 2. weekday notes
        arguments("19 мая 2022 (четверг)",
            Noted.with(OneDate.of(date(2022, 5, 19)), notes().withWeekday(DayOfWeek.THURSDAY))),
        arguments("30 мая (вт)", Noted.with(YearlyDate.of(MonthDay.of(5, 30)), notes().withWeekday(DayOfWeek.TUESDAY))),
        arguments("1 июня 2022 (в рабочие дни)", Noted.with(OneDate.of(date(2022, 6, 1)), notes().withWorkingDays())),
        arguments("с 28 октября 2023 года (суббота) по 05 ноября 2023 года (воскресенье)",
            Noted.with(DateWindow.of(date(2023, 10, 28), date(2023, 11, 5)),
                notes().withWeekday(DayOfWeek.SATURDAY).withWeekday(DayOfWeek.SUNDAY))),
        // 3. ranges written every way
        arguments("с 1 ноября 2023 года по 10 ноября 2023 года", DateWindow.of(date(2023, 11, 1), date(2023, 11, 10))),
        arguments("10.02 - 25.03.2022", DateWindow.of(date(2022, 2, 10), date(2022, 3, 25))),
        arguments("до до 1 июня", YearlyDeadline.of(MonthDay.of(6, 1))),
        arguments("май2016г.", MonthsOfYear.of(YearMonth.of(2016, 5))),
        arguments("c 24.03.2017г. до 07.04.2017г.", DateWindow.of(date(2017, 3, 24), date(2017, 4, 7))),
        // 4. the academic year
        arguments("октябрь–апрель", MonthsAcrossYearEnd.of(Month.OCTOBER, Month.APRIL)),
        arguments("в течение 2023/2024 учебного года", AcademicYearOf.of(2023)),
        arguments("2022/2023 учебный год", AcademicYearOf.of(2022)),
        arguments("II полугодие 2021/2022 учебного года", AcademicPart.half(2021, 2)),
        arguments("первое полугодие 2022/2023 учебного года", AcademicPart.half(2022, 1)),
        arguments("III четверть", AcademicPart.quarter(3)),
        arguments("I четверть 2023/2024 учебного года", AcademicPart.of(Year.of(2023), 4, 1)),
        // 5. monthly and weekly
        arguments("ежемесячно", TimesAYear.of(12)),
        arguments("ежемесячно до 10 числа", MonthlyDeadline.of(10)),
        arguments("до 25 числа каждого месяца", MonthlyDeadline.of(25)),
        arguments("ежемесячно до 20 числа месяца, следующего за отчетным", MonthlyDeadline.of(20, true)),
        // held-out set 2, k069: «…за отчетным периодом» means the month after the reporting one too
        arguments("Ежемесячно до 15 числа месяца, следующего за отчетным периодом", MonthlyDeadline.of(15, true)),
        arguments("ежемесячно до 5 числа месяца, следующего за отчётным месяцем", MonthlyDeadline.of(5, true)),
        arguments("еженедельно", Weekly.of()),
        arguments("каждую среду", Weekly.on(DayOfWeek.WEDNESDAY)),
        arguments("по вторникам", Weekly.on(DayOfWeek.TUESDAY)),
        arguments("еженедельно по пятницам", Weekly.on(DayOfWeek.FRIDAY)),
        arguments("ежедневно", EveryDay.of()),
        arguments("1 суббота месяца", NthWeekday.of(1, DayOfWeek.SATURDAY)),
        arguments("в первую среду декабря", NthWeekday.of(1, DayOfWeek.WEDNESDAY, Month.DECEMBER)),
        // 6. several in one cell
        arguments("15.10.2022, 16.10.2022", Several.of(OneDate.of(date(2022, 10, 15)), OneDate.of(date(2022, 10, 16)))),
        arguments("сентябрь, январь, май", MonthsWithoutYear.of(Month.SEPTEMBER, Month.JANUARY, Month.MAY)),
        arguments("март, май 2021", Several.of(MonthsOfYear.of(YearMonth.of(2021, 3)), MonthsOfYear.of(YearMonth.of(2021, 5)))),
        arguments("2, 3 мая 2024 года", Several.of(OneDate.of(date(2024, 5, 2)), OneDate.of(date(2024, 5, 3)))),
        arguments("15 марта 2023 г.; 15 мая 2023 г.", Several.of(OneDate.of(date(2023, 3, 15)), OneDate.of(date(2023, 5, 15)))),
        // 8. a time of day with a zone
        arguments("15.03.2022 до 17:00 мск", Noted.with(Deadline.of(date(2022, 3, 15), LocalTime.of(17, 0)),
            notes().withZone(TermNotes.MOSCOW))),
        arguments("15.03.2022 (до 12:00 по московскому времени)", Noted.with(Deadline.of(date(2022, 3, 15), LocalTime.of(12, 0)), notes().withZone(TermNotes.MOSCOW))),
        arguments("11 сентября 2019 г. с 16.00 до 16.30", Noted.with(OneDate.of(date(2019, 9, 11), LocalTime.of(16, 0)), notes().withUntil(LocalTime.of(16, 30)))),
        arguments("14.00-14.10", Noted.with(EveryDay.of(), notes().withTime(LocalTime.of(14, 0))
            .withUntil(LocalTime.of(14, 10)))),
        // 9. labels and comments
        arguments("Срок: 1 июля 2022 г.", OneDate.of(date(2022, 7, 1))),
        arguments("Отчет — до 1 декабря", YearlyDeadline.of(MonthDay.of(12, 1))),
        arguments("1 июля 2022 (по согласованию)", Noted.with(OneDate.of(date(2022, 7, 1)),
            notes().withComment("по согласованию"))),
        arguments("2021**", TermRule.InYears.of(2021)),
        arguments("4 ноября 2019г –День народного единства", Noted.with(OneDate.of(date(2019, 11, 4)),
            notes().withComment("День народного единства"))),
        arguments("1-24 марта 2023 По решению ОО", Noted.with(DateWindow.of(date(2023, 3, 1), date(2023, 3, 24)),
            notes().withComment("По решению ОО"))),
        arguments("с 10 января по 10 февраля 2013 года для учащихся 9-11 классов;", Noted.with(
            DateWindow.of(date(2013, 1, 10), date(2013, 2, 10)), notes().withComment("для учащихся 9-11 классов"))),
        arguments("19 июня 2024 можно будет пройти тест по всем предметам", Noted.with(OneDate.of(date(2024, 6, 19)),
            notes().withComment("можно будет пройти тест по всем предметам"))),
        arguments("МБОУ Жуковская СОШ №22 – 9 февраля 2022 года", OneDate.of(date(2022, 2, 9))),
        arguments("Школа № 5 – 9 февраля 2022 года", OneDate.of(date(2022, 2, 9))),
        arguments("Дата окончания учебного года: 26 мая 20251.", OneDate.of(date(2025, 5, 26))),
        arguments("до 01.12.20213", Deadline.of(date(2021, 12, 1))),
        arguments("регулярно", TermRule.ThroughPeriod.of()),
        arguments("систематически", TermRule.ThroughPeriod.of()),
        arguments("2-я суббота\nмесяца", NthWeekday.of(2, DayOfWeek.SATURDAY)),
        arguments("в 3-ю среду ноября", NthWeekday.of(3, DayOfWeek.WEDNESDAY, Month.NOVEMBER)),
        // 10. another body's schedule
        arguments("по приказу управления образования", External.of("по приказу управления образования")),
        arguments("по графику ИРО", External.of("по графику ИРО")),
        arguments("по плану ФИОКО", External.of("по плану ФИОКО")),
        arguments("в сроки, установленные Рособрнадзором", External.of("в сроки, установленные Рособрнадзором")),
        // counted from an event, not from a day: dated by when the event happens
        arguments("не позднее 8 рабочих дней со дня проведения итогового собеседования",
            External.of("не позднее 8 рабочих дней со дня проведения итогового собеседования")),
        arguments("в течение 10 рабочих дней с момента получения результатов",
            External.of("в течение 10 рабочих дней с момента получения результатов")),
        arguments("после проведения ВПР", External.of("после проведения ВПР")),
        arguments("по завершении курсов", External.of("по завершении курсов")));
  }

  @ParameterizedTest
  @MethodSource("forms")
  void read_newForm_givesTheRuleAndReadsBackFromItsCanonicalText(String text, TermRule expected) {
    TermRule rule = STRICT.read(text);
    assertThat(rule).isEqualTo(expected);
    assertThat(STRICT.read(rule.toRussian())).isEqualTo(rule);
    assertThat(rule.toEnglish()).isNotBlank();
  }

  @Test
  void read_yearOutsideWhatAPlanCanMean_namesTheValue() {
    assertThatThrownBy(() -> STRICT.read("до 1 мая 2101 года"))
        .isInstanceOfSatisfying(TermParseException.class, e -> {
          assertThat(e.expected()).isEqualTo(TermExpectation.YEAR_RANGE);
          assertThat(e.getMessage()).contains("2101", "1900", "2100");
        });
  }

  @Test
  void weekdayMismatches_wrongWeekday_isReportedNeverChangesTheDate() {
    Noted n = (Noted) STRICT.read("28 июня 2017 (пт)"); // 28 June 2017 is a Wednesday
    assertThat(n.rule()).isEqualTo(OneDate.of(date(2017, 6, 28)));
    assertThat(n.weekdayMismatches()).containsExactly(TermNotes.WeekdayMismatch.of(date(2017, 6, 28), DayOfWeek.FRIDAY));
    assertThat(((Noted) STRICT.read("19 мая 2022 (четверг)")).weekdayMismatches()).isEmpty();
  }

  @Test
  void read_labelThenExplicitDates_theDatesWin() {
    assertThat(STRICT.read("I четверть с 02 сентября 2019 года по 26 октября 2019 года"))
        .isEqualTo(DateWindow.of(date(2019, 9, 2), date(2019, 10, 26)));
  }

  @Test
  void read_capitalisedMisspellingAfterTheTerm_isNoCaption() {
    // «По решению ОО» is a caption; «Нябрь» is a misspelt month, which must stay an error with its suggestion.
    assertThat(TermReader.lenient().read("1-24 марта 2023 Нябрь"))
        .isInstanceOfSatisfying(TermRule.Unparsed.class,
            u -> assertThat(u.problem().suggestion()).contains("ноябрь"));
  }

  @Test
  void read_lowerCaseTailWithANumber_isNoCaption() {
    // «перенесено на 15» may move the date: a comment beside 1 March would be wrong, so it stays an error.
    assertThat(TermReader.lenient().read("1 марта 2023 перенесено на 15"))
        .isInstanceOfSatisfying(TermRule.Unparsed.class,
            u -> assertThat(u.problem().found()).isEqualTo("перенесено"));
  }

  @Test
  void read_wordThatMovesTheDate_isNoLabel() {
    // «после 15 мая 2023» is not the 15th: it stays an error rather than a wrong date.
    assertThat(TermReader.lenient().read("после 15 мая 2023")).isInstanceOf(TermRule.Unparsed.class);
    assertThat(TermReader.lenient().read("перед 1 сентября 2023")).isInstanceOf(TermRule.Unparsed.class);
  }

  @Test
  void read_closingASchoolPeriod_isNoEvent() {
    // «по итогам четверти» ends a school period, which a reading of its own may date: not another schedule.
    assertThat(TermReader.lenient().read("по итогам четверти")).isInstanceOf(TermRule.Unparsed.class);
  }

  @Test
  void read_typoEndBeforeStart_isAnErrorNotAGuess() {
    assertThat(TermReader.lenient().read("28 октября 2023 года – 06 ноября 2022 года"))
        .isInstanceOf(TermRule.Unparsed.class);
  }

  @Test
  void weekdayNotes_ofSeveral_areInWrittenOrder() {
    assertThat(STRICT.read("26 мая (пт), 27 мая (сб)").weekdayNotes())
        .isEqualTo(List.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY));
  }

  @org.junit.jupiter.api.Test
  void read_dayBeyondItsMonthInASpan_isAReadingErrorNotACrash() {
    // Found by YearCellTest's property: «31» takes its month from «ноября», which has 30 days.
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> TermReader.strict().read("ежегодно 31 по ноября"))
        .isInstanceOf(TermParseException.class);
    org.assertj.core.api.Assertions.assertThat(TermReader.lenient().read("31 по ноября"))
        .isInstanceOf(TermRule.Unparsed.class);
  }
}
