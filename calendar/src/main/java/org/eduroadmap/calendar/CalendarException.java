package org.eduroadmap.calendar;

import java.util.Locale;
import java.util.ResourceBundle;
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

  @Override
  protected ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle("org.eduroadmap.calendar.messages", locale);
  }
}
