package org.eduroadmap.term;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import org.eduroadmap.Language;

/**
 * Where a term could not be read and why: the index, what was expected there, what was found, and a
 * suggested spelling when the word found is close to a known one.
 *
 * <pre>{@code
 * TermRule.Unparsed u = (TermRule.Unparsed) TermReader.lenient().read("ежегодно (нябрь)");
 * TermProblem p = u.problem();
 * p.position();    // 10
 * p.expected();    // MONTH
 * p.found();       // "нябрь"
 * p.suggestion();  // Optional[ноябрь]
 * p.message(u.text(), Locale.ENGLISH);
 * // Cannot read the term «ежегодно (нябрь)» at index 10: expected a month, found «нябрь»; did you mean «ноябрь»?
 * }</pre>
 *
 * <p>Made by {@link #of(int, TermExpectation, String)} and {@link #of(int, TermExpectation, String, String)}.
 * This class is immutable and thread-safe.
 */
public final class TermProblem {

  private static final int SHOWN = 80;

  private final int position;
  private final TermExpectation expected;
  private final String found;
  private final Optional<String> suggestion;

  private TermProblem(int position, TermExpectation expected, String found, Optional<String> suggestion) {
    if (position < 0) {
      throw new IllegalArgumentException("Invalid position (must not be negative): " + position);
    }
    this.position = position;
    this.expected = Objects.requireNonNull(expected, "expected");
    this.found = Objects.requireNonNull(found, "found");
    this.suggestion = suggestion;
  }

  /**
   * The problem at {@code position}: {@code expected} was expected, {@code found} was found (empty at the
   * end of the text); no suggestion.
   *
   * @throws IllegalArgumentException if {@code position} is negative
   */
  public static TermProblem of(int position, TermExpectation expected, String found) {
    return new TermProblem(position, expected, found, Optional.empty());
  }

  /**
   * The problem at {@code position}, with {@code suggestion}, a known word close to the one found.
   *
   * @throws IllegalArgumentException if {@code position} is negative
   */
  public static TermProblem of(int position, TermExpectation expected, String found, String suggestion) {
    Objects.requireNonNull(suggestion, "suggestion");
    return new TermProblem(position, expected, found, Optional.of(suggestion));
  }

  /** The index in the text (0 based) where reading stopped. */
  public int position() {
    return position;
  }

  /** What was expected there. */
  public TermExpectation expected() {
    return expected;
  }

  /** What was found there, as written; empty at the end of the text. */
  public String found() {
    return found;
  }

  /** A known word close to the one found, if any. */
  public Optional<String> suggestion() {
    return suggestion;
  }

  /**
   * The message for a person, in the language of {@code locale} (Russian for {@code ru}, English otherwise).
   *
   * @param text the term text the problem is in, shortened in the message when long
   */
  public String message(String text, Locale locale) {
    Language language = Language.of(locale);
    ResourceBundle bundle = ResourceBundle.getBundle("org.eduroadmap.term.messages", language.bundleLocale());
    String shown = text.length() > SHOWN ? text.substring(0, SHOWN) + "…" : text;
    // A text too long to read is described by its length, in the message's language.
    String foundShown = expected == TermExpectation.SHORTER_TEXT
        ? new MessageFormat(bundle.getString("term.textOfLength"), language.bundleLocale())
            .format(new Object[] {String.valueOf(text.length())})
        : found.isEmpty()
        ? bundle.getString("term.endOfText")
        : "«" + (found.length() > SHOWN ? found.substring(0, SHOWN) + "…" : found) + "»";
    String key = suggestion.isPresent() ? "term.cannotReadSuggestion" : "term.cannotRead";
    return new MessageFormat(bundle.getString(key), language.bundleLocale()).format(new Object[] {
        shown, String.valueOf(position), expected.description(locale), foundShown, suggestion.orElse("")});
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TermProblem p && position == p.position && expected == p.expected && found.equals(p.found)
        && suggestion.equals(p.suggestion);
  }

  @Override
  public int hashCode() {
    return Objects.hash(position, expected, found, suggestion);
  }

  @Override
  public String toString() {
    return ValueText.of("TermProblem", "position", position, "expected", expected, "found", found,
        "suggestion", suggestion);
  }
}
