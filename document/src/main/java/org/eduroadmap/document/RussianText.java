package org.eduroadmap.document;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The little Russian grammar the reader needs: dates, letter case of a heading in capitals, and the
 * nominative of the few phrases a document writes in another case («Отделу общего образования»,
 * «на начальника отдела», «Пермского края»).
 */
final class RussianText {

  private RussianText() {}

  static final Locale RU = Locale.forLanguageTag("ru");

  private static final List<String> MONTHS_GENITIVE = List.of("января", "февраля", "марта", "апреля", "мая",
      "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря");

  private static final Pattern NUMERIC_DATE =
      Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}|\\d{2})(?![\\d.]\\d)");
  private static final Pattern WORD_DATE = Pattern.compile(
      "«?(\\d{1,2})»?\\s+(января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)"
          + "\\s+(\\d{4})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** A date found in a text, with where it is. */
  record FoundDate(LocalDate date, int start, int end) {}

  /** The first date written {@code 20.02.2021}, {@code 17.01.23} or {@code «22» сентября 2020}. */
  static Optional<FoundDate> findDate(String text) {
    Matcher n = NUMERIC_DATE.matcher(text);
    Matcher w = WORD_DATE.matcher(text);
    boolean hasN = n.find();
    boolean hasW = w.find();
    if (hasN && (!hasW || n.start() < w.start())) {
      int year = Integer.parseInt(n.group(3));
      if (n.group(3).length() == 2) {
        year += 2000;
      }
      return date(year, Integer.parseInt(n.group(2)), Integer.parseInt(n.group(1)))
          .map(d -> new FoundDate(d, n.start(), n.end()));
    }
    if (hasW) {
      int month = MONTHS_GENITIVE.indexOf(w.group(2).toLowerCase(RU)) + 1;
      return date(Integer.parseInt(w.group(3)), month, Integer.parseInt(w.group(1)))
          .map(d -> new FoundDate(d, w.start(), w.end()));
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> date(int year, int month, int day) {
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** Whether every letter of {@code text} is a capital, and it has at least two letters. */
  static boolean isAllCaps(String text) {
    int letters = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        if (Character.isLowerCase(c)) {
          return false;
        }
        letters++;
      }
    }
    return letters >= 2;
  }

  static String capitalize(String word) {
    if (word.isEmpty()) {
      return word;
    }
    return word.substring(0, 1).toUpperCase(RU) + word.substring(1);
  }

  /**
   * Writes a heading set in capitals as a sentence: {@code КОМИТЕТ ОБРАЗОВАНИЯ ЕВРЕЙСКОЙ АВТОНОМНОЙ
   * ОБЛАСТИ} → «Комитет образования Еврейской автономной области». A word keeps a capital where the
   * rest of the document writes it with one in the middle of a sentence.
   */
  static String sentenceCase(String caps, String document) {
    String[] words = caps.strip().split("\\s+");
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      String lower = w.toLowerCase(RU);
      String out;
      if (i == 0) {
        out = capitalize(lower);
      } else if (!isAllCaps(w) || w.length() > 40) {
        out = w;
      } else {
        String title = capitalize(lower);
        Pattern midSentence = Pattern.compile("[а-яё»)]\\s+" + Pattern.quote(title) + "(?![\\p{L}])");
        out = midSentence.matcher(document).find() ? title : lower;
      }
      if (i > 0) {
        sb.append(' ');
      }
      sb.append(out);
    }
    return sb.toString();
  }

  // The nouns that head an addressee or a position, in the cases an order writes them.
  private static final Map<String, String> HEAD_NOUNS = Map.ofEntries(
      Map.entry("отделу", "отдел"), Map.entry("отдела", "отдел"), Map.entry("отделам", "отделы"),
      Map.entry("сектору", "сектор"), Map.entry("сектора", "сектор"),
      Map.entry("комитету", "комитет"), Map.entry("комитета", "комитет"),
      Map.entry("управлению", "управление"), Map.entry("управления", "управление"),
      Map.entry("учреждению", "учреждение"), Map.entry("учреждениям", "учреждения"),
      Map.entry("организациям", "организации"),
      Map.entry("руководителям", "руководители"), Map.entry("руководителю", "руководитель"),
      Map.entry("руководителя", "руководитель"),
      Map.entry("специалисту", "специалист"), Map.entry("специалиста", "специалист"),
      Map.entry("начальнику", "начальник"), Map.entry("начальника", "начальник"),
      Map.entry("заместителю", "заместитель"), Map.entry("заместителя", "заместитель"),
      Map.entry("консультанту", "консультант"), Map.entry("консультанта", "консультант"),
      Map.entry("директору", "директор"), Map.entry("директора", "директор"),
      Map.entry("председателю", "председатель"), Map.entry("председателя", "председатель"),
      Map.entry("методисту", "методист"), Map.entry("методиста", "методист"));

  private static final Pattern ADJECTIVE = Pattern.compile("(?iu)([а-яё]+?)(ому|ему|ого|его|ым|им)");

  /**
   * Puts the head of a phrase in the nominative: «Отделу общего образования» → «Отдел общего
   * образования», «главного специалиста управления» → «главный специалист управления». Only the
   * adjectives before the head and the head itself change; a phrase with no known head is returned
   * as written.
   */
  static String nominativeHead(String phrase) {
    String[] words = phrase.strip().split(" ", -1);
    int head = -1;
    String headNominative = null;
    for (int i = 0; i < words.length && i < 4; i++) {
      String n = HEAD_NOUNS.get(words[i].toLowerCase(RU));
      if (n != null) {
        head = i;
        headNominative = n;
        break;
      }
    }
    if (head < 0) {
      return phrase.strip();
    }
    for (int i = 0; i < head; i++) {
      if (!ADJECTIVE.matcher(words[i]).matches()) {
        return phrase.strip();
      }
    }
    boolean plural = headNominative.endsWith("и") || headNominative.endsWith("ы")
        || (headNominative.endsWith("я") && words[head].toLowerCase(RU).endsWith("ям"));
    boolean neuter = !plural && headNominative.endsWith("е");
    for (int i = 0; i < head; i++) {
      Matcher m = ADJECTIVE.matcher(words[i]);
      m.matches();
      String stem = m.group(1);
      boolean soft = m.group(2).toLowerCase(RU).startsWith("е") || m.group(2).equalsIgnoreCase("им")
          || stem.toLowerCase(RU).matches(".*[гкхжшщч]");
      String ending = plural ? (soft ? "ие" : "ые") : neuter ? (soft ? "ее" : "ое") : (soft ? "ий" : "ый");
      words[i] = keepCase(words[i], stem + ending);
    }
    words[head] = keepCase(words[head], headNominative);
    return String.join(" ", words).strip();
  }

  private static String keepCase(String original, String replacement) {
    return Character.isUpperCase(original.charAt(0)) ? capitalize(replacement) : replacement;
  }

  /**
   * The federal subject a text names, in any case form, as its official name: «в Пермском крае» →
   * «Пермский край», «Еврейской автономной области» → «Еврейская автономная область». The first
   * named wins; a name of one word must be written with a capital («Коми», not «коми…»).
   */
  static Optional<String> findRegion(String text) {
    return org.eduroadmap.calendar.RussianRegion.findIn(text)
        .map(r -> r.russianName().replaceAll("\\s*\\((?:Адыгея|Татарстан)\\)", ""));
  }

  private static final Pattern CITY = Pattern.compile(
      "(?:города|городе|город|г\\.)\\s+([А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?)(\\s+с подведомственной территорией)?");
  private static final Pattern DISTRICT = Pattern.compile(
      "([А-ЯЁ][а-яё]+(?:ого|ом|ий))\\s+(?:(городского|городском|муниципального|муниципальном)\\s+)?"
          + "(округа|округе|района|районе)(?![а-яё])");

  /** The municipality a text names: «администрации города Кизела» → «город Кизел». */
  static Optional<String> findMunicipality(String text) {
    Matcher d = DISTRICT.matcher(text);
    Matcher c = CITY.matcher(text);
    boolean hasD = d.find();
    boolean hasC = c.find();
    if (hasC && (!hasD || c.start() < d.start())) {
      String name = cityNominative(c.group(), c.group(1), text);
      return Optional.of("город " + name + (c.group(2) == null ? "" : c.group(2)));
    }
    if (hasD) {
      StringBuilder sb = new StringBuilder(adjectiveNominative(d.group(1), false));
      if (d.group(2) != null) {
        sb.append(' ').append(adjectiveNominative(d.group(2), false));
      }
      sb.append(' ').append(d.group(3).startsWith("округ") ? "округ" : "район");
      return Optional.of(sb.toString());
    }
    return Optional.empty();
  }

  /**
   * The nominative of a city's name after «город», «города», «городе»: «город Пенза» stays «Пенза»,
   * «города Кизела» → «Кизел», «города Пензы» → «Пенза», «городе Оленегорске» → «Оленегорск» (or
   * «Пенза» for «городе Пензе» when the text writes «Пенз…» with «а»/«ы» elsewhere).
   */
  private static String cityNominative(String match, String name, String text) {
    String lower = match.toLowerCase(RU);
    if (lower.startsWith("город ") || lower.startsWith("г.")) {
      return name;
    }
    if (lower.startsWith("города ")) {
      if (name.endsWith("ы")) {
        return name.substring(0, name.length() - 1) + "а";
      }
      if (name.endsWith("и")) {
        return name.substring(0, name.length() - 1) + "ь";
      }
      return name.endsWith("а") ? name.substring(0, name.length() - 1) : name;
    }
    if (name.endsWith("е")) {
      String stem = name.substring(0, name.length() - 1);
      boolean feminine = Pattern.compile("(?u)(?<![\\p{L}])" + Pattern.quote(stem) + "[аы](?![\\p{L}])").matcher(text).find();
      return feminine ? stem + "а" : stem;
    }
    return name;
  }

  private static String adjectiveNominative(String adjective, boolean feminine) {
    String lower = adjective.toLowerCase(RU);
    if (lower.startsWith("городск")) {
      return "городской";
    }
    Matcher m = Pattern.compile("(?u)(.+?)(ой|ого|ом|ая|ий|ый)").matcher(adjective);
    if (!m.matches()) {
      return adjective;
    }
    String stem = m.group(1);
    if (feminine) {
      return stem + "ая";
    }
    return stem + (stem.matches("(?u).*[гкхжшщч]") ? "ий" : "ый");
  }
}
