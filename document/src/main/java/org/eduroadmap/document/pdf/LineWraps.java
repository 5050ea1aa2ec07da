package org.eduroadmap.document.pdf;

/**
 * Whether one line of text runs on into the next, or the next starts a paragraph of its own. Word and
 * LibreOffice fill lines greedily: a paragraph's line ends early only where the next word did not fit,
 * so if the next line's first word (or its part up to a hyphen) would have fitted after the line, the
 * author broke the line there: a new paragraph (a party of its own in a cell, a line of the approval
 * stamp, a date line).
 *
 * <pre>{@code
 * LineWraps.wraps(line, next, 85, 553);       // false: «УО» then «НМЦ» in a cell 80 points wide
 * LineWraps.brokenWord(line, next, 273, 346); // true: «ежеквартальн» + «о», a word wider than its cell
 * }</pre>
 *
 * <p>Measured between {@code left} and {@code right}, the edges of the text area (a page's margins, a
 * cell's borders less its padding); a line that starts further in than a first-line indent (centred or
 * right-aligned) is measured by its width from the left edge.
 */
final class LineWraps {

  /** A space is about a quarter of the font size (Times, Liberation Serif: 0.25); this share errs towards running on. */
  static final float SPACE_SHARE = 0.3f;
  /** Points a line may overrun its area by rounding and still have fitted. */
  static final float FIT_TOLERANCE_POINTS = 1.5f;
  /** A line starting more than this many points in from the left edge is not left-aligned: Word's and LibreOffice's first-line indents are 1.25 cm (35 pt) or less. */
  static final float MAX_FIRST_LINE_INDENT_POINTS = 40f;
  /**
   * A word wider than the area is broken where the area ends: the line holds nothing else, and the next
   * line's first character would not have fitted after it, give or take this many points (rounding, and
   * padding read from the table's narrowest one).
   */
  static final float BROKEN_WORD_TOLERANCE_POINTS = 0.5f;

  private LineWraps() {}

  /** Whether {@code next}'s first word would not have fitted on {@code line}: the line wrapped, {@code next} continues it. */
  static boolean wraps(TextLine line, TextLine next, float left, float right) {
    return end(line, left) + SPACE_SHARE * line.size() + next.firstWordWidth() > right - FIT_TOLERANCE_POINTS;
  }

  /**
   * Whether {@code line} is one word cut where the area ends and {@code next} starts with its rest: one
   * word on the line, ending in a letter, so near the right edge that {@code next}'s first character would
   * not have fitted after it, {@code next} going on in lower case, and no space set after the line (where
   * the file sets one, the line wrapped at it) nor a hyphen inside the word (the line would have broken
   * after it). A column sized to its longest word within a character (Word's «autofit to contents») sets that
   * word so near the edge too: where the file sets no spaces at line ends, it is joined to the next line's
   * word in lower case.
   */
  static boolean brokenWord(TextLine line, TextLine next, float left, float right) {
    if (line.words().size() != 1 || line.spaceAtEnd() || line.text().isEmpty() || next.text().isEmpty()) {
      return false;
    }
    if (line.text().indexOf('-', 1) >= 0) {
      // A word with a hyphen inside would have been broken after the hyphen, not cut.
      return false;
    }
    char last = line.text().charAt(line.text().length() - 1);
    char first = next.text().charAt(0);
    return Character.isLetter(last) && Character.isLowerCase(first)
        && end(line, left) + next.firstGlyphWidth() > right + BROKEN_WORD_TOLERANCE_POINTS;
  }

  /** Where the line would end if it were set from the left edge (as it is, unless centred or right-aligned). */
  private static float end(TextLine line, float left) {
    return line.x0() <= left + MAX_FIRST_LINE_INDENT_POINTS ? line.x1() : left + line.width();
  }
}
