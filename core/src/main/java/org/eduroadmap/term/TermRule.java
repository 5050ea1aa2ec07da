package org.eduroadmap.term;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.MonthDay;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
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
 * <p>Every implementation is an immutable, thread-safe record with value equality. Every form, its meaning
 * and the decisions behind it are listed in {@code docs/terms.md}.
 */
public sealed interface TermRule
    permits TermRule.OneDate, TermRule.Deadline, TermRule.MonthsOfYear, TermRule.YearlyInMonths,
        TermRule.MonthsWithoutYear, TermRule.Yearly, TermRule.YearlyDeadline, TermRule.TimesAYear,
        TermRule.FirstThenYearly, TermRule.ThroughYear, TermRule.ThroughAcademicYear, TermRule.ThroughPeriod,
        TermRule.AfterAcademicYear, TermRule.OnDemand, TermRule.External, TermRule.ThroughYearExternal,
        TermRule.Empty, TermRule.Unparsed, TermRule.DateWindow, TermRule.StartingFrom, TermRule.Quarters,
        TermRule.HalfYear, TermRule.InYears, TermRule.YearlyDate, TermRule.DayWindowWithoutYear,
        TermRule.MonthsAcrossYearEnd, TermRule.AcademicYearOf, TermRule.AcademicPart, TermRule.MonthlyDeadline,
        TermRule.Weekly, TermRule.EveryDay, TermRule.NthWeekday, TermRule.Several, TermRule.Noted {

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

  /** The time of day the rule names, if any: {@code 17:00} in {@code 15.03.2022 до 17:00 мск}. */
  default Optional<LocalTime> time() {
    return Optional.empty();
  }

  /** The end of a time range the rule names, if any: {@code 16:30} in {@code с 16.00 до 16.30}. */
  default Optional<LocalTime> until() {
    return Optional.empty();
  }

  /** The time zone the rule's time is written in, if named: Europe/Moscow for {@code мск}. */
  default Optional<ZoneId> zone() {
    return Optional.empty();
  }

  /**
   * The days of the week the term names, in written order: written beside its dates ({@code (четверг)})
   * or named by the rule itself ({@code по пятницам}, {@code 1 суббота месяца}).
   */
  default List<DayOfWeek> weekdayNotes() {
    return List.of();
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

  /**
   * A span of days with no year: {@code 3-5 ноября}, {@code с 31 октября по 6 ноября},
   * {@code 20 декабря – 10 января}; one window in every year of the period, clipped to it. When {@code to}
   * comes before {@code from} in the calendar the span runs into the next year. A span starting on
   * 29 February occurs only in leap years; one ending on it ends on 28 February in other years.
   *
   * @param from the first day
   * @param to the last day
   */
  record DayWindowWithoutYear(MonthDay from, MonthDay to) implements TermRule {
    public DayWindowWithoutYear {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
    }

    /** From {@code from} to {@code to}, every year. */
    public static DayWindowWithoutYear of(MonthDay from, MonthDay to) {
      return new DayWindowWithoutYear(from, to);
    }

    /** Whether the span runs over the end of a year. */
    public boolean crossesYearEnd() {
      return to.isBefore(from);
    }

    @Override
    public OccurrenceKind kind() {
      return OccurrenceKind.WINDOW;
    }
  }

  /**
   * Months crossing the end of a year, with no year: {@code октябрь–апрель}; from the first day of
   * {@code from} in one year to the last day of {@code to} in the next, every such span that overlaps the
   * period, clipped to it.
   *
   * @param from the first month
   * @param to the last month, earlier in the calendar than {@code from}
   */
  record MonthsAcrossYearEnd(Month from, Month to) implements TermRule {
    public MonthsAcrossYearEnd {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      if (to.getValue() >= from.getValue()) {
        throw new IllegalArgumentException("Invalid month span across a year end (last month must come before the "
            + "first in the calendar): " + from + " – " + to);
      }
    }

    /** From {@code from} to {@code to} of the next year. */
    public static MonthsAcrossYearEnd of(Month from, Month to) {
      return new MonthsAcrossYearEnd(from, to);
    }

    @Override
    public OccurrenceKind kind() {
      return OccurrenceKind.WINDOW;
    }
  }

  /**
   * A named academic year: {@code в течение 2023/2024 учебного года}; goes on from the academic year's start
   * to the day before the next one's (1 September 2023 – 31 August 2024 by default), clipped to the period.
   *
   * @param startYear the year the academic year starts in
   */
  record AcademicYearOf(Year startYear) implements TermRule {
    public AcademicYearOf {
      Objects.requireNonNull(startYear, "startYear");
    }

    /** The academic year that starts in {@code startYear}. */
    public static AcademicYearOf of(int startYear) {
      return new AcademicYearOf(Year.of(startYear));
    }

    @Override
    public OccurrenceKind kind() {
      return OccurrenceKind.CONTINUOUS;
    }
  }

  /**
   * A half or a quarter («четверть») of an academic year: {@code II полугодие 2021/2022 учебного года},
   * {@code III четверть}. Halves: I = academic-year start – 31 December, II = 1 January – end of teaching.
   * Quarters: I = start – 31 October, II = November – December, III = January – March, IV = 1 April – end of
   * teaching. With no year, that part of every academic year of the period.
   *
   * @param startYear the year the academic year starts in, if written
   * @param parts 2 (halves) or 4 (quarters)
   * @param index which part, 1 – {@code parts}
   */
  record AcademicPart(Optional<Year> startYear, int parts, int index) implements TermRule {
    public AcademicPart {
      Objects.requireNonNull(startYear, "startYear");
      if (parts != 2 && parts != 4) {
        throw new IllegalArgumentException("Invalid academic parts (valid values 2, 4): " + parts);
      }
      if (index < 1 || index > parts) {
        throw new IllegalArgumentException("Invalid academic part (valid values 1 - " + parts + "): " + index);
      }
    }

    /** The half {@code half} of the academic year starting in {@code startYear}. */
    public static AcademicPart half(int startYear, int half) {
      return new AcademicPart(Optional.of(Year.of(startYear)), 2, half);
    }

    /** The school quarter {@code quarter} of every academic year. */
    public static AcademicPart quarter(int quarter) {
      return new AcademicPart(Optional.empty(), 4, quarter);
    }

    @Override
    public OccurrenceKind kind() {
      return OccurrenceKind.WINDOW;
    }
  }

  /**
   * A deadline on a day of every month: {@code до 25 числа каждого месяца}, {@code ежемесячно до 10 числа};
   * with {@code followingMonth}, a report on month M due in M+1 ({@code ежемесячно до 20 числа месяца,
   * следующего за отчетным}), kept even when due after the period. A day past a month's end is its last day.
   *
   * @param day the day of the month, 1 – 31
   * @param followingMonth whether the deadline falls in the month after the reporting month
   */
  record MonthlyDeadline(int day, boolean followingMonth) implements TermRule {
    public MonthlyDeadline {
      if (day < 1 || day > 31) {
        throw new IllegalArgumentException("Invalid day of month (valid values 1 - 31): " + day);
      }
    }

    /** Due on {@code day} of every month. */
    public static MonthlyDeadline of(int day) {
      return new MonthlyDeadline(day, false);
    }

    @Override
    public OccurrenceKind kind() {
      return OccurrenceKind.DEADLINE;
    }
  }

  /**
   * Every week: {@code еженедельно} (one window per week, Monday – Sunday, clipped to the period) or on a
   * named day ({@code каждую среду}, {@code по вторникам}, {@code еженедельно по пятницам}: one event on
   * every such day of the period).
   *
   * @param day the day of the week, if named
   */
  record Weekly(Optional<DayOfWeek> day) implements TermRule {
    private static final Weekly ANY = new Weekly(Optional.empty());

    public Weekly {
      Objects.requireNonNull(day, "day");
    }

    /** Every week, any day. */
    public static Weekly of() {
      return ANY;
    }

    /** Every {@code day}. */
    public static Weekly on(DayOfWeek day) {
      return new Weekly(Optional.of(day));
    }

    @Override
    public OccurrenceKind kind() {
      return day.isPresent() ? OccurrenceKind.EVENT : OccurrenceKind.WINDOW;
    }

    /** The named day: a weekday the term names is shown as its weekday note. */
    @Override
    public List<DayOfWeek> weekdayNotes() {
      return day.map(List::of).orElse(List.of());
    }
  }

  /**
   * Every day of the period: {@code ежедневно}, or a time with no date ({@code 14.00-14.10}, read as
   * {@link Noted} around this rule); one event a day.
   */
  record EveryDay() implements TermRule {
    private static final EveryDay INSTANCE = new EveryDay();

    /** The rule. */
    public static EveryDay of() {
      return INSTANCE;
    }

    @Override
    public OccurrenceKind kind() {
      return OccurrenceKind.EVENT;
    }
  }

  /**
   * The n-th day of the week of a month: {@code 1 суббота месяца} (every month of the period),
   * {@code в первую среду декабря} (that month of every year of the period).
   *
   * @param nth 1 – 5
   * @param day the day of the week
   * @param month the month, if named; empty for every month
   */
  record NthWeekday(int nth, DayOfWeek day, Optional<Month> month) implements TermRule {
    public NthWeekday {
      Objects.requireNonNull(day, "day");
      Objects.requireNonNull(month, "month");
      if (nth < 1 || nth > 5) {
        throw new IllegalArgumentException("Invalid n-th weekday (valid values 1 - 5): " + nth);
      }
    }

    /** The {@code nth} {@code day} of every month. */
    public static NthWeekday of(int nth, DayOfWeek day) {
      return new NthWeekday(nth, day, Optional.empty());
    }

    /** The named day: a weekday the term names is shown as its weekday note. */
    @Override
    public List<DayOfWeek> weekdayNotes() {
      return List.of(day);
    }

    @Override
    public OccurrenceKind kind() {
      return OccurrenceKind.EVENT;
    }
  }

  /**
   * Several terms in one cell, separated by commas, «и», semicolons or line breaks:
   * {@code 15.10.2022, 16.10.2022}, {@code март, май 2021}; the occurrences are those of every part.
   *
   * @param rules the parts in written order, at least two, none itself {@code Several}
   */
  record Several(List<TermRule> rules) implements TermRule {
    public Several {
      rules = List.copyOf(rules);
      if (rules.size() < 2) {
        throw new IllegalArgumentException("Invalid list of terms (at least two are needed): " + rules.size());
      }
      for (TermRule r : rules) {
        if (r instanceof Several || r instanceof Unparsed || r.kind() == OccurrenceKind.UNSCHEDULED) {
          throw new IllegalArgumentException("Invalid part of a list of terms (must be a dated term): " + r);
        }
      }
    }

    /** The parts {@code first}, {@code second} and the {@code others}. */
    public static Several of(TermRule first, TermRule second, TermRule... others) {
      List<TermRule> all = new ArrayList<>();
      all.add(first);
      all.add(second);
      all.addAll(List.of(others));
      return new Several(all);
    }

    /** The kind of the first part; the parts may differ (see each part). */
    @Override
    public OccurrenceKind kind() {
      return rules.get(0).kind();
    }

    @Override
    public List<DayOfWeek> weekdayNotes() {
      List<DayOfWeek> all = new ArrayList<>();
      rules.forEach(r -> all.addAll(r.weekdayNotes()));
      return List.copyOf(all);
    }

    @Override
    public Optional<LocalTime> time() {
      return rules.get(0).time();
    }

    @Override
    public Optional<LocalTime> until() {
      return rules.get(0).until();
    }

    @Override
    public Optional<ZoneId> zone() {
      return rules.get(0).zone();
    }
  }

  /**
   * A term with what is written beside its dates: days of the week ({@code 19 мая (четверг)}), the end
   * of a time range and a time zone ({@code 15.03.2022 до 17:00 мск}), a comment ({@code (по
   * согласованию)}, {@code (7 дней)}). The notes never change the dates; validation checks the days of the
   * week against them ({@link #weekdayMismatches()}).
   *
   * @param rule the term itself, neither {@code Noted} nor {@code Several}
   * @param notes what is written beside it
   */
  record Noted(TermRule rule, TermNotes notes) implements TermRule {
    public Noted {
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(notes, "notes");
      if (rule instanceof Noted || rule instanceof Several || rule instanceof Unparsed) {
        throw new IllegalArgumentException("Invalid noted term (must be a single term): " + rule);
      }
      if (notes.isEmpty()) {
        throw new IllegalArgumentException("Invalid noted term (no notes): " + rule);
      }
      if (notes.time().isPresent() && rule.time().isPresent()) {
        throw new IllegalArgumentException("Invalid noted term (two start times): " + rule + " " + notes);
      }
    }

    /** {@code rule} with {@code notes}, or {@code rule} itself when there are none. */
    public static TermRule of(TermRule rule, TermNotes notes) {
      return notes.isEmpty() ? rule : new Noted(rule, notes);
    }

    @Override
    public OccurrenceKind kind() {
      return rule.kind();
    }

    @Override
    public Optional<UnscheduledReason> unscheduledReason() {
      return rule.unscheduledReason();
    }

    @Override
    public Optional<LocalTime> time() {
      return rule.time().isPresent() ? rule.time() : notes.time();
    }

    @Override
    public Optional<LocalTime> until() {
      return notes.until();
    }

    @Override
    public Optional<ZoneId> zone() {
      return notes.zone();
    }

    @Override
    public List<DayOfWeek> weekdayNotes() {
      return notes.weekdays();
    }

    /** The comment written beside the term, if any. */
    public Optional<String> comment() {
      return notes.comment();
    }

    /**
     * The written days of the week that do not match the dates they stand beside, for terms that name
     * their dates with a year (one date, a deadline, a span of days: the first note goes with the first
     * date, the second with the last). Empty when everything matches or the dates have no year.
     */
    public List<TermNotes.WeekdayMismatch> weekdayMismatches() {
      List<LocalDate> dates = new ArrayList<>();
      if (rule instanceof OneDate d) {
        dates.add(d.date());
      } else if (rule instanceof Deadline d) {
        dates.add(d.date());
      } else if (rule instanceof DateWindow w) {
        dates.add(w.from());
        dates.add(w.to());
      }
      return notes.weekdayMismatches(dates);
    }
  }
}
