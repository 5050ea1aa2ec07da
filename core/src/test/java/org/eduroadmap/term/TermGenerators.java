package org.eduroadmap.term;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.MonthDay;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.quicktheories.core.Gen;

/** QuickTheories generators of term rules and of term-like and arbitrary text. */
final class TermGenerators {

  private static final String[] REFERENCES = {"планом-графиком ОГАОУ ДПО «ИПКПР»", "региональной дорожной карты",
      "плану УО", "графиком МОО на 2023 год", "приказом № 55-310-мр"};
  private static final String[] DASHES = {"-", "–", "—", "‒", "−", "‐"};
  private static final List<String> PIECES = List.of("ежегодно", "в", "течение", "года", "учебного", "по", "итогам",
      "мере", "необходимости", "не", "позднее", "до", "с", "январь", "ноября", "нояб.", "мае", "сентябрь", "2021",
      "2022", "г.", "гг", "16", "31", "01.09.2022", "12:00", "-", " – ", "—", ",", "(", ")", ".", ":", " ", "\n", "далее",
      "квартал", "II", "IV", "полугодии", "первом", "раза", "два", "раз", "дважды", "соответствии", "согласно",
      "отдельному", "графику", "постоянно", "года,", "следующего", "за", "отчетным", "конца", "к", "1", "2", "9999",
      "99999999999", "0", "00.00.0000", "29 февраля", "ё", "Ё", "«", "»", "/", "№", "\uD83D\uDE00", "\u00AD",
      "еженедельно", "ежедневно", "ежемесячно", "по", "средам", "(пн)", "(четверг)", "среду", "первую", "суббота",
      "месяца", "числа", "четверть", "учебного", "2023/2024", "мск", "17:00", "14.00", "и", ";", "срок:", "отчет",
      "дней", "___", "2101", "1899", "c", "по приказу", "установленные", "(в рабочие дни)", "(7 дней)");

  private TermGenerators() {}

  /** Any rule but {@link TermRule.Unparsed}, with years 2000 – 2100. */
  static Gen<TermRule> rules() {
    return lists().of(integers().all()).ofSize(8).map(TermGenerators::rule);
  }

  /** Arbitrary strings mixed with soups of term words, numbers and punctuation. */
  static Gen<String> noisyText() {
    Gen<String> anything = strings().allPossible().ofLengthBetween(0, 60);
    Gen<String> soup = lists().of(integers().between(0, PIECES.size() - 1)).ofSizeBetween(0, 14)
        .map(l -> l.stream().map(PIECES::get).collect(Collectors.joining(" ")));
    Gen<String> tight = lists().of(integers().between(0, PIECES.size() - 1)).ofSizeBetween(0, 10)
        .map(l -> l.stream().map(PIECES::get).collect(Collectors.joining()));
    return anything.mix(soup, 60).mix(tight, 30);
  }

