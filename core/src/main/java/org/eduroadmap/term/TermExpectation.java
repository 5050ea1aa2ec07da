package org.eduroadmap.term;

import java.util.Locale;
import org.eduroadmap.Language;

/**
 * What the reader expected where a term could not be read.
 *
 * <pre>{@code
 * TermExpectation.MONTH.description(Locale.ENGLISH); // "a month"
 * }</pre>
 */
public enum TermExpectation {
  /** The start of a term. */
  TERM("a term such as «ежегодно (ноябрь)», «до 16 марта 2021», «в течение года»",
      "срок, например «ежегодно (ноябрь)», «до 16 марта 2021», «в течение года»"),
  /** A month name. */
  MONTH("a month", "название месяца"),
  /** A four-digit year. */
  YEAR("a year (four digits)", "год (четыре цифры)"),
  /** A year a roadmap can mean. */
  YEAR_RANGE("a year between 1900 and 2100", "год от 1900 до 2100"),
  /** A date. */
  DATE("a date such as «16 февраля 2021» or «16.02.2021»", "дата, например «16 февраля 2021» или «16.02.2021»"),
  /** A day of the month with «числа». */
  DAY_OF_MONTH("a day of the month such as «10 числа»", "число месяца, например «10 числа»"),
  /** A date that exists in the calendar. */
  VALID_DATE("a date that exists", "существующая дата"),
  /** A range whose start is not after its end. */
  ORDERED_RANGE("a range whose start is not after its end", "промежуток, начало которого не позже конца"),
  /** A time of day. */
  TIME("a time of day such as «12:00»", "время, например «12:00»"),
  /** What may follow «в течение». */
  SPAN("«года», «учебного года» or years such as «2023-2024 гг.»",
      "«года», «учебного года» или годы, например «2023-2024 гг.»"),
  /** Two years of one academic year. */
  ACADEMIC_YEARS("an academic year such as «2023/2024»", "учебный год, например «2023/2024»"),
  /** What follows «по итогам». */
  ACADEMIC_YEAR("«учебного года»", "«учебного года»"),
  /** What may follow a count of times. */
  FREQUENCY("«раз в год», «раза в год», «в квартал», «в месяц» or «в полугодие»",
      "«раз в год», «раза в год», «в квартал», «в месяц» или «в полугодие»"),
  /** A count of times a year the year can be cut into. */
  SUPPORTED_FREQUENCY("1, 2, 3, 4, 6 or 12 times a year", "1, 2, 3, 4, 6 или 12 раз в год"),
  /** A quarter or half-year word. */
  QUARTER_OR_HALF("«квартал» or «полугодие»", "«квартал» или «полугодие»"),
  /** The name of a schedule or plan. */
  SCHEDULE("the name of a schedule or plan", "название графика или плана"),
  /** «ежегодно» after «далее». */
  YEARLY("«ежегодно»", "«ежегодно»"),
  /** The end of the term. */
  END("the end of the term", "конец срока"),
  /** A shorter text. */
  SHORTER_TEXT("a term of at most " + TermReader.MAX_LENGTH + " characters",
      "срок длиной не более " + TermReader.MAX_LENGTH + " символов");

  private final String english;
  private final String russian;

  TermExpectation(String english, String russian) {
    this.english = english;
    this.russian = russian;
  }

  /** What was expected, in the language of {@code locale} (Russian for {@code ru}, English otherwise). */
  public String description(Locale locale) {
    return Language.of(locale).choose(russian, english);
  }
}
