package org.eduroadmap.term;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Writes a {@link TermRule} as canonical Russian and English text. Reading the canonical Russian with
 * {@link TermReader} gives the same rule back.
 *
 * <pre>{@code
 * TermWriter.toRussian(TermRule.YearlyInMonths.of(Month.NOVEMBER)); // "ежегодно (ноябрь)"
 * TermWriter.toEnglish(TermRule.TimesAYear.of(2));                 // "twice a year"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TermWriter {

  private static final String DASH = " – ";
  private static final String[] ROMAN = {"", "I", "II", "III", "IV"};

  private TermWriter() {}

  /** The canonical Russian text of {@code rule}; for {@link TermRule.Unparsed}, its text as written. */
  public static String toRussian(TermRule rule) {
    if (rule instanceof TermRule.OneDate r) {
      return date(r.date()) + r.time().map(t -> " в " + time(t)).orElse("");
    } else if (rule instanceof TermRule.Deadline r) {
      return "не позднее " + date(r.date()) + r.time().map(t -> " до " + time(t)).orElse("");
    } else if (rule instanceof TermRule.MonthsOfYear r) {
      return months(r.from(), r.to());
    } else if (rule instanceof TermRule.YearlyInMonths r) {
      return "ежегодно (" + String.join(", ", nominatives(r.months())) + ")";
    } else if (rule instanceof TermRule.MonthsWithoutYear r) {
      Month first = r.months().iterator().next();
      Month last = lastOf(r.months());
      if (isContiguous(r.months())) {
        return first == last ? nominative(first) : nominative(first) + DASH + nominative(last);
      }
      return String.join(", ", nominatives(r.months()));
    } else if (rule instanceof TermRule.Yearly) {
      return "ежегодно";
    } else if (rule instanceof TermRule.YearlyDeadline r) {
      return r.followingYear()
          ? "не позднее " + monthDay(r.day()) + " года, следующего за отчетным"
          : "ежегодно в срок до " + monthDay(r.day());
    } else if (rule instanceof TermRule.TimesAYear r) {
      switch (r.times()) {
        case 2: return "два раза в год";
        case 3: return "три раза в год";
        case 4: return "ежеквартально";
        case 6: return "шесть раз в год";
        default: return "ежемесячно";
      }
    } else if (rule instanceof TermRule.FirstThenYearly r) {
      return nominative(r.first().getMonth()) + " " + r.first().getYear() + ", далее – ежегодно";
    } else if (rule instanceof TermRule.ThroughYear) {
      return "в течение года";
    } else if (rule instanceof TermRule.ThroughAcademicYear) {
      return "в течение учебного года";
    } else if (rule instanceof TermRule.ThroughPeriod r) {
      return r.years().map(y -> y.isSingleYear()
          ? "в течение " + y.first() + " года"
          : "в течение " + y.first() + DASH + y.last() + " годов").orElse("постоянно");
    } else if (rule instanceof TermRule.AfterAcademicYear) {
      return "по итогам учебного года";
    } else if (rule instanceof TermRule.OnDemand) {
      return "по мере необходимости";
    } else if (rule instanceof TermRule.External r) {
      return r.reference();
    } else if (rule instanceof TermRule.ThroughYearExternal r) {
      return "в течение года, " + r.reference();
    } else if (rule instanceof TermRule.Empty) {
      return "";
    } else if (rule instanceof TermRule.Unparsed r) {
      return r.text();
    } else if (rule instanceof TermRule.DateWindow r) {
      return "с " + date(r.from()) + " по " + date(r.to());
    } else if (rule instanceof TermRule.StartingFrom r) {
      return "с " + date(r.from());
    } else if (rule instanceof TermRule.Quarters r) {
      String quarters = r.first() == r.last() ? ROMAN[r.first()] : ROMAN[r.first()] + DASH + ROMAN[r.last()];
      return quarters + " квартал" + r.year().map(y -> " " + y).orElse("");
    } else if (rule instanceof TermRule.HalfYear r) {
      return (r.half() == 1 ? "первое" : "второе") + " полугодие" + r.year().map(y -> " " + y).orElse("");
    } else if (rule instanceof TermRule.InYears r) {
      return r.years().isSingleYear()
          ? r.years().first() + " год"
          : r.years().first() + DASH + r.years().last() + " годы";
    } else if (rule instanceof TermRule.YearlyDate r) {
      return "ежегодно " + monthDay(r.day());
    }
    throw new AssertionError("Unknown rule: " + rule);
  }

  /** The canonical English text of {@code rule}. */
  public static String toEnglish(TermRule rule) {
    if (rule instanceof TermRule.OneDate r) {
      return dateEn(r.date()) + r.time().map(t -> " at " + time(t)).orElse("");
    } else if (rule instanceof TermRule.Deadline r) {
      return "by " + r.time().map(t -> time(t) + " on ").orElse("") + dateEn(r.date());
    } else if (rule instanceof TermRule.MonthsOfYear r) {
      return monthsEn(r.from(), r.to());
    } else if (rule instanceof TermRule.YearlyInMonths r) {
      return "every year in " + listEn(englishNames(r.months()));
    } else if (rule instanceof TermRule.MonthsWithoutYear r) {
      Month first = r.months().iterator().next();
      Month last = lastOf(r.months());
      String months = isContiguous(r.months())
          ? (first == last ? english(first) : english(first) + DASH + english(last))
          : listEn(englishNames(r.months()));
      return months + ", every year";
    } else if (rule instanceof TermRule.Yearly) {
      return "every year";
    } else if (rule instanceof TermRule.YearlyDeadline r) {
      return r.followingYear()
          ? "by " + monthDayEn(r.day()) + " of the year following the reporting year"
          : "every year by " + monthDayEn(r.day());
    } else if (rule instanceof TermRule.TimesAYear r) {
      switch (r.times()) {
        case 2: return "twice a year";
        case 3: return "three times a year";
        case 4: return "quarterly";
        case 6: return "six times a year";
        default: return "monthly";
      }
    } else if (rule instanceof TermRule.FirstThenYearly r) {
      return english(r.first().getMonth()) + " " + r.first().getYear() + ", then every year";
    } else if (rule instanceof TermRule.ThroughYear) {
      return "throughout the year";
    } else if (rule instanceof TermRule.ThroughAcademicYear) {
      return "throughout the academic year";
    } else if (rule instanceof TermRule.ThroughPeriod r) {
      return r.years().map(y -> y.isSingleYear() ? "throughout " + y.first() : "throughout " + y.first() + DASH + y.last())
          .orElse("throughout the period");
    } else if (rule instanceof TermRule.AfterAcademicYear) {
      return "after the academic year";
    } else if (rule instanceof TermRule.OnDemand) {
      return "as needed";
    } else if (rule instanceof TermRule.External r) {
      return "by another schedule: " + r.reference();
    } else if (rule instanceof TermRule.ThroughYearExternal r) {
      return "throughout the year, by another schedule: " + r.reference();
    } else if (rule instanceof TermRule.Empty) {
      return "no term";
    } else if (rule instanceof TermRule.Unparsed r) {
      return "unreadable term: " + r.text();
    } else if (rule instanceof TermRule.DateWindow r) {
      return "from " + dateEn(r.from()) + " to " + dateEn(r.to());
    } else if (rule instanceof TermRule.StartingFrom r) {
      return "from " + dateEn(r.from()) + " on";
    } else if (rule instanceof TermRule.Quarters r) {
      String quarters = r.first() == r.last() ? "Q" + r.first() : "Q" + r.first() + DASH + "Q" + r.last();
      return quarters + r.year().map(y -> " " + y).orElse(" of every year");
    } else if (rule instanceof TermRule.HalfYear r) {
      return (r.half() == 1 ? "first" : "second") + " half of " + r.year().map(String::valueOf).orElse("every year");
    } else if (rule instanceof TermRule.InYears r) {
      return r.years().isSingleYear() ? "in " + r.years().first() : "in " + r.years().first() + DASH + r.years().last();
    } else if (rule instanceof TermRule.YearlyDate r) {
      return "every year on " + monthDayEn(r.day());
    }
    throw new AssertionError("Unknown rule: " + rule);
  }

  private static String nominative(Month m) {
    return Vocabulary.MONTHS_NOMINATIVE.get(m.ordinal());
  }

  private static String english(Month m) {
    return Vocabulary.MONTHS_ENGLISH.get(m.ordinal());
  }

  private static List<String> nominatives(Set<Month> months) {
    List<String> names = new ArrayList<>();
    months.forEach(m -> names.add(nominative(m)));
    return names;
  }

  private static List<String> englishNames(Set<Month> months) {
    List<String> names = new ArrayList<>();
    months.forEach(m -> names.add(english(m)));
    return names;
  }

  private static String listEn(List<String> items) {
    if (items.size() == 1) {
      return items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
  }

  private static Month lastOf(Set<Month> months) {
    Month last = null;
    for (Month m : months) {
      last = m;
    }
    return last;
  }

  private static boolean isContiguous(Set<Month> months) {
    Month first = months.iterator().next();
    return lastOf(months).getValue() - first.getValue() + 1 == months.size();
  }

  private static String date(LocalDate d) {
    return d.getDayOfMonth() + " " + Vocabulary.MONTHS_GENITIVE.get(d.getMonthValue() - 1) + " " + d.getYear();
  }

  private static String dateEn(LocalDate d) {
    return d.getDayOfMonth() + " " + english(d.getMonth()) + " " + d.getYear();
  }

  private static String monthDay(MonthDay d) {
    return d.getDayOfMonth() + " " + Vocabulary.MONTHS_GENITIVE.get(d.getMonthValue() - 1);
  }

  private static String monthDayEn(MonthDay d) {
    return d.getDayOfMonth() + " " + english(d.getMonth());
  }

  private static String time(LocalTime t) {
    return String.format("%02d:%02d", t.getHour(), t.getMinute());
  }

  private static String months(YearMonth from, YearMonth to) {
    if (from.equals(to)) {
      return nominative(from.getMonth()) + " " + from.getYear();
    }
    if (from.getYear() == to.getYear()) {
      return nominative(from.getMonth()) + DASH + nominative(to.getMonth()) + " " + to.getYear();
    }
    return nominative(from.getMonth()) + " " + from.getYear() + DASH + nominative(to.getMonth()) + " " + to.getYear();
  }

  private static String monthsEn(YearMonth from, YearMonth to) {
    if (from.equals(to)) {
      return english(from.getMonth()) + " " + from.getYear();
    }
    if (from.getYear() == to.getYear()) {
      return english(from.getMonth()) + DASH + english(to.getMonth()) + " " + to.getYear();
    }
    return english(from.getMonth()) + " " + from.getYear() + DASH + english(to.getMonth()) + " " + to.getYear();
  }
}
