package org.eduroadmap.term;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

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
 *   e.message(Locale.forLanguageTag("ru")); // Russian
 * }
 * }</pre>
 */
public final class TermParseException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String text;
  private final transient TermProblem problem;

  TermParseException(String text, TermProblem problem) {
    super(problem.message(text, Locale.ENGLISH));
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
  public String message(Locale locale) {
    return problem.message(text, locale);
  }
}
