package org.eduroadmap.term;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.eduroadmap.Language;

/**
 * What the reader expected where a term could not be read.
 *
 * <pre>{@code
 * TermExpectation.MONTH.description(Locale.ENGLISH);                // "a month"
 * TermExpectation.MONTH.description(Locale.forLanguageTag("ru"));   // "название месяца"
 * }</pre>
 *
 * <p>The texts are in the term bundle, {@code org/eduroadmap/term/messages.properties} and
 * {@code messages_ru.properties}.
 */
public enum TermExpectation {
  /** The start of a term. */
  TERM,
  /** A month name. */
  MONTH,
  /** A four-digit year. */
  YEAR,
  /** A year a roadmap can mean. */
  YEAR_RANGE,
  /** A date. */
  DATE,
  /** A day of the month with «числа». */
  DAY_OF_MONTH,
  /** A date that exists in the calendar. */
  VALID_DATE,
  /** A range whose start is not after its end. */
  ORDERED_RANGE,
  /** A time of day. */
  TIME,
  /** What may follow «в течение». */
  SPAN,
  /** Two years of one academic year. */
  ACADEMIC_YEARS,
  /** What follows «по итогам». */
  ACADEMIC_YEAR,
  /** What may follow a count of times. */
  FREQUENCY,
  /** A count of times a year the year can be cut into. */
  SUPPORTED_FREQUENCY,
  /** A quarter or half-year word. */
  QUARTER_OR_HALF,
  /** The name of a schedule or plan. */
  SCHEDULE,
  /** «ежегодно» after «далее». */
  YEARLY,
  /** The end of the term. */
  END,
  /** A shorter text. */
  SHORTER_TEXT;

  /**
   * What was expected, in the language of {@code locale} (Russian for {@code ru}, English otherwise), from the
   * term bundle ({@code org/eduroadmap/term/messages}, key {@code expected.}<i>NAME</i>).
   */
  public String description(Locale locale) {
    Language language = Language.of(locale);
    ResourceBundle bundle = ResourceBundle.getBundle("org.eduroadmap.term.messages", language.bundleLocale());
    // The length is a string: MessageFormat would write the number 2000 as «2,000».
    return new MessageFormat(bundle.getString("expected." + name()), language.bundleLocale())
        .format(new Object[] {String.valueOf(TermReader.MAX_LENGTH)});
  }
}
