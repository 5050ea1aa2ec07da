package org.eduroadmap.term;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;
import org.eduroadmap.calendar.DateRange;
import org.eduroadmap.schedule.ScheduleCalculator;
import org.eduroadmap.schedule.TermContext;
import org.eduroadmap.schedule.TermOccurrence;
import org.eduroadmap.term.TermRule.AcademicPart;
import org.eduroadmap.term.TermRule.DateWindow;
import org.eduroadmap.term.TermRule.DayWindowWithoutYear;
import org.eduroadmap.term.TermRule.Deadline;
import org.eduroadmap.term.TermRule.External;
import org.eduroadmap.term.TermRule.MonthsWithoutYear;
import org.eduroadmap.term.TermRule.OneDate;
import org.eduroadmap.term.TermRule.Several;
import org.eduroadmap.term.TermRule.ThroughYear;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The forms of issue 24 (docs/terms.md, D51 – D60), read strictly. */
class TermReaderIssue24Test {

  private static final TermReader STRICT = TermReader.strict();
  private static final ScheduleCalculator CALCULATOR = ScheduleCalculator.standard();

  private static DayWindowWithoutYear days(int month, int from, int to) {
    return DayWindowWithoutYear.of(MonthDay.of(month, from), MonthDay.of(month, to));
  }

  private static Several everyQuarter() {
    return Several.of(List.of(AcademicPart.everyYear(4, 1), AcademicPart.everyYear(4, 2),
        AcademicPart.everyYear(4, 3), AcademicPart.everyYear(4, 4)));
  }