  /** {@code text} with random case, {@code ё} for {@code е}, and other dashes with or without spaces. */
  static String vary(String text, int seed) {
    Random random = new Random(seed);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Lexer.isDash(c)) {
        // drop the spaces written around the dash, then put back none, one or two
        while (b.length() > 0 && b.charAt(b.length() - 1) == ' ') {
          b.setLength(b.length() - 1);
        }
        b.append(" ".repeat(random.nextInt(3))).append(DASHES[random.nextInt(DASHES.length)])
            .append(" ".repeat(random.nextInt(3)));
        while (i + 1 < text.length() && text.charAt(i + 1) == ' ') {
          i++;
        }
        continue;
      }
      if (c == 'е' && random.nextBoolean()) {
        c = 'ё';
      }
      b.append(random.nextBoolean() ? Character.toUpperCase(c) : c);
    }
    return b.toString();
  }

  private static int pick(int value, int bound) {
    return Math.floorMod(value, bound);
  }

  static TermRule rule(List<Integer> r) {
    int year = 2000 + pick(r.get(1), 90); // spans stay within 2100 (D27)
    Month month = Month.of(1 + pick(r.get(2), 12));
    LocalDate date = YearMonth.of(year, month).atDay(1 + pick(r.get(3), YearMonth.of(year, month).lengthOfMonth()));
    MonthDay monthDay = MonthDay.of(month, 1 + pick(r.get(3), month.maxLength()));
    Optional<LocalTime> time = pick(r.get(4), 3) == 0
        ? Optional.of(LocalTime.of(pick(r.get(5), 24), pick(r.get(6), 60))) : Optional.empty();
    Set<Month> months = EnumSet.noneOf(Month.class);
    for (int m = 0; m < 12; m++) {
      if (((r.get(5) >>> m) & 1) == 1) {
        months.add(Month.of(m + 1));
      }
    }
    if (months.isEmpty()) {
      months.add(month);
    }
    String reference = REFERENCES[pick(r.get(6), REFERENCES.length)];
    int span = pick(r.get(7), 4);
    switch (pick(r.get(0), 34)) {
      case 0: return (time.isPresent() ? TermRule.OneDate.of(date, time.get()) : TermRule.OneDate.of(date));
      case 1: return (time.isPresent() ? TermRule.Deadline.of(date, time.get()) : TermRule.Deadline.of(date));
      case 2: {
        YearMonth from = YearMonth.of(year, month);
        return TermRule.MonthsOfYear.of(from, from.plusMonths(pick(r.get(6), 24)));
      }
      case 3: return TermRule.YearlyInMonths.of(months);
      case 4: return TermRule.MonthsWithoutYear.of(months);
      case 5: return TermRule.Yearly.of();
      case 6: return TermRule.YearlyDeadline.of(monthDay, r.get(4) % 2 == 0);
      case 7: return TermRule.TimesAYear.of(new int[] {2, 3, 4, 6, 12}[pick(r.get(4), 5)]);
      case 8: return TermRule.FirstThenYearly.of(YearMonth.of(year, month));
      case 9: return TermRule.ThroughYear.of();
      case 10: return TermRule.ThroughAcademicYear.of();
      case 11: return span == 0 ? TermRule.ThroughPeriod.of() : TermRule.ThroughPeriod.of(YearSpan.of(year, year + span - 1));
      case 12: return TermRule.AfterAcademicYear.of();
      case 13: return TermRule.OnDemand.of();
      case 14: {
        String[] leads = {"в соответствии с ", "согласно ", "по "};
        String lead = leads[pick(r.get(4), 3)];
        return TermRule.External.of(lead.equals("по ") ? "по отдельному графику" : lead + reference);
      }
      case 15: return TermRule.ThroughYearExternal.of((r.get(4) % 2 == 0 ? "согласно " : "в соответствии с ") + reference);
      case 16: return TermRule.Empty.of();
      case 17: return TermRule.DateWindow.of(date, date.plusDays(pick(r.get(6), 400)));
      case 18: return TermRule.StartingFrom.of(date);
      case 19: {
        int first = 1 + pick(r.get(4), 4);
        int last = first + pick(r.get(6), 5 - first);
        return span == 0 ? TermRule.Quarters.everyYear(first, last) : TermRule.Quarters.of(Year.of(year), first, last);
      }
      case 20: return span == 0 ? TermRule.HalfYear.everyYear(1 + pick(r.get(4), 2))
          : TermRule.HalfYear.of(Year.of(year), 1 + pick(r.get(4), 2));
      case 21: return TermRule.InYears.of(YearSpan.of(year, year + span));
      case 22: return TermRule.YearlyDate.of(monthDay);
      case 23: {
        Month m2 = Month.of(1 + pick(r.get(6), 12));
        return TermRule.DayWindowWithoutYear.of(monthDay, MonthDay.of(m2, 1 + pick(r.get(7), m2.maxLength())));
      }
      case 24: {
        Month from = Month.of(2 + pick(r.get(2), 11));
        return TermRule.MonthsAcrossYearEnd.of(from, Month.of(1 + pick(r.get(6), from.getValue() - 1)));
      }
      case 25: return TermRule.AcademicYearOf.of(year);
      case 26: {
        int parts = r.get(4) % 2 == 0 ? 2 : 4;
        int index = 1 + pick(r.get(6), parts);
        return span == 0 ? TermRule.AcademicPart.everyYear(parts, index)
            : TermRule.AcademicPart.of(Year.of(year), parts, index);
      }
      case 27: return TermRule.MonthlyDeadline.of(1 + pick(r.get(3), 31), r.get(4) % 2 == 0);
      case 28: return span == 0 ? TermRule.Weekly.of() : TermRule.Weekly.on(DayOfWeek.of(1 + pick(r.get(6), 7)));
      case 29: return TermRule.EveryDay.of();
      case 30: {
        int nth = 1 + pick(r.get(4), 5);
        DayOfWeek day = DayOfWeek.of(1 + pick(r.get(6), 7));
        switch (span) {
          case 0: return TermRule.NthWeekday.of(nth, day);
          case 1: return TermRule.NthWeekday.of(nth, day, month);
          case 2: return TermRule.NthWeekday.working(nth, day);
          default: return TermRule.NthWeekday.working(nth, day, month);
        }
      }
      case 31: {
        List<TermRule> parts = new ArrayList<>();
        for (int k = 0; k < 2 + pick(r.get(7), 2); k++) {
          LocalDate d = date.plusDays(40L * k + pick(r.get(6), 30));
          switch (pick(r.get(4) + k, 4)) {
            case 0: parts.add(TermRule.OneDate.of(d)); break;
            case 1: parts.add(TermRule.Deadline.of(d)); break;
            case 2: parts.add(TermRule.DateWindow.of(d, d.plusDays(pick(r.get(5), 20)))); break;
            default: parts.add(TermRule.MonthsOfYear.of(YearMonth.from(d))); break;
          }
        }
        return TermRule.Several.of(parts);
      }
      case 32: return TermRule.BeforeAcademicYear.of(span % 2 == 0 ? java.time.Period.ofMonths(1 + pick(r.get(3), 12))
          : java.time.Period.ofDays(pick(r.get(3), 120)));
      default: return noted(r, date, monthDay, time);
    }
  }

  private static final String[] COMMENTS = {"по согласованию", "7 дней", "итого 8 дней",
      "при пятидневной учебной неделе", "в любой из дней периода"};

  /** A term with notes: weekdays, working days, an end time and zone where a time is written, a comment. */
  private static TermRule noted(List<Integer> r, LocalDate date, MonthDay monthDay, Optional<LocalTime> time) {
    TermNotes notes = TermNotes.none();
    TermRule inner;
    switch (pick(r.get(7), 5)) {
      case 0: inner = (time.isPresent() ? TermRule.OneDate.of(date, time.get()) : TermRule.OneDate.of(date)); break;
      case 1: inner = (time.isPresent() ? TermRule.Deadline.of(date, time.get()) : TermRule.Deadline.of(date)); break;
      case 2: inner = TermRule.DateWindow.of(date, date.plusDays(pick(r.get(6), 60))); break;
      case 3: inner = TermRule.YearlyDate.of(monthDay); break;
      default:
        inner = TermRule.EveryDay.of();
        if (time.isPresent()) {
          notes = notes.withTime(time.get());
        }
        break;
    }
    boolean timed = inner.time().isPresent() || notes.time().isPresent();
    int bits = r.get(5);
    if (timed && (bits & 1) == 1) {
      notes = notes.withUntil(LocalTime.of(pick(r.get(6), 24), 30));
    }
    if (timed && (bits & 2) == 2) {
      notes = notes.withZone(TermNotes.MOSCOW);
    }
    for (int k = 0; k < pick(bits >>> 2, 3); k++) {
      notes = notes.withWeekday(DayOfWeek.of(1 + pick(r.get(3) + k, 7)));
    }
    if ((bits & 32) == 32) {
      notes = notes.withWorkingDays();
    }
    if ((bits & 64) == 64 || notes.isEmpty()) {
      notes = notes.withComment(COMMENTS[pick(r.get(2), COMMENTS.length)]);
    }
    return TermRule.Noted.with(inner, notes);
  }
}
