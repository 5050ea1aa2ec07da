package org.eduroadmap.validation.internal;

import java.time.LocalDate;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eduroadmap.roadmap.Activity;
import org.eduroadmap.roadmap.Roadmap;
import org.eduroadmap.roadmap.RoadmapPeriod;
import org.eduroadmap.roadmap.YearCell;
import org.eduroadmap.term.Term;
import org.eduroadmap.term.TermNotes;
import org.eduroadmap.term.TermRule;
import org.eduroadmap.validation.ViolationCode;

/**
 * What the terms mean, read by the term language ({@link Term#rule()}): {@code TERM_UNPARSED},
 * {@code DEADLINE_BEFORE_ORDER}, {@code TERM_DATE_OUTSIDE_PERIOD}, {@code YEAR_CELL_YEAR_MISMATCH},
 * {@code TERM_WEEKDAY_MISMATCH}.
 *
 * <p>Only dates written with their year count ({@link ExplicitDates}); a term's due day is the last
 * day it names. A due day before the approving order is reported as such and not again as outside
 * the period: one fact, one warning.
 */
final class TermDateRule implements Rule {

  @Override
  public void check(RuleContext context) {
    for (Row row : context.allRows()) {
      Activity a = row.activity();
      if (!a.hasYearCells()) {
        check(context, row, "term", a.term(), Optional.empty());
      }
      for (int i = 0; i < a.yearCells().size(); i++) {
        YearCell cell = a.yearCells().get(i);
        check(context, row, "yearCells[" + i + "].term", cell.term(), Optional.of(cell.year()));
      }
    }
  }

  /** TERM_WEEKDAY_MISMATCH for every written day of the week that is not its date's (D29). */
  private static void weekdays(RuleContext context, Row row, String property, String text, TermRule rule) {
    List<TermRule> parts = rule instanceof TermRule.Several s ? s.rules() : List.of(rule);
    Messages m = context.messages();
    boolean ru = "ru".equals(m.locale().getLanguage());
    for (TermRule part : parts) {
      if (part instanceof TermRule.Noted n) {
        for (TermNotes.WeekdayMismatch w : n.weekdayMismatches()) {
          context.report(ViolationCode.TERM_WEEKDAY_MISMATCH, row, property, "term", text,
              "date", m.date(w.date()), "written", weekday(w.written(), ru), "actual",
              weekday(w.date().getDayOfWeek(), ru));
        }
      }
    }
  }

  private static String weekday(DayOfWeek d, boolean ru) {
    return d.getDisplayName(TextStyle.FULL, ru ? Locale.forLanguageTag("ru") : Locale.ENGLISH);
  }

  private static void check(RuleContext context, Row row, String property, Term term, Optional<Integer> column) {
    TermRule rule = term.rule();
    Messages m = context.messages();
    String text = term.text().strip();
    if (rule instanceof TermRule.Unparsed u) {
      context.report(ViolationCode.TERM_UNPARSED, row, property,
          "term", text, "reason", u.reason(m.locale()));
      return;
    }
    weekdays(context, row, property, text, rule);
    Optional<ExplicitDates.Span> found = ExplicitDates.of(rule);
    if (found.isEmpty()) {
      return;
    }
    ExplicitDates.Span span = found.get();
    if (column.isPresent() && !span.touches(column.get())) {
      context.report(ViolationCode.YEAR_CELL_YEAR_MISMATCH, row.path(property), row.concerned(),
          span.start().getYear() == span.end().getYear() ? null : "YEAR_CELL_YEAR_MISMATCH.span",
          "term", text, "column", String.valueOf(column.get()), "years", span.years());
    }
    Roadmap roadmap = context.roadmap();
    RoadmapPeriod period = roadmap.period();
    Optional<LocalDate> orderDate = roadmap.order().date();
    if (orderDate.isPresent() && span.end().isBefore(orderDate.get())) {
      context.report(ViolationCode.DEADLINE_BEFORE_ORDER, row, property,
          "term", text, "due", m.date(span.end()), "order", m.date(orderDate.get()));
    } else if (period.isValid()
        && (span.end().isBefore(period.first()) || span.end().isAfter(period.last()))) {
      context.report(ViolationCode.TERM_DATE_OUTSIDE_PERIOD, row, property,
          "term", text, "due", m.date(span.end()),
          "first", m.date(period.first()), "last", m.date(period.last()));
    }
  }
}
