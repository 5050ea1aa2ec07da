package org.eduroadmap.json;

import java.util.Locale;
import java.util.Objects;

/**
 * Roadmap JSON that cannot be read: names the JSON path, the line and column, and what was expected.
 *
 * <pre>{@code
 * try {
 *   RoadmapJson.standard().read(text);
 * } catch (RoadmapJsonException e) {
 *   e.path();   // "$.sections[0].activities[3].term"
 *   e.line();   // 42
 *   e.message(Locale.forLanguageTag("ru"));
 * }
 * }</pre>
 *
 * <p>{@link #getMessage()} is English; {@link #message(Locale)} gives Russian for {@code ru}.
 */
public final class RoadmapJsonException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String path;
  private final int line;
  private final int column;
  private final String russian;

  RoadmapJsonException(String path, int line, int column, String english, String russian,
      Throwable cause) {
    super(english + " at " + path + " (line " + line + ", column " + column + ")", cause);
    this.path = Objects.requireNonNull(path);
    this.line = line;
    this.column = column;
    this.russian = russian + " в " + path + " (строка " + line + ", столбец " + column + ")";
  }

  /** The JSON path of the bad value: {@code $.sections[0].activities[3].term}; {@code $} for the document. */
  public String path() {
    return path;
  }

  /** The line of the bad value, from 1; 0 when unknown. */
  public int line() {
    return line;
  }

  /** The column of the bad value, from 1; 0 when unknown. */
  public int column() {
    return column;
  }

  /** The message in Russian for a {@code ru} locale, in English otherwise. */
  public String message(Locale locale) {
    return "ru".equals(locale.getLanguage()) ? russian : getMessage();
  }
}
