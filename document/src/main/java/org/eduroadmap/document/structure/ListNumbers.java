package org.eduroadmap.document.structure;

import java.util.Locale;

/**
 * How a word processor writes the number of a list item, for the readers that rebuild it (Word, ODF and
 * old Word files store the format and the count, not the text): letters that double after the alphabet
 * («z», «aa»), Roman numerals.
 *
 * <pre>{@code
 * ListNumbers.letters(28, ListNumbers.RUSSIAN_LOWER); // "бб"
 * ListNumbers.roman(14, false);                        // "XIV"
 * }</pre>
 */
public final class ListNumbers {

  /** The Latin alphabet in lower case. */
  public static final String LATIN_LOWER = "abcdefghijklmnopqrstuvwxyz";
  /** The Latin alphabet in capitals. */
  public static final String LATIN_UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  /** The letters Word and LibreOffice number Russian lists with (no ё, й, ъ, ы, ь), lower case. */
  public static final String RUSSIAN_LOWER = "абвгдежзиклмнопрстуфхцчшщэюя";
  /** As {@link #RUSSIAN_LOWER}, in capitals. */
  public static final String RUSSIAN_UPPER = "АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЩЭЮЯ";

  /** A number whose letters repeat more than this is a damaged count: the repeat stops here. */
  private static final int MAX_REPEAT = 100;

  private ListNumbers() {}

  /** Item {@code n} numbered with {@code alphabet}'s letters, doubled past its end; {@code n} as digits if not positive. */
  public static String letters(int n, String alphabet) {
    if (n <= 0 || alphabet.isEmpty()) {
      return Integer.toString(n);
    }
    int k = alphabet.length();
    return String.valueOf(alphabet.charAt((n - 1) % k)).repeat(Math.min(MAX_REPEAT, (n - 1) / k + 1));
  }

  /** Item {@code n} as a Roman numeral, in lower case if asked; digits outside 1–3999. */
  public static String roman(int n, boolean lowerCase) {
    if (n <= 0 || n >= 4000) {
      return Integer.toString(n);
    }
    int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
    StringBuilder sb = new StringBuilder();
    int rest = n;
    for (int i = 0; i < values.length; i++) {
      while (rest >= values[i]) {
        sb.append(symbols[i]);
        rest -= values[i];
      }
    }
    return lowerCase ? sb.toString().toLowerCase(Locale.ROOT) : sb.toString();
  }
}
