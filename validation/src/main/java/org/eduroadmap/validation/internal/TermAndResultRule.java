package org.eduroadmap.validation.internal;

import java.util.List;
import org.eduroadmap.roadmap.Activity;
import org.eduroadmap.roadmap.YearCell;
import org.eduroadmap.term.Term;
import org.eduroadmap.term.TermRule;
import org.eduroadmap.validation.ViolationCode;

/**
 * What can be seen of terms and results without reading the terms: {@code TERM_EMPTY},
 * {@code YEAR_CELL_WITHOUT_TERM}, {@code YEAR_CELL_NOT_A_COLUMN}, {@code NO_RESULT}.
 *
 * <p>{@code NO_RESULT} is only reported when some other row of the table has a result, evidence or
 * an indicator: a table without a results column (seed 002) is not wrong row by row.
 */
final class TermAndResultRule implements Rule {

  @Override
  public void check(RuleContext context) {
    List<Integer> columns = context.roadmap().yearColumns();
    boolean tableHasResults = context.tableRows().stream().anyMatch(r -> hasResult(r.activity()));
    for (Row row : context.allRows()) {
      Activity a = row.activity();
      if (!a.hasYearCells() && isEmpty(a.term())) {
        context.report(ViolationCode.TERM_EMPTY, row, "term");
      }
      for (int i = 0; i < a.yearCells().size(); i++) {
        YearCell cell = a.yearCells().get(i);
        String cellPath = "yearCells[" + i + "]";
        String year = String.valueOf(cell.year());
        if (!columns.isEmpty() && !columns.contains(cell.year())) {
          context.report(ViolationCode.YEAR_CELL_NOT_A_COLUMN, row, cellPath + ".year", "year", year);
        }
        if (isEmpty(cell.term()) && cell.result().filter(r -> !r.isBlank()).isPresent()) {
          context.report(ViolationCode.YEAR_CELL_WITHOUT_TERM, row, cellPath + ".term",
              "year", year, "result", cell.result().get().strip());
        }
      }
      if (tableHasResults && row.isTableRow() && !hasResult(a)) {
        context.report(ViolationCode.NO_RESULT, row, "results");
      }
    }
  }

  /** Blank, or nothing but punctuation such as a dash: the term language reads it as empty. */
  private static boolean isEmpty(Term term) {
    return term.isBlank() || term.rule() instanceof TermRule.Empty;
  }

  private static boolean hasResult(Activity a) {
    return !a.results().isEmpty()
        || !a.evidence().isEmpty()
        || !a.indicators().isEmpty()
        || a.yearCells().stream().anyMatch(c -> c.result().filter(r -> !r.isBlank()).isPresent());
  }
}
