package org.eduroadmap.term;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The Russian words of the term language: month forms, ordinals, and the words a misspelling is checked against. */
final class Vocabulary {

  /** Nominative month names, January first. */
  static final List<String> MONTHS_NOMINATIVE = List.of("январь", "февраль", "март", "апрель", "май", "июнь",
      "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь");
  /** Genitive month names («16 февраля»), January first. */
  static final List<String> MONTHS_GENITIVE = List.of("января", "февраля", "марта", "апреля", "мая", "июня",
      "июля", "августа", "сентября", "октября", "ноября", "декабря");
  static final List<String> MONTHS_ENGLISH = List.of("January", "February", "March", "April", "May", "June",
      "July", "August", "September", "October", "November", "December");

  private static final Map<String, Month> MONTHS;
  private static final Map<String, Integer> ORDINALS;
  private static final List<String> KNOWN;
  private static final Map<String, DayOfWeek> WEEKDAYS;
  private static final Map<String, Integer> NTH;
  /** Words the grammar reads; a label before a term («Отчет —», «8 дней с …») has a word outside them. */
  private static final Set<String> GRAMMAR;

  static {
    Map<String, Month> months = new HashMap<>();
    String[] softStems = {"январ", "феврал", null, "апрел", null, "июн", "июл", null, "сентябр", "октябр",
        "ноябр", "декабр"};
    for (int m = 1; m <= 12; m++) {
      Month month = Month.of(m);
      String stem = softStems[m - 1];
      if (stem != null) {
        for (String ending : new String[] {"ь", "я", "е", "ю", "ем"}) {
          months.put(stem + ending, month);
        }
      }
    }
    for (String ending : new String[] {"", "а", "е", "у", "ом"}) {
      months.put("март" + ending, Month.MARCH);
      months.put("август" + ending, Month.AUGUST);
    }
    for (String form : new String[] {"май", "мая", "мае", "маю", "маем"}) {
      months.put(form, Month.MAY);
    }
    String[][] abbreviations = {{"янв"}, {"фев", "февр"}, {"мар", "марта"}, {"апр"}, {}, {"июн"}, {"июл"},
        {"авг"}, {"сен", "сент", "сентяб"}, {"окт"}, {"ноя", "нояб"}, {"дек"}};
    for (int m = 1; m <= 12; m++) {
      for (String a : abbreviations[m - 1]) {
        months.put(a, Month.of(m));
      }
    }
    MONTHS = Collections.unmodifiableMap(months);

    Map<String, Integer> ordinals = new HashMap<>();
    String[][] ordinalForms = {
        {"i", "первый", "первое", "первом", "первого", "первая", "первой", "первую"},
        {"ii", "второй", "второе", "втором", "второго", "вторая", "вторую"},
        {"iii", "третий", "третье", "третьем", "третьего", "третья", "третьей", "третью"},
        {"iv", "четвертый", "четвертом", "четвертого", "четвертое", "четвертая", "четвертой", "четвертую"}};
    for (int k = 0; k < ordinalForms.length; k++) {
      for (String f : ordinalForms[k]) {
        ordinals.put(f, k + 1);
      }
    }
    ORDINALS = Collections.unmodifiableMap(ordinals);

    List<String> known = new ArrayList<>(MONTHS_NOMINATIVE);
    known.addAll(MONTHS_GENITIVE);
    known.addAll(List.of("ежегодно", "ежеквартально", "ежемесячно", "течение", "течении", "года", "учебного",
        "постоянно", "регулярно", "систематически", "позднее", "необходимости", "итогам", "отдельному", "графику", "соответствии", "согласно",
        "далее", "квартал", "квартале", "полугодие", "полугодии", "раза", "дважды", "трижды", "отчетным",
        "следующего", "мере", "срок", "окончании", "завершении", "запросу", "местному", "времени"));
    KNOWN = List.copyOf(known);

    Map<String, DayOfWeek> weekdays = new HashMap<>();
    String[][] weekdayForms = {
        {"понедельник", "понедельника", "понедельникам", "пн", "пон"},
        {"вторник", "вторника", "вторникам", "вт"},
        {"среда", "среду", "среды", "средам", "ср"},
        {"четверг", "четверга", "четвергам", "чт", "чет"},
        {"пятница", "пятницу", "пятницы", "пятницам", "пт", "пят"},
        {"суббота", "субботу", "субботы", "субботам", "сб", "суб"},
        {"воскресенье", "воскресенья", "воскресеньям", "вс", "воскр"}};
    for (int d = 0; d < weekdayForms.length; d++) {
      for (String f : weekdayForms[d]) {
        weekdays.put(f, DayOfWeek.of(d + 1));
      }
    }
    WEEKDAYS = Collections.unmodifiableMap(weekdays);

    Map<String, Integer> nth = new HashMap<>();
    String[][] nthForms = {
        {"первый", "первая", "первую", "первое"},
        {"второй", "вторая", "вторую", "второе"},
        {"третий", "третья", "третью", "третье"},
        {"четвертый", "четвертая", "четвертую", "четвертое"},
        {"пятый", "пятая", "пятую", "пятое"}};
    for (int k = 0; k < nthForms.length; k++) {
      for (String f : nthForms[k]) {
        nth.put(f, k + 1);
      }
    }
    NTH = Collections.unmodifiableMap(nth);

    Set<String> grammar = new java.util.HashSet<>(known);
    grammar.addAll(months.keySet());
    grammar.addAll(ordinals.keySet());
    grammar.addAll(weekdays.keySet());
    grammar.addAll(nth.keySet());
    grammar.addAll(List.of("в", "во", "с", "со", "по", "до", "к", "не", "и", "за", "позже", "реже", "конца",
        "г", "гг", "год", "годы", "годов", "году", "годах", "всего", "периода", "календарного", "каждого",
        "каждый", "каждую", "каждое", "каждая", "числа", "месяца", "месяц", "еженедельно", "ежедневно",
        "ежеполугодно", "четверть", "четверти", "учебный", "учебном", "уч", "при", "раз", "два", "три",
        "четыре", "пять", "шесть", "двенадцать", "полгода", "кварталы", "кв", "полугодия", "года", "мск",
        "московскому", "московского", "московское", "время", "местного", "местное", "часов", "часа", "час",
        "рабочие", "дни", "рабочую", "рабочий", "рабочая", "рабочее", "отчетный", "годом", "месяцем", "периодом", "постоянно", "регулярно", "систематически", "соответствии", "со",
        "декада", "декаде", "декаду", "декады", "начале", "середине", "конце", "числах", "ежечетвертно", "теч", "первой", "третьей", "срок"));
    GRAMMAR = Set.copyOf(grammar);
  }

