package org.eduroadmap;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import org.jspecify.annotations.Nullable;

/**
 * The one error every Eduroadmap module throws: calendar questions that cannot be answered, terms strict
 * reading cannot read, schedules that cannot be computed, JSON and documents that cannot be read. It is
 * unchecked; catch it to handle any of them, and show {@link #getMessage(Locale)} to a person.
 *
 * <pre>{@code
 * try {
 *   Roadmap roadmap = RoadmapJson.standard().read(text);
 *   calculator.schedule(roadmap);
 * } catch (EduroadmapException e) {
 *   System.err.println(e.getMessage(Locale.forLanguageTag("ru"))); // fully Russian
 *   e.where();                                                      // Optional[$.period], a file, a line…
 * }
 * }</pre>
 *
 * <p>The message is kept as a key of the module's resource bundle ({@code messages.properties}, English,
 * and {@code messages_ru.properties}, Russian) and its arguments, so that it can be written in either
 * language whenever it is asked for. {@link #getMessage()} is English; {@link #getLocalizedMessage()}
 * follows the default locale. Subclasses add what they know about the place: a JSON path, a line, a
 * position.
 */
public abstract class EduroadmapException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String key;
  // Strings only: the exception stays serializable and a number is not grouped as «2,031» by MessageFormat.
  private final String[] arguments;

  /**
   * Creates the exception from a key of the subclass's bundle and the arguments of its pattern.
   *
   * @param key the message key in {@link #bundle(Locale)}
   * @param cause the error that led to this one, or {@code null}
   * @param arguments the pattern's arguments ({@code {0}}, {@code {1}} …), written with {@code String.valueOf}
   */
  protected EduroadmapException(String key, @Nullable Throwable cause, Object... arguments) {
    super(null, cause);
    this.key = Objects.requireNonNull(key, "key");
    this.arguments = new String[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      this.arguments[i] = String.valueOf(arguments[i]);
    }
  }

  /**
   * The resource bundle of the subclass's module for {@code locale}. Each module looks up its own bundle:
   * on the module path a module can read only the resources of its own packages.
   *
   * @param locale {@code ru} or the root locale (English), from {@link Language#bundleLocale()}
   */
  protected abstract ResourceBundle bundle(Locale locale);

  /** The message key in the module's bundle, such as {@code calendar.yearOutOfRange}; stable for tests and logs. */
  public String key() {
    return key;
  }

  /** The bad value's place, when the exception knows one: a file, a JSON path, an activity. */
  public Optional<String> where() {
    return Optional.empty();
  }

  /**
   * The arguments of the pattern in {@code language}; a subclass overrides it when an argument is itself
   * text for a person (a word that must be translated).
   */
  protected Object[] arguments(Language language) {
    return arguments.clone();
  }

  /**
   * The message in Russian for a {@code ru} locale, in English for any other.
   *
   * <pre>{@code
   * e.getMessage(Locale.forLanguageTag("ru")); // «Нет данных производственного календаря на 2031 год …»
   * e.getMessage(Locale.ENGLISH);              // "No production calendar data for year 2031 …"
   * }</pre>
   */
  public String getMessage(Locale locale) {
    Language language = Language.of(locale);
    return format(language, key, arguments(language));
  }

  /**
   * The pattern {@code key} of this exception's bundle in {@code language}, filled with {@code arguments}.
   * For subclasses that put messages together (a message and its place).
   */
  protected final String format(Language language, String key, Object... arguments) {
    String pattern;
    try {
      pattern = bundle(language.bundleLocale()).getString(key);
    } catch (MissingResourceException e) {
      // A missing key is our bug; the message still says what went wrong rather than hiding the error.
      return key + " " + String.join(", ", java.util.Arrays.stream(arguments).map(String::valueOf).toList());
    }
    return new MessageFormat(pattern, language.bundleLocale()).format(arguments);
  }

  /** The message in English. */
  @Override
  public String getMessage() {
    return getMessage(Locale.ROOT);
  }

  /** The message in the language of the default locale: Russian or, for any other, English. */
  @Override
  public String getLocalizedMessage() {
    return getMessage(Locale.getDefault());
  }
}
