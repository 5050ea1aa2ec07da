package org.eduroadmap.term;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import org.eduroadmap.EduroadmapException;

/**
 * A term that strict reading could not read: names the position, what was expected and, for a misspelt
 * word, a suggestion.
 *
 * <pre>{@code
 * try {
 *   TermReader.strict().read("ежегодно (нябрь)");
 * } catch (TermParseException e) {
 *   e.position();                  // 10
 *   e.suggestion();                // Optional[ноябрь]
 *   e.getMessage();                // English
 *   e.getMessage(Locale.forLanguageTag("ru")); // Russian
 * }
 * }</pre>
 *
 * <p>An {@link EduroadmapException}: the texts are in the bundle {@code org/eduroadmap/term/messages}.
 */
public final class TermParseException extends EduroadmapException {

  private static final long serialVersionUID = 1L;

  private final String text;
  private final transient TermProblem problem;

  TermParseException(String text, TermProblem problem) {
    super("term.unreadable", null, text);
    this.text = Objects.requireNonNull(text, "text");
    this.problem = problem;
  }

  /** The text that could not be read. */
  public String text() {
    return text;
  }

  /** The problem: position, expectation, what was found, suggestion. */
  public TermProblem problem() {
    return problem;
  }

  /** The index in {@link #text()} (0 based) where reading stopped. */
  public int position() {
    return problem.position();
  }

  /** What was expected at {@link #position()}. */
  public TermExpectation expected() {
    return problem.expected();
  }

  /** A known word close to the one found, such as «ноябрь» for «нябрь». */
  public Optional<String> suggestion() {
    return problem.suggestion();
  }

  /** The message in the language of {@code locale}: Russian for {@code ru}, English otherwise. */
  @Override
  public String getMessage(Locale locale) {
    // The problem is transient: a deserialized exception still says which term it could not read.
    return problem == null ? super.getMessage(locale) : problem.message(text, locale);
  }

  @Override
  protected ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle("org.eduroadmap.term.messages", locale);
  }
}
