package org.eduroadmap.calendar;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eduroadmap.Language;
import org.eduroadmap.EduroadmapException;
import org.jspecify.annotations.Nullable;

/**
 * A calendar question that cannot be answered or calendar data that cannot be read, with the
 * message in English and in Russian.
 *
 * <pre>{@code
 * try {
 *   RussianProductionCalendar.strict().isWorkingDay(LocalDate.of(2031, 5, 4));
 * } catch (CalendarException e) {              // or catch (EduroadmapException e)
 *   e.getMessage();                            // "No production calendar data for year 2031 ..."
 *   e.getMessage(Locale.forLanguageTag("ru")); // "Нет данных производственного календаря на 2031 год ..."
 * }
 * }</pre>
 *
 * <p>Since 0.1.0 it extends {@link EduroadmapException}, the one error type of Eduroadmap, and no longer
 * {@link java.time.DateTimeException}: code that caught {@code DateTimeException} for calendar errors
 * catches {@code CalendarException} or {@code EduroadmapException} instead. The messages are in the
 * bundle {@code org/eduroadmap/calendar/messages.properties} (English) and {@code messages_ru.properties}.
 * {@link #getMessage()} is English; {@link #getLocalizedMessage()} follows the default locale.
 * This class is immutable and thread-safe.
 */
public class CalendarException extends EduroadmapException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception from a key of the calendar bundle and its arguments.
   *
   * @param key the message key in {@code org/eduroadmap/calendar/messages.properties}
   * @param cause the error that led to this one, or {@code null}
   * @param arguments the pattern's arguments
   */
  protected CalendarException(String key, @Nullable Throwable cause, Object... arguments) {
    super(key, cause, arguments);
  }

  static CalendarException of(String key, Object... arguments) {
    return new CalendarException(key, null, arguments);
  }

  /**
   * A message put together by a data-file reader, where the detail is written in both languages by the
   * caller: the file and line come first, then the detail.
   */
  static CalendarException located(String where, String english, String russian, @Nullable Throwable cause) {
    return new CalendarException("calendar.located", cause, where, english, russian);
  }

  /**
   * The place {@code source}, line {@code line}, written in English («file.xml, line 7»); the Russian
   * message writes it «file.xml, строка 7» (see {@link #arguments(Language)}).
   */
  static String at(String source, int line) {
    return source + ", line " + line;
  }

  /** The place {@code source}, line {@code line}, column {@code column}, written as {@link #at(String, int)}. */
  static String at(String source, int line, int column) {
    return at(source, line) + ", column " + column;
  }

  /**
   * Why a file could not be read, in Russian, for the Russian message: the reader's own words (English)
   * stay in the English message and in the cause.
   */
  static String russianReason(IOException e) {
    String key = e instanceof NoSuchFileException || e instanceof FileNotFoundException ? "calendar.io.noSuchFile"
        : e instanceof AccessDeniedException ? "calendar.io.accessDenied"
        : e instanceof CharacterCodingException ? "calendar.io.encoding"
        : "calendar.io.other";
    return CalendarTexts.text(Language.RU.bundleLocale(), key);
  }

  /** The arguments, with the place of a file error («…, line 7, column 3») written in {@code language}. */
  @Override
  protected Object[] arguments(Language language) {
    Object[] arguments = super.arguments(language);
    if (language == Language.RU && arguments.length > 0) {
      Matcher m = PLACE.matcher(String.valueOf(arguments[0]));
      if (m.find()) {
        arguments[0] = m.replaceFirst(m.group(2) == null ? ", строка $1" : ", строка $1, столбец $2");
      }
    }
    return arguments;
  }

  private static final Pattern PLACE = Pattern.compile(", line (\\d+)(?:, column (\\d+))?$");

  @Override
  protected ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle("org.eduroadmap.calendar.messages", locale);
  }
}
