package org.eduroadmap.term;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a term into tokens in one pass, without regular expressions, so that its time is linear in the
 * length of the text. Noise is dropped here: commas, brackets, quotes, asterisks and dots that are not
 * inside a numeric date; colons that are not inside a time.
 */
final class Lexer {

  private Lexer() {}

  static List<Token> tokens(String text) {
    List<Token> raw = new ArrayList<>();
    int n = text.length();
    int i = 0;
    int depth = 0;
    int groups = 0;
    int group = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c == '(') {
        if (depth++ == 0) {
          group = ++groups;
        }
      } else if (c == ')' && depth > 0 && --depth == 0) {
        group = 0;
      }
      int before = raw.size();
      if (isLetter(c)) {
        int start = i;
        StringBuilder word = new StringBuilder();
        boolean latin = false;
        while (i < n) {
          char d = text.charAt(i);
          if (isLetter(d)) {
            latin |= d < 0x80;
            word.append(lower(d));
            i++;
          } else if (d == '\u00AD' || d == '\u200B') {
            i++; // soft hyphen, zero-width space inside a word
          } else {
            break;
          }
        }
        raw.add(new Token(Token.Kind.WORD, latin ? latinLookalikes(word) : word.toString(), start, i, 0));
      } else if (c >= '0' && c <= '9') {
        int start = i;
        long value = 0;
        while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
          if (value <= Integer.MAX_VALUE) {
            value = value * 10 + (text.charAt(i) - '0');
          }
          i++;
        }
        if (isYearWithFootnoteMark(i - start, value)) {
          // «26 мая 20251.»: a footnote mark glued to a year, as a copy from Word or PDF gives a superscript
          raw.add(new Token(Token.Kind.NUMBER, text.substring(start, i - 1), start, i - 1, (int) (value / 10)));
        } else {
          raw.add(new Token(Token.Kind.NUMBER, text.substring(start, i), start, i,
              value > Integer.MAX_VALUE ? -1 : (int) value));
        }
      } else if (isDash(c)) {
        raw.add(new Token(Token.Kind.DASH, "-", i, i + 1, 0));
        i++;
      } else if (c == '.') {
        raw.add(new Token(Token.Kind.DOT, ".", i, i + 1, 0));
        i++;
      } else if (c == ':') {
        raw.add(new Token(Token.Kind.COLON, ":", i, i + 1, 0));
        i++;
      } else if (isNoise(c) || Character.isWhitespace(c) || Character.isSpaceChar(c)
          || Character.isISOControl(c)) {
        i++;
      } else {
        int start = i;
        i += Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1)) ? 2 : 1;
        raw.add(new Token(Token.Kind.SIGN, text.substring(start, i), start, i, 0));
      }
      if (group != 0 && raw.size() > before) {
        raw.set(before, raw.get(before).inGroup(group));
      }
    }
    // A dot or colon counts only between two numbers: 16.02.2021, 12:00. Elsewhere it is punctuation.
    List<Token> tokens = new ArrayList<>(raw.size());
    for (int k = 0; k < raw.size(); k++) {
      Token t = raw.get(k);
      if (t.is(Token.Kind.DOT) || t.is(Token.Kind.COLON)) {
        boolean between = k > 0 && k + 1 < raw.size()
            && raw.get(k - 1).is(Token.Kind.NUMBER) && raw.get(k + 1).is(Token.Kind.NUMBER);
        if (!between) {
          continue;
        }
      }
      tokens.add(t);
    }
    return tokens;
  }

  /**
   * Whether five digits are a year of this century followed by a footnote mark 1–9: no five-digit number
   * means anything else in a term, and a superscript footnote number loses its raise when copied.
   */
  private static boolean isYearWithFootnoteMark(int digits, long value) {
    return digits == 5 && value >= 20001 && value <= 20999 && value % 10 != 0;
  }

  private static final String LATIN = "aceopxykmtbh";
  private static final String CYRILLIC = "асеорхукмтвн";

  /**
   * A word typed with Latin letters that look Cyrillic («c 24.03.2017», «ceнтябрь») as the Cyrillic word:
   * a lone «c», or a word that mixes both alphabets. All-Latin words («msk», roman «II») stay as they are.
   */
  private static String latinLookalikes(StringBuilder word) {
    boolean cyrillic = false;
    boolean latin = false;
    for (int k = 0; k < word.length(); k++) {
      char d = word.charAt(k);
      cyrillic |= d >= 'а' && d <= 'я';
      latin |= d >= 'a' && d <= 'z';
    }
    if (!(latin && cyrillic) && !(word.length() == 1 && word.charAt(0) == 'c')) {
      return word.toString();
    }
    for (int k = 0; k < word.length(); k++) {
      int at = LATIN.indexOf(word.charAt(k));
      if (at >= 0) {
        word.setCharAt(k, CYRILLIC.charAt(at));
      }
    }
    return word.toString();
  }

  private static boolean isLetter(char c) {
    // Terms are Russian and ASCII: answer those without the Unicode tables, which the profile shows.
    if (c >= 'а' && c <= 'я' || c >= 'А' && c <= 'Я' || c == 'ё' || c == 'Ё') {
      return true;
    }
    if (c < 0x80) {
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
    return Character.isLetter(c);
  }

  private static char lower(char c) {
    if (c >= 'а' && c <= 'я') {
      return c;
    }
    if (c >= 'А' && c <= 'Я') {
      return (char) (c + ('а' - 'А'));
    }
    if (c == 'ё' || c == 'Ё') {
      return 'е';
    }
    if (c < 0x80) {
      return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
    char l = Character.toLowerCase(c);
    return l == 'ё' ? 'е' : l;
  }

  static boolean isDash(char c) {
    return c == '-' || (c >= '\u2010' && c <= '\u2015') || c == '\u2212' || c == '\uFE58' || c == '\uFE63'
        || c == '\uFF0D' || c == '\u2E3A' || c == '\u2E3B';
  }

  private static boolean isNoise(char c) {
    switch (c) {
      case ',': case ';': case '(': case ')': case '[': case ']': case '{': case '}': case '*': case '!':
      case '?': case '"': case '\'': case '`': case '«': case '»': case '“': case '”': case '„': case '‘':
      case '’': case '…': case '\u00AD': case '\u200B': case '\uFEFF':
        return true;
      default:
        return false;
    }
  }
}
