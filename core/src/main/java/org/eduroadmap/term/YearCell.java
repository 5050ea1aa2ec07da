package org.eduroadmap.term;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A cell of a per-year column (seed 001), split into that year's planned result and its trailing term.
 *
 * <pre>{@code
 * YearCell cell = YearCell.split("Проведен анализ данных Сентябрь – октябрь 2020");
 * cell.result();  // Optional[Проведен анализ данных]
 * cell.term();    // Optional[Сентябрь – октябрь 2020]
 * cell.rule();    // MonthsOfYear[from=2020-09, to=2020-10]
 * }</pre>
 *
 * <p>A cell with no date phrase has a result but no term; a blank cell has neither. The term is read with
 * the column's year as context by the scheduler; an explicit year in it is kept as written.
 *
 * <p>Made by {@link #split(String)}. This class is immutable and thread-safe.
 */
public final class YearCell {

  /** How many words from the end of a cell may form its term. */
  private static final int MAX_TERM_WORDS = 24;
  private static final YearCell BLANK = new YearCell(Optional.empty(), Optional.empty());

  private final Optional<String> result;
  private final Optional<Term> term;

  private YearCell(Optional<String> result, Optional<Term> term) {
    this.result = result;
    this.term = term;
  }

  /** The planned result, if any text precedes the term. */
  public Optional<String> result() {
    return result;
  }

  /** The trailing term, if the cell ends with one. */
  public Optional<Term> term() {
    return term;
  }

  /** Splits {@code cell}; never throws on a non-null cell. */
  public static YearCell split(String cell) {
    Objects.requireNonNull(cell, "cell");
    String text = cell.strip();
    if (text.isEmpty()) {
      return BLANK;
    }
    List<Integer> starts = new ArrayList<>();
    for (int i = text.length() - 1; i >= 0 && starts.size() < MAX_TERM_WORDS; i--) {
      boolean startsWord = !Character.isWhitespace(text.charAt(i)) && (i == 0 || Character.isWhitespace(text.charAt(i - 1)));
      if (startsWord) {
        starts.add(i);
      }
    }
    for (int k = starts.size() - 1; k >= 0; k--) {
      int start = starts.get(k);
      String candidate = text.substring(start);
      if (candidate.length() > TermReader.MAX_LENGTH) {
        continue;
      }
      TermRule rule = Parser.parseBare(candidate);
      if (rule != null && isDatedTerm(rule)) {
        String result = text.substring(0, start).strip();
        return new YearCell(result.isEmpty() ? Optional.empty() : Optional.of(result), Optional.of(Term.of(candidate)));
      }
    }
    return new YearCell(Optional.of(text), Optional.empty());
  }

  private static boolean isDatedTerm(TermRule rule) {
    return rule.isParsed() && !(rule instanceof TermRule.External) && !(rule instanceof TermRule.InYears)
        && !(rule instanceof TermRule.Empty);
  }

  /** The rule of the term; {@link TermRule.Empty} when the cell has no term. */
  public TermRule rule() {
    return term.map(Term::rule).orElse(TermRule.Empty.of());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof YearCell c && result.equals(c.result) && term.equals(c.term);
  }

  @Override
  public int hashCode() {
    return Objects.hash(result, term);
  }

  @Override
  public String toString() {
    return ValueText.of("YearCell", "result", result, "term", term);
  }
}