  static Stream<Arguments> forms() {
    return Stream.of(
        // D51: a label before a span with «(включительно)»
        arguments("в срок с 3 по 12 марта 2024 года (включительно)",
            DateWindow.of(LocalDate.of(2024, 3, 3), LocalDate.of(2024, 3, 12))),
        // D53: a dash or bullet glued before the term; «в теч-е»
        arguments("–до 5 октября", TermRule.YearlyDeadline.of(MonthDay.of(10, 5))),
        arguments("- в течение года", ThroughYear.of()),
        arguments("• 22 апреля 2025", OneDate.of(LocalDate.of(2025, 4, 22))),
        arguments("В теч-е года", ThroughYear.of()),
        // D54: a time before the date
        arguments("до 12:00 часов 14.03.2024", Deadline.of(LocalDate.of(2024, 3, 14), LocalTime.of(12, 0))),
        arguments("в 10.00 15 мая 2024", OneDate.of(LocalDate.of(2024, 5, 15), LocalTime.of(10, 0))),
        // D55: a slash between two months or two halves
        arguments("октябрь/ноябрь", MonthsWithoutYear.of(Month.OCTOBER, Month.NOVEMBER)),
        arguments("март/апрель", MonthsWithoutYear.of(Month.MARCH, Month.APRIL)),
        // D56: parts of a month
        arguments("в первой декаде октября", days(10, 1, 10)),
        arguments("во второй декаде мая", days(5, 11, 20)),
        arguments("в третьей декаде февраля", days(2, 21, 29)),
        arguments("в первую декаду сентября", days(9, 1, 10)),
        arguments("в третьей декаде октября 2023", DateWindow.of(LocalDate.of(2023, 10, 21), LocalDate.of(2023, 10, 31))),
        arguments("в 10-х числах марта", days(3, 10, 19)),
        arguments("в 20-х числах августа", days(8, 20, 29)),
        arguments("в начале декабря", days(12, 1, 10)),
        arguments("в середине апреля", days(4, 11, 20)),
        arguments("в конце мая", days(5, 21, 31)),
        // D57: counted from another body's event or act
        arguments("не позднее чем за 10 дней до проведения олимпиады",
            External.of("не позднее чем за 10 дней до проведения олимпиады")),
        arguments("за день до проведения сочинения", External.of("за день до проведения сочинения")),
        arguments("по истечении 40 дней после выхода приказа", External.of("по истечении 40 дней после выхода приказа")),
        arguments("в течение 30 дней после выхода приказа министерства",
            External.of("в течение 30 дней после выхода приказа министерства")),
        // D61: the n-th working weekday of a month, one month or two
        arguments("в первый рабочий вторник апреля", TermRule.NthWeekday.working(1, DayOfWeek.TUESDAY, Month.APRIL)),
        arguments("во вторую рабочую среду марта", TermRule.NthWeekday.working(2, DayOfWeek.WEDNESDAY, Month.MARCH)),
        arguments("в первый рабочий понедельник сентября и января",
            Several.of(TermRule.NthWeekday.working(1, DayOfWeek.MONDAY, Month.SEPTEMBER),
                TermRule.NthWeekday.working(1, DayOfWeek.MONDAY, Month.JANUARY))),
        arguments("в первый рабочий понедельник сентября, января",
            Several.of(TermRule.NthWeekday.working(1, DayOfWeek.MONDAY, Month.SEPTEMBER),
                TermRule.NthWeekday.working(1, DayOfWeek.MONDAY, Month.JANUARY))),
        arguments("в первую среду декабря и февраля", Several.of(TermRule.NthWeekday.of(1, DayOfWeek.WEDNESDAY,
            Month.DECEMBER), TermRule.NthWeekday.of(1, DayOfWeek.WEDNESDAY, Month.FEBRUARY))),
        arguments("в первую рабочую субботу месяца", TermRule.NthWeekday.working(1, DayOfWeek.SATURDAY)),
        // D62: before the school year's own start
        arguments("за месяц до начала учебного года", TermRule.BeforeAcademicYear.of(java.time.Period.ofMonths(1))),
        arguments("не позднее чем за 10 дней до начала учебного года",
            TermRule.BeforeAcademicYear.of(java.time.Period.ofDays(10))),
        arguments("за 2 недели до начала учебного года", TermRule.BeforeAcademicYear.of(java.time.Period.ofDays(14))),
        arguments("до начала учебного года", TermRule.BeforeAcademicYear.of(java.time.Period.ZERO)),
        arguments("к началу учебного года", TermRule.BeforeAcademicYear.of(java.time.Period.ZERO)),
        arguments("по окончании учебного года", TermRule.AfterAcademicYear.of()),
        // D64: a time written in words
        arguments("15 мая 2024 в 9 часов 30 минут", OneDate.of(LocalDate.of(2024, 5, 15), LocalTime.of(9, 30))),
        arguments("в 10 часов 15 мая 2024", OneDate.of(LocalDate.of(2024, 5, 15), LocalTime.of(10, 0))),
        arguments("15.05.2024 в 9 часов 5 минут", OneDate.of(LocalDate.of(2024, 5, 15), LocalTime.of(9, 5))),
        arguments("до 15 часов 14.03.2024", Deadline.of(LocalDate.of(2024, 3, 14), LocalTime.of(15, 0))),
        // D59: per school quarter
        arguments("не реже одного раза в четверть", everyQuarter()),
        arguments("ежечетвертно", everyQuarter()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forms")
  void read_issue24Form_isTheDecidedRule(String text, TermRule expected) {
    assertThat(STRICT.read(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("forms")
  void read_issue24FormCanonicalText_readsBackToTheSameRule(String text, TermRule expected) {
    assertThat(STRICT.read(expected.toRussian())).isEqualTo(expected);
    assertThat(expected.toEnglish()).isNotBlank();
  }

  @Test
  void parse_firstDecadeOfOctober_isTheFirstToTenth() {
    List<TermOccurrence> occ = CALCULATOR.expand(STRICT.read("в первой декаде октября"),
        TermContext.of(DateRange.of(LocalDate.of(2023, 9, 1), LocalDate.of(2024, 8, 31)))).toList();
    assertThat(occ).hasSize(1);
    assertThat(occ.get(0).start()).isEqualTo(LocalDate.of(2023, 10, 1));
    assertThat(occ.get(0).end()).isEqualTo(LocalDate.of(2023, 10, 10));
  }

  @Test
  void parse_weekdayAfterTheDateWithoutBrackets_isKeptAndCheckedAsANote() {
    TermRule matching = STRICT.read("14.02.2024 г. среда");
    assertThat(((TermRule.Noted) matching).notes().weekdays()).containsExactly(DayOfWeek.WEDNESDAY);
    assertThat(((TermRule.Noted) matching).weekdayMismatches()).isEmpty();
    TermRule comma = STRICT.read("14 февраля 2024, среда");
    assertThat(comma.weekdayNotes()).containsExactly(DayOfWeek.WEDNESDAY);
    TermRule wrong = STRICT.read("15.02.2024 г. среда");
    assertThat(((TermRule.Noted) wrong).weekdayMismatches()).isNotEmpty();
    assertThat(STRICT.read("1 суббота месяца")).isInstanceOf(TermRule.NthWeekday.class);
  }

  @Test
  void expand_throughYearInOneAcademicYear_isThatAcademicYearAsOneSpan() {
    TermRule rule = STRICT.read("в течение года");
    List<TermOccurrence> academic = CALCULATOR.expand(rule,
        TermContext.of(DateRange.of(LocalDate.of(2023, 9, 1), LocalDate.of(2024, 8, 31)))).toList();
    assertThat(academic).hasSize(1);
    assertThat(academic.get(0).start()).isEqualTo(LocalDate.of(2023, 9, 1));
    assertThat(academic.get(0).end()).isEqualTo(LocalDate.of(2024, 8, 31));
    List<TermOccurrence> calendar = CALCULATOR.expand(rule,
        TermContext.of(DateRange.of(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 31)))).toList();
    assertThat(calendar).hasSize(2);
  }

  @Test
  void expand_everySchoolQuarter_isOneWindowPerQuarterInOrder() {
    List<TermOccurrence> occ = CALCULATOR.expand(STRICT.read("ежечетвертно"),
        TermContext.of(DateRange.of(LocalDate.of(2023, 9, 1), LocalDate.of(2024, 8, 31)))).toList();
    assertThat(occ).hasSize(4);
    assertThat(occ.get(0).start()).isEqualTo(LocalDate.of(2023, 9, 1));
    assertThat(occ.get(3).end()).isEqualTo(LocalDate.of(2024, 5, 31));
  }

  @Test
  void expand_schoolYearsOwnStartCountedBack_isDatedFromTheAcademicYear() {
    DateRange period = DateRange.of(LocalDate.of(2021, 1, 1), LocalDate.of(2022, 12, 31));
    List<TermOccurrence> month = CALCULATOR.expand(STRICT.read("за месяц до начала учебного года"),
        TermContext.of(period)).toList();
    assertThat(month).extracting(o -> o.nominalDue().orElseThrow())
        .containsExactly(LocalDate.of(2021, 8, 1), LocalDate.of(2022, 8, 1));
    List<TermOccurrence> before = CALCULATOR.expand(STRICT.read("до начала учебного года"),
        TermContext.of(period)).toList();
    assertThat(before).extracting(o -> o.nominalDue().orElseThrow())
        .containsExactly(LocalDate.of(2021, 8, 31), LocalDate.of(2022, 8, 31));
    // another academic-year start: the calculator's setting, not 1 September
    ScheduleCalculator october = CALCULATOR.toBuilder()
        .academicYear(MonthDay.of(10, 1), MonthDay.of(6, 30)).build();
    assertThat(october.expand(STRICT.read("за 10 дней до начала учебного года"), TermContext.of(period))
        .map(o -> o.nominalDue().orElseThrow()).toList())
        .containsExactly(LocalDate.of(2021, 9, 21), LocalDate.of(2022, 9, 21));
    assertThat(TermReader.lenient().read("за день до проведения сочинения"))
        .isEqualTo(External.of("за день до проведения сочинения"));
  }

  @Test
  void expand_firstWorkingTuesdayOfApril_skipsATuesdayThatIsADayOff() {
    // 1 May 2024 is a holiday and a Wednesday; 3 January 2023 (Tuesday) is a New Year holiday
    DateRange y2023 = DateRange.of(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31));
    assertThat(CALCULATOR.expand(STRICT.read("в первый рабочий вторник января"), TermContext.of(y2023))
        .map(TermOccurrence::start).toList()).containsExactly(LocalDate.of(2023, 1, 10));
    assertThat(CALCULATOR.expand(STRICT.read("в первый вторник января"), TermContext.of(y2023))
        .map(TermOccurrence::start).toList()).containsExactly(LocalDate.of(2023, 1, 3));
    assertThat(CALCULATOR.expand(STRICT.read("в первый рабочий вторник апреля"), TermContext.of(y2023))
        .map(TermOccurrence::start).toList()).containsExactly(LocalDate.of(2023, 4, 4));
    // two months in one phrase, in order
    DateRange academic = DateRange.of(LocalDate.of(2023, 9, 1), LocalDate.of(2024, 8, 31));
    assertThat(CALCULATOR.expand(STRICT.read("в первый рабочий понедельник сентября и января"),
        TermContext.of(academic)).map(TermOccurrence::start).toList())
        .containsExactly(LocalDate.of(2023, 9, 4), LocalDate.of(2024, 1, 15));
  }

  /** Any n-th working weekday of any month: canonical text reads back; occurrences ordered, working, in the period. */
  @Test
  void read_anyNthWorkingWeekday_readsBackAndExpandsToWorkingDaysInsideThePeriod() {
    qt().withExamples(300).forAll(integers().between(1, 5), integers().between(1, 7), integers().between(0, 12),
        integers().between(2015, 2027)).checkAssert((n, d, m, y) -> {
          TermRule rule = m == 0 ? TermRule.NthWeekday.working(n, DayOfWeek.of(d))
              : TermRule.NthWeekday.working(n, DayOfWeek.of(d), Month.of(m));
          assertThat(STRICT.read(rule.toRussian())).isEqualTo(rule);
          DateRange period = DateRange.of(LocalDate.of(y, 3, 15), LocalDate.of(y + 1, 9, 10));
          List<TermOccurrence> occ = CALCULATOR.expand(rule, TermContext.of(period)).toList();
          for (int k = 0; k < occ.size(); k++) {
            LocalDate day = occ.get(k).start();
            assertThat(day).isBetween(period.first(), period.last());
            assertThat(day.getDayOfWeek()).isEqualTo(DayOfWeek.of(d));
            assertThat(CALCULATOR.calendar().isWorkingDay(day)).isTrue();
            if (k > 0) {
              assertThat(day).isAfter(occ.get(k - 1).start());
            }
          }
        });
  }

  /** Any count before the school year: canonical text reads back; deadlines ordered, inside the period. */
  @Test
  void read_anyTimeBeforeTheAcademicYear_readsBackAndIsDueInsideThePeriod() {
    qt().withExamples(300).forAll(integers().between(0, 1), integers().between(1, 60), integers().between(2015, 2030))
        .checkAssert((months, n, y) -> {
          java.time.Period p = months == 1 ? java.time.Period.ofMonths(1 + n % 8) : java.time.Period.ofDays(n);
          TermRule rule = TermRule.BeforeAcademicYear.of(p);
          assertThat(STRICT.read(rule.toRussian())).isEqualTo(rule);
          DateRange period = DateRange.of(LocalDate.of(y, 1, 1), LocalDate.of(y + 2, 12, 31));
          List<TermOccurrence> occ = CALCULATOR.expand(rule, TermContext.of(period)).toList();
          assertThat(occ).hasSize(3);
          for (int k = 0; k < occ.size(); k++) {
            assertThat(occ.get(k).end()).isBetween(period.first(), period.last());
            assertThat(occ.get(k).end()).isEqualTo(LocalDate.of(y + k, 9, 1).minus(p));
            if (k > 0) {
              assertThat(occ.get(k).end()).isAfter(occ.get(k - 1).end());
            }
          }
        });
  }

  /** Any decade of any month, with or without a year: canonical text reads back, occurrences ordered, in the period. */
  @Test
  void read_anyDecade_readsBackAndExpandsInsideThePeriod() {
    String[] ordinals = {"первой", "второй", "третьей"};
    qt().withExamples(500).forAll(integers().between(1, 12), integers().between(0, 2), integers().between(2020, 2030))
        .checkAssert((m, d, y) -> {
          Month month = Month.of(m);
          String name = Vocabulary.MONTHS_GENITIVE.get(m - 1);
          TermRule rule = STRICT.read("в " + ordinals[d] + " декаде " + name);
          assertThat(STRICT.read(rule.toRussian())).isEqualTo(rule);
          TermRule dated = STRICT.read("в " + ordinals[d] + " декаде " + name + " " + y);
          assertThat(STRICT.read(dated.toRussian())).isEqualTo(dated);
          DateRange period = DateRange.of(LocalDate.of(y, 1, 1), LocalDate.of(y + 1, 12, 31));
          List<TermOccurrence> occ = CALCULATOR.expand(rule, TermContext.of(period)).toList();
          assertThat(occ).isNotEmpty();
          for (int k = 0; k < occ.size(); k++) {
            assertThat(occ.get(k).start()).isAfterOrEqualTo(period.first());
            assertThat(occ.get(k).end()).isBeforeOrEqualTo(period.last());
            assertThat(occ.get(k).start().getDayOfMonth()).isEqualTo(1 + 10 * d);
            assertThat(YearMonth.from(occ.get(k).end()).getMonth()).isEqualTo(month);
            if (k > 0) {
              assertThat(occ.get(k).start()).isAfter(occ.get(k - 1).start());
            }
          }
        });
  }
}
