package org.eduroadmap.validation.internal;

import java.time.LocalDate;
import java.util.Optional;
import org.eduroadmap.roadmap.Activity;
import org.eduroadmap.roadmap.Roadmap;
import org.eduroadmap.roadmap.RoadmapPeriod;
import org.eduroadmap.roadmap.YearCell;
import org.eduroadmap.term.Term;
import org.eduroadmap.term.TermRule;
import org.eduroadmap.validation.ViolationCode;

/**
 * What the terms mean, read by the term language ({@link Term#rule()}): {@code TERM_UNPARSED},
 * {@code DEADLINE_BEFORE_ORDER}, {@code TERM_DATE_OUTSIDE_PERIOD}, {@code YEAR_CELL_YEAR_MISMATCH}.
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

  private static void check(RuleContext context, Row row, String property, Term term, Optional<Integer> column) {
    TermRule rule = term.rule();
    Messages m = context.messages();
    String text = term.text().strip();
    if (rule instanceof TermRule.Unparsed u) {
      context.report(ViolationCode.TERM_UNPARSED, row, property,
          "term", text, "reason", u.reason(m.locale()));
      return;
    }
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
