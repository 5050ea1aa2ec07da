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
 * <p>Every implementation is an immutable, thread-safe final class with value equality, made by its static
 * factories ({@code OneDate.of(date)}, {@code OneDate.of(date, time)}): none has a public constructor and
 * none takes an {@code Optional}. Its accessors keep the names the forms had as records, and
 * {@code toString} writes them as a record would. Every form, its meaning and the decisions behind it are
 * listed in {@code docs/terms.md}.
 */
public sealed interface TermRule
    permits TermRule.OneDate, TermRule.Deadline, TermRule.MonthsOfYear, TermRule.YearlyInMonths,
        TermRule.MonthsWithoutYear, TermRule.Yearly, TermRule.YearlyDeadline, TermRule.TimesAYear,
        TermRule.FirstThenYearly, TermRule.ThroughYear, TermRule.ThroughAcademicYear, TermRule.ThroughPeriod,
        TermRule.AfterAcademicYear, TermRule.OnDemand, TermRule.External, TermRule.ThroughYearExternal,
        TermRule.Empty, TermRule.Unparsed, TermRule.DateWindow, TermRule.StartingFrom, TermRule.Quarters,
        TermRule.HalfYear, TermRule.InYears, TermRule.YearlyDate, TermRule.DayWindowWithoutYear,
        TermRule.MonthsAcrossYearEnd, TermRule.AcademicYearOf, TermRule.AcademicPart, TermRule.MonthlyDeadline,
        TermRule.Weekly, TermRule.EveryDay, TermRule.NthWeekday, TermRule.BeforeAcademicYear, TermRule.Several,
        TermRule.Noted {

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

  private static <T> T nonNull(T value, String name) {
    return Objects.requireNonNull(value, name);
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
   * <pre>{@code
   * TermRule.OneDate.of(LocalDate.of(2021, 2, 25));                    // OneDate[date=2021-02-25, time=Optional.empty]
   * TermRule.OneDate.of(LocalDate.of(2021, 2, 25), LocalTime.of(10, 0)); // at 10:00
   * }</pre>
   */
  final class OneDate implements TermRule {
    private final LocalDate date;
    private final Optional<LocalTime> time;

    private OneDate(LocalDate date, Optional<LocalTime> time) {
      this.date = nonNull(date, "date");
      this.time = time;
    }

    /** The day {@code date}, no time. */
    public static OneDate of(LocalDate date) {
      return new OneDate(date, Optional.empty());
    }

    /** The day {@code date} at {@code time}, local to the place. */
    public static OneDate of(LocalDate date, LocalTime time) {
      return new OneDate(date, Optional.of(nonNull(time, "time")));
    }

    /** The day. */
    public LocalDate date() {
      return date;
    }

    /** The time of day, local to the place, if written. */
    @Override
    public Optional<LocalTime> time() {
      return time;
    }

    @Override
    public OccurrenceKind kind() {
      return OccurrenceKind.EVENT;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof OneDate r && date.equals(r.date) && time.equals(r.time);
    }

    @Override
    public int hashCode() {
      return Objects.hash(date, time);
    }

    @Override
    public String toString() {
      return ValueText.of("OneDate", "date", date, "time", time);
    }
  }

  /**
   * Form 2, a deadline: {@code не позднее 16 февраля 2021}, {@code до 16.03.2021}, optionally with a time
   * ({@code не позднее 15 марта 2022 до 12:00 по местному времени}).
   *
   * <pre>{@code
   * TermRule.Deadline.of(LocalDate.of(2021, 2, 16));
   * TermRule.Deadline.of(LocalDate.of(2022, 3, 15), LocalTime.NOON);
   * }</pre>
   */
  final class Deadline implements TermRule {
    private final LocalDate date;
    private final Optional<LocalTime> time;

    private Deadline(LocalDate date, Optional<LocalTime> time) {
      this.date = nonNull(date, "date");
      this.time = time;
    }

    /** Due on {@code date}, no time. */
    public static Deadline of(LocalDate date) {
      return new Deadline(date, Optional.empty());
    }

    /** Due on {@code date} by {@code time}, local to the place. */
    public static Deadline of(LocalDate date, LocalTime time) {
      return new Deadline(date, Optional.of(nonNull(time, "time")));
    }

    /** The last day. */
    public LocalDate date() {
      return date;
    }

    /** The time of day on that day, local to the place, if written. */
    @Override
    public Optional<LocalTime> time() {
      return time;
    }

    @Override
    public OccurrenceKind kind() {
      return OccurrenceKind.DEADLINE;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Deadline r && date.equals(r.date) && time.equals(r.time);
    }

    @Override
    public int hashCode() {
      return Objects.hash(date, time);
    }

    @Override
    public String toString() {
      return ValueText.of("Deadline", "date", date, "time", time);
    }
  }

  /**
   * Form 3, months of a given year: {@code август 2020}, {@code Сентябрь – октябрь 2020},
   * {@code ноябрь 2020 – январь 2021}.
   *
   * <pre>{@code
   * TermRule.MonthsOfYear.of(YearMonth.of(2020, 9), YearMonth.of(2020, 10));
   * }</pre>
   */
  final class MonthsOfYear implements TermRule {
    private final YearMonth from;
    private final YearMonth to;

    private MonthsOfYear(YearMonth from, YearMonth to) {
      this.from = nonNull(from, "from");
      this.to = nonNull(to, "to");
      if (to.isBefore(from)) {
        throw new IllegalArgumentException("Invalid month span (last month before first): " + from + " – " + to);
      }
    }

    /** The single month {@code month}. */
    public static MonthsOfYear of(YearMonth month) {
      return new MonthsOfYear(month, month);
    }

    /**
     * The months {@code from} to {@code to}.
     *
     * @throws IllegalArgumentException if {@code to} is before {@code from}, naming both
     */
    public static MonthsOfYear of(YearMonth from, YearMonth to) {
      return new MonthsOfYear(from, to);
    }

    /** The first month. */
    public YearMonth from() {
      return from;
    }

    /** The last month, not before {@link #from()}. */
    public YearMonth to() {
      return to;
    }

    @Override
    public OccurrenceKind kind() {
      return OccurrenceKind.WINDOW;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof MonthsOfYear r && from.equals(r.from) && to.equals(r.to);
    }

    @Override
    public int hashCode() {
      return Objects.hash(from, to);
    }

    @Override
    public String toString() {
      return ValueText.of("MonthsOfYear", "from", from, "to", to);
    }
  }

  /**
   * Form 4, every year in the listed months: {@code ежегодно (сентябрь, октябрь)}, {@code Май, ежегодно}.
   *
   * <pre>{@code
   * TermRule.YearlyInMonths.of(Month.SEPTEMBER, Month.OCTOBER);
   * }</pre>
   */
  final class YearlyInMonths implements TermRule {
    private final Set<Month> months;

    private YearlyInMonths(Set<Month> months) {
      this.months = monthSet(months);
    }

    /** Every year in {@code first} and the {@code others}. */
    public static YearlyInMonths of(Month first, Month... others) {
      return new YearlyInMonths(EnumSet.of(first, others));
    }

    /**
     * Every year in {@code months}.
     *
     * @throws IllegalArgumentException if {@code months} is empty
     */
    public static YearlyInMonths of(Set<Month> months) {
      return new YearlyInMonths(months);
    }

    /** The months, at least one, in calendar order. */
    public Set<Month> months() {
      return months;
    }

    @Override
    public OccurrenceKind kind() {
      return OccurrenceKind.WINDOW;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof YearlyInMonths r && months.equals(r.months);
    }

    @Override
    public int hashCode() {
      return months.hashCode();
    }

    @Override
    public String toString() {
      return ValueText.of("YearlyInMonths", "months", months);
    }
  }

  /**
   * Form 5, months with no year: {@code Март- апрель}; as form 4, in every year of the period.
   *
   * <pre>{@code
   * TermRule.MonthsWithoutYear.of(Month.MARCH, Month.APRIL);
   * }</pre>
   */
  final class MonthsWithoutYear implements TermRule {
    private final Set<Month> months;

    private MonthsWithoutYear(Set<Month> months) {
      this.months = monthSet(months);
    }

    /** The months {@code first} and the {@code others}, every year. */
    public static MonthsWithoutYear of(Month first, Month... others) {
      return new MonthsWithoutYear(EnumSet.of(first, others));
    }

    /**
     * The months {@code months}, every year.
     *
     * @throws IllegalArgumentException if {@code months} is empty
     */
    public static MonthsWithoutYear of(Set<Month> months) {
      return new MonthsWithoutYear(months);
    }

    /** The months, at least one, in calendar order. */
    public Set<Month> months() {
      return months;
    }

    @Override
    public OccurrenceKind kind() {
      return OccurrenceKind.WINDOW;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof MonthsWithoutYear r && months.equals(r.months);
    }

    @Override
    public int hashCode() {
      return months.hashCode();
    }

    @Override
    public String toString() {
      return ValueText.of("MonthsWithoutYear", "months", months);
    }
  }

  /**
   * Form 6, every year: {@code ежегодно}; one window per calendar year.
   *
   * <pre>{@code
   * TermRule.Yearly.of(); // Yearly[]
   * }</pre>
   */
  final class Yearly implements TermRule {
    private static final Yearly INSTANCE = new Yearly();

    private Yearly() {}

    /** The rule. */
    public static Yearly of() {
      return INSTANCE;
    }

    @Override
    public OccurrenceKind kind() {
      return OccurrenceKind.WINDOW;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Yearly;
    }

    @Override
    public int hashCode() {
      return 0;
    }

    @Override
    public String toString() {
      return "Yearly[]";
    }
  }

  /**
   * Form 7, a yearly deadline: {@code ежегодно в срок до 01 декабря}; following the year, a report on year Y
   * due in Y+1: {@code не позднее 25 января года, следующего за отчетным}. A day and month with no year
   * after {@code до}/{@code не позднее} read the same way.
   *
   * <pre>{@code
   * TermRule.YearlyDeadline.of(MonthDay.of(12, 1));
   * TermRule.YearlyDeadline.of(MonthDay.of(1, 25), true); // the year after the reporting year
   * }</pre>
   */
  final class YearlyDeadline implements TermRule {
    private final MonthDay day;
    private final boolean followingYear;

    private YearlyDeadline(MonthDay day, boolean followingYear) {
      this.day = nonNull(day, "day");
      this.followingYear = followingYear;
    }

    /** Due on {@code day} of every year. */
    public static YearlyDeadline of(MonthDay day) {
      return new YearlyDeadline(day, false);
    }

    /** Due on {@code day}: of the year after the reporting year when {@code followingYear}. */
    public static YearlyDeadline of(MonthDay day, boolean followingYear) {
      return new YearlyDeadline(day, followingYear);
    }

    /** The day of the year the work is due. */
    public MonthDay day() {
      return day;
    }

    /** Whether the deadline falls in the year after the reporting year. */
    public boolean followingYear() {
      return followingYear;
    }

    @Override
    public OccurrenceKind kind() {
      return OccurrenceKind.DEADLINE;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof YearlyDeadline r && day.equals(r.day) && followingYear == r.followingYear;
    }

    @Override
    public int hashCode() {
      return Objects.hash(day, followingYear);
    }

    @Override
    public String toString() {
      return ValueText.of("YearlyDeadline", "day", day, "followingYear", followingYear);
    }
  }

  /**
   * Form 8, N times a year: {@code два раза в год}, {@code ежеквартально}, {@code ежемесячно}; the year cut
   * into N equal parts. Once a year is {@link Yearly}.
   *
   * <pre>{@code
   * TermRule.TimesAYear.of(4).monthsPerPart(); // 3
   * }</pre>
   */
  final class TimesAYear implements TermRule {
    private final int times;

    private TimesAYear(int times) {
      if (times != 2 && times != 3 && times != 4 && times != 6 && times != 12) {
        throw new IllegalArgumentException("Invalid times a year (valid values 2, 3, 4, 6, 12): " + times);
      }
      this.times = times;
    }

    /**
     * {@code times} a year.
     *
     * @throws IllegalArgumentException unless {@code times} is 2, 3, 4, 6 or 12
     */
    public static TimesAYear of(int times) {
      return new TimesAYear(times);
    }

    /** How many times a year: 2, 3, 4, 6 or 12. */
    public int times() {
      return times;
    }

    /** The months in one part: 12 / {@code times}. */
    public int monthsPerPart() {
      return 12 / times;
    }

    @Override
    public OccurrenceKind kind() {
      return OccurrenceKind.WINDOW;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof TimesAYear r && times == r.times;
    }

    @Override
    public int hashCode() {
      return Integer.hashCode(times);
    }

    @Override
    public String toString() {
      return ValueText.of("TimesAYear", "times", times);
    }
  }

  /**
   * Form 9, a first time, then yearly: {@code Октябрь 2021, далее - ежегодно}.
   *
   * <pre>{@code
   * TermRule.FirstThenYearly.of(YearMonth.of(2021, 10));
   * }</pre>
   */
  final class FirstThenYearly implements TermRule {
    private final YearMonth first;

    private FirstThenYearly(YearMonth first) {
      this.first = nonNull(first, "first");
    }

    /** First in {@code first}, then in that month every year. */
    public static FirstThenYearly of(YearMonth first) {
      return new FirstThenYearly(first);
    }

    /** The first month; the same month recurs in every later year. */
    public YearMonth first() {
      return first;
    }

    @Override
    public OccurrenceKind kind() {
      return OccurrenceKind.WINDOW;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof FirstThenYearly r && first.equals(r.first);
    }

    @Override
    public int hashCode() {
      return first.hashCode();
    }

    @Override
    public String toString() {
      return ValueText.of("FirstThenYearly", "first", first);
    }
  }

  /**
   * Form 10, through the year: {@code В течение года}, {@code В течение года, ежегодно}.
   *
   * <pre>{@code
   * TermRule.ThroughYear.of().kind(); // CONTINUOUS
   * }</pre>
   */
  final class ThroughYear implements TermRule {
    private static final ThroughYear INSTANCE = new ThroughYear();

    private ThroughYear() {}

    /** The rule. */
    public static ThroughYear of() {
      return INSTANCE;
    }

    @Override
    public OccurrenceKind kind() {
      return OccurrenceKind.CONTINUOUS;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof ThroughYear;
    }

    @Override
    public int hashCode() {
      return 0;
    }

    @Override
    public String toString() {
      return "ThroughYear[]";
    }
  }

  /**
   * Form 11, through the academic year: {@code В течение учебного года}.
   *
   * <pre>{@code
   * TermRule.ThroughAcademicYear.of().kind(); // CONTINUOUS
   * }</pre>
   */
  final class ThroughAcademicYear implements TermRule {
    private static final ThroughAcademicYear INSTANCE = new ThroughAcademicYear();

    private ThroughAcademicYear() {}

    /** The rule. */
    public static ThroughAcademicYear of() {
      return INSTANCE;
    }

    @Override
    public OccurrenceKind kind() {
      return OccurrenceKind.CONTINUOUS;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof ThroughAcademicYear;
    }

    @Override
    public int hashCode() {
      return 0;
    }

    @Override
    public String toString() {
      return "ThroughAcademicYear[]";
    }
  }

  /**
   * Form 12, through the period ({@code Постоянно}) or through the years named ({@code В течение 2023-2024 гг}).
   *
   * <pre>{@code
   * TermRule.ThroughPeriod.of();                       // the whole roadmap period
   * TermRule.ThroughPeriod.of(YearSpan.of(2023, 2024)); // 2023 – 2024
   * }</pre>
   */
  final class ThroughPeriod implements TermRule {
    private static final ThroughPeriod WHOLE = new ThroughPeriod(Optional.empty());

    private final Optional<YearSpan> years;

    private ThroughPeriod(Optional<YearSpan> years) {
      this.years = years;
    }

    /** Through the whole roadmap period: {@code Постоянно}. */
    public static ThroughPeriod of() {
      return WHOLE;
    }

    /** Through the years {@code years}. */
    public static ThroughPeriod of(YearSpan years) {
      return new ThroughPeriod(Optional.of(nonNull(years, "years")));
    }

    /** The years named; empty for the whole roadmap period. */
    public Optional<YearSpan> years() {
      return years;
    }

    @Override
    public OccurrenceKind kind() {
      return OccurrenceKind.CONTINUOUS;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof ThroughPeriod r && years.equals(r.years);
    }

    @Override
    public int hashCode() {
      return years.hashCode();
    }

    @Override
    public String toString() {
      return ValueText.of("ThroughPeriod", "years", years);
    }
  }

  /**
   * Form 13, after the academic year: {@code По итогам учебного года}; from the end of teaching to the end
   * of the academic year.
   *
   * <pre>{@code
   * TermRule.AfterAcademicYear.of().kind(); // WINDOW
   * }</pre>
   */
  final class AfterAcademicYear implements TermRule {
    private static final AfterAcademicYear INSTANCE = new AfterAcademicYear();

    private AfterAcademicYear() {}

    /** The rule. */
    public static AfterAcademicYear of() {
      return INSTANCE;
    }

    @Override
    public OccurrenceKind kind() {
      return OccurrenceKind.WINDOW;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof AfterAcademicYear;
    }

    @Override
    public int hashCode() {
      return 0;
    }

    @Override
    public String toString() {
      return "AfterAcademicYear[]";
    }
  }

  /**
   * Form 14, on demand: {@code По мере необходимости}; unscheduled.
   *
   * <pre>{@code
   * TermRule.OnDemand.of().unscheduledReason(); // Optional[ON_DEMAND]
   * }</pre>
   */
  final class OnDemand implements TermRule {
    private static final OnDemand INSTANCE = new OnDemand();

    private OnDemand() {}

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

    @Override
    public boolean equals(Object o) {
      return o instanceof OnDemand;
    }

    @Override
    public int hashCode() {
      return 0;
    }

    @Override
    public String toString() {
      return "OnDemand[]";
    }
  }

  /**
   * Form 15, by another schedule: {@code По отдельному графику}, {@code в соответствии с планом - графиком
   * ОГАОУ ДПО «ИПКПР»}; unscheduled.
   *
   * <pre>{@code
   * TermRule.External.of("по графику ИРО").schedule(); // "графику ИРО"
   * }</pre>
   */
  final class External implements TermRule {
    private final String reference;

    private External(String reference) {
      this.reference = nonBlank(reference, "reference");
    }

    /**
     * By the schedule named in {@code reference}.
     *
     * @throws IllegalArgumentException if {@code reference} is blank
     */
    public static External of(String reference) {
      return new External(reference);
    }

    /**
     * The whole phrase, its leading words in lower case and spaces collapsed, such as
     * {@code в соответствии с планом - графиком ОГАОУ ДПО «ИПКПР»}.
     */
    public String reference() {
      return reference;
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

    @Override
    public boolean equals(Object o) {
      return o instanceof External r && reference.equals(r.reference);
    }

    @Override
    public int hashCode() {
      return reference.hashCode();
    }

    @Override
    public String toString() {
      return ValueText.of("External", "reference", reference);
    }
  }

  /**
   * Form 16, through the year by another schedule: {@code В течение года, согласно региональной дорожной
   * карты}; continuous like form 10, with the reference kept.
   *
   * <pre>{@code
   * TermRule.ThroughYearExternal.of("согласно региональной дорожной карты").schedule();
   * // "региональной дорожной карты"
   * }</pre>
   */
  final class ThroughYearExternal implements TermRule {
    private final String reference;

    private ThroughYearExternal(String reference) {
      this.reference = nonBlank(reference, "reference");
    }

    /**
     * Through the year, by the schedule named in {@code reference}.
     *
     * @throws IllegalArgumentException if {@code reference} is blank
     */
    public static ThroughYearExternal of(String reference) {
      return new ThroughYearExternal(reference);
    }

    /** The phrase naming the schedule, such as {@code согласно региональной дорожной карты}. */
    public String reference() {
      return reference;
    }

    /** The schedule the phrase names, without its leading words: {@code региональной дорожной карты}. */
    public String schedule() {
      return Phrases.withoutLead(reference);
    }

    @Override
    public OccurrenceKind kind() {
      return OccurrenceKind.CONTINUOUS;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof ThroughYearExternal r && reference.equals(r.reference);
    }

    @Override
    public int hashCode() {
      return reference.hashCode();
    }

    @Override
    public String toString() {
      return ValueText.of("ThroughYearExternal", "reference", reference);
    }
  }

  /**
   * Form 17, the blank cell (also a cell holding only a dash); unscheduled.
   *
   * <pre>{@code
   * TermRule.Empty.of().unscheduledReason(); // Optional[UNSPECIFIED]
   * }</pre>
   */
  final class Empty implements TermRule {
    private static final Empty INSTANCE = new Empty();

    private Empty() {}

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

    @Override
    public boolean equals(Object o) {
      return o instanceof Empty;
    }

    @Override
    public int hashCode() {
      return 0;
    }

    @Override
    public String toString() {
      return "Empty[]";
    }
  }

  /**
   * A text that could not be read, kept with the reason (lenient reading only).
   *
   * <pre>{@code
   * TermRule.Unparsed u = (TermRule.Unparsed) TermReader.lenient().read("ежегодно (нябрь)");
   * u.position();                          // 10
   * u.reason(Locale.forLanguageTag("ru")); // «Не удалось прочитать срок …»
   * }</pre>
   */
  final class Unparsed implements TermRule {
    private final String text;
    private final TermProblem problem;

    private Unparsed(String text, TermProblem problem) {
      this.text = nonNull(text, "text");
      this.problem = nonNull(problem, "problem");
    }

    /** The text {@code text}, which could not be read because of {@code problem}. */
    public static Unparsed of(String text, TermProblem problem) {
      return new Unparsed(text, problem);
    }

    /** The text as written. */
    public String text() {
      return text;
    }

    /** Where reading stopped and what was expected there. */
    public TermProblem problem() {
      return problem;
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

    @Override
    public boolean equals(Object o) {
      return o instanceof Unparsed r && text.equals(r.text) && problem.equals(r.problem);
    }

    @Override
    public int hashCode() {
      return Objects.hash(text, problem);
    }

    @Override
    public String toString() {
      return ValueText.of("Unparsed", "text", text, "problem", problem);
    }
  }

  /**
   * A span of days: {@code с 01.09.2022 по 30.11.2022}, {@code 1–15 сентября 2022}; done within it, due on
   * its last day.
   *
   * <pre>{@code
   * TermRule.DateWindow.of(LocalDate.of(2022, 9, 1), LocalDate.of(2022, 11, 30));
   * }</pre>
   */
  final class DateWindow implements TermRule {
    private final LocalDate from;
    private final LocalDate to;

    private DateWindow(LocalDate from, LocalDate to) {
      this.from = nonNull(from, "from");
      this.to = nonNull(to, "to");
      if (to.isBefore(from)) {
        throw new IllegalArgumentException("Invalid date span (last day before first): " + from + " – " + to);
      }
    }

    /**
     * From {@code from} to {@code to}, inclusive.
     *
     * @throws IllegalArgumentException if {@code to} is before {@code from}, naming both
     */
    public static DateWindow of(LocalDate from, LocalDate to) {
      return new DateWindow(from, to);
    }

    /** The first day. */
    public LocalDate from() {
      return from;
    }

    /** The last day, not before {@link #from()}. */
    public LocalDate to() {
      return to;
    }

    @Override
    public OccurrenceKind kind() {
      return OccurrenceKind.WINDOW;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof DateWindow r && from.equals(r.from) && to.equals(r.to);
    }

    @Override
    public int hashCode() {
      return Objects.hash(from, to);
    }

    @Override
    public String toString() {
      return ValueText.of("DateWindow", "from", from, "to", to);
    }
  }

  /**
   * A start with no end: {@code с 15.01.2022}, {@code с сентября 2022}; goes on from that day to the end of
   * the period.
   *
   * <pre>{@code
   * TermRule.StartingFrom.of(LocalDate.of(2022, 1, 15));
   * }</pre>
   */
  final class StartingFrom implements TermRule {
    private final LocalDate from;

    private StartingFrom(LocalDate from) {
      this.from = nonNull(from, "from");
    }

    /** From {@code from} on. */
    public static StartingFrom of(LocalDate from) {
      return new StartingFrom(from);
    }

    /** The first day. */
    public LocalDate from() {
      return from;
    }

    @Override
    public OccurrenceKind kind() {
      return OccurrenceKind.CONTINUOUS;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof StartingFrom r && from.equals(r.from);
    }

    @Override
    public int hashCode() {
      return from.hashCode();
    }

    @Override
    public String toString() {
      return ValueText.of("StartingFrom", "from", from);
    }
  }

  /**
   * Quarters: {@code II квартал 2024 года}, {@code I – II квартал 2024}; with no year ({@code в I квартале}),
   * that quarter of every year of the period.
   *
   * <pre>{@code
   * TermRule.Quarters.of(2024, 2);                 // II квартал 2024
   * TermRule.Quarters.of(Year.of(2024), 1, 2);     // I – II квартал 2024
   * TermRule.Quarters.everyYear(1, 1);             // в I квартале
   * }</pre>
   */
  final class Quarters implements TermRule {
    private final Optional<Year> year;
    private final int first;
    private final int last;

    private Quarters(Optional<Year> year, int first, int last) {
      if (first < 1 || first > 4 || last < first || last > 4) {
        throw new IllegalArgumentException("Invalid quarters (valid values 1 - 4, first not after last): "
            + first + " – " + last);
      }
      this.year = year;
      this.first = first;
      this.last = last;
    }

    /**
     * The quarter {@code quarter} of {@code year}.
     *
     * @throws IllegalArgumentException if {@code quarter} is not 1 – 4
     */
    public static Quarters of(int year, int quarter) {
      return new Quarters(Optional.of(Year.of(year)), quarter, quarter);
    }

    /**
     * The quarters {@code first} to {@code last} of {@code year}.
     *
     * @throws IllegalArgumentException if the quarters are not 1 – 4 or {@code last} is before {@code first}
     */
    public static Quarters of(Year year, int first, int last) {
      return new Quarters(Optional.of(nonNull(year, "year")), first, last);
    }

    /**
     * The quarters {@code first} to {@code last} of every year of the period.
     *
     * @throws IllegalArgumentException if the quarters are not 1 – 4 or {@code last} is before {@code first}
     */
    public static Quarters everyYear(int first, int last) {
      return new Quarters(Optional.empty(), first, last);
    }

    /** The year, if written. */
    public Optional<Year> year() {
      return year;
    }

    /** The first quarter, 1 – 4. */
    public int first() {
      return first;
    }

    /** The last quarter, {@link #first()} – 4. */
    public int last() {
      return last;
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

    @Override
    public boolean equals(Object o) {
      return o instanceof Quarters r && year.equals(r.year) && first == r.first && last == r.last;
    }

    @Override
    public int hashCode() {
      return Objects.hash(year, first, last);
    }

    @Override
    public String toString() {
      return ValueText.of("Quarters", "year", year, "first", first, "last", last);
    }
  }

  /**
   * A half-year: {@code первое полугодие 2024}; with no year ({@code в первом полугодии}), that half of
   * every year of the period.
   *
   * <pre>{@code
   * TermRule.HalfYear.of(2024, 1);      // первое полугодие 2024
   * TermRule.HalfYear.everyYear(1);     // в первом полугодии
   * }</pre>
   */
  final class HalfYear implements TermRule {
    private final Optional<Year> year;
    private final int half;

    private HalfYear(Optional<Year> year, int half) {
      if (half != 1 && half != 2) {
        throw new IllegalArgumentException("Invalid half-year (valid values 1 - 2): " + half);
      }
      this.year = year;
      this.half = half;
    }

    /**
     * The half {@code half} of {@code year}.
     *
     * @throws IllegalArgumentException if {@code half} is not 1 or 2
     */
    public static HalfYear of(int year, int half) {
      return new HalfYear(Optional.of(Year.of(year)), half);
    }

    /**
     * The half {@code half} of {@code year}.
     *
     * @throws IllegalArgumentException if {@code half} is not 1 or 2
     */
    public static HalfYear of(Year year, int half) {
      return new HalfYear(Optional.of(nonNull(year, "year")), half);
    }

    /**
     * The half {@code half} of every year of the period.
     *
     * @throws IllegalArgumentException if {@code half} is not 1 or 2
     */
    public static HalfYear everyYear(int half) {
      return new HalfYear(Optional.empty(), half);
    }

    /** The year, if written. */
    public Optional<Year> year() {
      return year;
    }

    /** The half: 1 (January – June) or 2 (July – December). */
    public int half() {
      return half;
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

    @Override
    public boolean equals(Object o) {
      return o instanceof HalfYear r && year.equals(r.year) && half == r.half;
    }

    @Override
    public int hashCode() {
      return Objects.hash(year, half);
    }

    @Override
    public String toString() {
      return ValueText.of("HalfYear", "year", year, "half", half);
    }
  }

  /**
   * A bare year or years: {@code 2022 год}, {@code 2021 – 2023 гг.}; done within them, due on 31 December of
   * the last.
   *
   * <pre>{@code
   * TermRule.InYears.of(2022);
   * TermRule.InYears.of(YearSpan.of(2021, 2023));
   * }</pre>
   */
  final class InYears implements TermRule {
    private final YearSpan years;

    private InYears(YearSpan years) {
      this.years = nonNull(years, "years");
    }

    /** In the year {@code year}. */
    public static InYears of(int year) {
      return new InYears(YearSpan.of(year));
    }

    /** In the years {@code years}. */
    public static InYears of(YearSpan years) {
      return new InYears(years);
    }

    /** The years. */
    public YearSpan years() {
      return years;
    }

    @Override
    public OccurrenceKind kind() {
      return OccurrenceKind.WINDOW;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof InYears r && years.equals(r.years);
    }

    @Override
    public int hashCode() {
      return years.hashCode();
    }

    @Override
    public String toString() {
      return ValueText.of("InYears", "years", years);
    }
  }

  /**
   * A day and month with no year: {@code 25 февраля}, {@code ежегодно 25 февраля}; that day in every year of
   * the period.
   *
   * <pre>{@code
   * TermRule.YearlyDate.of(MonthDay.of(2, 25));
   * }</pre>
   */
  final class YearlyDate implements TermRule {
    private final MonthDay day;

    private YearlyDate(MonthDay day) {
      this.day = nonNull(day, "day");
    }

    /** On {@code day} every year. */
    public static YearlyDate of(MonthDay day) {
      return new YearlyDate(day);
    }

    /** The day of the year. */
    public MonthDay day() {
      return day;
    }

    @Override
    public OccurrenceKind kind() {
      return OccurrenceKind.EVENT;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof YearlyDate r && day.equals(r.day);
    }

    @Override
    public int hashCode() {
      return day.hashCode();
    }

    @Override
    public String toString() {
      return ValueText.of("YearlyDate", "day", day);
    }
  }

  /**
   * A span of days with no year: {@code 3-5 ноября}, {@code с 31 октября по 6 ноября},
   * {@code 20 декабря – 10 января}; one window in every year of the period, clipped to it. When {@code to}
   * comes before {@code from} in the calendar the span runs into the next year. A span starting on
   * 29 February occurs only in leap years; one ending on it ends on 28 February in other years.
   *
   * <pre>{@code
   * TermRule.DayWindowWithoutYear.of(MonthDay.of(12, 20), MonthDay.of(1, 10)).crossesYearEnd(); // true
   * }</pre>
   */
  final class DayWindowWithoutYear implements TermRule {
    private final MonthDay from;
    private final MonthDay to;

    private DayWindowWithoutYear(MonthDay from, MonthDay to) {
      this.from = nonNull(from, "from");
      this.to = nonNull(to, "to");
    }

    /** From {@code from} to {@code to}, every year. */
    public static DayWindowWithoutYear of(MonthDay from, MonthDay to) {
      return new DayWindowWithoutYear(from, to);
    }

    /** The first day. */
    public MonthDay from() {
      return from;
    }

    /** The last day. */
    public MonthDay to() {
      return to;
    }

    /** Whether the span runs over the end of a year. */
    public boolean crossesYearEnd() {
      return to.isBefore(from);
    }

    @Override
    public OccurrenceKind kind() {
      return OccurrenceKind.WINDOW;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof DayWindowWithoutYear r && from.equals(r.from) && to.equals(r.to);
    }

    @Override
    public int hashCode() {
      return Objects.hash(from, to);
    }

    @Override
    public String toString() {
      return ValueText.of("DayWindowWithoutYear", "from", from, "to", to);
    }
  }

  /**
   * Months crossing the end of a year, with no year: {@code октябрь–апрель}; from the first day of
   * {@code from} in one year to the last day of {@code to} in the next, every such span that overlaps the
   * period, clipped to it.
   *
   * <pre>{@code
   * TermRule.MonthsAcrossYearEnd.of(Month.OCTOBER, Month.APRIL);
   * }</pre>
   */
  final class MonthsAcrossYearEnd implements TermRule {
    private final Month from;
    private final Month to;

    private MonthsAcrossYearEnd(Month from, Month to) {
      this.from = nonNull(from, "from");
      this.to = nonNull(to, "to");
      if (to.getValue() >= from.getValue()) {
        throw new IllegalArgumentException("Invalid month span across a year end (last month must come before the "
            + "first in the calendar): " + from + " – " + to);
      }
    }

    /**
     * From {@code from} to {@code to} of the next year.
     *
     * @throws IllegalArgumentException unless {@code to} comes before {@code from} in the calendar
     */
    public static MonthsAcrossYearEnd of(Month from, Month to) {
      return new MonthsAcrossYearEnd(from, to);
    }

    /** The first month. */
    public Month from() {
      return from;
    }

    /** The last month, earlier in the calendar than {@link #from()}. */
    public Month to() {
      return to;
    }

    @Override
    public OccurrenceKind kind() {
      return OccurrenceKind.WINDOW;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof MonthsAcrossYearEnd r && from == r.from && to == r.to;
    }

    @Override
    public int hashCode() {
      return Objects.hash(from, to);
    }

    @Override
    public String toString() {
      return ValueText.of("MonthsAcrossYearEnd", "from", from, "to", to);
    }
  }

  /**
   * A named academic year: {@code в течение 2023/2024 учебного года}; goes on from the academic year's start
   * to the day before the next one's (1 September 2023 – 31 August 2024 by default), clipped to the period.
   *
   * <pre>{@code
   * TermRule.AcademicYearOf.of(2023);
   * }</pre>
   */
  final class AcademicYearOf implements TermRule {
    private final Year startYear;

    private AcademicYearOf(Year startYear) {
      this.startYear = nonNull(startYear, "startYear");
    }

    /** The academic year that starts in {@code startYear}. */
    public static AcademicYearOf of(int startYear) {
      return new AcademicYearOf(Year.of(startYear));
    }

    /** The academic year that starts in {@code startYear}. */
    public static AcademicYearOf of(Year startYear) {
      return new AcademicYearOf(startYear);
    }

    /** The year the academic year starts in. */
    public Year startYear() {
      return startYear;
    }

    @Override
    public OccurrenceKind kind() {
      return OccurrenceKind.CONTINUOUS;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof AcademicYearOf r && startYear.equals(r.startYear);
    }

    @Override
    public int hashCode() {
      return startYear.hashCode();
    }

    @Override
    public String toString() {
      return ValueText.of("AcademicYearOf", "startYear", startYear);
    }
  }

  /**
   * A half or a quarter («четверть») of an academic year: {@code II полугодие 2021/2022 учебного года},
   * {@code III четверть}. Halves: I = academic-year start – 31 December, II = 1 January – end of teaching.
   * Quarters: I = start – 31 October, II = November – December, III = January – March, IV = 1 April – end of
   * teaching. With no year, that part of every academic year of the period.
   *
   * <pre>{@code
   * TermRule.AcademicPart.half(2021, 2);            // II полугодие 2021/2022 учебного года
   * TermRule.AcademicPart.quarter(3);               // III четверть
   * TermRule.AcademicPart.of(Year.of(2023), 4, 1);  // I четверть 2023/2024 учебного года
   * TermRule.AcademicPart.everyYear(2, 1);          // I полугодие учебного года
   * }</pre>
   */
  final class AcademicPart implements TermRule {
    private final Optional<Year> startYear;
    private final int parts;
    private final int index;

    private AcademicPart(Optional<Year> startYear, int parts, int index) {
      if (parts != 2 && parts != 4) {
        throw new IllegalArgumentException("Invalid academic parts (valid values 2, 4): " + parts);
      }
      if (index < 1 || index > parts) {
        throw new IllegalArgumentException("Invalid academic part (valid values 1 - " + parts + "): " + index);
      }
      this.startYear = startYear;
      this.parts = parts;
      this.index = index;
    }

    /**
     * The half {@code half} of the academic year starting in {@code startYear}.
     *
     * @throws IllegalArgumentException if {@code half} is not 1 or 2
     */
    public static AcademicPart half(int startYear, int half) {
      return new AcademicPart(Optional.of(Year.of(startYear)), 2, half);
    }

    /**
     * The school quarter {@code quarter} of every academic year.
     *
     * @throws IllegalArgumentException if {@code quarter} is not 1 – 4
     */
    public static AcademicPart quarter(int quarter) {
      return new AcademicPart(Optional.empty(), 4, quarter);
    }

    /**
     * The part {@code index} of {@code parts} of the academic year starting in {@code startYear}.
     *
     * @throws IllegalArgumentException if {@code parts} is not 2 or 4, or {@code index} not 1 – {@code parts}
     */
    public static AcademicPart of(Year startYear, int parts, int index) {
      return new AcademicPart(Optional.of(nonNull(startYear, "startYear")), parts, index);
    }

    /**
     * The part {@code index} of {@code parts} of every academic year of the period.
     *
     * @throws IllegalArgumentException if {@code parts} is not 2 or 4, or {@code index} not 1 – {@code parts}
     */
    public static AcademicPart everyYear(int parts, int index) {
      return new AcademicPart(Optional.empty(), parts, index);
    }

    /** The year the academic year starts in, if written. */
    public Optional<Year> startYear() {
      return startYear;
    }

    /** 2 (halves) or 4 (quarters). */
    public int parts() {
      return parts;
    }

    /** Which part, 1 – {@link #parts()}. */
    public int index() {
      return index;
    }

    @Override
    public OccurrenceKind kind() {
      return OccurrenceKind.WINDOW;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof AcademicPart r && startYear.equals(r.startYear) && parts == r.parts && index == r.index;
    }

    @Override
    public int hashCode() {
      return Objects.hash(startYear, parts, index);
    }

    @Override
    public String toString() {
      return ValueText.of("AcademicPart", "startYear", startYear, "parts", parts, "index", index);
    }
  }

  /**
   * A deadline on a day of every month: {@code до 25 числа каждого месяца}, {@code ежемесячно до 10 числа};
   * following the month, a report on month M due in M+1 ({@code ежемесячно до 20 числа месяца,
   * следующего за отчетным}), kept even when due after the period. A day past a month's end is its last day.
   *
   * <pre>{@code
   * TermRule.MonthlyDeadline.of(25);
   * TermRule.MonthlyDeadline.of(20, true); // in the month after the reporting month
   * }</pre>
   */
  final class MonthlyDeadline implements TermRule {
    private final int day;
    private final boolean followingMonth;

    private MonthlyDeadline(int day, boolean followingMonth) {
      if (day < 1 || day > 31) {
        throw new IllegalArgumentException("Invalid day of month (valid values 1 - 31): " + day);
      }
      this.day = day;
      this.followingMonth = followingMonth;
    }

    /**
     * Due on {@code day} of every month.
     *
     * @throws IllegalArgumentException if {@code day} is not 1 – 31
     */
    public static MonthlyDeadline of(int day) {
      return new MonthlyDeadline(day, false);
    }

    /**
     * Due on {@code day}: of the month after the reporting month when {@code followingMonth}.
     *
     * @throws IllegalArgumentException if {@code day} is not 1 – 31
     */
    public static MonthlyDeadline of(int day, boolean followingMonth) {
      return new MonthlyDeadline(day, followingMonth);
    }

    /** The day of the month, 1 – 31. */
    public int day() {
      return day;
    }

    /** Whether the deadline falls in the month after the reporting month. */
    public boolean followingMonth() {
      return followingMonth;
    }

    @Override
    public OccurrenceKind kind() {
      return OccurrenceKind.DEADLINE;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof MonthlyDeadline r && day == r.day && followingMonth == r.followingMonth;
    }

    @Override
    public int hashCode() {
      return Objects.hash(day, followingMonth);
    }

    @Override
    public String toString() {
      return ValueText.of("MonthlyDeadline", "day", day, "followingMonth", followingMonth);
    }
  }

  /**
   * Every week: {@code еженедельно} (one window per week, Monday – Sunday, clipped to the period) or on a
   * named day ({@code каждую среду}, {@code по вторникам}, {@code еженедельно по пятницам}: one event on
   * every such day of the period).
   *
   * <pre>{@code
   * TermRule.Weekly.of();                  // еженедельно
   * TermRule.Weekly.on(DayOfWeek.TUESDAY); // по вторникам
   * }</pre>
   */
  final class Weekly implements TermRule {
    private static final Weekly ANY = new Weekly(Optional.empty());

    private final Optional<DayOfWeek> day;

    private Weekly(Optional<DayOfWeek> day) {
      this.day = day;
    }

    /** Every week, any day. */
    public static Weekly of() {
      return ANY;
    }

    /** Every {@code day}. */
    public static Weekly on(DayOfWeek day) {
      return new Weekly(Optional.of(nonNull(day, "day")));
    }

    /** Every {@code day}; the same as {@link #on(DayOfWeek)}. */
    public static Weekly of(DayOfWeek day) {
      return on(day);
    }

    /** The day of the week, if named. */
    public Optional<DayOfWeek> day() {
      return day;
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

    @Override
    public boolean equals(Object o) {
      return o instanceof Weekly r && day.equals(r.day);
    }

    @Override
    public int hashCode() {
      return day.hashCode();
    }

    @Override
    public String toString() {
      return ValueText.of("Weekly", "day", day);
    }
  }

  /**
   * Every day of the period: {@code ежедневно}, or a time with no date ({@code 14.00-14.10}, read as
   * {@link Noted} around this rule); one event a day.
   *
   * <pre>{@code
   * TermRule.EveryDay.of().kind(); // EVENT
   * }</pre>
   */
  final class EveryDay implements TermRule {
    private static final EveryDay INSTANCE = new EveryDay();

    private EveryDay() {}

    /** The rule. */
    public static EveryDay of() {
      return INSTANCE;
    }

    @Override
    public OccurrenceKind kind() {
      return OccurrenceKind.EVENT;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof EveryDay;
    }

    @Override
    public int hashCode() {
      return 0;
    }

    @Override
    public String toString() {
      return "EveryDay[]";
    }
  }

  /**
   * The n-th day of the week of a month: {@code 1 суббота месяца} (every month of the period),
   * {@code в первую среду декабря} (that month of every year of the period). With «рабочий»
   * ({@code в первый рабочий вторник апреля}) it counts only the days of the week that are working
   * days on the scheduler's working calendar (D61).
   *
   * <pre>{@code
   * TermRule.NthWeekday.of(1, DayOfWeek.SATURDAY);                         // 1 суббота месяца
   * TermRule.NthWeekday.of(1, DayOfWeek.WEDNESDAY, Month.DECEMBER);        // в первую среду декабря
   * TermRule.NthWeekday.working(1, DayOfWeek.TUESDAY, Month.APRIL);        // в первый рабочий вторник апреля
   * }</pre>
   */
  final class NthWeekday implements TermRule {
    private final int nth;
    private final DayOfWeek day;
    private final Optional<Month> month;
    private final boolean working;

    private NthWeekday(int nth, DayOfWeek day, Optional<Month> month, boolean working) {
      if (nth < 1 || nth > 5) {
        throw new IllegalArgumentException("Invalid n-th weekday (valid values 1 - 5): " + nth);
      }
      this.nth = nth;
      this.day = nonNull(day, "day");
      this.month = month;
      this.working = working;
    }

    /**
     * The {@code nth} {@code day} of every month.
     *
     * @throws IllegalArgumentException if {@code nth} is not 1 – 5
     */
    public static NthWeekday of(int nth, DayOfWeek day) {
      return new NthWeekday(nth, day, Optional.empty(), false);
    }

    /**
     * The {@code nth} {@code day} of {@code month}, every year.
     *
     * @throws IllegalArgumentException if {@code nth} is not 1 – 5
     */
    public static NthWeekday of(int nth, DayOfWeek day, Month month) {
      return new NthWeekday(nth, day, Optional.of(nonNull(month, "month")), false);
    }

    /**
     * The {@code nth} {@code day} of every month that is a working day («первая рабочая суббота месяца»).
     *
     * @throws IllegalArgumentException if {@code nth} is not 1 – 5
     */
    public static NthWeekday working(int nth, DayOfWeek day) {
      return new NthWeekday(nth, day, Optional.empty(), true);
    }

    /**
     * The {@code nth} {@code day} of {@code month} that is a working day, every year
     * («первый рабочий вторник апреля»).
     *
     * @throws IllegalArgumentException if {@code nth} is not 1 – 5
     */
    public static NthWeekday working(int nth, DayOfWeek day, Month month) {
      return new NthWeekday(nth, day, Optional.of(nonNull(month, "month")), true);
    }

    /** Which one: 1 – 5. */
    public int nth() {
      return nth;
    }

    /** The day of the week. */
    public DayOfWeek day() {
      return day;
    }

    /** The month, if named; empty for every month. */
    public Optional<Month> month() {
      return month;
    }

    /** Whether only the days of the week that are working days count («рабочий»). */
    public boolean working() {
      return working;
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

    @Override
    public boolean equals(Object o) {
      return o instanceof NthWeekday r && nth == r.nth && day == r.day && month.equals(r.month)
          && working == r.working;
    }

    @Override
    public int hashCode() {
      return Objects.hash(nth, day, month, working);
    }

    @Override
    public String toString() {
      return working ? ValueText.of("NthWeekday", "nth", nth, "day", day, "month", month, "working", true)
          : ValueText.of("NthWeekday", "nth", nth, "day", day, "month", month);
    }
  }

  /**
   * Done before the academic year starts, counted back from its first day (D62):
   * {@code за месяц до начала учебного года} (one month before), {@code за 10 дней до начала учебного года},
   * {@code до начала учебного года} and {@code к началу учебного года} (by the day before it). A deadline
   * in every academic year that starts in the period, dated from the scheduler's {@code AcademicYear}.
   *
   * <pre>{@code
   * TermRule.BeforeAcademicYear.of(Period.ofMonths(1)); // за месяц до начала учебного года
   * TermRule.BeforeAcademicYear.of(Period.ZERO);        // до начала учебного года
   * }</pre>
   */
  final class BeforeAcademicYear implements TermRule {
    private final java.time.Period before;

    private BeforeAcademicYear(java.time.Period before) {
      this.before = nonNull(before, "before");
      if (before.isNegative() || before.getYears() != 0 || before.getMonths() > 12 || before.getDays() > 366
          || before.getMonths() != 0 && before.getDays() != 0) {
        throw new IllegalArgumentException("Invalid time before the academic year (0 - 366 days or 0 - 12 months): "
            + before);
      }
    }

    /**
     * Done {@code before} before the first day of the academic year; {@link java.time.Period#ZERO} is by the
     * day before it.
     *
     * @throws IllegalArgumentException if {@code before} is negative, has years, or mixes months and days
     */
    public static BeforeAcademicYear of(java.time.Period before) {
      return new BeforeAcademicYear(before);
    }

    /** How long before the first day of the academic year: days or months; zero for «до начала». */
    public java.time.Period before() {
      return before;
    }

    /** The due date in the academic year that starts on {@code first}. */
    public java.time.LocalDate dueFor(java.time.LocalDate first) {
      return before.isZero() ? first.minusDays(1) : first.minus(before);
    }

    @Override
    public OccurrenceKind kind() {
      return OccurrenceKind.DEADLINE;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof BeforeAcademicYear r && before.equals(r.before);
    }

    @Override
    public int hashCode() {
      return before.hashCode();
    }

    @Override
    public String toString() {
      return ValueText.of("BeforeAcademicYear", "before", before);
    }
  }

  /**
   * Several terms in one cell, separated by commas, «и», semicolons or line breaks:
   * {@code 15.10.2022, 16.10.2022}, {@code март, май 2021}; the occurrences are those of every part.
   *
   * <pre>{@code
   * TermRule.Several.of(TermRule.OneDate.of(LocalDate.of(2022, 10, 15)),
   *     TermRule.OneDate.of(LocalDate.of(2022, 10, 16)));
   * }</pre>
   */
  final class Several implements TermRule {
    private final List<TermRule> rules;

    private Several(List<TermRule> rules) {
      this.rules = List.copyOf(rules);
      if (this.rules.size() < 2) {
        throw new IllegalArgumentException("Invalid list of terms (at least two are needed): " + this.rules.size());
      }
      for (TermRule r : this.rules) {
        if (r instanceof Several || r instanceof Unparsed || r.kind() == OccurrenceKind.UNSCHEDULED) {
          throw new IllegalArgumentException("Invalid part of a list of terms (must be a dated term): " + r);
        }
      }
    }

    /**
     * The parts {@code first}, {@code second} and the {@code others}.
     *
     * @throws IllegalArgumentException if a part is itself a list, unread or unscheduled
     */
    public static Several of(TermRule first, TermRule second, TermRule... others) {
      List<TermRule> all = new ArrayList<>();
      all.add(first);
      all.add(second);
      all.addAll(List.of(others));
      return new Several(all);
    }

    /**
     * The parts {@code rules}, in written order.
     *
     * @throws IllegalArgumentException if there are fewer than two, or a part is itself a list, unread or
     *     unscheduled
     */
    public static Several of(List<? extends TermRule> rules) {
      return new Several(List.copyOf(rules));
    }

    /** The parts in written order, at least two, none itself {@code Several}. */
    public List<TermRule> rules() {
      return rules;
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

    @Override
    public boolean equals(Object o) {
      return o instanceof Several r && rules.equals(r.rules);
    }

    @Override
    public int hashCode() {
      return rules.hashCode();
    }

    @Override
    public String toString() {
      return ValueText.of("Several", "rules", rules);
    }
  }

  /**
   * A term with what is written beside its dates: days of the week ({@code 19 мая (четверг)}), the end
   * of a time range and a time zone ({@code 15.03.2022 до 17:00 мск}), a comment ({@code (по
   * согласованию)}, {@code (7 дней)}). The notes never change the dates; validation checks the days of the
   * week against them ({@link #weekdayMismatches()}).
   *
   * <pre>{@code
   * TermRule.Noted n = TermRule.Noted.with(TermRule.OneDate.of(LocalDate.of(2022, 5, 19)),
   *     TermNotes.none().withWeekday(DayOfWeek.THURSDAY));
   * n.weekdayMismatches(); // []
   * }</pre>
   */
  final class Noted implements TermRule {
    private final TermRule rule;
    private final TermNotes notes;

    private Noted(TermRule rule, TermNotes notes) {
      this.rule = nonNull(rule, "rule");
      this.notes = nonNull(notes, "notes");
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

    /**
     * {@code rule} with {@code notes}, which must not be empty.
     *
     * @throws IllegalArgumentException if {@code notes} is empty, {@code rule} is itself noted, a list or
     *     unread, or both name a start time
     */
    public static Noted with(TermRule rule, TermNotes notes) {
      return new Noted(rule, notes);
    }

    /** The term itself, neither {@code Noted} nor {@code Several}. */
    public TermRule rule() {
      return rule;
    }

    /** What is written beside it. */
    public TermNotes notes() {
      return notes;
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

    @Override
    public boolean equals(Object o) {
      return o instanceof Noted r && rule.equals(r.rule) && notes.equals(r.notes);
    }

    @Override
    public int hashCode() {
      return Objects.hash(rule, notes);
    }

    @Override
    public String toString() {
      return ValueText.of("Noted", "rule", rule, "notes", notes);
    }
  }
}
