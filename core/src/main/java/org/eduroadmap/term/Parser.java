package org.eduroadmap.term;

import java.time.DateTimeException;
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
  private static final Set<String> SCHOOL_QUARTER_WORDS = Set.of("четверть", "четверти", "четвертях");
  private static final Set<String> HALF_WORDS = Set.of("полугодие", "полугодии", "полугодия", "полугодье");
  private static final Set<String> PERIOD_WORDS = Set.of("реализации", "действия", "дорожной", "карты", "плана",
      "мероприятий", "программы", "проекта");
  private static final int MIN_YEAR = 1900;
  private static final int MAX_YEAR = 2100;
  /** The most tokens a label before a term («Сроки проведения:», «8 дней») may have. */
  private static final int MAX_LABEL = 12;
  /** The word canonical text puts before a comment: «(примечание: по согласованию)». */
  static final String NOTE_MARK = "примечание";
  private static final Set<String> TRAILING_NOISE = Set.of("включительно", "г", "года", "гг");

  private final String text;
  private final List<Token> tokens;
  private int pos;
  /** Days of the week written in brackets, taken out of the tokens: the note and the token before it. */
  private final List<DayOfWeek> weekdayNotes = new ArrayList<>(0);
  private final List<Integer> weekdayAnchors = new ArrayList<>(0);
  /** The spans of text of the notes taken aside («(суббота)», «(в рабочие дни)»): not part of a reference. */
  private final List<int[]> noteSpans = new ArrayList<>(0);
  private final List<Integer> workingDayAnchors = new ArrayList<>(0);
  /** What the term being read says beside its dates (end time, zone); reset for every item of a list. */
  private TermNotes itemNotes = TermNotes.none();

  /** Above 0 while trying a reading whose failure is thrown away: no suggestion is worked out for it. */
  private int probing;
  /** Whether labels before the term and captions after it are read (not for the tail of a per-year cell). */
  private boolean captions = true;

  private Parser(String text) {
    this.text = text;
    this.tokens = withoutWeekdayNotes(tidied(wordTimes(Lexer.tokens(text))));
  }

  private static final Set<String> HOUR_WORDS = Set.of("час", "часа", "часов");
  private static final Set<String> MINUTE_WORDS = Set.of("минут", "минуты", "минута", "мин");

  /**
   * A time written in words after «в», «с» or «до» — «в 9 часов 30 минут», «в 10 часов», «с 9 часов до 12
   * часов» — as the tokens of «9:30», «10:00» (D64). An hour alone after another word («не позднее 15 часов
   * 10 сентября», D38) stays as it was.
   */
  private static List<Token> wordTimes(List<Token> all) {
    List<Token> out = null;
    for (int k = 1; k + 1 < all.size(); k++) {
      Token before = all.get(k - 1);
      Token h = all.get(k);
      Token w = all.get(k + 1);
      if (!(before.isWord("в") || before.isWord("с") || before.isWord("до")) || !h.is(Token.Kind.NUMBER)
          || h.digits() > 2 || h.value() > 23 || !w.is(Token.Kind.WORD) || !HOUR_WORDS.contains(w.text())) {
        continue;
      }
      Token m = k + 3 < all.size() ? all.get(k + 2) : null;
      Token mw = k + 3 < all.size() ? all.get(k + 3) : null;
      boolean minutes = m != null && m.is(Token.Kind.NUMBER) && m.digits() <= 2 && m.value() <= 59
          && mw.is(Token.Kind.WORD) && MINUTE_WORDS.contains(mw.text());
      if (out == null) {
        out = new ArrayList<>(all.subList(0, k));
      }
      out.add(h);
      out.add(new Token(Token.Kind.COLON, ":", w.start(), w.start(), 0, h.group()));
      if (minutes) {
        // the minutes as two digits, whatever was written («5 минут» is «:05»)
        out.add(new Token(Token.Kind.NUMBER, String.format("%02d", m.value()), m.start(), m.start() + 2, m.value(),
            m.group()));
      } else {
        out.add(new Token(Token.Kind.NUMBER, "00", w.start(), w.start() + 2, 0, w.group()));
      }
      int next = k + (minutes ? 4 : 2);
      // copy up to the next candidate
      int j = next;
      while (j < all.size() && !(j + 1 < all.size() && isWordTimeStart(all, j))) {
        out.add(all.get(j));
        j++;
      }
      k = j - 1;
    }
    return out == null ? all : out;
  }

  private static boolean isWordTimeStart(List<Token> all, int k) {
    Token before = all.get(k - 1);
    Token h = all.get(k);
    Token w = all.get(k + 1);
    return (before.isWord("в") || before.isWord("с") || before.isWord("до")) && h.is(Token.Kind.NUMBER)
        && h.digits() <= 2 && h.value() <= 23 && w.is(Token.Kind.WORD) && HOUR_WORDS.contains(w.text());
  }

  /** Bullets a list puts before a line («•», «·», «▪»): never part of a term (D53). */
  private static final Set<String> BULLETS = Set.of("•", "·", "▪", "◦", "●", "‣", "∙");

  /**
   * The tokens without a dash or bullet glued before the term («–до 5 октября», «- в течение года», D53),
   * and with a slash between two months read as a dash («октябрь/ноябрь», D55).
   */
  private static List<Token> tidied(List<Token> all) {
    int lead = 0;
    while (lead < all.size() && all.get(lead).group() == 0 && (all.get(lead).is(Token.Kind.DASH)
        || all.get(lead).is(Token.Kind.SIGN) && BULLETS.contains(all.get(lead).text()))) {
      lead++;
    }
    boolean slash = false;
    for (int k = 1; k + 1 < all.size() && !slash; k++) {
      slash = all.get(k).is(Token.Kind.SIGN) && all.get(k).text().equals("/") && isAlternative(all, k);
    }
    if ((lead == 0 || lead == all.size()) && !slash) {
      return all;
    }
    List<Token> out = new ArrayList<>(all.size());
    for (int k = lead == all.size() ? 0 : lead; k < all.size(); k++) {
      Token t = all.get(k);
      if (t.is(Token.Kind.SIGN) && t.text().equals("/") && k > 0 && k + 1 < all.size() && isAlternative(all, k)) {
        t = new Token(Token.Kind.DASH, "-", t.start(), t.end(), 0, t.group());
      }
      out.add(t);
    }
    return out;
  }

  /** Whether the slash at {@code k} stands between two months: an alternative. */
  private static boolean isAlternative(List<Token> all, int k) {
    Token a = all.get(k - 1);
    Token b = all.get(k + 1);
    return Vocabulary.isMonth(a) && Vocabulary.isMonth(b);
  }

  /**
   * The tokens without the bracketed days of the week («(четверг)», «(пн.)», «(в рабочие дни)»), which
   * are kept aside with the place they stood, so that a date and its note read as the date.
   */
  private List<Token> withoutWeekdayNotes(List<Token> all) {
    boolean plain = true;
    for (int k = 0; k < all.size() && plain; k++) {
      Token t = all.get(k);
      plain = t.group() == 0 && !(k > 0 && t.is(Token.Kind.WORD) && all.get(k - 1).is(Token.Kind.WORD)
          && all.get(k - 1).text().equals(t.text()));
    }
    int bare = bareWeekdayAt(all);
    if (plain && bare < 0) {
      return all; // nothing in brackets, no doubled word: most terms
    }
    List<Token> out = new ArrayList<>(all.size());
    int i = 0;
    while (i < all.size()) {
      Token t = all.get(i);
      if (i == bare) {
        noteSpans.add(new int[] {t.start(), t.end()});
        weekdayNotes.add(Vocabulary.weekday(t).get());
        weekdayAnchors.add(out.size() - 1);
        i++;
        continue;
      }
      if (t.group() != 0 && (i == 0 || all.get(i - 1).group() != t.group())) {
        int j = i;
        while (j < all.size() && all.get(j).group() == t.group()) {
          j++;
        }
        List<Token> g = all.subList(i, j);
        int open = text.lastIndexOf('(', t.start());
        int close = text.indexOf(')', all.get(j - 1).end());
        int[] span = {open < 0 ? t.start() : open, close < 0 ? all.get(j - 1).end() : close + 1};
        if (g.size() == 1 && Vocabulary.weekday(g.get(0)).isPresent()) {
          noteSpans.add(span);
          weekdayNotes.add(Vocabulary.weekday(g.get(0)).get());
          weekdayAnchors.add(out.size() - 1);
          i = j;
          continue;
        }
        int k = g.get(0).isWord("в") ? 1 : 0;
        if (g.size() == k + 2 && (g.get(k).isWord("рабочие") && g.get(k + 1).isWord("дни")
            || g.get(k).isWord("рабочий") && g.get(k + 1).isWord("день"))) {
          noteSpans.add(span);
          workingDayAnchors.add(out.size() - 1);
          i = j;
          continue;
        }
      }
      if (t.is(Token.Kind.WORD) && !out.isEmpty() && out.get(out.size() - 1).is(Token.Kind.WORD)
          && out.get(out.size() - 1).text().equals(t.text()) && t.group() == out.get(out.size() - 1).group()) {
        i++; // a doubled word: «до до 1 июня»
        continue;
      }
      out.add(t);
      i++;
    }
    return out;
  }

  /**
   * The index of a day of the week written after a date without brackets («14.02.2024 г. среда», «14
   * февраля 2024, среда», D52): the last token, or the last before a dash, right after a year, «г.» or a
   * day and month; -1 if there is none.
   */
  private static int bareWeekdayAt(List<Token> all) {
    for (int i = 2; i < all.size(); i++) {
      Token t = all.get(i);
      boolean ends = i + 1 == all.size() || all.get(i + 1).is(Token.Kind.DASH);
      if (!ends || t.group() != 0 || Vocabulary.weekday(t).isEmpty()) {
        continue;
      }
      Token prev = all.get(i - 1);
      Token before = all.get(i - 2);
      boolean afterDate = prev.is(Token.Kind.NUMBER) && prev.digits() == 4
          || prev.is(Token.Kind.WORD) && YEAR_NOISE.contains(prev.text()) && before.is(Token.Kind.NUMBER)
          || Vocabulary.isMonth(prev) && before.is(Token.Kind.NUMBER);
      if (afterDate && !t.text().endsWith("ам")) { // «по вторникам» names a rule, not a note
        return i;
      }
    }
    return -1;
  }

  /** Reads {@code text}; throws {@link Failure} if it cannot. */
  static TermRule parse(String text) {
    if (text.length() > TermReader.MAX_LENGTH) {
      throw new Failure(TermProblem.of(TermReader.MAX_LENGTH, TermExpectation.SHORTER_TEXT,
          text.length() + " characters"));
    }
    return new Parser(text).term();
  }

  /**
   * Reads {@code text} with no label before it and no caption after it, as the tail of a per-year cell
   * must be (the text before a term there is the planned result, D25); null if it cannot.
   */
  static TermRule parseBare(String text) {
    if (text.length() > TermReader.MAX_LENGTH) {
      return null;
    }
    Parser p = new Parser(text);
    p.captions = false;
    try {
      return p.term();
    } catch (Failure f) {
      return null;
    }
  }

  // ---------------------------------------------------------------- the grammar

  private TermRule term() {
    if (tokens.stream().allMatch(t -> t.is(Token.Kind.DASH)) && weekdayNotes.isEmpty()) {
      return TermRule.Empty.of(); // a blank cell, or one with only a dash in it
    }
    if (text.contains("___")) {
      return TermRule.Empty.of(); // a form field left to be filled in: «___»________ 20__ г.
    }
    Failure first;
    try {
      return list();
    } catch (Failure f) {
      first = f;
    }
    // A label before the term: «Срок: 1 июля 2022», «Отчет — до 1 декабря», «8 дней с 28 марта …».
    for (int s = 1; captions && s <= MAX_LABEL && s < tokens.size(); s++) {
      if (isLabel(0, s)) {
        pos = s;
        probing++;
        try {
          return list();
        } catch (Failure f) {
          // not a label of that length
        } finally {
          probing--;
        }
      }
    }
    if (captions && (namesAnotherBody() || countsFromAnEvent())) {
      return TermRule.External.of(Phrases.collapse(text));
    }
    throw first;
  }

  /**
   * Whether tokens {@code from} – {@code to} (exclusive) can be a label: they hold a word the grammar
   * does not read, or a colon or dash ends them.
   */
  private boolean isLabel(int from, int to) {
    Token last = tokens.get(to - 1);
    if (last.is(Token.Kind.SIGN) && last.text().equals("№")) {
      return false; // «СОШ №22 – 9 февраля»: a number after «№» names a school, never a day
    }
    for (int k = from; k < to; k++) {
      if (Vocabulary.isMonth(tokens.get(k)) || isYear(tokens.get(k))) {
        return false; // a label names no month and no year: what does is data, not a label
      }
      if (tokens.get(k).isWord("после") || tokens.get(k).isWord("перед")) {
        return false; // «после 15 мая 2023» is not 15 May: a word that moves the date is no label
      }
    }
    if (last.is(Token.Kind.DASH) && to - 1 > from) {
      return true;
    }
    if (text.substring(last.end(), tokens.get(to).start()).indexOf(':') >= 0) {
      return true;
    }
    for (int k = from; k < to; k++) {
      Token t = tokens.get(k);
      if (t.is(Token.Kind.WORD) && !Vocabulary.isGrammarWord(t.text())
          && Vocabulary.suggestion(t.text()).isEmpty()) {
        return true; // a word the grammar does not read, and no misspelling of one («нябрь»)
      }
    }
    return false;
  }

  /**
   * Whether the tokens from {@code from} to the end can be a caption: they name no month and hold a word
   * the grammar does not read (and no misspelling of one).
   */
  private boolean isCaption(int from) {
    boolean foreign = false;
    for (int k = from; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      if (Vocabulary.isMonth(t)) {
        return false;
      }
      foreign |= t.is(Token.Kind.WORD) && !Vocabulary.isGrammarWord(t.text())
          && Vocabulary.suggestion(t.text()).isEmpty();
    }
    return foreign;
  }

  /**
   * Whether the words from {@code from} to the end, written in lower case after a term, can be a
   * caption: they say for whom («для учащихся 9-11 классов»), or they hold no number at all («можно
   * будет пройти тест по всем предметам»). A lower-case tail with a number may change the date
   * («перенесено на 15»), so it stays an error rather than a comment beside the wrong day.
   */
  private boolean isPlainCaption(int from) {
    if (tokens.get(from).isWord("для")) {
      return true;
    }
    for (int k = from; k < tokens.size(); k++) {
      if (tokens.get(k).is(Token.Kind.NUMBER)) {
        return false;
      }
    }
    return tokens.size() - from >= 2;
  }

  /** The periods «по итогам …» can close: a school period, which a reading of its own may date one day. */
  private static final Set<String> CLOSABLE_PERIODS = Set.of("четверти", "полугодия", "триместра", "года",
      "учебного", "квартала", "месяца", "периода");

  /**
   * Whether the text counts its term from an event, not from a day of the calendar, and names no month
   * or year: «не позднее 8 рабочих дней со дня проведения собеседования», «после проведения ВПР»,
   * «в течение 10 рабочих дней с момента получения», «по завершении курсов». Its date is set by when that
   * event happens: another schedule, as D40's references are.
   */
  private boolean countsFromAnEvent() {
    boolean event = false;
    for (int k = 0; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      if (Vocabulary.isMonth(t) || isYear(t)) {
        return false;
      }
      Token next = k + 1 < tokens.size() ? tokens.get(k + 1) : null;
      Token after = k + 2 < tokens.size() ? tokens.get(k + 2) : null;
      event |= t.isWord("за") && isCountedBack(k)
          || t.isWord("истечении")
          || t.isWord("после")
          || (t.isWord("со") || t.isWord("с")) && next != null
              && (next.isWord("дня") || next.isWord("момента") || next.isWord("даты"))
          || t.isWord("по") && next != null
              && (next.isWord("окончании") || next.isWord("завершении") || next.isWord("итогам"))
              && after != null && after.is(Token.Kind.WORD) && !CLOSABLE_PERIODS.contains(after.text());
    }
    return event;
  }

  /**
   * Whether «за» at {@code k} counts back from an event: «за 10 дней до проведения олимпиады», «за день
   * до …» (D57); not when the event is the school year's own start or end, which a reading may date.
   */
  private boolean isCountedBack(int k) {
    for (int j = k + 1; j < tokens.size() && j <= k + 5; j++) {
      if (tokens.get(j).isWord("до")) {
        Token e = j + 1 < tokens.size() ? tokens.get(j + 1) : null;
        Token f = j + 2 < tokens.size() ? tokens.get(j + 2) : null;
        boolean schoolYear = e != null && (e.isWord("начала") || e.isWord("окончания") || e.isWord("конца"))
            && f != null && (f.isWord("учебного") || f.isWord("года"));
        return e != null && e.is(Token.Kind.WORD) && !schoolYear;
      }
    }
    return false;
  }

  /** Whether the text says the dates are set by another body: «в сроки, установленные Рособрнадзором». */
  private boolean namesAnotherBody() {
    for (Token t : tokens) {
      if (t.is(Token.Kind.WORD) && (t.text().startsWith("установл") || t.text().startsWith("определя")
          || t.text().startsWith("приказ") || t.text().startsWith("распоряжени"))) {
        return true;
      }
    }
    return false;
  }

  /** One or more terms, separated by commas, «и», semicolons, line breaks; with comments beside them. */
  private TermRule list() {
    // The common case, one term with nothing beside it, without the list's bookkeeping.
    int start = pos;
    itemNotes = TermNotes.none();
    TermRule single = item();
    if (pos >= tokens.size() && itemNotes.isEmpty() && weekdayNotes.isEmpty() && workingDayAnchors.isEmpty()
        && !(single instanceof TermRule.Several)) {
      return single;
    }
    pos = start;
    List<TermRule> items = new ArrayList<>();
    List<TermNotes> notes = new ArrayList<>();
    int noteAt = 0;
    int workingAt = 0;
    while (true) {
      itemNotes = TermNotes.none();
      TermRule rule = item();
      TermNotes n = itemNotes;
      boolean last = pos >= tokens.size();
      while (noteAt < weekdayAnchors.size() && (last || weekdayAnchors.get(noteAt) < pos)) {
        n = n.withWeekday(weekdayNotes.get(noteAt++));
      }
      while (workingAt < workingDayAnchors.size() && (last || workingDayAnchors.get(workingAt) < pos)) {
        workingAt++;
        n = n.withWorkingDays();
      }
      n = comments(n);
      boolean more = pos < tokens.size() && nextItem(isUnyearedPart(rule));
      if (!captions) {
        // a per-year cell's tail has no caption
      } else if (!more && pos < tokens.size() && isDash(0) && pos + 1 < tokens.size()) {
        // a caption after a dash: «4 ноября 2019 г. – День народного единства»
        n = caption(n, peek(1).start());
      } else if (!more && pos > 0 && pos < tokens.size() && peek(0).is(Token.Kind.WORD)
          && text.substring(peek(-1).end(), peek(0).start()).indexOf('\n') >= 0) {
        // a caption on the next line: «26 августа 2020 г.\nУчебно-методический сбор»
        n = caption(n, peek(0).start());
      } else if (!more && pos > 0 && pos < tokens.size() && peek(0).is(Token.Kind.WORD)
          && (Character.isUpperCase(text.charAt(peek(0).start())) || isPlainCaption(pos))) {
        // a caption after a space: a new sentence with a capital, «1-24 марта 2023 По решению ОО», or
        // words for whom or what, «с 10 января по 10 февраля 2013 года для учащихся 9-11 классов»
        n = caption(n, peek(0).start());
      }
      if (rule instanceof TermRule.Several several) {
        items.addAll(several.rules());
        for (int k = 1; k < several.rules().size(); k++) {
          notes.add(TermNotes.none());
        }
      } else {
        items.add(rule);
      }
      notes.add(n);
      if (pos >= tokens.size()) {
        break;
      }
      if (!more) {
        throw fail(TermExpectation.END);
      }
    }
    // weekday notes left (after a trailing comment) go with the last term
    TermNotes lastNotes = notes.get(notes.size() - 1);
    while (noteAt < weekdayNotes.size()) {
      lastNotes = lastNotes.withWeekday(weekdayNotes.get(noteAt++));
    }
    if (workingAt < workingDayAnchors.size()) {
      lastNotes = lastNotes.withWorkingDays();
    }
    notes.set(notes.size() - 1, lastNotes);
    List<TermRule> out = new ArrayList<>();
    for (int k = 0; k + 1 < items.size(); k++) {
      if (items.get(k) instanceof TermRule.External e && items.get(k + 1).kind() != OccurrenceKind.UNSCHEDULED) {
        // «согласно графику – май 2024»: the dates are the term, the schedule a comment on it
        notes.set(k + 1, notes.get(k + 1).withComment(comment(e.reference())));
        items.remove(k);
        notes.remove(k);
        k--;
      }
    }
    for (int k = 0; k < items.size(); k++) {
      TermRule r = items.get(k);
      // «I четверть с 02.09.2019 по 26.10.2019»: a period named with no year, then its dates: the name labels them
      if (k + 1 < items.size() && isUnyearedPart(r) && isExplicit(items.get(k + 1)) && notes.get(k).isEmpty()) {
        continue;
      }
      out.add(TermRule.Noted.of(r, notes.get(k)));
    }
    // Months with no year listed in pieces («апрель (…) апрель») are one list of months, as form 5 reads
    // «сентябрь, январь, май»; a list of months followed by another term led by a month would read back as
    // one list, so the author must say (an error).
    for (int k = 0; k + 1 < out.size(); k++) {
      TermRule a = out.get(k);
      TermRule b = out.get(k + 1);
      TermRule bInner = b instanceof TermRule.Noted nb ? nb.rule() : b;
      if (listedMonths(a).isPresent() && listedMonths(bInner).isPresent()) {
        // a span of months across the year's end is months listed too: «октябрь – апрель и апрель» reads as
        // one list, so its pieces read apart («октябрь – апрель Итог апрель») are that list as well; notes
        // on the last piece («… и сентябрь (примечание: …)») are the list's
        Set<Month> union = listedMonths(a).get();
        union.addAll(listedMonths(bInner).get());
        TermRule merged = TermRule.MonthsWithoutYear.of(union);
        out.set(k, b instanceof TermRule.Noted nb ? TermRule.Noted.of(merged, nb.notes()) : merged);
        out.remove(k + 1);
        k--;
      } else if ((a instanceof TermRule.MonthsWithoutYear || a instanceof TermRule.YearlyInMonths)
          && startsWithMonth(TermWriter.toRussian(b))
          || a instanceof TermRule.NthWeekday w && w.month().isPresent()
          && startsWithMonthWithoutYear(TermWriter.toRussian(b))) {
        // «в первый понедельник сентября и январь» reads as the same weekday of January too (D61)
        pos = tokens.size() - 1;
        throw fail(TermExpectation.END);
      }
    }
    if (out.size() == 1) {
      return out.get(0);
    }
    for (TermRule r : out) {
      if (r.kind() == OccurrenceKind.UNSCHEDULED) {
        pos = tokens.size() - 1;
        throw fail(TermExpectation.END); // a list mixes dates and «по мере необходимости»: the author must say
      }
    }
    return TermRule.Several.of(out);
  }

  /** The months of a list of months with no year, or of a span of them across the year's end. */
  private static Optional<Set<Month>> listedMonths(TermRule r) {
    if (r instanceof TermRule.MonthsWithoutYear m) {
      return Optional.of(EnumSet.copyOf(m.months()));
    }
    if (r instanceof TermRule.MonthsAcrossYearEnd m) {
      Set<Month> months = EnumSet.noneOf(Month.class);
      for (Month k = m.from(); k != m.to(); k = k.plus(1)) {
        months.add(k);
      }
      months.add(m.to());
      return Optional.of(months);
    }
    return Optional.empty();
  }

  private static boolean startsWithMonthWithoutYear(String canonical) {
    List<Token> t = Lexer.tokens(canonical);
    return !t.isEmpty() && Vocabulary.isMonth(t.get(0))
        && !(t.size() > 1 && t.get(1).is(Token.Kind.NUMBER) && t.get(1).digits() == 4);
  }

  private static boolean startsWithMonth(String canonical) {
    List<Token> t = Lexer.tokens(canonical);
    return !t.isEmpty() && Vocabulary.isMonth(t.get(0));
  }

  private static boolean isUnyearedPart(TermRule r) {
    return r instanceof TermRule.AcademicPart a && a.startYear().isEmpty()
        || r instanceof TermRule.HalfYear h && h.year().isEmpty()
        || r instanceof TermRule.Quarters q && q.year().isEmpty();
  }

  private static boolean isExplicit(TermRule r) {
    return r instanceof TermRule.DateWindow || r instanceof TermRule.OneDate || r instanceof TermRule.Deadline
        || r instanceof TermRule.StartingFrom || r instanceof TermRule.DayWindowWithoutYear;
  }

  /** Bracketed groups and noise words after a term: kept as its comment. */
  private TermNotes comments(TermNotes n) {
    while (pos < tokens.size()) {
      Token t = peek(0);
      boolean groupStart = t.group() != 0 && (pos == 0 || peek(-1).group() != t.group());
      if (!groupStart && t.is(Token.Kind.WORD) && TRAILING_NOISE.contains(t.text())) {
        pos++;
      } else if (t.group() != 0 && (pos == 0 || peek(-1).group() != t.group())) {
        int j = pos;
        while (j < tokens.size() && tokens.get(j).group() == t.group()) {
          j++;
        }
        int open = text.lastIndexOf('(', t.start());
        int close = text.indexOf(')', tokens.get(j - 1).end());
        // canonical text marks a comment «(примечание: …)», so that no term before it reads into it
        int from = t.isWord(NOTE_MARK) ? t.end() : open + 1;
        String c = comment(text.substring(from, close < 0 ? text.length() : close));
        if (c.startsWith(":")) {
          c = Phrases.collapse(c.substring(1));
        }
        boolean inclusive = j == pos + 1 && t.isWord("включительно"); // «(включительно)» is noise (D51)
        pos = j;
        if (!c.isEmpty() && !inclusive) {
          n = n.withComment(c);
        }
      } else {
        break;
      }
    }
    return n;
  }

  /** The rest of the text from {@code from} as a caption of the term: a comment, or a day of the week. */
  private TermNotes caption(TermNotes n, int from) {
    if (!isCaption(pos)) {
      return n; // not a caption: the list fails at what is left
    }
    pos = tokens.size();
    List<Token> rest = Lexer.tokens(text.substring(from));
    if (rest.size() == 1 && Vocabulary.weekday(rest.get(0)).isPresent()) {
      return n.withWeekday(Vocabulary.weekday(rest.get(0)).get());
    }
    return n.withCommentIfAny(comment(text.substring(from)));
  }

  private static String comment(String raw) {
    return Phrases.collapse(raw.replace('(', ' ').replace(')', ' ').replace(';', ','));
  }

  /** Moves to the next term of a list, over «и», a dash after a name, or a label; false if none follows. */
  private boolean nextItem(boolean afterPart) {
    int save = pos;
    if (isWord(0, "и") || afterPart && isDash(0)) {
      pos++; // a dash only after a period's name: «1 полугодие - с 01.09.22 по 28.12.22»
    }
    if (startsItem()) {
      return true;
    }
    // a label between terms: «… 3 апреля Дополнительные для 1-классников 17-23 февраля»
    int from = pos;
    for (int s = from + 1; captions && s <= from + MAX_LABEL && s < tokens.size(); s++) {
      if (isLabel(from, s)) {
        pos = s;
        if (startsItem()) {
          return true;
        }
      }
    }
    pos = save;
    return false;
  }

  /** Whether a term can be read from here to a point where the list goes on or ends. */
  private boolean startsItem() {
    int save = pos;
    TermNotes saved = itemNotes;
    probing++;
    try {
      item();
      return true;
    } catch (Failure f) {
      return false;
    } finally {
      pos = save;
      itemNotes = saved;
      probing--;
    }
  }

  /** Whether a whole list of terms reads from here to the end (no side effects). */
  private boolean startsItemToEnd() {
    int save = pos;
    TermNotes saved = itemNotes;
    probing++;
    try {
      item();
      return pos >= tokens.size();
    } catch (Failure f) {
      return false;
    } finally {
      pos = save;
      itemNotes = saved;
      probing--;
    }
  }

  /** One term of a list. */
  private TermRule item() {
    if (pos >= tokens.size()) {
      throw fail(TermExpectation.TERM);
    }
    return body();
  }

  private TermRule body() {
    TermRule beforeAcademicYear = beforeAcademicYear();
    if (beforeAcademicYear != null) {
      return beforeAcademicYear;
    }
    if (word("постоянно") || word("регулярно") || word("систематически")) {
      // «регулярно», «систематически»: as «постоянно», throughout the period
      return TermRule.ThroughPeriod.of();
    }
    if (isWord(0, "в") && (isWord(1, "течение") || isWord(1, "течении"))) {
      pos += 2;
      return through();
    }
    if (isWord(0, "в") && isWord(1, "теч") && isDash(2) && isWord(3, "е")) {
      pos += 4; // «в теч-е года»: «в течение» abbreviated (D53)
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
      if (isWord(0, "до") || isWord(0, "не") && isWord(1, "позднее") || isWord(0, "в") && isWord(1, "срок")) {
        return monthlyDeadline();
      }
      return TermRule.TimesAYear.of(12);
    }
    if (word("ежеполугодно")) {
      return TermRule.TimesAYear.of(2);
    }
    if (word("еженедельно")) {
      if ((isWord(0, "по") || isWord(0, "в") || isWord(0, "каждую") || isWord(0, "каждый")
          || isWord(0, "каждое")) && Vocabulary.weekday(peek(1)).isPresent()) {
        pos++;
      }
      Optional<DayOfWeek> day = Vocabulary.weekday(peek(0));
      if (day.isPresent()) {
        pos++;
        return TermRule.Weekly.on(day.get());
      }
      return TermRule.Weekly.of();
    }
    if (word("ежедневно")) {
      return everyDayAt();
    }
    if ((isWord(0, "каждую") || isWord(0, "каждый") || isWord(0, "каждое") || isWord(0, "по"))
        && Vocabulary.weekday(peek(1)).isPresent()) {
      DayOfWeek day = Vocabulary.weekday(peek(1)).get();
      pos += 2;
      return TermRule.Weekly.on(day);
    }
    if (isTimeRangeAt(0)) {
      return everyDayAt(); // a time with no date («14.00-14.10»): every day of the period
    }
    if (isNthWeekdayAt(0) || (isWord(0, "в") || isWord(0, "во")) && isNthWeekdayAt(1)) {
      return nthWeekday();
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
    if (isWord(0, "в") && isWord(1, "срок") && (isWord(2, "с") || isWord(2, "со"))) {
      pos += 2; // «в срок с 3 по 12 марта 2024 года»: «в срок» adds nothing to a span (D51)
      return body();
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
    if (word("ежечетвертно")) {
      return everySchoolQuarter();
    }
    if (isFrequency()) {
      return frequency();
    }
    TermRule part = partOfMonth();
    if (part != null) {
      return part;
    }
    if ((isWord(0, "в") || isWord(0, "во")) && isTimeAt(1)) {
      // «в 10.00 15 мая 2024»: a time before the date (D54)
      pos++;
      LocalTime at = readTime();
      skipHours();
      TermRule r = period();
      if (r instanceof TermRule.OneDate d && d.time().isEmpty()) {
        return TermRule.OneDate.of(d.date(), at);
      }
      throw fail(TermExpectation.DATE);
    }
    if (isWord(0, "в") || isWord(0, "во")) {
      pos++;
    }
    return period();
  }

  private void skipHours() {
    if (!word("часов")) {
      if (!word("часа")) {
        word("час");
      }
    }
  }

  /** «ежечетвертно», «не реже одного раза в четверть»: one window per school quarter (D59). */
  private static TermRule everySchoolQuarter() {
    return TermRule.Several.of(List.of(TermRule.AcademicPart.everyYear(4, 1), TermRule.AcademicPart.everyYear(4, 2),
        TermRule.AcademicPart.everyYear(4, 3), TermRule.AcademicPart.everyYear(4, 4)));
  }

  private static final Set<String> DECADE_WORDS = Set.of("декада", "декаде", "декаду", "декады");
  private static final java.util.Map<String, Integer> DECADE_ORDINALS = java.util.Map.of("первой", 1, "первую", 1,
      "первая", 1, "второй", 2, "вторую", 2, "вторая", 2, "третьей", 3, "третью", 3, "третья", 3);

  /**
   * A part of a month (D56): «в первой декаде октября» (1–10), «во второй декаде» (11–20), «в третьей
   * декаде» (21 – the month's end); «в начале / середине / конце октября» (the same thirds); «в 10-х числах
   * марта» (10–19). A day window of that month, every year, or of the year written after it; null if the
   * tokens here are none of these.
   */
  private TermRule partOfMonth() {
    int k = isWord(0, "в") || isWord(0, "во") ? 1 : 0;
    int first;
    int next;
    Token t = peek(k);
    if (t == null) {
      return null;
    }
    int nth = t.is(Token.Kind.NUMBER) ? Vocabulary.nth(t) : DECADE_ORDINALS.getOrDefault(t.text(), 0);
    int skip = ordinalEndingAt(k + 1);
    if (nth >= 1 && nth <= 3 && peek(k + 1 + skip) != null && DECADE_WORDS.contains(peek(k + 1 + skip).text())) {
      first = 1 + 10 * (nth - 1);
      next = k + 2 + skip;
    } else if (t.isWord("начале") || t.isWord("середине") || t.isWord("конце")) {
      first = t.isWord("начале") ? 1 : t.isWord("середине") ? 11 : 21;
      next = k + 1;
    } else if (t.is(Token.Kind.NUMBER) && (t.value() == 10 || t.value() == 20) && t.digits() == 2
        && isDash(k + 1) && isWord(k + 2, "х") && (isWord(k + 3, "числах") || isWord(k + 3, "числа"))) {
      first = t.value();
      next = k + 4;
    } else {
      return null;
    }
    Token m = peek(next);
    if (!Vocabulary.isMonth(m)) {
      return null;
    }
    Month month = Vocabulary.month(m.text()).get();
    pos += next + 1;
    boolean third = first == 21;
    int lastDay = third ? month.maxLength() : first + 9;
    Optional<Year> year = optionalYear();
    if (year.isPresent()) {
      YearMonth ym = YearMonth.of(year.get().getValue(), month);
      return TermRule.DateWindow.of(ym.atDay(first), third ? ym.atEndOfMonth() : ym.atDay(lastDay));
    }
    return TermRule.DayWindowWithoutYear.of(MonthDay.of(month, first), MonthDay.of(month, lastDay));
  }

  /** «ежедневно», «ежедневно с 14:00 до 14:10», «14.00-14.10»: every day of the period, at a time if written. */
  private TermRule everyDayAt() {
    if (isWord(0, "с") && isTimeAt(1)) {
      pos++;
    }
    if (isTimeAt(0)) {
      itemNotes = itemNotes.withTime(readTime());
      if ((isDash(0) || isWord(0, "до")) && isTimeAt(1)) {
        pos++;
        itemNotes = itemNotes.withUntil(readTime());
      }
      zone();
    }
    return TermRule.EveryDay.of();
  }

  /** Whether an ordinal and a day of the week start here: «1 суббота месяца», «первую (рабочую) среду». */
  private boolean isNthWeekdayAt(int k) {
    if (Vocabulary.nth(peek(k)) == 0) {
      return false;
    }
    int w = k + 1 + ordinalEndingAt(k + 1);
    int d = isWorkingWord(w) ? w + 1 : w;
    return Vocabulary.weekday(peek(d)).isPresent();
  }

  /** Case endings written after an ordinal in digits: «2-я», «3-ю», «1-й», «4-го». */
  private static final Set<String> ORDINAL_ENDINGS = Set.of("я", "ю", "й", "ая", "ую", "ой", "го", "е");

  /**
   * The tokens of an ordinal's ending at {@code k}, glued to the digits before it: 2 for «-я» in «2-я
   * суббота», 0 when there is none.
   */
  private int ordinalEndingAt(int k) {
    Token number = peek(k - 1);
    Token dash = peek(k);
    Token ending = peek(k + 1);
    boolean glued = number != null && number.is(Token.Kind.NUMBER) && dash != null && dash.is(Token.Kind.DASH)
        && ending != null && ending.is(Token.Kind.WORD) && number.end() == dash.start()
        && dash.end() == ending.start();
    return glued && ORDINAL_ENDINGS.contains(ending.text()) ? 2 : 0;
  }

  /**
   * «за месяц до начала учебного года», «не позднее чем за 10 дней до начала учебного года», «до начала
   * учебного года», «к началу учебного года» (D62); null, reading nothing, when the text does not start so.
   */
  private TermRule beforeAcademicYear() {
    int save = pos;
    if (isWord(0, "не") && (isWord(1, "позднее") || isWord(1, "позже") || isWord(1, "менее"))) {
      pos += 2;
      word("чем");
    }
    java.time.Period before = null;
    if (word("за")) {
      int n = 1;
      Token t = peek(0);
      if (t != null && t.is(Token.Kind.NUMBER) && t.value() >= 1 && t.value() <= 366 && t.digits() <= 3) {
        n = t.value();
        pos++;
      } else if (word("один") || word("одну")) {
        n = 1;
      } else if (word("два") || word("две")) {
        n = 2;
      }
      if (word("день") || word("дня") || word("дней")) {
        before = java.time.Period.ofDays(n);
      } else if (word("неделю") || word("недели") || word("недель")) {
        before = n * 7 <= 366 ? java.time.Period.ofDays(n * 7) : null;
      } else if (word("месяц") || word("месяца") || word("месяцев")) {
        before = n <= 12 ? java.time.Period.ofMonths(n) : null;
      }
      if (before == null || !word("до")) {
        pos = save;
        return null;
      }
    } else if (isWord(0, "до") || isWord(0, "к")) {
      pos++;
      before = java.time.Period.ZERO;
    }
    if (before != null && (word("начала") || word("началу")) && words("учебного", "года")) {
      word("ежегодно");
      return TermRule.BeforeAcademicYear.of(before);
    }
    pos = save;
    return null;
  }

  /** «рабочий» in every gender and case an ordinal weekday takes: «первую рабочую среду», «первое рабочее воскресенье». */
  private boolean isWorkingWord(int k) {
    return isWord(k, "рабочую") || isWord(k, "рабочий") || isWord(k, "рабочая") || isWord(k, "рабочее")
        || isWord(k, "рабочего") || isWord(k, "рабочей");
  }

  /**
   * «1 суббота месяца», «в первую среду декабря», «первую рабочую среду мая», «в первый рабочий понедельник
   * сентября и января» (D36, D61).
   */
  private TermRule nthWeekday() {
    if (isWord(0, "в") || isWord(0, "во")) {
      pos++;
    }
    int nth = Vocabulary.nth(peek(0));
    pos++;
    pos += ordinalEndingAt(0);
    boolean working = isWorkingWord(0);
    if (working) {
      pos++; // a working Tuesday: the rule keeps it, the calendar the scheduler is given says which (D61)
    }
    DayOfWeek day = Vocabulary.weekday(peek(0)).get();
    pos++;
    if (words("каждого", "месяца") || word("месяца") || words("каждого", "месяц")) {
      return working ? TermRule.NthWeekday.working(nth, day) : TermRule.NthWeekday.of(nth, day);
    }
    Token m = peek(0);
    if (!Vocabulary.isMonth(m)) {
      throw fail(TermExpectation.MONTH);
    }
    pos++;
    List<TermRule> months = new ArrayList<>();
    months.add(nthOf(nth, day, Vocabulary.month(m.text()).orElse(null), working));
    // «… сентября и января», «… сентября, января»: the same weekday of each month named (D61)
    while (true) {
      int k = isWord(0, "и") ? 1 : 0;
      Token next = peek(k);
      if (next == null || !Vocabulary.isMonth(next) || Vocabulary.month(next.text()).isEmpty()
          || isYearAt(k + 1)) {
        break;
      }
      pos += k + 1;
      months.add(nthOf(nth, day, Vocabulary.month(next.text()).get(), working));
    }
    return months.size() == 1 ? months.get(0) : TermRule.Several.of(months);
  }

  private static TermRule nthOf(int nth, DayOfWeek day, Month month, boolean working) {
    if (month == null) {
      return working ? TermRule.NthWeekday.working(nth, day) : TermRule.NthWeekday.of(nth, day);
    }
    return working ? TermRule.NthWeekday.working(nth, day, month) : TermRule.NthWeekday.of(nth, day, month);
  }

  /** Whether a four-digit year stands at {@code k}: a month before it belongs to a dated term, not to a list. */
  private boolean isYearAt(int k) {
    Token t = peek(k);
    return t != null && t.is(Token.Kind.NUMBER) && t.digits() == 4;
  }

  /** After «ежемесячно»: «до 10 числа», «до 20 числа месяца, следующего за отчетным». */
  private TermRule monthlyDeadline() {
    if (!(words("в", "срок", "до") || words("не", "позднее") || word("до"))) {
      throw fail(TermExpectation.DATE);
    }
    TermRule r = dayOfMonthDeadline();
    if (r == null) {
      throw fail(TermExpectation.DAY_OF_MONTH);
    }
    return r;
  }

  /** «25 числа (каждого месяца)», «20 числа месяца, следующего за отчетным»; null if no «числа» here. */
  private TermRule dayOfMonthDeadline() {
    Token d = peek(0);
    if (d == null || !d.is(Token.Kind.NUMBER) || !isWord(1, "числа")) {
      return null;
    }
    if (d.digits() > 2 || d.value() < 1 || d.value() > 31) {
      throw failAt(d, TermExpectation.VALID_DATE);
    }
    pos += 2;
    boolean following = false;
    if (word("месяца") || words("каждого", "месяца")) {
      if (words("следующего", "за") && (word("отчетным") || word("отчетный"))) {
        // «…за отчетным месяцем», «…за отчетным периодом» (held-out set 2, k069): the same month after.
        if (!word("месяцем")) {
          word("периодом");
        }
        following = true;
      }
    }
    return TermRule.MonthlyDeadline.of(d.value(), following);
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
      if (isDash(0) || isWord(0, "по") || isSlash(0)) {
        pos++;
        last = expectYear();
      }
      if (isAcademicWord(0)) {
        academicWords();
        return academicYear(firstToken, first, last);
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
          || w.startsWith("регламент") || w.startsWith("утвержденн") || w.startsWith("приказ")
          || w.startsWith("распоряжени")) {
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
    // «согласно графику – май 2024»: a term after a dash ends the reference and is read as the term
    int end = tokens.size();
    for (int k = pos + 1; k < tokens.size() - 1; k++) {
      Token t = tokens.get(k);
      if (t.isWord(NOTE_MARK) && t.group() != 0 && tokens.get(k - 1).group() != t.group()) {
        // canonical text's comment «(примечание: …)» ends the reference: it is the comment on it
        end = k;
        break;
      }
      if (t.is(Token.Kind.DASH)) {
        int save = pos;
        pos = k + 1;
        boolean term = startsItemToEnd();
        pos = save;
        if (term) {
          end = k;
          break;
        }
      }
    }
    int cut = end == tokens.size() ? text.length() : tokens.get(end).start();
    if (end < tokens.size() && tokens.get(end).group() != 0) {
      cut = text.lastIndexOf('(', cut); // the comment's bracket is not part of the reference
    }
    StringBuilder kept = new StringBuilder();
    int at = from;
    for (int[] span : noteSpans) {
      if (span[0] >= at && span[1] <= cut) {
        kept.append(text, at, span[0]).append(' ');
        at = span[1];
      }
    }
    kept.append(text, at, cut);
    String rest = Phrases.collapse(kept.toString());
    pos = end;
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
      return TermRule.YearlyInMonths.of(months);
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
    TermRule monthly = dayOfMonthDeadline();
    if (monthly != null) {
      return monthly;
    }
    Optional<LocalTime> hours = Optional.empty();
    Token h = peek(0);
    if (h != null && h.is(Token.Kind.NUMBER) && (isWord(1, "часов") || isWord(1, "часа") || isWord(1, "час"))) {
      // «не позднее 15 часов 10 сентября 2019 года»: the hour before the date
      if (h.digits() > 2 || h.value() > 23) {
        throw failAt(h, TermExpectation.TIME);
      }
      pos += 2;
      hours = Optional.of(LocalTime.of(h.value(), 0));
      zone();
    } else if (isTimeAt(0) && isDateAfterTime()) {
      // «до 12:00 часов 14.03.2024»: a time with minutes before the date (D54)
      hours = Optional.of(readTime());
      skipHours();
      zone();
    }
    if (hours.isPresent()) {
      DatePart d = datePart();
      if (d == null || d.day == null || d.month == null || d.year == null) {
        throw fail(TermExpectation.DATE);
      }
      LocalDate due = date(d);
      return TermRule.Deadline.of(due, hours.get());
    }
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
      return time().map(t -> TermRule.Deadline.of(date, t)).orElseGet(() -> TermRule.Deadline.of(date));
    }
    if (d.day != null) {
      MonthDay day = monthDay(d);
      boolean following = false;
      if (word("года")) {
        if (!(words("следующего", "за") && (word("отчетным") || word("отчетный")))) {
          throw fail(TermExpectation.END);
        }
        if (!word("годом")) {
          word("периодом");
        }
        following = true;
      }
      return TermRule.YearlyDeadline.of(day, following);
    }
    if (d.month != null && d.year != null) {
      return TermRule.Deadline.of(YearMonth.of(d.year, d.month).atEndOfMonth());
    }
    if (d.month != null) {
      throw fail(TermExpectation.YEAR);
    }
    return TermRule.Deadline.of(LocalDate.of(d.year, 12, 31));
  }

  /** Whether a time at the current token is followed (after «часов») by a day: «12:00 часов 14.03.2024». */
  private boolean isDateAfterTime() {
    int k = 3;
    if (isWord(k, "часов") || isWord(k, "часа") || isWord(k, "час")) {
      k++;
    }
    return peek(k) != null && peek(k).is(Token.Kind.NUMBER);
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
    if ((word("течение") || word("течении")) && (words("учебного", "года") || word("года"))) {
      // «дважды в течение учебного года (сентябрь, январь)»: the months say when
      return TermRule.MonthsWithoutYear.of(monthList());
    }
    if (word("четверть")) {
      if (n != 1) {
        throw failAt(start, TermExpectation.SUPPORTED_FREQUENCY);
      }
      return everySchoolQuarter();
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
    if (parts == 1 && Vocabulary.isMonth(peek(0))) {
      return TermRule.MonthsWithoutYear.of(monthList()); // «два раза в год (март, октябрь)»
    }
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
    if (isYear(peek(0)) && (isSlash(1) || isDash(1)) && isYear(peek(2)) && isAcademicWord(3)) {
      // «2023/2024 учебный год», «в 2023-2024 учебном году»
      Token at = peek(0);
      int first = peek(0).value();
      int last = peek(2).value();
      pos += 3;
      academicWords();
      return academicYear(at, first, last);
    }
    if (isDayListAt(0)) {
      return dayList();
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
      if (isWord(0, "до") && (isNumberColon(1) || isTimeAt(1))) {
        pos++;
        return time().map(t -> TermRule.Deadline.of(date, t)).orElseGet(() -> TermRule.Deadline.of(date));
      }
      return time().map(t -> TermRule.OneDate.of(date, t)).orElseGet(() -> TermRule.OneDate.of(date));
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

  /** Whether days listed before one month start here: «2, 3 мая 2024», «04 и 05 сентября». */
  private boolean isDayListAt(int k) {
    if (!isDayNumber(peek(k))) {
      return false;
    }
    int next = isWord(k + 1, "и") ? k + 2 : k + 1;
    if (!isDayNumber(peek(next)) || isDash(next + 1) || peek(next + 1) != null && peek(next + 1).is(Token.Kind.DOT)) {
      return false;
    }
    for (int j = next; j < next + 32; j++) {
      Token t = peek(j);
      if (Vocabulary.isMonth(t)) {
        return isDayNumber(peek(j - 1)); // «1 и мая» names no day before the month
      }
      if (!isDayNumber(t) && !isWord(j, "и")) {
        return false;
      }
    }
    return false;
  }

  private static boolean isDayNumber(Token t) {
    return t != null && t.is(Token.Kind.NUMBER) && t.digits() <= 2 && t.value() >= 1 && t.value() <= 31;
  }

  /** «2, 3 мая 2024 года»: one date per day, the month and year written once. */
  private TermRule dayList() {
    List<Token> days = new ArrayList<>();
    while (!(isDayNumber(peek(0)) && Vocabulary.isMonth(peek(1)))) {
      if (isDayNumber(peek(0))) {
        days.add(peek(0));
      }
      pos++;
    }
    DatePart last = datePart();
    if (last == null) {
      throw fail(TermExpectation.DATE);
    }
    List<TermRule> rules = new ArrayList<>();
    for (Token d : days) {
      DatePart p = new DatePart();
      p.first = d;
      p.day = d.value();
      p.month = last.month;
      p.year = last.year;
      checkDay(p);
      rules.add(p.year == null ? TermRule.YearlyDate.of(monthDay(p)) : TermRule.OneDate.of(date(p)));
    }
    rules.add(last.year == null ? TermRule.YearlyDate.of(monthDay(last)) : TermRule.OneDate.of(date(last)));
    return TermRule.Several.of(rules);
  }

  private boolean isSlash(int k) {
    Token t = peek(k);
    return t != null && t.is(Token.Kind.SIGN) && (t.text().equals("/") || t.text().equals("\\"));
  }

  /** Whether «учебного года», «учебный год», «уч. г.» starts at {@code k}. */
  private boolean isAcademicWord(int k) {
    Token t = peek(k);
    return t != null && t.is(Token.Kind.WORD) && (t.text().startsWith("учебн") || t.text().equals("уч"));
  }

  private void academicWords() {
    if (isAcademicWord(0)) {
      pos++;
      skipYearNoise();
    }
  }

  /** The academic year «first/last»: last must be the year after first. */
  private TermRule academicYear(Token at, int first, int last) {
    if (last != first + 1) {
      throw failAt(at, TermExpectation.ACADEMIC_YEARS);
    }
    return TermRule.AcademicYearOf.of(first);
  }

  /** «2023/2024 учебного года» after a half or a quarter; the academic start year, or 0 if none is written. */
  private int academicStartYear() {
    if (isYear(peek(0)) && (isSlash(1) || isDash(1)) && isYear(peek(2))) {
      Token at = peek(0);
      int first = peek(0).value();
      int last = peek(2).value();
      pos += 3;
      skipYearNoise();
      academicWords();
      academicYear(at, first, last);
      return first;
    }
    return 0;
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
    if (SCHOOL_QUARTER_WORDS.contains(w.text())) {
      if (last != first) {
        throw failAt(peek(2), TermExpectation.END);
      }
      pos += wordAt + 1;
      int start = academicStartYear();
      if (start == 0 && isYear(peek(0))) {
        // «III четверть 2024 года»: the calendar year it falls in
        int y = year();
        start = first <= 2 ? y : y - 1;
      }
      academicWords();
      word("ежегодно");
      return start == 0 ? TermRule.AcademicPart.everyYear(4, first) : TermRule.AcademicPart.of(Year.of(start), 4, first);
    }
    if (HALF_WORDS.contains(w.text()) && wordAt == 1 && first <= 2) {
      int save = pos;
      pos += 2;
      int start = academicStartYear();
      if (start != 0) {
        return TermRule.AcademicPart.half(start, first);
      }
      if (isAcademicWord(0)) {
        academicWords();
        return TermRule.AcademicPart.everyYear(2, first);
      }
      pos = save;
    }
    if (QUARTER_WORDS.contains(w.text())) {
      pos += wordAt + 1;
      if (last < first) {
        throw failAt(firstToken, TermExpectation.ORDERED_RANGE);
      }
      Optional<Year> year = optionalYear();
      word("ежегодно");
      int f = first;
      int l = last;
      return year.map(y -> TermRule.Quarters.of(y, f, l)).orElseGet(() -> TermRule.Quarters.everyYear(f, l));
    }
    if (HALF_WORDS.contains(w.text()) && wordAt == 1) {
      if (first > 2) {
        throw failAt(firstToken, TermExpectation.QUARTER_OR_HALF);
      }
      pos += 2;
      Optional<Year> year = optionalYear();
      word("ежегодно");
      return year.map(y -> TermRule.HalfYear.of(y, first)).orElseGet(() -> TermRule.HalfYear.everyYear(first));
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
        return TermRule.MonthsOfYear.of(from, to);
      }
      // «сентябрь, октябрь 2020» is one window (D4); «март, май 2021» one window per run of months
      List<TermRule> windows = new ArrayList<>();
      Month lo = null;
      Month hi = null;
      for (Month m : months) {
        if (hi != null && m.getValue() != hi.getValue() + 1) {
          windows.add(TermRule.MonthsOfYear.of(YearMonth.of(year, lo), YearMonth.of(year, hi)));
          lo = null;
        }
        lo = lo == null ? m : lo;
        hi = m;
      }
      windows.add(TermRule.MonthsOfYear.of(YearMonth.of(year, lo), YearMonth.of(year, hi)));
      return windows.size() == 1 ? windows.get(0) : TermRule.Several.of(windows);
    }
    if (word("ежегодно")) {
      return TermRule.YearlyInMonths.of(months);
    }
    if (oneItem && span[0].getValue() > span[1].getValue()) {
      return TermRule.MonthsAcrossYearEnd.of(span[0], span[1]); // «октябрь – апрель»
    }
    return TermRule.MonthsWithoutYear.of(months);
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
          } else if (y.digits() == 4) {
            throw failAt(y, TermExpectation.YEAR_RANGE);
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
      if (t.digits() == 4) {
        throw failAt(t, TermExpectation.YEAR_RANGE); // «3021 год»: no year a roadmap can mean
      }
      if (t.digits() <= 2 && t.value() >= 1 && t.value() <= 31) {
        if (Vocabulary.isMonth(peek(1))) {
          pos += 2;
          d.day = t.value();
          d.month = Vocabulary.month(peek(-1).text()).orElseThrow();
          d.yearToken = peek(0);
          d.year = optionalYearHere();
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
      d.year = optionalYearHere();
      return d;
    }
    return null;
  }

  /** The year here, if any; a four-digit number no plan can mean («2101») is an error naming it. */
  private Integer optionalYearHere() {
    Token t = peek(0);
    if (isYear(t)) {
      return year();
    }
    if (t != null && t.is(Token.Kind.NUMBER) && t.digits() == 4) {
      throw failAt(t, TermExpectation.YEAR_RANGE);
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
      if (a.month == null || b.month == null) {
        throw fail(TermExpectation.YEAR);
      }
      if (aMonth && bMonth) {
        if (a.month.getValue() > b.month.getValue()) {
          return TermRule.MonthsAcrossYearEnd.of(a.month, b.month); // «октябрь – апрель»
        }
        Set<Month> months = EnumSet.noneOf(Month.class);
        for (Month m = a.month; ; m = m.plus(1)) {
          months.add(m);
          if (m == b.month) {
            break;
          }
        }
        return TermRule.MonthsWithoutYear.of(months);
      }
      // «3-5 ноября», «с 29 декабря по 11 января»: a span of days in every year
      // Days are checked before they are made dates: «31 по ноября» is a reading error, not a crash.
      if (aDay) {
        checkDay(a);
      }
      if (bDay) {
        checkDay(b);
      }
      MonthDay from = MonthDay.of(a.month, aDay ? a.day : 1);
      MonthDay to = MonthDay.of(b.month, bDay ? b.day : b.month.maxLength());
      return TermRule.DayWindowWithoutYear.of(from, to);
    }
    if (aMonth && bMonth) {
      YearMonth from = YearMonth.of(a.year, a.month);
      YearMonth to = YearMonth.of(b.year, b.month);
      if (to.isBefore(from)) {
        throw failAt(b.first, TermExpectation.ORDERED_RANGE);
      }
      return TermRule.MonthsOfYear.of(from, to);
    }
    if (a.month == null && b.month == null) {
      if (b.year < a.year) {
        throw failAt(b.first, TermExpectation.ORDERED_RANGE);
      }
      return TermRule.InYears.of(YearSpan.of(a.year, b.year));
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

  /**
   * «в 10:00», «до 12:00 по местному времени», «12:00», «с 16.00 до 16.30», «до 17:00 (мск)»; empty if no
   * time follows. The end of a range and a zone go to the notes of the term.
   */
  private Optional<LocalTime> time() {
    if ((isWord(0, "в") || isWord(0, "до") || isWord(0, "с")) && (isNumberColon(1) || isTimeAt(1))) {
      pos++;
    }
    if (!isNumberColon(0) && !isTimeAt(0)) {
      return Optional.empty();
    }
    Token h = peek(0);
    Token m = peek(2);
    if (m == null || !m.is(Token.Kind.NUMBER)) {
      throw failAt(h, TermExpectation.TIME);
    }
    LocalTime t = readTime();
    if ((isDash(0) || isWord(0, "до")) && isTimeAt(1)) {
      pos++;
      itemNotes = itemNotes.withUntil(readTime());
    }
    zone();
    return Optional.of(t);
  }

  /** «HH:MM» or «HH.MM» (a dot only where it cannot be a date): reads it, or fails at a bad one. */
  private LocalTime readTime() {
    Token h = peek(0);
    Token m = peek(2);
    if (h.digits() > 2 || h.value() > 23 || m.digits() != 2 || m.value() > 59) {
      throw failAt(h, TermExpectation.TIME);
    }
    pos += 3;
    return LocalTime.of(h.value(), m.value());
  }

  /**
   * A time zone after a time: «мск», «(мск)», «по московскому времени» (Europe/Moscow); «по местному
   * времени» is what a time means anyway and is not kept.
   */
  private void zone() {
    if (words("по", "местному", "времени") || words("местного", "времени") || words("местное", "время")) {
      return;
    }
    if (word("мск") || word("msk") || words("по", "мск") || words("по", "московскому", "времени")
        || words("московского", "времени") || words("московское", "время")) {
      itemNotes = itemNotes.withZone(TermNotes.MOSCOW);
    }
  }

  private boolean isNumberColon(int k) {
    Token t = peek(k);
    Token c = peek(k + 1);
    return t != null && t.is(Token.Kind.NUMBER) && c != null && c.is(Token.Kind.COLON);
  }

  /**
   * Whether a time starts at {@code k}: «12:00», or «16.00» where the part after the dot is no month
   * (00, 13 – 59) or the pair is one end of a time range, and no year follows, as in «14.00-14.10».
   */
  private boolean isTimeAt(int k) {
    if (isNumberColon(k)) {
      Token m = peek(k + 2);
      return m != null && m.is(Token.Kind.NUMBER);
    }
    return isDottedTimeAt(k) && (!isMonthLike(k) || isTimeRangeAt(k) || isTimeRangeAt(k - 4));
  }

  private boolean isDottedTimeAt(int k) {
    Token h = peek(k);
    Token dot = peek(k + 1);
    Token m = peek(k + 2);
    return h != null && h.is(Token.Kind.NUMBER) && h.digits() <= 2 && h.value() <= 23 && dot != null
        && dot.is(Token.Kind.DOT) && m != null && m.is(Token.Kind.NUMBER) && m.digits() == 2 && m.value() <= 59
        && !(peek(k + 3) != null && peek(k + 3).is(Token.Kind.DOT));
  }

  private boolean isTimePairAt(int k) {
    return isNumberColon(k) && peek(k + 2) != null && peek(k + 2).is(Token.Kind.NUMBER) || isDottedTimeAt(k);
  }

  /** Whether the dotted pair at {@code k} can be a day and month. */
  private boolean isMonthLike(int k) {
    Token m = peek(k + 2);
    return m.value() >= 1 && m.value() <= 12 && peek(k).value() >= 1;
  }

  /** Whether a time range starts at {@code k}: «14.00-14.10», «12:00 – 13:35»; one end must not be a date. */
  private boolean isTimeRangeAt(int k) {
    if (!(isTimePairAt(k) && (isDash(k + 3) || isWord(k + 3, "до")) && isTimePairAt(k + 4))) {
      return false;
    }
    return isNumberColon(k) || isNumberColon(k + 4) || !isMonthLike(k) || !isMonthLike(k + 4);
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
    // «2021 г.», «2021 года»; never into a bracketed group that starts after the year, which is a comment
    while (pos < tokens.size() && tokens.get(pos).is(Token.Kind.WORD) && YEAR_NOISE.contains(tokens.get(pos).text())
        && (pos == 0 || tokens.get(pos).group() == tokens.get(pos - 1).group())) {
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
      return new Failure(TermProblem.of(text.length(), expected, ""));
    }
    return failAt(t, expected);
  }

  private Failure failAt(Token t, TermExpectation expected) {
    Optional<String> suggestion = t.is(Token.Kind.WORD) && probing == 0
        ? Vocabulary.suggestion(t.text()) : Optional.empty();
    String found = text.substring(t.start(), t.end());
    return new Failure(suggestion.map(s -> TermProblem.of(t.start(), expected, found, s))
        .orElseGet(() -> TermProblem.of(t.start(), expected, found)));
  }
}
