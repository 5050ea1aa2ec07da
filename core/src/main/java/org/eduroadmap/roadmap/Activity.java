package org.eduroadmap.roadmap;

import java.util.List;
import java.util.Optional;
import org.eduroadmap.responsibility.Responsibility;
import org.eduroadmap.term.Term;
import org.immutables.value.Value;

/**
 * One row of a roadmap's table: what is done, when, by whom, with what result.
 *
 * <pre>{@code
 * Activity a = Activity.builder()
 *     .number("8.")
 *     .title("Проведение анализа эффективности принятых мер (по работе со ШНОР)")
 *     .term(Term.of("ежегодно (ноябрь)"))
 *     .addResults("Доклад к представлению на Ученом совете")
 *     .build();
 * a.key(); // "8"
 * }</pre>
 *
 * <p>Everything is kept as the document writes it: the number as printed (numbers can repeat in a
 * real document), the term text, the responsible cell. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Activity {

  Activity() {}

  /** The number as printed: {@code 1.}, {@code 1.1.}, {@code 11}, {@code п. 3.4}. */
  public abstract String number();

  /** The number without a trailing dot, as the command line names activities: {@code 1.1}. */
  @Value.Lazy
  public String key() {
    String n = number().strip();
    return n.endsWith(".") ? n.substring(0, n.length() - 1) : n;
  }

  /**
   * The activity's identifier, unique within its roadmap and stable: what schedules, execution records
   * and calendar UIDs key on, while {@link #number()} stays what people see. Printed numbers may
   * repeat (two rows numbered «11»), identifiers never do: by default the identifier is the
   * {@link #key()}, and a roadmap gives a repeated one a suffix in document order ({@code 11},
   * {@code 11-2}). Kept in JSON.
   */
  @Value.Default
  public String id() {
    return key();
  }

  /** What is done, as written. */
  public abstract String title();

  /** The term («срок») as written; empty when the row has per-year cells instead or a blank cell. */
  @Value.Default
  public Term term() {
    return Term.empty();
  }

  /** One cell per year column, for documents with a column per year; empty otherwise. */
  public abstract List<YearCell> yearCells();

  /** Who answers for it. */
  @Value.Default
  public Responsibility responsibility() {
    return Responsibility.none();
  }

  /** The expected results as written («Аналитическая справка»), one per item of the cell. */
  public abstract List<String> results();

  /** The documents that fix the result («Приказ УО»). */
  public abstract List<String> evidence();

  /** Indicators with target values. */
  public abstract List<Indicator> indicators();

  /** Footnote marks attached to the row: {@code *}. */
  public abstract List<String> footnoteMarks();

  /** Whether the row has per-year cells rather than one term. */
  public boolean hasYearCells() {
    return !yearCells().isEmpty();
  }

  /** The cell of column {@code year}, if the row has one. */
  public Optional<YearCell> yearCell(int year) {
    return yearCells().stream().filter(c -> c.year() == year).findFirst();
  }

  /** Obtains the activity {@code number} {@code title} with term {@code term}. */
  public static Activity of(String number, String title, Term term) {
    return builder().number(number).title(title).term(term).build();
  }

  /** A copy of this activity with another number. */
  public Activity withNumber(String number) {
    return immutable().withNumber(number);
  }

  /** A copy of this activity with another id. */
  public Activity withId(String id) {
    return immutable().withId(id);
  }

  /** A copy of this activity with another title. */
  public Activity withTitle(String title) {
    return immutable().withTitle(title);
  }

  /** A copy of this activity with another term. */
  public Activity withTerm(Term term) {
    return immutable().withTerm(term);
  }

  /** A copy of this activity with these year cells. */
  public Activity withYearCells(YearCell... yearCells) {
    return immutable().withYearCells(yearCells);
  }

  /** A copy of this activity with these year cells. */
  public Activity withYearCells(Iterable<? extends YearCell> yearCells) {
    return immutable().withYearCells(yearCells);
  }

  /** A copy of this activity with another responsibility. */
  public Activity withResponsibility(Responsibility responsibility) {
    return immutable().withResponsibility(responsibility);
  }

  /** A copy of this activity with these results. */
  public Activity withResults(String... results) {
    return immutable().withResults(results);
  }

  /** A copy of this activity with these results. */
  public Activity withResults(Iterable<String> results) {
    return immutable().withResults(results);
  }

  /** A copy of this activity with these documents as evidence. */
  public Activity withEvidence(String... evidence) {
    return immutable().withEvidence(evidence);
  }

  /** A copy of this activity with these documents as evidence. */
  public Activity withEvidence(Iterable<String> evidence) {
    return immutable().withEvidence(evidence);
  }

  /** A copy of this activity with these indicators. */
  public Activity withIndicators(Indicator... indicators) {
    return immutable().withIndicators(indicators);
  }

  /** A copy of this activity with these indicators. */
  public Activity withIndicators(Iterable<? extends Indicator> indicators) {
    return immutable().withIndicators(indicators);
  }

  /** A copy of this activity with these footnote marks. */
  public Activity withFootnoteMarks(String... footnoteMarks) {
    return immutable().withFootnoteMarks(footnoteMarks);
  }

  /** A copy of this activity with these footnote marks. */
  public Activity withFootnoteMarks(Iterable<String> footnoteMarks) {
    return immutable().withFootnoteMarks(footnoteMarks);
  }

  /** This value as its generated class, whose with* methods make the copies. */
  private ImmutableActivity immutable() {
    // copyOf returns this when it already is one; its declared type hides the Optional withers.
    return (ImmutableActivity) ImmutableActivity.copyOf(this);
  }

  /** A builder for all attributes. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Activity}. */
  public static final class Builder extends ImmutableActivity.Builder {
    Builder() {}
  }
}
