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
 * <p>This class is immutable and thread-safe.
 *
 * @param position the index in the text (0 based) where reading stopped
 * @param expected what was expected there
 * @param found what was found there, as written; empty at the end of the text
 * @param suggestion a known word close to the one found, if any
 */
public record TermProblem(int position, TermExpectation expected, String found, Optional<String> suggestion) {

  private static final int SHOWN = 80;

  /** Checks the parts. */
  public TermProblem {
    if (position < 0) {
      throw new IllegalArgumentException("Invalid position (must not be negative): " + position);
    }
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(found, "found");
    Objects.requireNonNull(suggestion, "suggestion");
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
    String foundShown = found.isEmpty()
        ? bundle.getString("term.endOfText")
        : "«" + (found.length() > SHOWN ? found.substring(0, SHOWN) + "…" : found) + "»";
    String key = suggestion.isPresent() ? "term.cannotReadSuggestion" : "term.cannotRead";
    return new MessageFormat(bundle.getString(key), language.bundleLocale()).format(new Object[] {
        shown, String.valueOf(position), expected.description(locale), foundShown, suggestion.orElse("")});
  }

}
