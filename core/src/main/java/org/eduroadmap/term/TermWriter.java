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
    } else if (rule instanceof TermRule.DayWindowWithoutYear r) {
      return "с " + monthDay(r.from()) + " по " + monthDay(r.to());
    } else if (rule instanceof TermRule.MonthsAcrossYearEnd r) {
      return nominative(r.from()) + DASH + nominative(r.to());
    } else if (rule instanceof TermRule.AcademicYearOf r) {
      return "в течение " + academicYear(r.startYear().getValue()) + " учебного года";
    } else if (rule instanceof TermRule.AcademicPart r) {
      return ROMAN[r.index()] + (r.parts() == 2 ? " полугодие " : " четверть ")
          + r.startYear().map(y -> academicYear(y.getValue()) + " ").orElse("") + "учебного года";
    } else if (rule instanceof TermRule.MonthlyDeadline r) {
      return "ежемесячно до " + r.day() + " числа" + (r.followingMonth() ? " месяца, следующего за отчетным" : "");
    } else if (rule instanceof TermRule.Weekly r) {
      return "еженедельно" + r.day().map(d -> " по " + WEEKDAYS_DATIVE_PLURAL[d.ordinal()]).orElse("");
    } else if (rule instanceof TermRule.EveryDay) {
      return "ежедневно";
    } else if (rule instanceof TermRule.BeforeAcademicYear r) {
      return r.before().isZero() ? "до начала учебного года" : "за " + russianAmount(r.before()) + " до начала учебного года";
    } else if (rule instanceof TermRule.NthWeekday r) {
      return "в " + nthAccusative(r.nth(), r.day(), r.working()) + " " + WEEKDAYS_ACCUSATIVE[r.day().ordinal()] + " "
          + r.month().map(m -> Vocabulary.MONTHS_GENITIVE.get(m.ordinal())).orElse("каждого месяца");
    } else if (rule instanceof TermRule.Several r) {
      List<String> parts = new ArrayList<>();
      r.rules().forEach(x -> parts.add(toRussian(x)));
      return String.join(" и ", parts);
    } else if (rule instanceof TermRule.Noted r) {
      return noted(toRussian(r.rule()), r.rule(), r.notes(), true);
    }
    throw new AssertionError("Unknown rule: " + rule);
  }

  private static final String[] WEEKDAYS_DATIVE_PLURAL = {"понедельникам", "вторникам", "средам", "четвергам",
      "пятницам", "субботам", "воскресеньям"};
  private static final String[] WEEKDAYS_ACCUSATIVE = {"понедельник", "вторник", "среду", "четверг", "пятницу",
      "субботу", "воскресенье"};
  private static final String[] WEEKDAYS_NOMINATIVE = {"понедельник", "вторник", "среда", "четверг", "пятница",
      "суббота", "воскресенье"};
  private static final String[] WEEKDAYS_ENGLISH = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
      "Saturday", "Sunday"};
  private static final String[] NTH_ACCUSATIVE = {"", "первую", "вторую", "третью", "четвертую", "пятую"};
  /** «месяц», «2 месяца», «10 дней», «день», «неделю» (a multiple of 7 days). */
  private static String russianAmount(java.time.Period p) {
    if (p.getMonths() != 0) {
      int n = p.getMonths();
      return n == 1 ? "месяц" : n + " " + plural(n, "месяц", "месяца", "месяцев");
    }
    int n = p.getDays();
    if (n % 7 == 0) {
      int w = n / 7;
      return w == 1 ? "неделю" : w + " " + plural(w, "неделю", "недели", "недель");
    }
    return n == 1 ? "день" : n + " " + plural(n, "день", "дня", "дней");
  }

  private static String plural(int n, String one, String few, String many) {
    int m10 = n % 10;
    int m100 = n % 100;
    return m10 == 1 && m100 != 11 ? one : m10 >= 2 && m10 <= 4 && (m100 < 12 || m100 > 14) ? few : many;
  }

  private static String englishAmount(java.time.Period p) {
    if (p.getMonths() != 0) {
      return p.getMonths() + (p.getMonths() == 1 ? " month" : " months");
    }
    if (p.getDays() % 7 == 0) {
      return p.getDays() / 7 + (p.getDays() == 7 ? " week" : " weeks");
    }
    return p.getDays() + (p.getDays() == 1 ? " day" : " days");
  }

  private static final String[] NTH_MASCULINE = {"", "первый", "второй", "третий", "четвертый", "пятый"};
  private static final String[] NTH_NEUTER = {"", "первое", "второе", "третье", "четвертое", "пятое"};

  /** «первую (рабочую) среду», «первый (рабочий) вторник», «первое воскресенье»: the ordinal agrees with the day. */
  private static String nthAccusative(int nth, java.time.DayOfWeek day, boolean working) {
    switch (day) {
      case MONDAY: case TUESDAY: case THURSDAY:
        return NTH_MASCULINE[nth] + (working ? " рабочий" : "");
      case SUNDAY:
        return NTH_NEUTER[nth] + (working ? " рабочее" : "");
      default:
        return NTH_ACCUSATIVE[nth] + (working ? " рабочую" : "");
    }
  }

  private static final String[] NTH_ENGLISH = {"", "first", "second", "third", "fourth", "fifth"};

  private static String academicYear(int start) {
    return start + "/" + (start + 1);
  }

  /** The text of a term with its notes: the time range and zone after it, then the bracketed notes. */
  private static String noted(String base, TermRule rule, TermNotes n, boolean ru) {
    StringBuilder b = new StringBuilder(base);
    n.time().ifPresent(t -> b.append(ru ? " с " : " from ").append(time(t)));
    n.until().ifPresent(t -> b.append(ru ? " до " : " to ").append(time(t)));
    n.zone().ifPresent(z -> b.append(ru ? (z.equals(TermNotes.MOSCOW) ? " мск" : " " + z.getId())
        : " " + (z.equals(TermNotes.MOSCOW) ? "Moscow time" : z.getId())));
    for (java.time.DayOfWeek d : n.weekdays()) {
      b.append(" (").append(ru ? WEEKDAYS_NOMINATIVE[d.ordinal()] : WEEKDAYS_ENGLISH[d.ordinal()]).append(")");
    }
    if (n.workingDays()) {
      b.append(ru ? " (в рабочие дни)" : " (on working days)");
    }
    n.comment().ifPresent(c -> b.append(ru ? " (" + Parser.NOTE_MARK + ": " : " (note: ").append(c).append(")"));
    return b.toString();
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
    } else if (rule instanceof TermRule.DayWindowWithoutYear r) {
      return "every year from " + monthDayEn(r.from()) + " to " + monthDayEn(r.to());
    } else if (rule instanceof TermRule.MonthsAcrossYearEnd r) {
      return english(r.from()) + DASH + english(r.to()) + " of the next year, every year";
    } else if (rule instanceof TermRule.AcademicYearOf r) {
      return "throughout the academic year " + academicYear(r.startYear().getValue());
    } else if (rule instanceof TermRule.AcademicPart r) {
      String part = r.parts() == 2 ? (r.index() == 1 ? "first" : "second") + " half"
          : "school quarter " + ROMAN[r.index()];
      return part + " of " + r.startYear().map(y -> "the academic year " + academicYear(y.getValue()))
          .orElse("every academic year");
    } else if (rule instanceof TermRule.MonthlyDeadline r) {
      return "every month by day " + r.day() + (r.followingMonth() ? " of the month after the reporting month" : "");
    } else if (rule instanceof TermRule.Weekly r) {
      return r.day().map(d -> "every " + WEEKDAYS_ENGLISH[d.ordinal()]).orElse("every week");
    } else if (rule instanceof TermRule.EveryDay) {
      return "every day";
    } else if (rule instanceof TermRule.BeforeAcademicYear r) {
      return r.before().isZero() ? "by the start of every academic year"
          : englishAmount(r.before()) + " before the start of every academic year";
    } else if (rule instanceof TermRule.NthWeekday r) {
      return "the " + NTH_ENGLISH[r.nth()] + (r.working() ? " working " : " ") + WEEKDAYS_ENGLISH[r.day().ordinal()]
          + " of "
          + r.month().map(m -> english(m) + " every year").orElse("every month");
    } else if (rule instanceof TermRule.Several r) {
      List<String> parts = new ArrayList<>();
      r.rules().forEach(x -> parts.add(toEnglish(x)));
      return String.join("; ", parts);
    } else if (rule instanceof TermRule.Noted r) {
      return noted(toEnglish(r.rule()), r.rule(), r.notes(), false);
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
