package org.eduroadmap.term;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.MonthDay;
import java.time.Year;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A recursive-descent reader of one term over the tokens of {@link Lexer}. Every branch consumes at least
 * one token or fails, and nothing backtracks beyond a fixed look-ahead, so reading is linear in the text.
 */
final class Parser {

  /** Reading stopped: carries the problem; no stack trace, as lenient reading uses it for control flow. */
  static final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient TermProblem problem;

    Failure(TermProblem problem) {
      super(null, null, false, false);
      this.problem = problem;
    }
  }

  private static final Set<String> YEAR_NOISE = Set.of("г", "гг", "год", "года", "году", "годы", "годов", "годах");
  private static final Set<String> QUARTER_WORDS = Set.of("квартал", "квартале", "квартала", "кварталы",
      "кварталах", "кв");
  private static final Set<String> HALF_WORDS = Set.of("полугодие", "полугодии", "полугодия", "полугодье");
  private static final Set<String> PERIOD_WORDS = Set.of("реализации", "действия", "дорожной", "карты", "плана",
      "мероприятий", "программы", "проекта");
  private static final int MIN_YEAR = 1900;
  private static final int MAX_YEAR = 2199;

  private final String text;
  private final List<Token> tokens;
  private int pos;

  private Parser(String text) {
    this.text = text;
    this.tokens = Lexer.tokens(text);
  }

  /** Reads {@code text}; throws {@link Failure} if it cannot. */
  static TermRule parse(String text) {
    if (text.length() > TermReader.MAX_LENGTH) {
      throw new Failure(new TermProblem(TermReader.MAX_LENGTH, TermExpectation.SHORTER_TEXT,
          text.length() + " characters", Optional.empty()));
    }
    return new Parser(text).term();
  }

  // ---------------------------------------------------------------- the grammar

  private TermRule term() {
    if (tokens.stream().allMatch(t -> t.is(Token.Kind.DASH))) {
      return TermRule.Empty.of(); // a blank cell, or one with only a dash in it
    }
    TermRule rule = body();
    if (pos < tokens.size()) {
      throw fail(TermExpectation.END);
    }
    return rule;
  }

  private TermRule body() {
    if (word("постоянно")) {
      return TermRule.ThroughPeriod.of();
    }
    if (isWord(0, "в") && (isWord(1, "течение") || isWord(1, "течении"))) {
      pos += 2;
      return through();
    }
    if (isWord(0, "в") && isWord(1, "соответствии") && (isWord(2, "с") || isWord(2, "со"))) {
      String lead = isWord(2, "со") ? Phrases.ACCORDING_TO_O : Phrases.ACCORDING_TO;
      pos += 3;
      return TermRule.External.of(reference(lead));
    }
    if (word("согласно")) {
      return TermRule.External.of(reference(Phrases.PER));
    }
    if (word("ежегодно")) {
      return yearly();
    }
    if (word("ежеквартально")) {
      return TermRule.TimesAYear.of(4);
    }
    if (word("ежемесячно")) {
      return TermRule.TimesAYear.of(12);
    }
    if (word("ежеполугодно")) {
      return TermRule.TimesAYear.of(2);
    }
    if (isWord(0, "еженедельно") || isWord(0, "ежедневно")) {
      throw fail(TermExpectation.SUPPORTED_FREQUENCY);
    }
    if (isWord(0, "по")) {
      return po();
    }
    if (isWord(0, "при") && isWord(1, "необходимости")) {
      pos += 2;
      return TermRule.OnDemand.of();
    }
    if (isWord(0, "не") && (isWord(1, "позднее") || isWord(1, "позже"))) {
      pos += 2;
      return deadline();
    }
    if (isWord(0, "в") && isWord(1, "срок") && isWord(2, "до")) {
      pos += 3;
      return deadline();
    }
    if (isWord(0, "срок") && isWord(1, "до")) {
      pos += 2;
      return deadline();
    }
    if (word("до") || word("к")) {
      return deadline();
    }
    if (word("с") || word("со")) {
      return startingFrom();
    }
    if (isFrequency()) {
      return frequency();
    }
    if (isWord(0, "в") || isWord(0, "во")) {
      pos++;
    }
    return period();
  }

  /** After «в течение». */
  private TermRule through() {
    if (word("года") || words("всего", "года") || words("календарного", "года") || words("каждого", "года")) {
      word("ежегодно");
      if (onDemandTail()) {
        return TermRule.OnDemand.of();
      }
      if (isWord(0, "согласно")) {
        pos++;
        return TermRule.ThroughYearExternal.of(reference(Phrases.PER));
      }
      if (isWord(0, "в") && isWord(1, "соответствии") && (isWord(2, "с") || isWord(2, "со"))) {
        String lead = isWord(2, "со") ? Phrases.ACCORDING_TO_O : Phrases.ACCORDING_TO;
        pos += 3;
        return TermRule.ThroughYearExternal.of(reference(lead));
      }
      if (isWord(0, "по") && isScheduleName(1)) {
        pos++;
        return TermRule.ThroughYearExternal.of(reference(Phrases.BY));
      }
      return TermRule.ThroughYear.of();
    }
    if (words("учебного", "года") || words("всего", "учебного", "года") || words("каждого", "учебного", "года")) {
      word("ежегодно");
      if (onDemandTail()) {
        return TermRule.OnDemand.of();
      }
      return TermRule.ThroughAcademicYear.of();
    }
    if (isYear(peek(0))) {
      Token firstToken = peek(0);
      int first = year();
      int last = first;
      if (isDash(0) || isWord(0, "по")) {
        pos++;
        last = expectYear();
      }
      if (last < first) {
        throw failAt(firstToken, TermExpectation.ORDERED_RANGE);
      }
      return TermRule.ThroughPeriod.of(YearSpan.of(first, last));
    }
    if (words("всего", "периода") || word("периода") || words("всего", "срока") || word("срока")) {
      while (pos < tokens.size() && peek(0).is(Token.Kind.WORD) && PERIOD_WORDS.contains(peek(0).text())) {
        pos++;
      }
      return TermRule.ThroughPeriod.of();
    }
    throw fail(TermExpectation.SPAN);
  }

  private boolean onDemandTail() {
    return words("по", "мере", "необходимости") || words("при", "необходимости") || words("по", "необходимости");
  }

  /** After «по». */
  private TermRule po() {
    if (words("по", "мере", "необходимости") || words("по", "мере", "поступления") || words("по", "необходимости")
        || words("по", "запросу") || words("по", "согласованию")) {
      return TermRule.OnDemand.of();
    }
    if (isWord(1, "итогам") || isWord(1, "окончании") || isWord(1, "завершении") || isWord(1, "окончанию")) {
      pos += 2;
      if (!words("учебного", "года")) {
        throw fail(TermExpectation.ACADEMIC_YEAR);
      }
      word("ежегодно");
      return TermRule.AfterAcademicYear.of();
    }
    if (isScheduleName(1)) {
      pos++;
      return TermRule.External.of(reference(Phrases.BY));
    }
    pos++;
    throw fail(TermExpectation.TERM);
  }

  /** Whether one of the three words from {@code offset} names a schedule or plan («по отдельному графику»). */
  private boolean isScheduleName(int offset) {
    for (int k = offset; k < offset + 3; k++) {
      Token t = peek(k);
      if (t == null || !t.is(Token.Kind.WORD)) {
        return false;
      }
      String w = t.text();
      if (w.startsWith("график") || w.startsWith("план") || w.startsWith("расписани") || w.startsWith("отдельн")
          || w.startsWith("регламент") || w.startsWith("утвержденн")) {
        return true;
      }
    }
    return false;
  }

  /** The rest of the text after the leading words, as the reference to another schedule. */
  private String reference(String lead) {
    if (pos >= tokens.size()) {
      throw fail(TermExpectation.SCHEDULE);
    }
    int from = pos == 0 ? 0 : tokens.get(pos - 1).end();
    String rest = Phrases.collapse(text.substring(from));
    pos = tokens.size();
    return lead + " " + rest;
  }

  /** After «ежегодно». */
  private TermRule yearly() {
    if (pos >= tokens.size()) {
      return TermRule.Yearly.of();
    }
    if (isWord(0, "в") && (isWord(1, "течение") || isWord(1, "течении"))) {
      if (isWord(2, "года")) {
        pos += 3;
        return TermRule.ThroughYear.of();
      }
      if (isWord(2, "учебного") && isWord(3, "года")) {
        pos += 4;
        return TermRule.ThroughAcademicYear.of();
      }
    }
    if (isWord(0, "по") && (isWord(1, "итогам") || isWord(1, "окончании")) && isWord(2, "учебного")
        && isWord(3, "года")) {
      pos += 4;
      return TermRule.AfterAcademicYear.of();
    }
    if (words("в", "срок", "до") || words("не", "позднее") || words("не", "позже") || words("срок", "до")
        || word("до") || word("к")) {
      Token at = peek(0);
      DatePart d = datePart();
      if (d == null || d.day == null || d.month == null) {
        throw at == null ? fail(TermExpectation.DATE) : failAt(at, TermExpectation.DATE);
      }
      if (d.year != null) {
        throw failAt(d.yearToken, TermExpectation.END);
      }
      return TermRule.YearlyDeadline.of(monthDay(d));
    }
    if (isWord(0, "в") || isWord(0, "во")) {
      pos++;
    }
    TermRule part = quarterOrHalf();
    if (part != null) {
      return part;
    }
    Token t = peek(0);
    if (Vocabulary.isMonth(t)) {
      Set<Month> months = monthList();
      return new TermRule.YearlyInMonths(months);
    }
    if (t != null && t.is(Token.Kind.NUMBER) && Vocabulary.isMonth(peek(1))) {
      DatePart d = datePart();
      if (d == null) {
        throw fail(TermExpectation.DATE); // a number that is no day of a month, such as 0
      }
      if (d.year != null) {
        throw failAt(d.yearToken, TermExpectation.END);
      }
      return TermRule.YearlyDate.of(monthDay(d));
    }
    throw fail(TermExpectation.MONTH);
  }

  /** After «до», «не позднее», «в срок до», «к». */
  private TermRule deadline() {
    if (words("конца", "года") || words("конца", "календарного", "года")) {
      return TermRule.YearlyDeadline.of(MonthDay.of(12, 31));
    }
    if (word("конца")) {
      return TermRule.Deadline.of(LocalDate.of(expectYear(), 12, 31));
    }
    DatePart d = datePart();
    if (d == null) {
      throw fail(TermExpectation.DATE);
    }
    if (d.day != null && d.month == null) {
      throw fail(TermExpectation.MONTH);
    }
    if (d.day != null && d.year != null) {
      LocalDate date = date(d);
      Optional<LocalTime> time = time();
      return new TermRule.Deadline(date, time);
    }
    if (d.day != null) {
      MonthDay day = monthDay(d);
      boolean following = false;
      if (word("года")) {
        if (!(words("следующего", "за") && (word("отчетным") || word("отчетный")))) {
          throw fail(TermExpectation.END);
        }
        word("годом");
        following = true;
      }
      return new TermRule.YearlyDeadline(day, following);
    }
    if (d.month != null && d.year != null) {
      return TermRule.Deadline.of(YearMonth.of(d.year, d.month).atEndOfMonth());
    }
    if (d.month != null) {
      throw fail(TermExpectation.YEAR);
    }
    return TermRule.Deadline.of(LocalDate.of(d.year, 12, 31));
  }

  /** After «с». */
  private TermRule startingFrom() {
    DatePart a = datePart();
    if (a == null) {
      throw fail(TermExpectation.DATE);
    }
    if (rangeSeparator()) {
      return range(a, secondPart());
    }
    if (a.month == null && a.day != null) {
      throw fail(TermExpectation.MONTH);
    }
    if (a.year == null) {
      throw fail(TermExpectation.YEAR);
    }
    return TermRule.StartingFrom.of(start(a));
  }

  private boolean isFrequency() {
    Token t = peek(0);
    if (t == null) {
      return false;
    }
    if (isWord(0, "не") && isWord(1, "реже")) {
      return true;
    }
    if (t.is(Token.Kind.NUMBER)) {
      return isWord(1, "раз") || isWord(1, "раза");
    }
    return count(t.text()) > 0 && t.is(Token.Kind.WORD);
  }

  private static int count(String w) {
    switch (w) {
      case "раз": case "один": case "одного": case "однажды":
        return 1;
      case "два": case "двух": case "дважды":
        return 2;
      case "три": case "трех": case "трижды":
        return 3;
      case "четыре": case "четырех": case "четырежды":
        return 4;
      case "пять": case "пяти":
        return 5;
      case "шесть": case "шести":
        return 6;
      case "двенадцать": case "двенадцати":
        return 12;
      default:
        return 0;
    }
  }

  /** «два раза в год», «дважды в год», «2 раза в год», «не реже одного раза в квартал». */
  private TermRule frequency() {
    Token start = peek(0);
    words("не", "реже");
    Token t = peek(0);
    if (t == null) {
      throw fail(TermExpectation.FREQUENCY);
    }
    int n;
    if (t.is(Token.Kind.NUMBER)) {
      n = t.value();
      pos++;
      if (!(word("раз") || word("раза"))) {
        throw fail(TermExpectation.FREQUENCY);
      }
    } else {
      n = count(t.text());
      if (n == 0) {
        throw fail(TermExpectation.FREQUENCY);
      }
      pos++;
      boolean adverb = t.text().endsWith("жды");
      if (!adverb && !t.text().equals("раз") && !(word("раз") || word("раза"))) {
        throw fail(TermExpectation.FREQUENCY);
      }
    }
    if (!word("в")) {
      throw fail(TermExpectation.FREQUENCY);
    }
    int parts;
    if (word("год")) {
      parts = 1;
    } else if (word("полугодие") || word("полгода")) {
      parts = 2;
    } else if (word("квартал")) {
      parts = 4;
    } else if (word("месяц")) {
      parts = 12;
    } else {
      throw fail(TermExpectation.FREQUENCY);
    }
    long times = (long) n * parts;
    if (times == 1) {
      return TermRule.Yearly.of();
    }
    if (times == 2 || times == 3 || times == 4 || times == 6 || times == 12) {
      return TermRule.TimesAYear.of((int) times);
    }
    throw failAt(start, TermExpectation.SUPPORTED_FREQUENCY);
  }

  /** A quarter, a half-year, a date, months or years. */
  private TermRule period() {
    TermRule part = quarterOrHalf();
    if (part != null) {
      return part;
    }
    DatePart a = datePart();
    if (a == null) {
      throw fail(TermExpectation.TERM);
    }
    if (a.day == null && a.month != null && a.year == null) {
      return monthsFrom();
    }
    if (rangeSeparator()) {
      return range(a, secondPart());
    }
    if (a.day != null && a.month == null) {
      throw fail(TermExpectation.MONTH);
    }
    if (a.day != null && a.year != null) {
      LocalDate date = date(a);
      if (isWord(0, "до") && isNumberColon(1)) {
        pos++;
        return new TermRule.Deadline(date, time());
      }
      return new TermRule.OneDate(date, time());
    }
    if (a.day != null) {
      MonthDay day = monthDay(a);
      word("ежегодно");
      return TermRule.YearlyDate.of(day);
    }
    if (a.month != null) {
      YearMonth month = YearMonth.of(a.year, a.month);
      if (word("далее")) {
        if (isDash(0)) {
          pos++;
        }
        if (!word("ежегодно")) {
          throw fail(TermExpectation.YEARLY);
        }
        return TermRule.FirstThenYearly.of(month);
      }
      return TermRule.MonthsOfYear.of(month);
    }
    return TermRule.InYears.of(a.year);
  }

  /** «II квартал 2024», «I – II квартал», «первое полугодие 2024»; null if the text does not start so. */
  private TermRule quarterOrHalf() {
    int first = Vocabulary.ordinal(peekOrDummy(0));
    if (first == 0) {
      return null;
    }
    int last = first;
    int wordAt = 1;
    if (isDash(1) && Vocabulary.ordinal(peekOrDummy(2)) > 0) {
      last = Vocabulary.ordinal(peekOrDummy(2));
      wordAt = 3;
    }
    Token w = peek(wordAt);
    if (w == null || !w.is(Token.Kind.WORD)) {
      return null;
    }
    Token firstToken = peek(0);
    if (QUARTER_WORDS.contains(w.text())) {
      pos += wordAt + 1;
      if (last < first) {
        throw failAt(firstToken, TermExpectation.ORDERED_RANGE);
      }
      Optional<Year> year = optionalYear();
      word("ежегодно");
      return new TermRule.Quarters(year, first, last);
    }
    if (HALF_WORDS.contains(w.text()) && wordAt == 1) {
      if (first > 2) {
        throw failAt(firstToken, TermExpectation.QUARTER_OR_HALF);
      }
      pos += 2;
      Optional<Year> year = optionalYear();
      word("ежегодно");
      return new TermRule.HalfYear(year, first);
    }
    return null;
  }

  /** Months with no year so far, starting with the month just read. */
  private TermRule monthsFrom() {
    pos--; // re-read the first month as part of the list
    Month[] span = new Month[2];
    Set<Month> months = monthList(span);
    boolean oneItem = span[0] != null;
    if (isYear(peek(0))) {
      Token yearToken = peek(0);
      int year = year();
      if (oneItem) {
        YearMonth to = YearMonth.of(year, span[1]);
        YearMonth from = YearMonth.of(span[0].getValue() > span[1].getValue() ? year - 1 : year, span[0]);
        return new TermRule.MonthsOfYear(from, to);
      }
      Month lo = null;
      Month hi = null;
      for (Month m : months) {
        lo = lo == null ? m : lo;
        hi = m;
      }
      if (hi.getValue() - lo.getValue() + 1 != months.size()) {
        throw failAt(yearToken, TermExpectation.END);
      }
      return new TermRule.MonthsOfYear(YearMonth.of(year, lo), YearMonth.of(year, hi));
    }
    if (word("ежегодно")) {
      return new TermRule.YearlyInMonths(months);
    }
    return new TermRule.MonthsWithoutYear(months);
  }

  private Set<Month> monthList() {
    return monthList(new Month[2]);
  }

  /**
   * A list of months, each a month or a range of months («сентябрь, октябрь», «март - апрель»). When the
   * list is one item, {@code span} receives its first and last month.
   */
  private Set<Month> monthList(Month[] span) {
    Set<Month> months = EnumSet.noneOf(Month.class);
    int items = 0;
    while (true) {
      Token t = peek(0);
      if (!Vocabulary.isMonth(t)) {
        if (items == 0) {
          throw fail(TermExpectation.MONTH);
        }
        break;
      }
      pos++;
      Month from = Vocabulary.month(t.text()).orElseThrow();
      Month to = from;
      if ((isDash(0) || isWord(0, "по")) && Vocabulary.isMonth(peek(1))) {
        pos++;
        to = Vocabulary.month(peek(0).text()).orElseThrow();
        pos++;
      }
      for (Month m = from; ; m = m.plus(1)) {
        months.add(m);
        if (m == to) {
          break;
        }
      }
      items++;
      span[0] = from;
      span[1] = to;
      if (isWord(0, "и") && Vocabulary.isMonth(peek(1))) {
        pos++;
      }
    }
    if (items != 1) {
      span[0] = null;
      span[1] = null;
    }
    return months;
  }

  // ---------------------------------------------------------------- dates

  /** A date, a month or a year, possibly partial: day, month and year are null where not written. */
  private static final class DatePart {
    Integer day;
    Month month;
    Integer year;
    Token first;
    Token yearToken;
  }

  private DatePart secondPart() {
    DatePart b = datePart();
    if (b == null) {
      throw fail(TermExpectation.DATE);
    }
    if (b.month == null && b.day != null) {
      throw fail(TermExpectation.MONTH);
    }
    return b;
  }

  private DatePart datePart() {
    Token t = peek(0);
    if (t == null) {
      return null;
    }
    DatePart d = new DatePart();
    d.first = t;
    if (t.is(Token.Kind.NUMBER)) {
      Token dot = peek(1);
      Token m = peek(2);
      if (dot != null && dot.is(Token.Kind.DOT) && m != null && m.is(Token.Kind.NUMBER)) {
        if (t.digits() > 2 || t.value() < 1 || t.value() > 31) {
          throw failAt(t, TermExpectation.VALID_DATE);
        }
        if (m.digits() > 2 || m.value() < 1 || m.value() > 12) {
          throw failAt(m, TermExpectation.VALID_DATE);
        }
        pos += 3;
        d.day = t.value();
        d.month = Month.of(m.value());
        Token dot2 = peek(0);
        Token y = peek(1);
        if (dot2 != null && dot2.is(Token.Kind.DOT) && y != null && y.is(Token.Kind.NUMBER)) {
          pos += 2;
          if (y.digits() == 4 && y.value() >= MIN_YEAR && y.value() <= MAX_YEAR) {
            d.year = y.value();
          } else if (y.digits() == 2) {
            d.year = 2000 + y.value();
          } else {
            throw failAt(y, TermExpectation.YEAR);
          }
          d.yearToken = y;
          skipYearNoise();
        }
        checkDay(d);
        return d;
      }
      if (isYear(t)) {
        d.yearToken = t;
        d.year = year();
        return d;
      }
      if (t.digits() <= 2 && t.value() >= 1 && t.value() <= 31) {
        if (Vocabulary.isMonth(peek(1))) {
          pos += 2;
          d.day = t.value();
          d.month = Vocabulary.month(peek(-1).text()).orElseThrow();
          d.yearToken = peek(0);
          d.year = isYear(peek(0)) ? year() : null;
          checkDay(d);
          return d;
        }
        if (isRangeSeparatorAt(1)) {
          pos++;
          d.day = t.value();
          return d;
        }
      }
      return null;
    }
    if (Vocabulary.isMonth(t)) {
      pos++;
      d.month = Vocabulary.month(t.text()).orElseThrow();
      d.yearToken = peek(0);
      d.year = isYear(peek(0)) ? year() : null;
      return d;
    }
    return null;
  }

  private void checkDay(DatePart d) {
    int max = d.year == null ? d.month.maxLength() : YearMonth.of(d.year, d.month).lengthOfMonth();
    if (d.day > max) {
      throw failAt(d.first, TermExpectation.VALID_DATE);
    }
  }

  private boolean isRangeSeparatorAt(int k) {
    Token t = peek(k);
    if (t == null) {
      return false;
    }
    boolean separator = t.is(Token.Kind.DASH) || t.isWord("по") || t.isWord("до");
    if (!separator) {
      return false;
    }
    Token next = peek(k + 1);
    if (next == null) {
      return false;
    }
    if (next.is(Token.Kind.NUMBER)) {
      Token after = peek(k + 2);
      return after == null || !after.is(Token.Kind.COLON); // «до 12:00» is a time, not a range
    }
    return Vocabulary.isMonth(next);
  }

  private boolean rangeSeparator() {
    if (isRangeSeparatorAt(0)) {
      pos++;
      return true;
    }
    return false;
  }

  /** The span from the start of {@code a} to the end of {@code b}, each taking what it lacks from the other. */
  private TermRule range(DatePart a, DatePart b) {
    if (a.day != null && a.month == null) {
      if (b.month == null) {
        throw failAt(b.first, TermExpectation.MONTH); // «1 - 2022»: a day needs a month
      }
      a.month = b.month;
    }
    if (a.year == null && b.year != null) {
      a.year = later(a, b) ? b.year - 1 : b.year;
    } else if (b.year == null && a.year != null) {
      b.year = later(a, b) ? a.year + 1 : a.year;
    }
    boolean aDay = a.day != null;
    boolean bDay = b.day != null;
    boolean aMonth = !aDay && a.month != null;
    boolean bMonth = !bDay && b.month != null;
    if (a.year == null) {
      if (aMonth && bMonth) {
        Set<Month> months = EnumSet.noneOf(Month.class);
        for (Month m = a.month; ; m = m.plus(1)) {
          months.add(m);
          if (m == b.month) {
            break;
          }
        }
        return new TermRule.MonthsWithoutYear(months);
      }
      throw fail(TermExpectation.YEAR);
    }
    if (aMonth && bMonth) {
      YearMonth from = YearMonth.of(a.year, a.month);
      YearMonth to = YearMonth.of(b.year, b.month);
      if (to.isBefore(from)) {
        throw failAt(b.first, TermExpectation.ORDERED_RANGE);
      }
      return new TermRule.MonthsOfYear(from, to);
    }
    if (a.month == null && b.month == null) {
      if (b.year < a.year) {
        throw failAt(b.first, TermExpectation.ORDERED_RANGE);
      }
      return new TermRule.InYears(YearSpan.of(a.year, b.year));
    }
    if (aDay) {
      checkDay(a);
    }
    if (bDay) {
      checkDay(b);
    }
    LocalDate from = start(a);
    LocalDate to = end(b);
    if (to.isBefore(from)) {
      throw failAt(b.first, TermExpectation.ORDERED_RANGE);
    }
    return TermRule.DateWindow.of(from, to);
  }

  /** Whether {@code a} comes later in a year than {@code b} (so a range from a to b crosses a year end). */
  private static boolean later(DatePart a, DatePart b) {
    if (a.month == null || b.month == null) {
      return false;
    }
    if (a.month != b.month) {
      return a.month.getValue() > b.month.getValue();
    }
    return a.day != null && b.day != null && a.day > b.day;
  }

  private LocalDate start(DatePart d) {
    Month m = d.month == null ? Month.JANUARY : d.month;
    int day = d.day == null ? 1 : d.day;
    return of(d, d.year, m, day);
  }

  private LocalDate end(DatePart d) {
    Month m = d.month == null ? Month.DECEMBER : d.month;
    int day = d.day == null ? YearMonth.of(d.year, m).lengthOfMonth() : d.day;
    return of(d, d.year, m, day);
  }

  private LocalDate date(DatePart d) {
    return of(d, d.year, d.month, d.day);
  }

  private LocalDate of(DatePart d, int year, Month month, int day) {
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      throw failAt(d.first, TermExpectation.VALID_DATE);
    }
  }

  private MonthDay monthDay(DatePart d) {
    try {
      return MonthDay.of(d.month, d.day);
    } catch (DateTimeException e) {
      throw failAt(d.first, TermExpectation.VALID_DATE);
    }
  }

  /** «в 10:00», «до 12:00 по местному времени», «12:00»; empty if no time follows. */
  private Optional<LocalTime> time() {
    if ((isWord(0, "в") || isWord(0, "до")) && isNumberColon(1)) {
      pos++;
    }
    if (!isNumberColon(0)) {
      return Optional.empty();
    }
    Token h = peek(0);
    Token m = peek(2);
    if (m == null || !m.is(Token.Kind.NUMBER)) {
      throw failAt(h, TermExpectation.TIME);
    }
    if (h.digits() > 2 || h.value() > 23 || m.digits() != 2 || m.value() > 59) {
      throw failAt(h, TermExpectation.TIME);
    }
    pos += 3;
    if (!words("по", "местному", "времени")) {
      if (!words("местного", "времени")) {
        words("местное", "время");
      }
    }
    return Optional.of(LocalTime.of(h.value(), m.value()));
  }

  private boolean isNumberColon(int k) {
    Token t = peek(k);
    Token c = peek(k + 1);
    return t != null && t.is(Token.Kind.NUMBER) && c != null && c.is(Token.Kind.COLON);
  }

  // ---------------------------------------------------------------- years

  private boolean isYear(Token t) {
    return t != null && t.is(Token.Kind.NUMBER) && t.digits() == 4 && t.value() >= MIN_YEAR && t.value() <= MAX_YEAR;
  }

  private int year() {
    int y = peek(0).value();
    pos++;
    skipYearNoise();
    return y;
  }

  private int expectYear() {
    if (!isYear(peek(0))) {
      throw fail(TermExpectation.YEAR);
    }
    return year();
  }

  private Optional<Year> optionalYear() {
    return isYear(peek(0)) ? Optional.of(Year.of(year())) : Optional.empty();
  }

  private void skipYearNoise() {
    while (pos < tokens.size() && tokens.get(pos).is(Token.Kind.WORD) && YEAR_NOISE.contains(tokens.get(pos).text())) {
      pos++;
    }
  }

  // ---------------------------------------------------------------- tokens

  private Token peek(int k) {
    int i = pos + k;
    return i >= 0 && i < tokens.size() ? tokens.get(i) : null;
  }

  private static final Token NONE = new Token(Token.Kind.SIGN, "", 0, 0, 0);

  private Token peekOrDummy(int k) {
    Token t = peek(k);
    return t == null ? NONE : t;
  }

  private boolean isWord(int k, String w) {
    Token t = peek(k);
    return t != null && t.isWord(w);
  }

  private boolean isDash(int k) {
    Token t = peek(k);
    return t != null && t.is(Token.Kind.DASH);
  }

  private boolean word(String w) {
    if (isWord(0, w)) {
      pos++;
      return true;
    }
    return false;
  }

  private boolean words(String... ws) {
    for (int k = 0; k < ws.length; k++) {
      if (!isWord(k, ws[k])) {
        return false;
      }
    }
    pos += ws.length;
    return true;
  }

  private Failure fail(TermExpectation expected) {
    Token t = peek(0);
    if (t == null) {
      return new Failure(new TermProblem(text.length(), expected, "", Optional.empty()));
    }
    return failAt(t, expected);
  }

  private Failure failAt(Token t, TermExpectation expected) {
    Optional<String> suggestion = t.is(Token.Kind.WORD) ? Vocabulary.suggestion(t.text()) : Optional.empty();
    return new Failure(new TermProblem(t.start(), expected, text.substring(t.start(), t.end()), suggestion));
  }
}
