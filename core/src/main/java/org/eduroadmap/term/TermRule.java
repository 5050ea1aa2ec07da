package org.eduroadmap.term;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.MonthDay;
import java.time.Year;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.eduroadmap.Language;
import org.eduroadmap.term.internal.MonthSet;

/**
 * What a term («срок») means: one form of the table in {@code terms.md}, as a value.
 *
 * <pre>{@code
 * TermRule rule = TermReader.strict().read("ежегодно (сентябрь, октябрь)");
 * rule;              // YearlyInMonths[months=[SEPTEMBER, OCTOBER]]
 * rule.kind();       // WINDOW
 * rule.toRussian();  // "ежегодно (сентябрь, октябрь)"
 * rule.toEnglish();  // "every year in September and October"
 * }</pre>
 *
 * <p>Rules are context-free: they hold no roadmap period and no column year. The scheduler expands
 * them for a period; a rule only makes its parts easy to read (months, years, days, counts).
 *
 * <p>Every implementation is an immutable, thread-safe record with value equality.
 */
public sealed interface TermRule
    permits TermRule.OneDate, TermRule.Deadline, TermRule.MonthsOfYear, TermRule.YearlyInMonths,
        TermRule.MonthsWithoutYear, TermRule.Yearly, TermRule.YearlyDeadline, TermRule.TimesAYear,
        TermRule.FirstThenYearly, TermRule.ThroughYear, TermRule.ThroughAcademicYear, TermRule.ThroughPeriod,
        TermRule.AfterAcademicYear, TermRule.OnDemand, TermRule.External, TermRule.ThroughYearExternal,
        TermRule.Empty, TermRule.Unparsed, TermRule.DateWindow, TermRule.StartingFrom, TermRule.Quarters,
        TermRule.HalfYear, TermRule.InYears, TermRule.YearlyDate {

  /** The kind of occurrence this rule produces. */
  OccurrenceKind kind();

  /** Why the rule has no dated occurrence; empty unless {@link #kind()} is UNSCHEDULED. */
  default Optional<UnscheduledReason> unscheduledReason() {
    return Optional.empty();
  }

  /** Whether the text was read: false only for {@link Unparsed}. */
  default boolean isParsed() {
    return true;
  }

  /** The canonical Russian text; {@link TermReader#read} gives this rule back from it. */
  default String toRussian() {
    return TermWriter.toRussian(this);
  }

  /** The canonical English text. */
  default String toEnglish() {
    return TermWriter.toEnglish(this);
  }

  /** The canonical text in the language of {@code locale}: Russian for {@code ru}, English otherwise. */
  default String toText(Locale locale) {
    return Language.isRussian(locale) ? toRussian() : toEnglish();
  }

  private static Set<Month> monthSet(Set<Month> months) {
    Objects.requireNonNull(months, "months");
    if (months.isEmpty()) {
      throw new IllegalArgumentException("Invalid month set (at least one month is needed): []");
    }
    // One bit per month: iterates in calendar order, and the calculator reads the bits directly.
    return MonthSet.copyOf(months);
  }

  private static String nonBlank(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException("Invalid " + name + " (must not be blank): \"" + value + "\"");
    }
    return value;
  }

  /**
   * Form 1, one date: {@code 25 февраля 2021}; optionally at a time of day ({@code 25 февраля 2021 в 10:00}).
   *
   * @param date the day
   * @param time the time of day, local to the place, if written
   */
  record OneDate(LocalDate date, Optional<LocalTime> time) implements TermRule {
    public OneDate {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(time, "time");
    }

    /** The day {@code date}, no time. */
    public static OneDate of(LocalDate date) {
      return new OneDate(date, Optional.empty());
    }

    @Override
    public OccurrenceKind kind() {
      return OccurrenceKind.EVENT;
    }
  }

  /**
   * Form 2, a deadline: {@code не позднее 16 февраля 2021}, {@code до 16.03.2021}, optionally with a time
   * ({@code не позднее 15 марта 2022 до 12:00 по местному времени}).
   *
   * @param date the last day
   * @param time the time of day on that day, local to the place, if written
   */
  record Deadline(LocalDate date, Optional<LocalTime> time) implements TermRule {
    public Deadline {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(time, "time");
    }

    /** Due on {@code date}, no time. */
    public static Deadline of(LocalDate date) {
      return new Deadline(date, Optional.empty());
    }

    @Override
    public OccurrenceKind kind() {
      return OccurrenceKind.DEADLINE;
    }
  }

  /**
   * Form 3, months of a given year: {@code август 2020}, {@code Сентябрь – октябрь 2020},
   * {@code ноябрь 2020 – январь 2021}.
   *
   * @param from the first month
   * @param to the last month, not before {@code from}
   */
  record MonthsOfYear(YearMonth from, YearMonth to) implements TermRule {
    public MonthsOfYear {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      if (to.isBefore(from)) {
        throw new IllegalArgumentException("Invalid month span (last month before first): " + from + " – " + to);
      }
    }

    /** The single month {@code month}. */
    public static MonthsOfYear of(YearMonth month) {
      return new MonthsOfYear(month, month);
    }

    @Override
    public OccurrenceKind kind() {
      return OccurrenceKind.WINDOW;
    }
  }

  /**
   * Form 4, every year in the listed months: {@code ежегодно (сентябрь, октябрь)}, {@code Май, ежегодно}.
   *
   * @param months the months, at least one, in calendar order
   */
  record YearlyInMonths(Set<Month> months) implements TermRule {
    public YearlyInMonths {
      months = monthSet(months);
    }

    /** Every year in {@code first} and the {@code others}. */
    public static YearlyInMonths of(Month first, Month... others) {
      return new YearlyInMonths(EnumSet.of(first, others));
    }

    @Override
    public OccurrenceKind kind() {
      return OccurrenceKind.WINDOW;
    }
  }

  /**
   * Form 5, months with no year: {@code Март- апрель}; as form 4, in every year of the period.
   *
   * @param months the months, at least one, in calendar order
   */
  record MonthsWithoutYear(Set<Month> months) implements TermRule {
    public MonthsWithoutYear {
      months = monthSet(months);
    }

    /** The months {@code first} and the {@code others}, every year. */
    public static MonthsWithoutYear of(Month first, Month... others) {
      return new MonthsWithoutYear(EnumSet.of(first, others));
    }

    @Override
    public OccurrenceKind kind() {
      return OccurrenceKind.WINDOW;
    }
  }

  /** Form 6, every year: {@code ежегодно}; one window per calendar year. */
  record Yearly() implements TermRule {
    private static final Yearly INSTANCE = new Yearly();

    /** The rule. */
    public static Yearly of() {
      return INSTANCE;
    }

    @Override
    public OccurrenceKind kind() {
      return OccurrenceKind.WINDOW;
    }
  }

  /**
   * Form 7, a yearly deadline: {@code ежегодно в срок до 01 декабря}; with {@code followingYear}, a report
   * on year Y due in Y+1: {@code не позднее 25 января года, следующего за отчетным}. A day and month with
   * no year after {@code до}/{@code не позднее} read the same way.
   *
   * @param day the day of the year the work is due
   * @param followingYear whether the deadline falls in the year after the reporting year
   */
  record YearlyDeadline(MonthDay day, boolean followingYear) implements TermRule {
    public YearlyDeadline {
      Objects.requireNonNull(day, "day");
    }

    /** Due on {@code day} of every year. */
    public static YearlyDeadline of(MonthDay day) {
      return new YearlyDeadline(day, false);
    }

    @Override
    public OccurrenceKind kind() {
      return OccurrenceKind.DEADLINE;
    }
  }

  /**
   * Form 8, N times a year: {@code два раза в год}, {@code ежеквартально}, {@code ежемесячно}; the year cut
   * into N equal parts. Once a year is {@link Yearly}.
   *
   * @param times 2, 3, 4, 6 or 12
   */
  record TimesAYear(int times) implements TermRule {
    public TimesAYear {
      if (times != 2 && times != 3 && times != 4 && times != 6 && times != 12) {
        throw new IllegalArgumentException("Invalid times a year (valid values 2, 3, 4, 6, 12): " + times);
      }
    }

    /** {@code times} a year. */
    public static TimesAYear of(int times) {
      return new TimesAYear(times);
    }

    /** The months in one part: 12 / {@code times}. */
    public int monthsPerPart() {
      return 12 / times;
    }

    @Override
    public OccurrenceKind kind() {
      return OccurrenceKind.WINDOW;
    }
  }

  /**
   * Form 9, a first time, then yearly: {@code Октябрь 2021, далее - ежегодно}.
   *
   * @param first the first month; the same month recurs in every later year
   */
  record FirstThenYearly(YearMonth first) implements TermRule {
    public FirstThenYearly {
      Objects.requireNonNull(first, "first");
    }

    /** First in {@code first}, then in that month every year. */
    public static FirstThenYearly of(YearMonth first) {
      return new FirstThenYearly(first);
    }

    @Override
    public OccurrenceKind kind() {
      return OccurrenceKind.WINDOW;
    }
  }

  /** Form 10, through the year: {@code В течение года}, {@code В течение года, ежегодно}. */
  record ThroughYear() implements TermRule {
    private static final ThroughYear INSTANCE = new ThroughYear();

    /** The rule. */
    public static ThroughYear of() {
      return INSTANCE;
    }

    @Override
    public OccurrenceKind kind() {
      return OccurrenceKind.CONTINUOUS;
    }
  }

  /** Form 11, through the academic year: {@code В течение учебного года}. */
  record ThroughAcademicYear() implements TermRule {
    private static final ThroughAcademicYear INSTANCE = new ThroughAcademicYear();

    /** The rule. */
    public static ThroughAcademicYear of() {
      return INSTANCE;
    }

    @Override
    public OccurrenceKind kind() {
      return OccurrenceKind.CONTINUOUS;
    }
  }

  /**
   * Form 12, through the period ({@code Постоянно}) or through the years named ({@code В течение 2023-2024 гг}).
   *
   * @param years the years named; empty for the whole roadmap period
   */
  record ThroughPeriod(Optional<YearSpan> years) implements TermRule {
    private static final ThroughPeriod WHOLE = new ThroughPeriod(Optional.empty());

    public ThroughPeriod {
      Objects.requireNonNull(years, "years");
    }

    /** Through the whole roadmap period: {@code Постоянно}. */
    public static ThroughPeriod of() {
      return WHOLE;
    }

    /** Through the years {@code years}. */
    public static ThroughPeriod of(YearSpan years) {
      return new ThroughPeriod(Optional.of(years));
    }

    @Override
    public OccurrenceKind kind() {
      return OccurrenceKind.CONTINUOUS;
    }
  }

  /**
   * Form 13, after the academic year: {@code По итогам учебного года}; from the end of teaching to the end
   * of the academic year.
   */
  record AfterAcademicYear() implements TermRule {
    private static final AfterAcademicYear INSTANCE = new AfterAcademicYear();

    /** The rule. */
    public static AfterAcademicYear of() {
      return INSTANCE;
    }

    @Override
    public OccurrenceKind kind() {
      return OccurrenceKind.WINDOW;
    }
  }

  /** Form 14, on demand: {@code По мере необходимости}; unscheduled. */
  record OnDemand() implements TermRule {
    private static final OnDemand INSTANCE = new OnDemand();

    /** The rule. */
    public static OnDemand of() {
      return INSTANCE;
    }

    @Override
    public OccurrenceKind kind() {
      return OccurrenceKind.UNSCHEDULED;
    }

    @Override
    public Optional<UnscheduledReason> unscheduledReason() {
      return Optional.of(UnscheduledReason.ON_DEMAND);
    }
  }

  /**
   * Form 15, by another schedule: {@code По отдельному графику}, {@code в соответствии с планом - графиком
   * ОГАОУ ДПО «ИПКПР»}; unscheduled.
   *
   * @param reference the whole phrase, its leading words in lower case and spaces collapsed, such as
   *     {@code в соответствии с планом - графиком ОГАОУ ДПО «ИПКПР»}
   */
  record External(String reference) implements TermRule {
    public External {
      nonBlank(reference, "reference");
    }

    /** By the schedule named in {@code reference}. */
    public static External of(String reference) {
      return new External(reference);
    }

    /** The schedule the phrase names, without its leading words: {@code планом - графиком ОГАОУ ДПО «ИПКПР»}. */
    public String schedule() {
      return Phrases.withoutLead(reference);
    }

    @Override
    public OccurrenceKind kind() {
      return OccurrenceKind.UNSCHEDULED;
    }

    @Override
    public Optional<UnscheduledReason> unscheduledReason() {
      return Optional.of(UnscheduledReason.EXTERNAL);
    }
  }

  /**
   * Form 16, through the year by another schedule: {@code В течение года, согласно региональной дорожной
   * карты}; continuous like form 10, with the reference kept.
   *
   * @param reference the phrase naming the schedule, such as {@code согласно региональной дорожной карты}
   */
  record ThroughYearExternal(String reference) implements TermRule {
    public ThroughYearExternal {
      nonBlank(reference, "reference");
    }

    /** Through the year, by the schedule named in {@code reference}. */
    public static ThroughYearExternal of(String reference) {
      return new ThroughYearExternal(reference);
    }

    /** The schedule the phrase names, without its leading words: {@code региональной дорожной карты}. */
    public String schedule() {
      return Phrases.withoutLead(reference);
    }

    @Override
    public OccurrenceKind kind() {
      return OccurrenceKind.CONTINUOUS;
    }
  }

  /** Form 17, the blank cell (also a cell holding only a dash); unscheduled. */
  record Empty() implements TermRule {
    private static final Empty INSTANCE = new Empty();

    /** The rule. */
    public static Empty of() {
      return INSTANCE;
    }

    @Override
    public OccurrenceKind kind() {
      return OccurrenceKind.UNSCHEDULED;
    }

    @Override
    public Optional<UnscheduledReason> unscheduledReason() {
      return Optional.of(UnscheduledReason.UNSPECIFIED);
    }
  }

  /**
   * A text that could not be read, kept with the reason (lenient reading only).
   *
   * @param text the text as written
   * @param problem where reading stopped and what was expected there
   */
  record Unparsed(String text, TermProblem problem) implements TermRule {
    public Unparsed {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(problem, "problem");
    }

    /** The reason in English. */
    public String reason() {
      return problem.message(text, Locale.ENGLISH);
    }

    /** The reason in the language of {@code locale} (Russian for {@code ru}, English otherwise). */
    public String reason(Locale locale) {
      return problem.message(text, locale);
    }

    /** The index in {@link #text()} where reading stopped. */
    public int position() {
      return problem.position();
    }

    @Override
    public boolean isParsed() {
      return false;
    }

    @Override
    public OccurrenceKind kind() {
      return OccurrenceKind.UNSCHEDULED;
    }

    @Override
    public Optional<UnscheduledReason> unscheduledReason() {
      return Optional.of(UnscheduledReason.UNPARSED);
    }
  }

  /**
   * A span of days: {@code с 01.09.2022 по 30.11.2022}, {@code 1–15 сентября 2022}; done within it, due on
   * its last day.
   *
   * @param from the first day
   * @param to the last day, not before {@code from}
   */
  record DateWindow(LocalDate from, LocalDate to) implements TermRule {
    public DateWindow {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      if (to.isBefore(from)) {
        throw new IllegalArgumentException("Invalid date span (last day before first): " + from + " – " + to);
      }
    }

    /** From {@code from} to {@code to}, inclusive. */
    public static DateWindow of(LocalDate from, LocalDate to) {
      return new DateWindow(from, to);
    }

    @Override
    public OccurrenceKind kind() {
      return OccurrenceKind.WINDOW;
    }
  }

  /**
   * A start with no end: {@code с 15.01.2022}, {@code с сентября 2022}; goes on from that day to the end of
   * the period.
   *
   * @param from the first day
   */
  record StartingFrom(LocalDate from) implements TermRule {
    public StartingFrom {
      Objects.requireNonNull(from, "from");
    }

    /** From {@code from} on. */
    public static StartingFrom of(LocalDate from) {
      return new StartingFrom(from);
    }

    @Override
    public OccurrenceKind kind() {
      return OccurrenceKind.CONTINUOUS;
    }
  }

  /**
   * Quarters: {@code II квартал 2024 года}, {@code I – II квартал 2024}; with no year ({@code в I квартале}),
   * that quarter of every year of the period.
   *
   * @param year the year, if written
   * @param first the first quarter, 1 – 4
   * @param last the last quarter, {@code first} – 4
   */
  record Quarters(Optional<Year> year, int first, int last) implements TermRule {
    public Quarters {
      Objects.requireNonNull(year, "year");
      if (first < 1 || first > 4 || last < first || last > 4) {
        throw new IllegalArgumentException("Invalid quarters (valid values 1 - 4, first not after last): "
            + first + " – " + last);
      }
    }

    /** The quarter {@code quarter} of {@code year}. */
    public static Quarters of(int year, int quarter) {
      return new Quarters(Optional.of(Year.of(year)), quarter, quarter);
    }

    /** The first month of the first quarter. */
    public Month firstMonth() {
      return Month.of(first * 3 - 2);
    }

    /** The last month of the last quarter. */
    public Month lastMonth() {
      return Month.of(last * 3);
    }

    @Override
    public OccurrenceKind kind() {
      return OccurrenceKind.WINDOW;
    }
  }

  /**
   * A half-year: {@code первое полугодие 2024}; with no year ({@code в первом полугодии}), that half of
   * every year of the period.
   *
   * @param year the year, if written
   * @param half 1 (January – June) or 2 (July – December)
   */
  record HalfYear(Optional<Year> year, int half) implements TermRule {
    public HalfYear {
      Objects.requireNonNull(year, "year");
      if (half != 1 && half != 2) {
        throw new IllegalArgumentException("Invalid half-year (valid values 1 - 2): " + half);
      }
    }

    /** The half {@code half} of {@code year}. */
    public static HalfYear of(int year, int half) {
      return new HalfYear(Optional.of(Year.of(year)), half);
    }

    /** The first month of the half. */
    public Month firstMonth() {
      return half == 1 ? Month.JANUARY : Month.JULY;
    }

    /** The last month of the half. */
    public Month lastMonth() {
      return half == 1 ? Month.JUNE : Month.DECEMBER;
    }

    @Override
    public OccurrenceKind kind() {
      return OccurrenceKind.WINDOW;
    }
  }

  /**
   * A bare year or years: {@code 2022 год}, {@code 2021 – 2023 гг.}; done within them, due on 31 December of
   * the last.
   *
   * @param years the years
   */
  record InYears(YearSpan years) implements TermRule {
    public InYears {
      Objects.requireNonNull(years, "years");
    }

    /** In the year {@code year}. */
    public static InYears of(int year) {
      return new InYears(YearSpan.of(year));
    }

    @Override
    public OccurrenceKind kind() {
      return OccurrenceKind.WINDOW;
    }
  }

  /**
   * A day and month with no year: {@code 25 февраля}, {@code ежегодно 25 февраля}; that day in every year of
   * the period.
   *
   * @param day the day of the year
   */
  record YearlyDate(MonthDay day) implements TermRule {
    public YearlyDate {
      Objects.requireNonNull(day, "day");
    }

    /** On {@code day} every year. */
    public static YearlyDate of(MonthDay day) {
      return new YearlyDate(day);
    }

    @Override
    public OccurrenceKind kind() {
      return OccurrenceKind.EVENT;
    }
  }
}
