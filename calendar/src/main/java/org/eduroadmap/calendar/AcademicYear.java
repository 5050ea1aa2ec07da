package org.eduroadmap.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An academic year («учебный год»), such as {@code 2025/2026}: by default 1 September – 31 August,
 * teaching ending 31 May; both days are configurable.
 *
 * <pre>{@code
 * AcademicYear year = AcademicYear.containing(LocalDate.of(2026, 3, 1)); // 2025/2026
 * year.period();          // 2025-09-01/2026-08-31
 * year.teachingEnd();     // 2026-05-31
 * year.firstHalf();       // 2025-09-01/2025-12-31
 * year.secondHalf();      // 2026-01-01/2026-05-31
 * year.afterTeaching();   // 2026-06-01/2026-08-31 («по итогам учебного года»)
 * AcademicYear.parse("2025/2026").equals(year); // true
 * AcademicYear.of(2025).withTeachingEnd(MonthDay.of(6, 30)).teachingEnd(); // 2026-06-30
 * }</pre>
 *
 * <p>The year starts in its start year, between July and December, and ends the day before the
 * next one starts; teaching ends in the following calendar year, before the next start. This class
 * is immutable and thread-safe.
 */
public final class AcademicYear implements Comparable<AcademicYear> {

  /** The default first day: 1 September («День знаний»). */
  public static final MonthDay DEFAULT_START = MonthDay.of(9, 1);
  /** The default last day of teaching: 31 May. */
  public static final MonthDay DEFAULT_TEACHING_END = MonthDay.of(5, 31);

  private static final Pattern FORM =
      Pattern.compile("\\s*(\\d{4})\\s*[/\\-–—]\\s*(\\d{2}|\\d{4})\\s*");

  private final int startYear;
  private final MonthDay start;
  private final MonthDay teachingEnd;

