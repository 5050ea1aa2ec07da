package org.eduroadmap.document.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * A table cell's lines rebuilt into its paragraphs: a line runs on into the next where the next one's
 * first word would not have fitted ({@link LineWraps#wraps}), a word wider than the cell is joined back
 * ({@link LineWraps#brokenWord}), a word hyphenated at a line end is joined; otherwise the line break was
 * the author's and starts a paragraph (one party a paragraph in a «responsible» cell), as does a line that
 * by its words starts a sentence or a party ({@link PartyBreaks}).
 *
 * <pre>{@code
 * CellParagraphs.of(lines, 360, 440); // ["УО", "НМЦ"]; ["министерство образования Нижегородской области"]
 * }</pre>
 */
final class CellParagraphs {

  private CellParagraphs() {}

  /** The paragraphs of a cell whose text stands between {@code left} and {@code right} (its borders less padding). */
  static List<String> of(List<TextLine> lines, float left, float right) {
    List<String> out = new ArrayList<>();
    StringBuilder paragraph = null;
    TextLine previous = null;
    for (TextLine l : lines) {
      if (paragraph == null) {
        paragraph = new StringBuilder(l.text());
      } else if (LineWraps.brokenWord(previous, l, left, right)) {
        paragraph.append(l.text());
      } else if (endsWithHyphen(paragraph)
          || LineWraps.wraps(previous, l, left, right) && !PartyBreaks.startsParagraph(previous.text(), l.text())) {
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

  private static boolean endsWithHyphen(CharSequence s) {
    return s.length() > 0 && s.charAt(s.length() - 1) == '-';
  }
}
