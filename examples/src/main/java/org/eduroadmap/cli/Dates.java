package org.eduroadmap.cli;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A date on the command line: ISO {@code 2023-02-28} or Russian {@code 28.02.2023}. A day that does
 * not exist ({@code 31.02.2023}) is told apart from a text that is no date at all.
 */
final class Dates implements ITypeConverter<LocalDate> {

  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
  private static final Pattern RUSSIAN = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");

  /** Why a text is not a date. */
  enum Problem {
    NOT_A_DATE,
    NO_SUCH_DATE;

    String message(Lang lang, String value) {
      return this == NO_SUCH_DATE
          ? lang.t("нет такой даты: ", "no such date: ") + value
          : lang.t("не дата: «" + value + "» (ожидается 2023-02-28 или 28.02.2023)",
              "not a date: '" + value + "' (expected 2023-02-28 or 28.02.2023)");
    }
  }

  /** Thrown by {@link #convert}: the value and why it is not a date. */
  static final class BadDate extends TypeConversionException {
    private static final long serialVersionUID = 1L;
    final Problem problem;
    final String value;

    BadDate(Problem problem, String value) {
      super(problem.message(Lang.en, value));
      this.problem = problem;
      this.value = value;
    }
  }

  private static final DateTimeFormatter RUSSIAN_FORMAT = DateTimeFormatter.ofPattern("dd.MM.uuuu");

  /** A day as people of {@code lang} write it: {@code 28.02.2023} in Russian, ISO {@code 2023-02-28} in English. */
  static String format(LocalDate day, Lang lang) {
    return lang == Lang.ru ? RUSSIAN_FORMAT.format(day) : day.toString();
  }

  @Override
  public LocalDate convert(String value) {
    return parse(value);
  }

  static LocalDate parse(String text) {
    String value = text.strip();
    int year;
    int month;
    int day;
    Matcher iso = ISO.matcher(value);
    Matcher russian = RUSSIAN.matcher(value);
    if (iso.matches()) {
      year = Integer.parseInt(iso.group(1));
      month = Integer.parseInt(iso.group(2));
      day = Integer.parseInt(iso.group(3));
    } else if (russian.matches()) {
      day = Integer.parseInt(russian.group(1));
      month = Integer.parseInt(russian.group(2));
      year = Integer.parseInt(russian.group(3));
    } else {
      throw new BadDate(Problem.NOT_A_DATE, text);
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      throw new BadDate(Problem.NO_SUCH_DATE, text);
    }
  }
}
