package org.eduroadmap.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;
import org.eduroadmap.calendar.RussianProductionCalendar;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The years whose dates a command printed from the Labour Code alone, for the one line of warning
 * on standard error in text mode:
 * «Внимание: даты 2028–2029 гг. рассчитаны по Трудовому кодексу без утверждённого
 * производственного календаря и могут сдвинуться». Not thread-safe: one per command run.
 */
final class ProvisionalNotice {

  private final SortedSet<Integer> years = new TreeSet<>();

  /** Notes the years of {@code dates} the standard calendar answers provisionally. */
  void add(LocalDate... dates) {
    for (LocalDate date : dates) {
      if (date != null && RussianProductionCalendar.get().isProvisional(date.getYear())) {
        years.add(date.getYear());
      }
    }
  }

  /** Notes {@code year} as provisional. */
  void addYear(int year) {
    years.add(year);
  }

  /** Writes the warning, if any year was noted: in Russian for a Russian locale, else in English. */
  void print(PrintWriter err, Locale locale) {
    if (years.isEmpty()) {
      return;
    }
    err.println(message(years, locale));
    err.flush();
  }

  static String message(SortedSet<Integer> years, Locale locale) {
    String ranges = ranges(years);
    if (!org.eduroadmap.Language.isRussian(locale)) {
      return "Warning: dates in " + ranges + " are computed by the Labour Code without an approved"
          + " production calendar and may move";
    }
    return "Внимание: даты " + ranges + (years.size() == 1 ? " г." : " гг.")
        + " рассчитаны по Трудовому кодексу без утверждённого производственного календаря и могут"
        + " сдвинуться";
  }

  /** {@code 2012, 2028–2029}. */
  static String ranges(SortedSet<Integer> years) {
    List<String> parts = new ArrayList<>();
    Integer start = null;
    Integer previous = null;
    for (int year : years) {
      if (start != null && year != previous + 1) {
        parts.add(start.equals(previous) ? "" + start : start + "–" + previous);
        start = null;
      }
      if (start == null) {
        start = year;
      }
      previous = year;
    }
    if (start != null) {
      parts.add(start.equals(previous) ? "" + start : start + "–" + previous);
    }
    return String.join(", ", parts);
  }

  /**
   * The language of {@code --lang}: Russian for {@code ru}, English for anything else, as the
   * validation messages and {@code CalendarException} choose.
   */
  static Locale language(String lang) {
    return Locale.forLanguageTag(lang.strip());
  }

  /**
   * {@code year} if a plan can mean it (1900–2100), otherwise an error naming the value, in the
   * language asked for.
   */
  static int checkYear(CommandSpec spec, int year, Locale locale) {
    try {
      return RussianProductionCalendar.checkYear(year);
    } catch (org.eduroadmap.calendar.CalendarException e) {
      throw new ParameterException(spec.commandLine(), "--year: " + e.getMessage(locale));
    }
  }
}
