package org.eduroadmap.term;

import java.util.Objects;

/**
 * The term of an activity («срок») exactly as the document writes it, such as
 * {@code ежегодно (ноябрь)}.
 *
 * <pre>{@code
 * Term term = Term.of("ежегодно (ноябрь)");
 * term.text();    // "ежегодно (ноябрь)"
 * term.isBlank(); // false
 * term.rule();    // YearlyInMonths[months=[NOVEMBER]]
 * }</pre>
 *
 * <p>The text is never changed: it is what the methodologist wrote, kept for display and for
 * re-reading. In JSON a term is its text. Equality is on the text alone.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Term {

  private static final Term EMPTY = new Term("");

  private final String text;

  private Term(String text) {
    this.text = text;
  }

  /** Obtains the term written as {@code text}; an empty text is the blank cell. */
  public static Term of(String text) {
    Objects.requireNonNull(text, "text");
    return text.isEmpty() ? EMPTY : new Term(text);
  }

  /** The blank cell: no term written. */
  public static Term empty() {
    return EMPTY;
  }

  /** The text exactly as written. */
  public String text() {
    return text;
  }

  /** Whether nothing but white space is written. */
  public boolean isBlank() {
    return text.isBlank();
  }

  /**
   * The rule the text means, read leniently each time it is asked for: a text that cannot be read is
   * {@link TermRule.Unparsed}, a blank one {@link TermRule.Empty}.
   *
   * <pre>{@code
   * Term.of("ежегодно (ноябрь)").rule(); // YearlyInMonths[months=[NOVEMBER]]
   * }</pre>
   */
  public TermRule rule() {
    // Not remembered here: a term is a plain value, and the calculator keeps the one bounded cache of
    // readings. Reading a term takes well under a microsecond.
    return TermReader.lenient().read(text);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Term t && text.equals(t.text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  @Override
  public String toString() {
    return text;
  }
}
