package org.eduroadmap.json;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import org.eduroadmap.EduroadmapException;
import org.eduroadmap.Language;
import org.jspecify.annotations.Nullable;

/**
 * Roadmap JSON that cannot be read: names the JSON path, the line and column, and what was expected.
 *
 * <pre>{@code
 * try {
 *   RoadmapJson.standard().read(text);
 * } catch (RoadmapJsonException e) {   // or catch (EduroadmapException e)
 *   e.path();   // "$.sections[0].activities[3].term"
 *   e.line();   // 42
 *   e.getMessage(Locale.forLanguageTag("ru"));
 * }
 * }</pre>
 *
 * <p>{@link #getMessage()} is English; {@link #getMessage(Locale)} gives Russian for {@code ru}. The texts
 * are in the bundle {@code org/eduroadmap/json/messages}; neither language names Java or Jackson types.
 */
public final class RoadmapJsonException extends EduroadmapException {

  private static final long serialVersionUID = 1L;

  private final String path;
  private final int line;
  private final int column;

  RoadmapJsonException(String path, int line, int column, String key, @Nullable Throwable cause,
      Object... arguments) {
    super(key, cause, arguments);
    this.path = Objects.requireNonNull(path);
    this.line = line;
    this.column = column;
  }

  /** The JSON path of the bad value: {@code $.sections[0].activities[3].term}; {@code $} for the document. */
  public String path() {
    return path;
  }

  /** The line of the bad value, from 1; 0 when unknown (the message then names the path alone). */
  public int line() {
    return line;
  }

  /** The column of the bad value, from 1; 0 when unknown. */
  public int column() {
    return column;
  }

  /** The JSON path, as {@link #path()}. */
  @Override
  public Optional<String> where() {
    return Optional.of(path);
  }

  /** The message in Russian for a {@code ru} locale, in English otherwise, with the path, line and column. */
  @Override
  public String getMessage(Locale locale) {
    Language language = Language.of(locale);
    // Where no line is known (the document's size, a check of the whole roadmap), the path alone.
    return line > 0
        ? format(language, "json.located", super.getMessage(locale), path, line, column)
        : format(language, "json.locatedPath", super.getMessage(locale), path);
  }

  @Override
  protected ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle("org.eduroadmap.json.messages", locale);
  }
}
