package org.eduroadmap.calendar;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the federal subject a Russian text names, in any case form: «в Республике Татарстан»,
 * «Пермского края». Moved here from the document importer so that the command line and embedders
 * look regions up the same way. Immutable and thread-safe.
 */
final class RegionNames {

  private static final Locale RU = Locale.forLanguageTag("ru");

  private RegionNames() {}

  /** Each federal subject with a pattern that finds its names in any case form. */
  private record RegionPattern(RussianRegion region, Pattern pattern) {}

  private static final List<RegionPattern> REGIONS = regionPatterns();

  private static List<RegionPattern> regionPatterns() {
    List<RegionPattern> patterns = new ArrayList<>();
    for (RussianRegion r : RussianRegion.values()) {
      Set<String> names = new LinkedHashSet<>();
      String official = r.russianName().replaceAll("\\s*\\(.*?\\)", "").strip();
      names.add(official);
      for (String part : official.split("\\s+[—–-]\\s+")) {
        names.add(part.strip());
      }
      for (String alias : r.aliases()) {
        names.add(alias);
      }
      List<String> alternatives = new ArrayList<>();
      for (String name : names) {
        // «Республика» alone, or a two-letter word, names no subject.
        if (name.equalsIgnoreCase("Республика") || name.length() < 3) {
          continue;
        }
        List<String> words = new ArrayList<>();
        for (String w : name.split("\\s+")) {
          words.add(inflected(w));
        }
        alternatives.add(String.join("\\s+", words));
      }
      alternatives.sort((a, b) -> Integer.compare(b.length(), a.length()));
      patterns.add(new RegionPattern(r, Pattern.compile(
          "(?iu)(?<![\\p{L}-])(?:" + String.join("|", alternatives) + ")(?![\\p{L}])")));
    }
    return List.copyOf(patterns);
  }

  /** A pattern for the case forms of one word of a subject's name. */
  private static String inflected(String word) {
    String w = word.toLowerCase(RU);
    if (w.equals("область")) {
      return "област(?:ь|и|ью)";
    }
    if (w.length() <= 3 || !w.matches("(?u)[а-яё-]+")) {
      return Pattern.quote(word);
    }
    String q;
    if (w.matches("(?u).*(?:ая|яя)")) {
      q = Pattern.quote(w.substring(0, w.length() - 2)) + "(?:ая|яя|ой|ей|ую|юю|ою)";
    } else if (w.matches("(?u).*(?:ий|ый|ой)")) {
      q = Pattern.quote(w.substring(0, w.length() - 2)) + "(?:ий|ый|ой|ого|ому|ым|им|ом)";
    } else if (w.matches("(?u).*[ая]")) {
      q = Pattern.quote(w.substring(0, w.length() - 1)) + "(?:а|я|ы|и|е|у|ю|ой|ей|ею|ою)";
    } else if (w.endsWith("й")) {
      q = Pattern.quote(w.substring(0, w.length() - 1)) + "(?:й|я|ю|ем|е)";
    } else if (w.endsWith("ь")) {
      q = Pattern.quote(w.substring(0, w.length() - 1)) + "(?:ь|я|и|ю|ем|е|ью)";
    } else if (w.matches("(?u).*[бвгджзклмнпрстфхцчшщ]")) {
      q = Pattern.quote(w) + "(?:а|у|е|ом|ем)?";
    } else {
      q = Pattern.quote(w);
    }
    return q;
  }

  /**
   * The federal subject a text names, in any case form, as its official name: «в Пермском крае» →
   * «Пермский край», «Еврейской автономной области» → «Еврейская автономная область». The first
   * named wins; a name of one word must be written with a capital («Коми», not «коми…»).
   */
  static Optional<RussianRegion> findIn(String text) {
    int bestStart = Integer.MAX_VALUE;
    int bestLength = 0;
    RussianRegion best = null;
    for (RegionPattern rp : REGIONS) {
      Matcher m = rp.pattern().matcher(text);
      while (m.find()) {
        String found = m.group();
        boolean oneWord = !found.contains(" ") && !found.contains("\n");
        if (oneWord && !Character.isUpperCase(found.charAt(0))) {
          continue;
        }
        if (m.start() < bestStart || m.start() == bestStart && found.length() > bestLength) {
          bestStart = m.start();
          bestLength = found.length();
          best = rp.region();
        }
        break;
      }
    }
    return Optional.ofNullable(best);
  }
}
