package org.eduroadmap.document.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * A table cell's lines rebuilt into its paragraphs: a line runs on into the next where the next one's
 * first word would not have fitted ({@link LineWraps#wraps}), a word wider than the cell is joined back
 * ({@link LineWraps#brokenWord}), a word hyphenated at a line end is joined (without a space between the
 * hyphen and the next word where the file sets spaces at line ends but none after this hyphen); otherwise the line break was
 * the author's and starts a paragraph (one party a paragraph in a «responsible» cell), as does a line that
 * by its words starts a sentence or a party ({@link PartyBreaks}), or one after a line set from the left
 * without the space the file sets at the end of the cell's other wrapped lines.
 *
 * <pre>{@code
 * CellParagraphs.of(lines, 360, 440); // ["УО", "НМЦ"]; ["министерство образования Нижегородской области"]
 * }</pre>
 */
final class CellParagraphs {

  /** A line starting within this many points of the cell's left edge (less padding) is set from the left. */
  static final float LEFT_EDGE_TOLERANCE_POINTS = 1.5f;

  private CellParagraphs() {}

  /** The paragraphs of a cell whose text stands between {@code left} and {@code right} (its borders less padding). */
  static List<String> of(List<TextLine> lines, float left, float right) {
    List<String> out = new ArrayList<>();
    StringBuilder paragraph = null;
    TextLine previous = null;
    // Where the file sets a space at the end of a line that wrapped at one (LibreOffice does, in lines set
    // from the left, where the space fits), a line without one ended its paragraph, or broke after its
    // hyphen: «-» and «профилактика».
    boolean setsSpaces = setsSpacesAtWraps(lines, left, right);
    for (TextLine l : lines) {
      if (paragraph == null) {
        paragraph = new StringBuilder(l.text());
      } else if (LineWraps.brokenWord(previous, l, left, right)
          || setsSpaces && brokenAfterHyphen(previous, l, left)) {
        paragraph.append(l.text());
      } else if (endsWithHyphen(paragraph)
          || LineWraps.wraps(previous, l, left, right) && !PartyBreaks.startsParagraph(previous.text(), l.text())
              && !(setsSpaces && brokenByAuthor(previous, left, right))) {
        TextLines.join(paragraph, l.text());
      } else {
        out.add(paragraph.toString());
        paragraph = new StringBuilder(l.text());
      }
      previous = l;
    }
    if (paragraph != null) {
      out.add(paragraph.toString());
    }
    return out;
  }

  /**
   * Whether the file sets a space at the end of a line that wrapped at one: some line of the cell that
   * wrapped by its width has one (a space an author typed before a paragraph's end says nothing of wraps).
   */
  private static boolean setsSpacesAtWraps(List<TextLine> lines, float left, float right) {
    for (int i = 0; i + 1 < lines.size(); i++) {
      if (lines.get(i).spaceAtEnd() && LineWraps.wraps(lines.get(i), lines.get(i + 1), left, right)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A line set from the left edge with no space set at its end, in a cell whose wrapped lines have one:
   * the line did not wrap at a space, its paragraph ended there («ГЭК» over «министерство образования»);
   * unless the space would not have fitted in the cell (the file does not set it then).
   */
  private static boolean brokenByAuthor(TextLine line, float left, float right) {
    // A space that would reach past the right edge is not set: a full line says nothing.
    return !line.spaceAtEnd() && line.x0() <= left + LEFT_EDGE_TOLERANCE_POINTS
        && line.x1() + LineWraps.SPACE_SHARE * line.size() <= right;
  }

  /** A line set from the left edge ending in a hyphen with no space set after it, the next going on with a letter. */
  private static boolean brokenAfterHyphen(TextLine line, TextLine next, float left) {
    String t = line.text();
    return t.endsWith("-") && !line.spaceAtEnd() && line.x0() <= left + LEFT_EDGE_TOLERANCE_POINTS
        && !next.text().isEmpty() && Character.isLetter(next.text().charAt(0));
  }

  private static boolean endsWithHyphen(CharSequence s) {
    return s.length() > 0 && s.charAt(s.length() - 1) == '-';
  }
}
