package org.eduroadmap.document.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Groups characters into lines and words by where they stand, and joins lines back into text.
 *
 * <pre>{@code
 * List<TextLine> lines = TextLines.of(glyphs);     // by baseline, words split at gaps of a space
 * TextLines.withTabs(lines.get(0));                 // "Начальник управления\tА.Б. Петрова"
 * }</pre>
 */
final class TextLines {

  /** Characters whose baselines differ by at most this share of their size stand on one line (sub- and superscripts do not). */
  static final float SAME_LINE_SHARE = 0.35f;
  /** ... but never less than this many points: rounding in small print. */
  static final float SAME_LINE_MIN_POINTS = 1.5f;
  /**
   * A gap wider than this share of the font size is a space between words: a space is about a quarter of
   * the size, kerning and letter spacing stay below a tenth.
   */
  static final float WORD_GAP_SHARE = 0.12f;
  /** Fake bold: the same character printed again within this share of the size of where it stands. */
  static final float FAKE_BOLD_SHARE = 0.1f;
  /**
   * A gap wider than this many font sizes, in a line whose other gaps are narrower, is a TAB (the date
   * left and «№ 112» right, the post left and the name right): no line of prose has three ems between words
   * unless all its gaps are stretched alike (justified).
   */
  static final float TAB_GAP_SIZES = 3f;
  /** Gaps of one justified line differ by rounding only: within this share of the size they are alike. */
  static final float EVEN_GAPS_SHARE = 0.1f;

  private TextLines() {}

  /** The characters grouped into lines by baseline, top to bottom; each line's words split where the gap is a space or more. */
  static List<TextLine> of(List<Glyph> glyphs) {
    List<Glyph> sorted = new ArrayList<>(glyphs);
    sorted.sort(Comparator.comparingDouble(Glyph::base).thenComparingDouble(Glyph::x0));
    List<List<Glyph>> groups = new ArrayList<>();
    List<Glyph> current = null;
    float base = 0;
    for (Glyph g : sorted) {
      if (current == null || Math.abs(g.base() - base) > Math.max(SAME_LINE_MIN_POINTS, SAME_LINE_SHARE * g.size())) {
        current = new ArrayList<>();
        groups.add(current);
        base = g.base();
      }
      current.add(g);
    }
    List<TextLine> out = new ArrayList<>(groups.size());
    for (List<Glyph> group : groups) {
      out.add(line(group));
    }
    return out;
  }

  private static TextLine line(List<Glyph> group) {
    group.sort(Comparator.comparingDouble(Glyph::x0));
    StringBuilder sb = new StringBuilder();
    List<Word> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    Glyph prev = null;
    float wordStart = group.get(0).x0();
    float firstWordEnd = group.get(0).x1();
    boolean firstWord = true;
    boolean firstWordBroken = false;
    float size = 0;
    for (Glyph g : group) {
      size = Math.max(size, g.size());
      if (prev != null) {
        float gap = g.x0() - prev.x1();
        if (g.text().equals(prev.text()) && Math.abs(g.x0() - prev.x0()) < FAKE_BOLD_SHARE * g.size()) {
          continue;
        }
        if (gap > WORD_GAP_SHARE * Math.max(g.size(), prev.size())) {
          sb.append(' ');
          firstWord = false;
          words.add(new Word(wordStart, prev.x1(), word.toString()));
          word.setLength(0);
          wordStart = g.x0();
        }
      }
      sb.append(g.text());
      word.append(g.text());
      if (firstWord && !firstWordBroken) {
        firstWordEnd = g.x1();
        // A line may break after a hyphen inside a word: what could have moved up ends there.
        firstWordBroken = word.length() > 1 && isHyphen(g.text());
      }
      prev = g;
    }
    Glyph first = group.get(0);
    float end = prev == null ? first.x1() : prev.x1();
    words.add(new Word(wordStart, end, word.toString()));
    return new TextLine(sb.toString(), first.x0(), end, first.base(), size, firstWordEnd - first.x0(),
        first.x1() - first.x0(), List.copyOf(words), prev != null && prev.spaceAfter());
  }

  private static boolean isHyphen(String s) {
    return s.equals("-") || s.equals("‐");
  }

  /** The line's text with a TAB for each gap of {@value #TAB_GAP_SIZES} sizes or more, unless its gaps are all alike. */
  static String withTabs(TextLine l) {
    List<Word> words = l.words();
    if (words.size() < 2 || evenlySpaced(l)) {
      return l.text();
    }
    StringBuilder sb = new StringBuilder(words.get(0).text());
    for (int i = 1; i < words.size(); i++) {
      float gap = words.get(i).x0() - words.get(i - 1).x1();
      sb.append(gap >= TAB_GAP_SIZES * l.size() ? '\t' : ' ').append(words.get(i).text());
    }
    return sb.toString();
  }

  /** Whether the line has three words or more and the gaps between them are all alike: a justified (or plain) line of prose. */
  static boolean evenlySpaced(TextLine l) {
    // Three words at least: two gaps to compare.
    float least = Float.MAX_VALUE;
    float most = 0;
    List<Word> words = l.words();
    for (int i = 1; i < words.size(); i++) {
      float gap = words.get(i).x0() - words.get(i - 1).x1();
      least = Math.min(least, gap);
      most = Math.max(most, gap);
    }
    return words.size() >= 3 && most - least <= EVEN_GAPS_SHARE * l.size();
  }

  /**
   * Appends {@code next} to {@code sb} with a space; without one after a word hyphenated at a line end
   * (the hyphen kept: «нормативно-» and «правовых», «ГИА-» and «11»).
   */
  static void join(StringBuilder sb, String next) {
    if (next.isEmpty()) {
      return;
    }
    int n = sb.length();
    if (n == 0) {
      sb.append(next);
    } else if (n >= 2 && sb.charAt(n - 1) == '-' && Character.isLetterOrDigit(sb.charAt(n - 2))
        && Character.isLetterOrDigit(next.charAt(0))) {
      sb.append(next);
    } else {
      sb.append(' ').append(next);
    }
  }
}
