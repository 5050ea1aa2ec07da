package org.eduroadmap.document.pdf;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where a cell's line starts a paragraph of its own although the line above, by its width, may have
 * wrapped into it ({@link LineWraps#wraps} cannot tell a wrap from a break when the next word would not
 * have fitted anyway): after a sentence's end a capital starts a sentence; a person («Т.В. Лавринова»),
 * a post or a unit («Руководители ОО», «Отдел образования») starts a party of its own. Not after a line ending in a preposition or
 * conjunction («совместно с»), whose phrase runs on. An abbreviation alone on its line is not taken for a
 * party: «ОУ» wraps into «Яковлевского городского округа» as often as «ГЭК» stands above «министерство
 * образования» as a party of its own.
 *
 * <pre>{@code
 * PartyBreaks.startsParagraph("Отдел образования", "Руководители ОО"); // true
 * PartyBreaks.startsParagraph("Министерство образования и науки", "Курской области"); // false
 * }</pre>
 */
final class PartyBreaks {

  private static final String INITIALS = "[А-ЯЁ]\\.\\s?[А-ЯЁ]\\.";
  private static final String SURNAME = "[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?";
  /** A line starting with initials names a person: «Т.В.Лавринова», «Н.Н. Корязова». */
  private static final Pattern STARTS_WITH_INITIALS = Pattern.compile("(?u)^" + INITIALS);
  /** A whole line naming a person, initials first or last. */
  private static final Pattern PERSON = Pattern.compile(
      "(?u)^(?:" + INITIALS + "\\s?" + SURNAME + "|" + SURNAME + "\\s+" + INITIALS + ")[,;.]?$");
  /** A sentence ends with a word of three letters or more (not an initial, not «г.») and a stop. */
  private static final Pattern SENTENCE_END = Pattern.compile("(?u)[\\p{L}\\d»)]{3,}[.!?;]$");
  /**
   * Words that start a post or a unit in plans' «responsible» cells (as the roadmap reader's party kinds
   * know them): a capitalised one at a line start begins a party.
   */
  private static final List<String> PARTY_WORDS = List.of("руководител", "директор", "заместител", "начальник",
      "председател", "методист", "учител", "педагог", "классные", "специалист", "консультант", "координатор",
      "инспектор", "куратор", "тьютор", "эксперт", "члены", "отдел", "сектор", "служб", "управлени", "комитет",
      "комиссия", "администраци", "министерств", "департамент");
  /** Prepositions and conjunctions: a line ending in one runs on. */
  private static final Pattern RUNS_ON = Pattern.compile(
      "(?iu)(?:^|\\s)(?:и|а|с|со|в|во|к|ко|о|об|по|на|за|из|от|до|для|при|под|над|или|также|совместно)$");

  private PartyBreaks() {}

  /** Whether {@code line} starts a paragraph after {@code previous} in a table cell. */
  static boolean startsParagraph(String previous, String line) {
    String above = previous.strip();
    String text = line.strip();
    if (above.isEmpty() || text.isEmpty()) {
      return false;
    }
    boolean capital = Character.isUpperCase(text.codePointAt(0));
    if (capital && SENTENCE_END.matcher(above).find()) {
      return true;
    }
    if (RUNS_ON.matcher(above).find()) {
      return false;
    }
    if (STARTS_WITH_INITIALS.matcher(text).find() || PERSON.matcher(above).matches()) {
      return true;
    }
    return capital && startsWithPartyWord(text);
  }

  private static boolean startsWithPartyWord(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (String w : PARTY_WORDS) {
      if (lower.startsWith(w)) {
        return true;
      }
    }
    return false;
  }
}
