package org.eduroadmap.validation.internal;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.util.Optional;
import org.eduroadmap.term.TermRule;
import org.eduroadmap.term.YearSpan;

/**
 * The dates a term writes out in full, with their year: {@code не позднее 16 февраля 2021},
 * {@code август 2020}, {@code В течение 2023-2024 гг}. Terms without a year ({@code ежегодно
 * (ноябрь)}) have none: they take their dates from the period.
 *
 * <pre>{@code
 * ExplicitDates.of(TermReader.strict().read("Сентябрь – октябрь 2020"));
 * // Optional[Span[start=2020-09-01, end=2020-10-31]]
 * }</pre>
 */
final class ExplicitDates {

  /**
   * The first and last day a term names; for a deadline both are its date, for «first then yearly»
   * the first month.
   */
  record Span(LocalDate start, LocalDate end) {

    /** Whether the span has a day in {@code year}. */
    boolean touches(int year) {
      return start.getYear() <= year && year <= end.getYear();
    }

    /** {@code 2020}, or {@code 2020–2021} for a span across a year's end. */
    String years() {
      return start.getYear() == end.getYear()
          ? String.valueOf(start.getYear())
          : start.getYear() + "–" + end.getYear();
    }
  }

  private ExplicitDates() {}

  static Optional<Span> of(TermRule rule) {
    if (rule instanceof TermRule.Noted n) {
      return of(n.rule()); // notes never change the dates
    } else if (rule instanceof TermRule.Several s) {
      // the dates written with a year in the parts: from the first start to the last end
      Optional<Span> all = Optional.empty();
      for (TermRule part : s.rules()) {
        Optional<Span> p = of(part);
        if (p.isPresent()) {
          all = all.isEmpty() ? p : span(min(all.get().start(), p.get().start()), max(all.get().end(), p.get().end()));
        }
      }
      return all;
    } else if (rule instanceof TermRule.AcademicYearOf a) {
      int y = a.startYear().getValue();
      return span(LocalDate.of(y, 9, 1), LocalDate.of(y + 1, 8, 31));
    } else if (rule instanceof TermRule.OneDate d) {
      return span(d.date(), d.date());
    } else if (rule instanceof TermRule.Deadline d) {
      return span(d.date(), d.date());
    } else if (rule instanceof TermRule.MonthsOfYear m) {
      return months(m.from(), m.to());
    } else if (rule instanceof TermRule.FirstThenYearly f) {
      return months(f.first(), f.first());
    } else if (rule instanceof TermRule.DateWindow w) {
      return span(w.from(), w.to());
    } else if (rule instanceof TermRule.InYears y) {
      return years(y.years());
    } else if (rule instanceof TermRule.ThroughPeriod p) {
      return p.years().flatMap(ExplicitDates::years);
    } else if (rule instanceof TermRule.Quarters q) {
      return q.year().flatMap(y -> months(y.atMonth(q.firstMonth()), y.atMonth(q.lastMonth())));
    } else if (rule instanceof TermRule.HalfYear h) {
      return h.year().flatMap(y -> months(y.atMonth(h.firstMonth()), y.atMonth(h.lastMonth())));
    }
    return Optional.empty();
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static Optional<Span> years(YearSpan years) {
    return span(years.first().atDay(1), lastDay(years.last()));
  }

  private static LocalDate lastDay(Year year) {
    return year.atMonth(Month.DECEMBER).atEndOfMonth();
  }

  private static Optional<Span> months(YearMonth from, YearMonth to) {
    return span(from.atDay(1), to.atEndOfMonth());
  }

  private static Optional<Span> span(LocalDate start, LocalDate end) {
    return Optional.of(new Span(start, end));
  }
}