  private AcademicYear(int startYear, MonthDay start, MonthDay teachingEnd) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(teachingEnd, "teachingEnd");
    if (startYear < 1900 || startYear > 2999) {
      throw CalendarException.of("calendar.academicStartYear", startYear);
    }
    if (start.getMonthValue() < 7) {
      throw CalendarException.of("calendar.academicStart", start);
    }
    if (teachingEnd.getMonthValue() > 8 || !teachingEnd.isBefore(start)) {
      throw CalendarException.of("calendar.teachingEnd", start, teachingEnd);
    }
    this.startYear = startYear;
    this.start = start;
    this.teachingEnd = teachingEnd;
  }

  /** The academic year starting in {@code startYear}, with the default days. */
  public static AcademicYear of(int startYear) {
    return new AcademicYear(startYear, DEFAULT_START, DEFAULT_TEACHING_END);
  }

  /**
   * The academic year starting in {@code startYear} on {@code start}, teaching ending on
   * {@code teachingEnd} of the following year.
   *
   * @throws CalendarException if the days do not make an academic year
   */
  public static AcademicYear of(int startYear, MonthDay start, MonthDay teachingEnd) {
    return new AcademicYear(startYear, start, teachingEnd);
  }

  /** The academic year (default days) that {@code date} falls in. */
  public static AcademicYear containing(LocalDate date) {
    return containing(date, DEFAULT_START, DEFAULT_TEACHING_END);
  }

  /** The academic year with these days that {@code date} falls in. */
  public static AcademicYear containing(LocalDate date, MonthDay start, MonthDay teachingEnd) {
    int year = date.getYear();
    int startYear = date.isBefore(start.atYear(year)) ? year - 1 : year;
    return new AcademicYear(startYear, start, teachingEnd);
  }

  /**
   * Every academic year (default days) that shares a day with {@code period}, in order.
   *
   * <pre>{@code
   * AcademicYear.overlapping(DateRange.ofYears(2021, 2023)); // 2020/2021 ... 2023/2024
   * }</pre>
   */
  public static List<AcademicYear> overlapping(DateRange period) {
    return overlapping(period, DEFAULT_START, DEFAULT_TEACHING_END);
  }

  /** Every academic year with these days that shares a day with {@code period}, in order. */
  public static List<AcademicYear> overlapping(DateRange period, MonthDay start,
      MonthDay teachingEnd) {
    List<AcademicYear> years = new ArrayList<>();
    AcademicYear last = containing(period.last(), start, teachingEnd);
    for (AcademicYear year = containing(period.first(), start, teachingEnd);
        year.compareTo(last) <= 0; year = year.next()) {
      years.add(year);
    }
    return List.copyOf(years);
  }

  /**
   * Reads {@code 2025/2026}, also {@code 2025/26}, {@code 2025-2026} and {@code 2025–2026}, with
   * the default days.
   *
   * @throws CalendarException if the text is not of that form or the years are not consecutive
   */
  public static AcademicYear parse(CharSequence text) {
    Matcher m = FORM.matcher(text);
    if (m.matches()) {
      int first = Integer.parseInt(m.group(1));
      int second = Integer.parseInt(m.group(2));
      boolean consecutive = m.group(2).length() == 2 ? second == (first + 1) % 100
          : second == first + 1;
      if (consecutive) {
        return of(first);
      }
    }
    throw CalendarException.of("calendar.academicYearText", text);
  }

  /** The calendar year it starts in: 2025 for 2025/2026. */
  public int startYear() {
    return startYear;
  }

  /** The calendar year it ends in: 2026 for 2025/2026. */
  public int endYear() {
    return startYear + 1;
  }

  /** The first day: 1 September of the start year by default. */
  public LocalDate start() {
    return start.atYear(startYear);
  }

  /** The last day: the day before the next academic year starts (31 August by default). */
  public LocalDate end() {
    return start.atYear(startYear + 1).minusDays(1);
  }

  /** The last day of teaching: 31 May of the end year by default. */
  public LocalDate teachingEnd() {
    return teachingEnd.atYear(startYear + 1);
  }

  /** The whole academic year, first to last day. */
  public DateRange period() {
    return DateRange.of(start(), end());
  }

  /** The teaching part: the first day to the last day of teaching. */
  public DateRange teachingPeriod() {
    return DateRange.of(start(), teachingEnd());
  }

  /** From the day after teaching ends to the end of the academic year (1 June – 31 August). */
  public DateRange afterTeaching() {
    return DateRange.of(teachingEnd().plusDays(1), end());
  }

  /** The first half («первое полугодие»): the first day to 31 December of the start year. */
  public DateRange firstHalf() {
    return DateRange.of(start(), LocalDate.of(startYear, 12, 31));
  }

  /** The second half («второе полугодие»): 1 January of the end year to the end of teaching. */
  public DateRange secondHalf() {
    return DateRange.of(LocalDate.of(startYear + 1, 1, 1), teachingEnd());
  }

  /** Whether {@code date} falls in this academic year. */
  public boolean contains(LocalDate date) {
    return period().contains(date);
  }

  /** The next academic year, with the same days. */
  public AcademicYear next() {
    return new AcademicYear(startYear + 1, start, teachingEnd);
  }

  /** The previous academic year, with the same days. */
  public AcademicYear previous() {
    return new AcademicYear(startYear - 1, start, teachingEnd);
  }

  /** The configured first day of every academic year. */
  public MonthDay startDay() {
    return start;
  }

  /** The configured last day of teaching. */
  public MonthDay teachingEndDay() {
    return teachingEnd;
  }

  /**
   * A copy starting on {@code newStart} (July to December).
   *
   * @throws CalendarException if the start is outside July–December or not after the teaching end
   */
  public AcademicYear withStart(MonthDay newStart) {
    return new AcademicYear(startYear, newStart, teachingEnd);
  }

  /**
   * A copy with teaching ending on {@code newTeachingEnd} (January to August of the end year).
   *
   * @throws CalendarException if the day is outside January–August or not before the start
   */
  public AcademicYear withTeachingEnd(MonthDay newTeachingEnd) {
    return new AcademicYear(startYear, start, newTeachingEnd);
  }

  /** Orders by start year, then start day, then teaching end. */
  @Override
  public int compareTo(AcademicYear other) {
    int c = Integer.compare(startYear, other.startYear);
    if (c == 0) {
      c = start.compareTo(other.start);
    }
    return c != 0 ? c : teachingEnd.compareTo(other.teachingEnd);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AcademicYear a && startYear == a.startYear && start.equals(a.start)
        && teachingEnd.equals(a.teachingEnd);
  }

  @Override
  public int hashCode() {
    return Objects.hash(startYear, start, teachingEnd);
  }

  /** Such as {@code 2025/2026}, which {@link #parse} reads back (with the default days). */
  @Override
  public String toString() {
    return startYear + "/" + (startYear + 1);
  }
}
