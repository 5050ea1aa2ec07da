package org.eduroadmap.json;

import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.eduroadmap.EduroadmapException;
import org.eduroadmap.Language;
import org.jspecify.annotations.Nullable;

/**
 * Execution records in JSON lines that cannot be read: names the line (from 1), the column, the field
 * and the bad value.
 *
 * <pre>{@code
 * try {
 *   ExecutionRecordsJson.standard().read(Path.of("records.jsonl"));
 * } catch (ExecutionRecordsJsonException e) {   // or catch (EduroadmapException e)
 *   e.line();    // 3
 *   e.field();   // Optional[doneOn]
 *   e.value();   // Optional[2023-09-31]
 *   e.getMessage(Locale.forLanguageTag("ru"));
 *   // «Поле «doneOn»: «2023-09-31» — не дата вида 2023-09-20 (строка 3, столбец 58)»
 * }
 * }</pre>
 *
 * <p>{@link #getMessage()} is English; {@link #getMessage(Locale)} gives Russian for {@code ru}. The texts
 * are in the bundle {@code org/eduroadmap/json/messages} (keys {@code records.*}); neither language names
 * Java or Jackson types. A sibling of {@link RoadmapJsonException}: both are {@link EduroadmapException}s.
 */
public final class ExecutionRecordsJsonException extends EduroadmapException {

  private static final long serialVersionUID = 1L;

  private final int line;
  private final int column;
  private final @Nullable String field;
  private final @Nullable String value;

  ExecutionRecordsJsonException(int line, int column, @Nullable String field, @Nullable String value,
      String key, @Nullable Throwable cause, Object... arguments) {
    super(key, cause, arguments);
    this.line = line;
    this.column = column;
    this.field = field;
    this.value = value;
  }

  /** The line of the bad record, from 1; 0 for the file as a whole (its size). */
  public int line() {
    return line;
  }

  /** The column of the bad value, from 1; 0 when unknown. */
  public int column() {
    return column;
  }

  /** The field whose value is wrong or missing ({@code doneOn}), when one is to blame. */
  public Optional<String> field() {
    return Optional.ofNullable(field);
  }

  /** The bad value as written ({@code 2023-09-31}, {@code 42}), when there is one. */
  public Optional<String> value() {
    return Optional.ofNullable(value);
  }

  /** {@code line 3} or {@code line 3, doneOn}. */
  @Override
  public Optional<String> where() {
    return line == 0 ? Optional.empty() : Optional.of("line " + line + (field == null ? "" : ", " + field));
  }

  /** The message in Russian for a {@code ru} locale, in English otherwise, with the line and column. */
  @Override
  public String getMessage(Locale locale) {
    Language language = Language.of(locale);
    if (line == 0) {
      return super.getMessage(locale);
    }
    if (column == 0) {
      return format(language, "records.locatedLine", super.getMessage(locale), line);
    }
    return format(language, "records.located", super.getMessage(locale), line, column);
  }

  @Override
  protected ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle("org.eduroadmap.json.messages", locale);
  }
}
