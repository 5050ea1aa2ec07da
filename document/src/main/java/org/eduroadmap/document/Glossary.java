package org.eduroadmap.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eduroadmap.roadmap.GlossaryEntry;

/**
 * The abbreviations a document defines: in a list («Используемые сокращения: ИМЦ – …»), by
 * «(далее – ШНОР)» after the full name, or by «(ИОМ)» after it.
 */
final class Glossary {

  /** A piece of text to look for definitions in, with its line. */
  record Segment(int line, String text) {}

  private static final Pattern HEADING = Pattern.compile(
      "(?iu)^(используемые|принятые|список)?\\s*(сокращения|сокращений|условные обозначения)\\s*[:.]?$");
  private static final Pattern ENTRY = Pattern.compile("(?u)^(\\S[^\\t]{0,40}?)\\s+[-–—]\\s+(\\S.*)$");
  private static final Pattern FURTHER = Pattern.compile("(?iu)\\(\\s*далее\\s*[-–—:]?\\s*([^()]{1,80}?)\\s*\\)");
  private static final Pattern ACRONYM = Pattern.compile("(?u)\\(([А-ЯЁ]{2,8})\\)");
  private static final Set<String> FUNCTION_WORDS = Set.of("с", "со", "в", "во", "и", "по", "на", "для", "о",
      "об", "к", "ко", "из", "от", "до", "за", "при", "у");

  private final Map<String, String> entries = new LinkedHashMap<>();

  List<GlossaryEntry> entries() {
    List<GlossaryEntry> list = new ArrayList<>();
    entries.forEach((k, v) -> list.add(GlossaryEntry.of(k, v)));
    return list;
  }

  Optional<String> meaning(String abbreviation) {
    return Optional.ofNullable(entries.get(abbreviation.strip()));
  }

  private void add(String abbreviation, String meaning) {
    String a = abbreviation.strip();
    String m = meaning.strip();
    if (!a.isEmpty() && !m.isEmpty()) {
      entries.putIfAbsent(a, m);
    }
  }

  /** Whether {@code text} heads a list of abbreviations. */
  static boolean isHeading(String text) {
    return HEADING.matcher(text.strip()).matches();
  }

  /** Reads one line of a list of abbreviations; false if it is not one. */
  boolean readListEntry(String line) {
    Matcher m = ENTRY.matcher(line.strip());
    if (!m.matches()) {
      return false;
    }
    add(m.group(1), m.group(2));
    return true;
  }

  /** Reads the definitions «(далее – X)» and «(АББР)» in {@code segment}. */
  void readInline(Segment segment, Problems problems) {
    String text = segment.text();
    Matcher further = FURTHER.matcher(text);
    while (further.find()) {
      String abbreviation = further.group(1).strip();
      if (entries.containsKey(abbreviation)) {
        continue;
      }
      Optional<String> meaning = meaningBefore(text.substring(0, further.start()), abbreviation);
      if (meaning.isPresent()) {
        add(abbreviation, meaning.get());
      } else {
        problems.add(segment.line(), ImportProblemKind.GLOSSARY_MEANING_NOT_FOUND, further.group());
      }
    }
    Matcher acronym = ACRONYM.matcher(text);
    while (acronym.find()) {
      String abbreviation = acronym.group(1);
      if (!entries.containsKey(abbreviation)) {
        meaningBefore(text.substring(0, acronym.start()), abbreviation).ifPresent(m -> add(abbreviation, m));
      }
    }
  }

  /**
   * The words before a definition that the abbreviation stands for: the words whose initials spell an
   * acronym (function words skipped), or the phrase that starts with the abbreviation's first word.
   */
  static Optional<String> meaningBefore(String before, String abbreviation) {
    String head = before.stripTrailing();
    if (RussianText.isAllCaps(abbreviation) && abbreviation.chars().allMatch(Character::isLetter)) {
      List<int[]> words = new ArrayList<>();
      Matcher w = Pattern.compile("[\\p{L}\\d-]+").matcher(head);
      while (w.find()) {
        words.add(new int[] {w.start(), w.end()});
      }
      int letter = abbreviation.length() - 1;
      for (int i = words.size() - 1; i >= 0 && letter >= 0; i--) {
        String word = head.substring(words.get(i)[0], words.get(i)[1]);
        String lower = word.toLowerCase(RussianText.RU);
        if (FUNCTION_WORDS.contains(lower)) {
          continue;
        }
        if (Character.toUpperCase(word.charAt(0)) != abbreviation.charAt(letter)) {
          return Optional.empty();
        }
        if (letter == 0) {
          return Optional.of(trimTail(head.substring(words.get(i)[0])));
        }
        letter--;
      }
      return Optional.empty();
    }
    String first = abbreviation.split("\\s+")[0];
    Matcher m = Pattern.compile("(?<![\\p{L}])" + Pattern.quote(first) + "(?![\\p{L}])").matcher(head);
    int start = -1;
    while (m.find()) {
      start = m.start();
    }
    return start < 0 ? Optional.empty() : Optional.of(trimTail(head.substring(start)));
  }

  private static String trimTail(String s) {
    return s.replaceAll("[\\s,;:]+$", "");
  }

  /**
   * The abbreviation whose meaning is {@code fullName}, comparing word stems so that «Муниципальному
   * учреждению «Информационно-методический центр»» finds {@code ИМЦ}; with {@code prefix}, a meaning
   * that starts with the name counts too («Комитет по образованию» → {@code Комитет}).
   */
  Optional<String> abbreviationFor(String fullName, boolean prefix) {
    List<String> key = stems(fullName);
    if (key.size() < 2) {
      return Optional.empty();
    }
    for (Map.Entry<String, String> e : entries.entrySet()) {
      List<String> meaning = stems(e.getValue());
      if (meaning.equals(key) || (prefix && meaning.size() > key.size() && meaning.subList(0, key.size()).equals(key))) {
        return Optional.of(e.getKey());
      }
    }
    return Optional.empty();
  }

  private static List<String> stems(String text) {
    List<String> stems = new ArrayList<>();
    for (String w : text.toLowerCase(Locale.ROOT).replace('ё', 'е').split("[^\\p{L}\\d]+")) {
      if (!w.isEmpty()) {
        stems.add(w.length() > 5 ? w.substring(0, 5) : w);
      }
    }
    return stems;
  }
}