  /** The day of the week a word names in any form or abbreviation («среду», «пн», «по вторникам»). */
  static Optional<DayOfWeek> weekday(Token t) {
    return t != null && t.is(Token.Kind.WORD) ? Optional.ofNullable(WEEKDAYS.get(t.text())) : Optional.empty();
  }

  /** The n-th (1 – 5) of an ordinal word («первую», «вторая») or a one-digit number, or 0. */
  static int nth(Token t) {
    if (t == null) {
      return 0;
    }
    if (t.is(Token.Kind.WORD)) {
      return NTH.getOrDefault(t.text(), 0);
    }
    return t.is(Token.Kind.NUMBER) && t.digits() == 1 && t.value() >= 1 && t.value() <= 5 ? t.value() : 0;
  }

  /** Whether the grammar reads {@code word} somewhere. */
  static boolean isGrammarWord(String word) {
    return GRAMMAR.contains(word);
  }

  private Vocabulary() {}

  static Optional<Month> month(String word) {
    return Optional.ofNullable(MONTHS.get(word));
  }

  static boolean isMonth(Token t) {
    return t != null && t.is(Token.Kind.WORD) && MONTHS.containsKey(t.text());
  }

  /** The ordinal 1 – 4 of a roman numeral or Russian ordinal word, or 0. */
  static int ordinal(Token t) {
    if (t.is(Token.Kind.WORD)) {
      return ORDINALS.getOrDefault(t.text(), 0);
    }
    if (t.is(Token.Kind.NUMBER) && t.digits() == 1 && t.value() >= 1 && t.value() <= 4) {
      return t.value();
    }
    return 0;
  }

  /** A known word within a small edit distance of {@code word}, if {@code word} is not itself known. */
  static Optional<String> suggestion(String word) {
    if (word.length() < 3 || word.length() > 30 || MONTHS.containsKey(word) || KNOWN.contains(word)) {
      return Optional.empty();
    }
    int limit = word.length() <= 5 ? 1 : 2;
    String best = null;
    int bestDistance = limit + 1;
    for (String candidate : KNOWN) {
      int d = distance(word, candidate, bestDistance);
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Levenshtein distance, or a value of at least {@code cap} once it is known to reach it. */
  static int distance(String a, String b, int cap) {
    if (Math.abs(a.length() - b.length()) >= cap) {
      return cap;
    }
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      int rowMin = current[0];
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
        rowMin = Math.min(rowMin, current[j]);
      }
      if (rowMin >= cap) {
        return cap;
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
