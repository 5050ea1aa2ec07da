package org.eduroadmap.calendar;

import java.time.DateTimeException;
import java.util.Locale;
import java.util.Objects;

/**
 * A calendar question that cannot be answered or calendar data that cannot be read, with the
 * message in English and in Russian.
 *
 * <pre>{@code
 * try {
 *   RussianProductionCalendar.strict().isWorkingDay(LocalDate.of(2031, 5, 4));
 * } catch (CalendarException e) {
 *   e.getMessage();                           // "No production calendar data for year 2031 ..."
 *   e.getMessage(Locale.forLanguageTag("ru")); // "Нет данных производственного календаря на 2031 год ..."
 * }
 * }</pre>
 *
 * <p>{@link #getMessage()} is English; {@link #getLocalizedMessage()} follows the default locale.
 * This class is immutable and thread-safe.
 */
public class CalendarException extends DateTimeException {

  private static final long serialVersionUID = 1L;

  private final String russianMessage;

  /**
   * Creates the exception from a message in English and the same message in Russian.
   *
   * @param englishMessage the message in English, quoting the bad value
   * @param russianMessage the message in Russian, quoting the bad value
   */
  public CalendarException(String englishMessage, String russianMessage) {
    super(Objects.requireNonNull(englishMessage, "englishMessage"));
    this.russianMessage = Objects.requireNonNull(russianMessage, "russianMessage");
  }

  /**
   * Creates the exception from a message in English and in Russian and its cause.
   *
   * @param englishMessage the message in English, quoting the bad value
   * @param russianMessage the message in Russian, quoting the bad value
   * @param cause the error that led to this one
   */
  public CalendarException(String englishMessage, String russianMessage, Throwable cause) {
    super(Objects.requireNonNull(englishMessage, "englishMessage"), cause);
    this.russianMessage = Objects.requireNonNull(russianMessage, "russianMessage");
  }

  /** The message in Russian. */
  public String getRussianMessage() {
    return russianMessage;
  }

  /** The message in Russian for a Russian locale, in English for any other. */
  public String getMessage(Locale locale) {
    return "ru".equals(locale.getLanguage()) ? russianMessage : getMessage();
  }

  /** The message in the language of the default locale: Russian or, for any other, English. */
  @Override
  public String getLocalizedMessage() {
    return getMessage(Locale.getDefault());
  }
}
