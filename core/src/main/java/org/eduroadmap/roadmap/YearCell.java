package org.eduroadmap.roadmap;

import java.util.Optional;
import org.eduroadmap.term.Term;
import org.immutables.value.Value;

/**
 * One per-year cell of a roadmap that has a column per year (seed {@code yakovlevsky-2020}):
 * the planned result for that year and the term written after it.
 *
 * <pre>{@code
 * // «Проведен анализ … Сентябрь – октябрь 2020» in the column 2020
 * YearCell cell = YearCell.of(2020, "Проведен анализ …", Term.of("Сентябрь – октябрь 2020"));
 * }</pre>
 *
 * <p>A cell with a result but no date phrase has an empty term; an empty cell is no cell. The term
 * is kept as written even when its year is not the column's: validation warns about that.
 * This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class YearCell {

  YearCell() {}

  /** The year of the column. */
  public abstract int year();

  /** The planned result for that year, as written. */
  public abstract Optional<String> result();

  /** The term written in the cell, empty when it has none. */
  @Value.Default
  public Term term() {
    return Term.empty();
  }

  /** Obtains the cell of column {@code year} holding {@code result} and {@code term}. */
  public static YearCell of(int year, String result, Term term) {
    return new ImmutableYearCell.Builder().year(year).result(result).term(term).build();
  }

  /** Obtains a cell of column {@code year} that holds only a term. */
  public static YearCell of(int year, Term term) {
    return new ImmutableYearCell.Builder().year(year).term(term).build();
  }

  /** A copy of this year cell with another year. */
  public YearCell withYear(int year) {
    return immutable().withYear(year);
  }

  /** A copy of this year cell with this result. */
  public YearCell withResult(String result) {
    return immutable().withResult(result);
  }

  /** A copy of this year cell without a result. */
  public YearCell withoutResult() {
    return immutable().withResult(Optional.empty());
  }

  /** A copy of this year cell with another term. */
  public YearCell withTerm(Term term) {
    return immutable().withTerm(term);
  }

  /** This value as its generated class, whose with* methods make the copies. */
  private ImmutableYearCell immutable() {
    // copyOf returns this when it already is one; its declared type hides the Optional withers.
    return (ImmutableYearCell) ImmutableYearCell.copyOf(this);
  }
}
