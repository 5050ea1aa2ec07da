package org.eduroadmap.roadmap;

import java.util.List;
import java.util.Map;
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

  /**
   * The row's cells in columns the model has no field for, by the column's header as written, in the
   * document's order: {@code {"Целевая группа": "учителя математики", "Отметка о выполнении": ""}} — kept
   * so that nothing the document says is lost.
   */
  public abstract Map<String, String> otherColumns();

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

  /** A copy of this activity with these cells of other columns, by header. */
  public Activity withOtherColumns(Map<String, ? extends String> otherColumns) {
    return immutable().withOtherColumns(otherColumns);
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
  public static final class Builder {
    // Wraps the generated builder instead of extending it, so that its setters taking an
    // Optional stay out of the public API; an optional attribute not set is absent.
    private final ImmutableActivity.Builder delegate = new ImmutableActivity.Builder();

    Builder() {}

    /** Copies {@code instance}: its values replace those set; its elements are added. */
    public Builder from(Activity instance) {
      delegate.from(instance);
      return this;
    }

    /** Sets the activity's number. */
    public Builder number(String number) {
      delegate.number(number);
      return this;
    }

    /** Sets the activity's identifier. */
    public Builder id(String id) {
      delegate.id(id);
      return this;
    }

    /** Sets the activity's title. */
    public Builder title(String title) {
      delegate.title(title);
      return this;
    }

    /** Sets the activity's term. */
    public Builder term(Term term) {
      delegate.term(term);
      return this;
    }

    /** Adds an element to the activity's year cells. */
    public Builder addYearCells(YearCell element) {
      delegate.addYearCells(element);
      return this;
    }

    /** Adds these elements to the activity's year cells. */
    public Builder addYearCells(YearCell... elements) {
      delegate.addYearCells(elements);
      return this;
    }

    /** Sets the activity's year cells, replacing those set before. */
    public Builder yearCells(Iterable<? extends YearCell> elements) {
      delegate.yearCells(elements);
      return this;
    }

    /** Adds every element of {@code elements} to the activity's year cells. */
    public Builder addAllYearCells(Iterable<? extends YearCell> elements) {
      delegate.addAllYearCells(elements);
      return this;
    }

    /** Sets the activity's responsibility. */
    public Builder responsibility(Responsibility responsibility) {
      delegate.responsibility(responsibility);
      return this;
    }

    /** Adds an element to the activity's results. */
    public Builder addResults(String element) {
      delegate.addResults(element);
      return this;
    }

    /** Adds these elements to the activity's results. */
    public Builder addResults(String... elements) {
      delegate.addResults(elements);
      return this;
    }

    /** Sets the activity's results, replacing those set before. */
    public Builder results(Iterable<String> elements) {
      delegate.results(elements);
      return this;
    }

    /** Adds every element of {@code elements} to the activity's results. */
    public Builder addAllResults(Iterable<String> elements) {
      delegate.addAllResults(elements);
      return this;
    }

    /** Adds the cell {@code text} of the column headed {@code header}. */
    public Builder putOtherColumns(String header, String text) {
      delegate.putOtherColumns(header, text);
      return this;
    }

    /** Sets the cells of other columns, by header, replacing those set before. */
    public Builder otherColumns(Map<String, String> cells) {
      delegate.otherColumns(cells);
      return this;
    }

    /** Adds every cell of {@code cells}, by header. */
    public Builder putAllOtherColumns(Map<String, String> cells) {
      delegate.putAllOtherColumns(cells);
      return this;
    }

    /** Adds an element to the activity's evidence. */
    public Builder addEvidence(String element) {
      delegate.addEvidence(element);
      return this;
    }

    /** Adds these elements to the activity's evidence. */
    public Builder addEvidence(String... elements) {
      delegate.addEvidence(elements);
      return this;
    }

    /** Sets the activity's evidence, replacing those set before. */
    public Builder evidence(Iterable<String> elements) {
      delegate.evidence(elements);
      return this;
    }

    /** Adds every element of {@code elements} to the activity's evidence. */
    public Builder addAllEvidence(Iterable<String> elements) {
      delegate.addAllEvidence(elements);
      return this;
    }

    /** Adds an element to the activity's indicators. */
    public Builder addIndicators(Indicator element) {
      delegate.addIndicators(element);
      return this;
    }

    /** Adds these elements to the activity's indicators. */
    public Builder addIndicators(Indicator... elements) {
      delegate.addIndicators(elements);
      return this;
    }

    /** Sets the activity's indicators, replacing those set before. */
    public Builder indicators(Iterable<? extends Indicator> elements) {
      delegate.indicators(elements);
      return this;
    }

    /** Adds every element of {@code elements} to the activity's indicators. */
    public Builder addAllIndicators(Iterable<? extends Indicator> elements) {
      delegate.addAllIndicators(elements);
      return this;
    }

    /** Adds an element to the activity's footnote marks. */
    public Builder addFootnoteMarks(String element) {
      delegate.addFootnoteMarks(element);
      return this;
    }

    /** Adds these elements to the activity's footnote marks. */
    public Builder addFootnoteMarks(String... elements) {
      delegate.addFootnoteMarks(elements);
      return this;
    }

    /** Sets the activity's footnote marks, replacing those set before. */
    public Builder footnoteMarks(Iterable<String> elements) {
      delegate.footnoteMarks(elements);
      return this;
    }

    /** Adds every element of {@code elements} to the activity's footnote marks. */
    public Builder addAllFootnoteMarks(Iterable<String> elements) {
      delegate.addAllFootnoteMarks(elements);
      return this;
    }

    /**
     * Builds the activity; throws {@link IllegalStateException} if a required attribute is missing.
     */
    public Activity build() {
      return delegate.build();
    }
  }
}
