package org.eduroadmap.schedule.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import java.util.Set;
import org.eduroadmap.calendar.RussianProductionCalendar;
import org.eduroadmap.calendar.WorkingCalendar;
import org.eduroadmap.term.OccurrenceKind;
import org.eduroadmap.term.TermRule;

/**
 * Expands one term rule under a context (roadmap period, column year, academic year) into the dated
 * spans {@code terms.md} gives it, reporting only those that overlap a query range.
 *
 * <p>Recurring forms jump straight to the years of the query range instead of walking from the
 * period start, so asking for one month of a ten-year plan costs one year of work. Explicit dates
 * (forms 1–3 and the other forms that name a year) are kept as written even outside the period;
 * recurring and continuous forms are clipped to the period and dropped when they miss it.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Expander {

  private final MonthDay academicYearStart;
  private final MonthDay teachingEnd;

  /**
   * An expander for academic years that start on {@code academicYearStart} (1 September) and whose
   * teaching ends on {@code teachingEnd} (31 May).
   */
  public Expander(MonthDay academicYearStart, MonthDay teachingEnd) {
    this.academicYearStart = Objects.requireNonNull(academicYearStart, "academicYearStart");
    this.teachingEnd = Objects.requireNonNull(teachingEnd, "teachingEnd");
  }

  /** The first day of the academic year that starts in {@code year}. */
  public LocalDate academicYearFirst(int year) {
    return academicYearStart.atYear(year);
  }

  /** Whether {@code first} – {@code last} is exactly one academic year (1 September – 31 August by default). */
  public boolean isOneAcademicYear(LocalDate first, LocalDate last) {
    return first.equals(academicYearFirst(first.getYear())) && last.equals(academicYearLast(first.getYear()));
  }

  /** The last day of the academic year that starts in {@code year}. */
  public LocalDate academicYearLast(int year) {
    return academicYearStart.atYear(year + 1).minusDays(1);
  }

  /**
   * Sends to {@code sink} every occurrence of {@code rule} that overlaps {@code from}–{@code to}.
   *
   * @param rule the rule
   * @param periodFirst the first day of the roadmap period
   * @param periodLast the last day of the roadmap period, not before {@code periodFirst}
   * @param columnYear the year of the per-year column the term stands in, or 0
   * @param from the first day of the query range
   * @param to the last day of the query range
   * @param sink receives the occurrences, in the order of the rule's years (not sorted)
   */
  public void expand(TermRule rule, LocalDate periodFirst, LocalDate periodLast, int columnYear,
      LocalDate from, LocalDate to, SpanSink sink) {
    expand(rule, periodFirst, periodLast, columnYear, from, to, RussianProductionCalendar.get(), sink);
  }

  /**
   * As {@link #expand(TermRule, LocalDate, LocalDate, int, LocalDate, LocalDate, SpanSink)}, on
   * {@code calendar}: the working days «в первый рабочий вторник апреля» counts (D61).
   */
  public void expand(TermRule rule, LocalDate periodFirst, LocalDate periodLast, int columnYear,
      LocalDate from, LocalDate to, WorkingCalendar calendar, SpanSink sink) {
    Ctx c = new Ctx(periodFirst, periodLast, columnYear, from, to, sink, calendar);
    if (rule instanceof TermRule.OneDate r) {
      c.explicit(OccurrenceKind.EVENT, r.date(), r.date());
    } else if (rule instanceof TermRule.Deadline r) {
      LocalDate start = r.date().isBefore(periodFirst) ? r.date() : periodFirst;
      c.explicit(OccurrenceKind.DEADLINE, start, r.date());
    } else if (rule instanceof TermRule.MonthsOfYear r) {
      c.explicit(OccurrenceKind.WINDOW, r.from().atDay(1), r.to().atEndOfMonth());
    } else if (rule instanceof TermRule.YearlyInMonths r) {
      yearlyMonths(c, r.months());
    } else if (rule instanceof TermRule.MonthsWithoutYear r) {
      yearlyMonths(c, r.months());
    } else if (rule instanceof TermRule.Yearly) {
      for (int y = c.y0; y <= c.y1; y++) {
        c.clipped(OccurrenceKind.WINDOW, firstDay(y, 1), lastDay(y, 12), y);
      }
    } else if (rule instanceof TermRule.YearlyDeadline r) {
      yearlyDeadline(c, r.day(), r.followingYear());
    } else if (rule instanceof TermRule.TimesAYear r) {
      int months = r.monthsPerPart();
      for (int y = c.y0; y <= c.y1; y++) {
        for (int m = 1; m <= 12; m += months) {
          c.clipped(OccurrenceKind.WINDOW, firstDay(y, m), lastDay(y, m + months - 1), y);
        }
      }
    } else if (rule instanceof TermRule.FirstThenYearly r) {
      int first = Math.max(c.y0, r.first().getYear());
      for (int y = first; y <= c.y1; y++) {
        int m = r.first().getMonthValue();
        c.clipped(OccurrenceKind.WINDOW, firstDay(y, m), lastDay(y, m), y);
      }
    } else if ((rule instanceof TermRule.ThroughYear || rule instanceof TermRule.ThroughYearExternal)
        && columnYear == 0 && isOneAcademicYear(periodFirst, periodLast)) {
      // «в течение года» in a plan over one academic year: that academic year, as one span (D60)
      c.clipped(OccurrenceKind.CONTINUOUS, periodFirst, periodLast, periodFirst.getYear());
    } else if (rule instanceof TermRule.ThroughYear || rule instanceof TermRule.ThroughYearExternal) {
      for (int y = c.y0; y <= c.y1; y++) {
        c.clipped(OccurrenceKind.CONTINUOUS, firstDay(y, 1), lastDay(y, 12), y);
      }
    } else if (rule instanceof TermRule.ThroughAcademicYear) {
      // In column Y: the academic year that starts in Y. Otherwise every one that overlaps.
      int a0 = columnYear != 0 ? columnYear : Math.max(periodFirst.getYear() - 1, from.getYear() - 1);
      int a1 = columnYear != 0 ? columnYear : Math.min(periodLast.getYear(), to.getYear());
      for (int a = a0; a <= a1; a++) {
        c.clipped(OccurrenceKind.CONTINUOUS, academicYearFirst(a), academicYearLast(a), a);
      }
    } else if (rule instanceof TermRule.ThroughPeriod r) {
      if (r.years().isPresent()) {
        c.clipped(OccurrenceKind.CONTINUOUS, LocalDate.of(r.years().get().first().getValue(), 1, 1),
            LocalDate.of(r.years().get().last().getValue(), 12, 31), columnYear);
      } else {
        c.clipped(OccurrenceKind.CONTINUOUS, periodFirst, periodLast, columnYear);
      }
    } else if (rule instanceof TermRule.AfterAcademicYear) {
      // The academic year starting in A ends in A+1: from the day after teaching ends to its last day.
      // In column Y: the academic year that ends in Y, so that the window falls in the column's year.
      int a0 = columnYear != 0 ? columnYear - 1 : Math.max(periodFirst.getYear() - 1, from.getYear() - 2);
      int a1 = columnYear != 0 ? columnYear - 1 : Math.min(periodLast.getYear(), to.getYear());
      for (int a = a0; a <= a1; a++) {
        LocalDate last = academicYearLast(a);
        LocalDate first = teachingEnd.atYear(last.getYear()).plusDays(1);
        if (!first.isAfter(last)) {
          c.clipped(OccurrenceKind.WINDOW, first, last, a + 1);
        }
      }
    } else if (rule instanceof TermRule.BeforeAcademicYear r) {
      // One deadline per academic year that starts in the years near the query, due before its first day (D62).
      for (int a = c.y0; a <= c.y1 + 1; a++) {
        LocalDate due = r.dueFor(academicYearFirst(a));
        if (due.isBefore(periodFirst) || due.isAfter(periodLast)) {
          continue;
        }
        LocalDate start = due.minusYears(1).plusDays(1);
        c.emit(OccurrenceKind.DEADLINE, start.isBefore(periodFirst) ? periodFirst : start, due, a);
      }
    } else if (rule instanceof TermRule.DateWindow r) {
      c.explicit(OccurrenceKind.WINDOW, r.from(), r.to());
    } else if (rule instanceof TermRule.StartingFrom r) {
      LocalDate end = r.from().isAfter(periodLast) ? r.from() : periodLast;
      c.explicit(OccurrenceKind.CONTINUOUS, r.from(), end);
    } else if (rule instanceof TermRule.Quarters r) {
      partOfYear(c, r.year().isPresent() ? r.year().get().getValue() : 0, r.firstMonth(), r.lastMonth());
    } else if (rule instanceof TermRule.HalfYear r) {
      partOfYear(c, r.year().isPresent() ? r.year().get().getValue() : 0, r.firstMonth(), r.lastMonth());
    } else if (rule instanceof TermRule.InYears r) {
      c.explicit(OccurrenceKind.WINDOW, LocalDate.of(r.years().first().getValue(), 1, 1),
          LocalDate.of(r.years().last().getValue(), 12, 31));
    } else if (rule instanceof TermRule.YearlyDate r) {
      for (int y = c.y0; y <= c.y1; y++) {
        if (!r.day().isValidYear(y)) {
          continue; // 29 February only in leap years
        }
        LocalDate day = r.day().atYear(y);
        if (!day.isBefore(periodFirst) && !day.isAfter(periodLast)) {
          c.emit(OccurrenceKind.EVENT, day, day, y);
        }
      }
    } else if (rule instanceof TermRule.DayWindowWithoutYear r) {
      // From the year before the first: a span crossing the year end that starts then may reach the period.
      for (int y = c.y0 - 1; y <= c.y1; y++) {
        if (!r.from().isValidYear(y)) {
          continue; // a span from 29 February only in leap years
        }
        LocalDate start = r.from().atYear(y);
        LocalDate end = r.to().atYear(r.crossesYearEnd() ? y + 1 : y); // 29 February ends on the 28th otherwise
        c.clipped(OccurrenceKind.WINDOW, start, end, y);
      }
    } else if (rule instanceof TermRule.MonthsAcrossYearEnd r) {
      for (int y = c.y0 - 1; y <= c.y1; y++) {
        c.clipped(OccurrenceKind.WINDOW, firstDay(y, r.from().getValue()), lastDay(y + 1, r.to().getValue()), y);
      }
    } else if (rule instanceof TermRule.AcademicYearOf r) {
      int a = r.startYear().getValue();
      c.clipped(OccurrenceKind.CONTINUOUS, academicYearFirst(a), academicYearLast(a), a);
    } else if (rule instanceof TermRule.AcademicPart r) {
      if (r.startYear().isPresent()) {
        int a = r.startYear().get().getValue();
        c.explicit(OccurrenceKind.WINDOW, academicPartFirst(a, r), academicPartLast(a, r));
      } else {
        int a0 = columnYear != 0 ? columnYear : Math.max(periodFirst.getYear() - 1, from.getYear() - 1);
        int a1 = columnYear != 0 ? columnYear : Math.min(periodLast.getYear(), to.getYear());
        for (int a = a0; a <= a1; a++) {
          c.clipped(OccurrenceKind.WINDOW, academicPartFirst(a, r), academicPartLast(a, r), a);
        }
      }
    } else if (rule instanceof TermRule.MonthlyDeadline r) {
      monthlyDeadline(c, r.day(), r.followingMonth());
    } else if (rule instanceof TermRule.Weekly r) {
      weekly(c, r);
    } else if (rule instanceof TermRule.EveryDay) {
      LocalDate first = max(periodFirst, from);
      LocalDate last = min(periodLast, to);
      for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
        c.emit(OccurrenceKind.EVENT, d, d, d.getYear());
      }
    } else if (rule instanceof TermRule.NthWeekday r) {
      nthWeekday(c, r);
    } else if (rule instanceof TermRule.Several r) {
      for (TermRule part : r.rules()) {
        expand(part, periodFirst, periodLast, columnYear, from, to, calendar, sink);
      }
    } else if (rule instanceof TermRule.Noted r) {
      expand(r.rule(), periodFirst, periodLast, columnYear, from, to, calendar, sink);
    } else if (rule.kind() != OccurrenceKind.UNSCHEDULED) {
      // OnDemand, External, Empty, Unparsed have no dated occurrence; any other rule must be expanded.
      throw new IllegalStateException("No expansion for the term rule " + rule);
    }
  }

  private static void partOfYear(Ctx c, int year, Month first, Month last) {
    if (year != 0) {
      c.explicit(OccurrenceKind.WINDOW, YearMonth.of(year, first).atDay(1),
          YearMonth.of(year, last).atEndOfMonth());
      return;
    }
    for (int y = c.y0; y <= c.y1; y++) {
      c.clipped(OccurrenceKind.WINDOW, firstDay(y, first.getValue()), lastDay(y, last.getValue()), y);
    }
  }

  /** Forms 4 and 5: adjacent listed months form one window, the others one window each. */
  private static void yearlyMonths(Ctx c, Set<Month> months) {
    // The runs of adjacent months, shared by every expansion of the same months.
    YearlyRuns runs = YearlyRuns.ofMonths(months);
    int n = runs.count();
    for (int y = c.y0; y <= c.y1; y++) {
      MonthBounds bounds = MonthBounds.ofYear(y);
      for (int i = 0; i < n; i++) {
        c.clipped(OccurrenceKind.WINDOW, bounds.at(runs.firstIndex(i)), bounds.at(runs.lastIndex(i)), y);
      }
    }
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  /**
   * The first day of an academic half or quarter of the academic year starting in {@code a}: halves
   * start on the academic year's start and 1 January; quarters on its start, 1 November, 1 January and
   * 1 April (the school calendar's usual breaks).
   */
  private LocalDate academicPartFirst(int a, TermRule.AcademicPart r) {
    if (r.parts() == 2) {
      return r.index() == 1 ? academicYearFirst(a) : LocalDate.of(a + 1, 1, 1);
    }
    switch (r.index()) {
      case 1: return academicYearFirst(a);
      case 2: return LocalDate.of(a, 11, 1);
      case 3: return LocalDate.of(a + 1, 1, 1);
      default: return LocalDate.of(a + 1, 4, 1);
    }
  }

  /** The last day of an academic half or quarter: the last part ends when teaching ends. */
  private LocalDate academicPartLast(int a, TermRule.AcademicPart r) {
    if (r.index() == r.parts()) {
      return teachingEnd.atYear(a + 1);
    }
    if (r.parts() == 2) {
      return LocalDate.of(a, 12, 31);
    }
    switch (r.index()) {
      case 1: return LocalDate.of(a, 10, 31);
      case 2: return LocalDate.of(a, 12, 31);
      default: return LocalDate.of(a + 1, 3, 31);
    }
  }

  /**
   * A deadline on day {@code day} of every month of the period (the month's last day when it is shorter).
   * Due in the reporting month: kept when due inside the period, starting on the month's first day (or
   * the period's). Due in the month after: kept for every reporting month of the period, even when due
   * after it, starting on the first day of that next month, labelled with the reporting month's year.
   */
  private static void monthlyDeadline(Ctx c, int day, boolean followingMonth) {
    YearMonth first = YearMonth.from(max(c.periodFirst, c.from.isBefore(c.periodFirst) ? c.periodFirst
        : c.from.minusMonths(1)));
    YearMonth last = YearMonth.from(min(c.periodLast, c.to));
    for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
      YearMonth dueMonth = followingMonth ? m.plusMonths(1) : m;
      LocalDate due = dueMonth.atDay(Math.min(day, dueMonth.lengthOfMonth()));
      if (followingMonth) {
        c.emit(OccurrenceKind.DEADLINE, dueMonth.atDay(1), due, m.getYear());
      } else if (!due.isBefore(c.periodFirst) && !due.isAfter(c.periodLast)) {
        c.emit(OccurrenceKind.DEADLINE, max(m.atDay(1), c.periodFirst), due, m.getYear());
      }
    }
  }

  /** Every week: one window Monday – Sunday clipped to the period, or one event on the named day. */
  private static void weekly(Ctx c, TermRule.Weekly r) {
    LocalDate first = max(c.periodFirst, c.from);
    LocalDate last = min(c.periodLast, c.to);
    if (first.isAfter(last)) {
      return;
    }
    if (r.day().isPresent()) {
      DayOfWeek day = r.day().get();
      for (LocalDate d = first.with(TemporalAdjusters.nextOrSame(day)); !d.isAfter(last); d = d.plusWeeks(1)) {
        c.emit(OccurrenceKind.EVENT, d, d, d.getYear());
      }
      return;
    }
    for (LocalDate monday = first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)); !monday.isAfter(last);
        monday = monday.plusWeeks(1)) {
      c.clipped(OccurrenceKind.WINDOW, monday, monday.plusDays(6), monday.getYear());
    }
  }

  /** The n-th day of the week of every month of the period, or of the named month every year. */
  private static void nthWeekday(Ctx c, TermRule.NthWeekday r) {
    YearMonth first = YearMonth.from(max(c.periodFirst, c.from));
    YearMonth last = YearMonth.from(min(c.periodLast, c.to));
    for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
      if (r.month().isPresent() && r.month().get() != m.getMonth()) {
        continue;
      }
      LocalDate d = r.working() ? nthWorking(c.calendar, m, r.nth(), r.day())
          : m.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(r.nth(), r.day()));
      if (d == null || d.getMonth() != m.getMonth() || d.isBefore(c.periodFirst) || d.isAfter(c.periodLast)) {
        continue; // no fifth Friday this month
      }
      c.emit(OccurrenceKind.EVENT, d, d, d.getYear());
    }
  }

  /**
   * The {@code nth} {@code day} of {@code month} that is a working day on {@code calendar}, or null:
   * a Tuesday that is a day off is not counted, so the first working Tuesday is the next Tuesday (D61).
   */
  private static LocalDate nthWorking(WorkingCalendar calendar, YearMonth month, int nth, DayOfWeek day) {
    int seen = 0;
    for (LocalDate d = month.atDay(1).with(TemporalAdjusters.nextOrSame(day)); d.getMonth() == month.getMonth();
        d = d.plusWeeks(1)) {
      if (calendar.isWorkingDay(d) && ++seen == nth) {
        return d;
      }
    }
    return null;
  }

  /** The first day of {@code month} (1–12) of {@code year}: a shared instance ({@link MonthBounds}). */
  private static LocalDate firstDay(int year, int month) {
    return MonthBounds.ofYear(year).at(2 * (month - 1));
  }

  /** The last day of {@code month} (1–12) of {@code year}: a shared instance ({@link MonthBounds}). */
  private static LocalDate lastDay(int year, int month) {
    return MonthBounds.ofYear(year).at(2 * (month - 1) + 1);
  }

  /** The last day of month {@code month} of {@code year}, without a YearMonth on the way. */
  static LocalDate endOfMonth(int year, int month) {
    return LocalDate.of(year, month, Month.of(month).length(Year.isLeap(year)));
  }

  /**
   * Form 7. A deadline in the reporting year is kept when its due date lies in the period (its start
   * is clipped to the period start); a report due in the year after the reporting year is kept for
   * every reporting year of the period, even when it is due after the period ends.
   */
  private static void yearlyDeadline(Ctx c, MonthDay day, boolean followingYear) {
    for (int y = c.y0; y <= c.y1; y++) {
      if (followingYear) {
        c.emit(OccurrenceKind.DEADLINE, firstDay(y + 1, 1), day.atYear(y + 1), y);
      } else {
        LocalDate due = day.atYear(y);
        if (due.isBefore(c.periodFirst) || due.isAfter(c.periodLast)) {
          continue;
        }
        LocalDate start = firstDay(y, 1);
        c.emit(OccurrenceKind.DEADLINE, start.isBefore(c.periodFirst) ? c.periodFirst : start, due, y);
      }
    }
  }

  /** One expansion: the context and the query range. */
  private static final class Ctx {
    final LocalDate periodFirst;
    final LocalDate periodLast;
    final int columnYear;
    final LocalDate from;
    final LocalDate to;
    final SpanSink sink;
    /** The years a recurring form is generated for: the period's, or the column's, near the query. */
    final int y0;
    final int y1;

    final WorkingCalendar calendar;

    Ctx(LocalDate periodFirst, LocalDate periodLast, int columnYear, LocalDate from, LocalDate to,
        SpanSink sink, WorkingCalendar calendar) {
      this.calendar = calendar;
      this.periodFirst = periodFirst;
      this.periodLast = periodLast;
      this.columnYear = columnYear;
      this.from = from;
      this.to = to;
      this.sink = sink;
      int first = columnYear != 0 ? columnYear : periodFirst.getYear();
      int last = columnYear != 0 ? columnYear : periodLast.getYear();
      // One year of margin before the query: a report on year Y is due in Y+1.
      this.y0 = Math.max(first, from.getYear() - 1);
      this.y1 = Math.min(last, to.getYear());
    }

    /** A span of a recurring or continuous form: clipped to the period, dropped when it misses it. */
    void clipped(OccurrenceKind kind, LocalDate start, LocalDate end, int year) {
      LocalDate s = start.isBefore(periodFirst) ? periodFirst : start;
      LocalDate e = end.isAfter(periodLast) ? periodLast : end;
      if (e.isBefore(s)) {
        return;
      }
      emit(kind, s, e, year);
    }

    /** A span written with its dates: kept as written. */
    void explicit(OccurrenceKind kind, LocalDate start, LocalDate end) {
      emit(kind, start, end, columnYear);
    }

    void emit(OccurrenceKind kind, LocalDate start, LocalDate end, int year) {
      if (end.isBefore(from) || start.isAfter(to)) {
        return;
      }
      int label = columnYear != 0 ? columnYear : year;
      sink.accept(kind, start, end, kind == OccurrenceKind.CONTINUOUS ? null : end, label);
    }
  }
}
