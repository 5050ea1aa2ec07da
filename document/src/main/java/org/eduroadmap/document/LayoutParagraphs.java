package org.eduroadmap.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.eduroadmap.document.structure.Paragraph;

/**
 * The paragraphs of space-aligned text outside its table, rebuilt from how the lines wrap: a copy made
 * by {@code pdftotext -layout} puts no blank line between paragraphs.
 *
 * <ul>
 *   <li>A line of pieces far apart («20.12.2013 … № 1021», «Министр … М.Б. Кумыков») is a paragraph of its
 *       own, its pieces TAB-separated as a Word file aligns them.
 *   <li>A line starting lower-case continues the paragraph, unless the line before is a heading in
 *       capitals («ПРИКАЗ») or either is a date line («от 04.09.2023 № 01-10/845»).
 *   <li>A line not indented continues the paragraph when the line before filled the text's width
 *       ({@value #WRAPPED_LINE_SHARE} of the longest line) and did not end a sentence, or when both are
 *       words in capitals (a name wrapped over lines).
 *   <li>Otherwise (an indented line — a paragraph's first line, a centred heading —, a short line before)
 *       the line starts a paragraph.
 * </ul>
 */
final class LayoutParagraphs {

  /** A line this share of the longest one, not ending a sentence, wraps on: justified text fills it. */
  static final double WRAPPED_LINE_SHARE = 0.7;

  /** Spaces between two pieces of a line that set them apart as two statements, not words of one. */
  static final int WIDE_GAP = 4;

  /** Indentation, in characters, that marks a paragraph's first line or a centred heading. */
  static final int INDENT = 2;

  private static final Pattern DATE_LINE = Pattern.compile("(?iu)^от\\s+\\d{1,2}[.\\s].*");
  private static final Pattern WIDE = Pattern.compile("\\s{" + WIDE_GAP + ",}");

  private LayoutParagraphs() {}

  /**
   * Whether a line in capitals not indented goes on the line in capitals before it: a name in capitals
   * wrapped over lines («МУНИЦИПАЛЬНОЕ БЮДЖЕТНОЕ ОБЩЕОБРАЗОВАТЕЛЬНОЕ» «УЧРЕЖДЕНИЕ … № 16»), however short
   * the first; a centred heading («ПРИКАЗ») is indented, and one word alone is no wrapped name.
   */
  static boolean capitalsGoOn(String previous, String next) {
    return previous.indexOf(' ') > 0 && next.indexOf(' ') > 0 && RussianText.isAllCaps(previous)
        && RussianText.isAllCaps(next) && !previous.matches("(?s).*[.:;!?]$");
  }

  /** The paragraphs of {@code lines}. */
  static List<Paragraph> of(List<DocumentText.Line> lines) {
    int longest = 1;
    for (DocumentText.Line l : lines) {
      longest = Math.max(longest, l.text().strip().length());
    }
    List<Paragraph> out = new ArrayList<>();
    StringBuilder p = null;
    DocumentText.Origin origin = null;
    String previous = null;
    for (DocumentText.Line l : lines) {
      String t = l.text().replace("\f", "").replace('\u00A0', ' ');
      String s = t.strip();
      if (s.isEmpty()) {
        if (p != null) {
          out.add(Paragraph.of(p.toString(), origin));
          p = null;
        }
        previous = null;
        continue;
      }
      if (WIDE.matcher(s).find()) {
        if (p != null) {
          out.add(Paragraph.of(p.toString(), origin));
          p = null;
        }
        out.add(Paragraph.of(WIDE.matcher(s).replaceAll("\t"), l.origin()));
        previous = null;
        continue;
      }
      boolean indented = t.length() - t.stripLeading().length() >= INDENT;
      boolean continues = p != null && previous != null && !DATE_LINE.matcher(previous).matches() && (
          Character.isLowerCase(s.charAt(0)) && !RussianText.isAllCaps(previous) && !DATE_LINE.matcher(s).matches()
          || !indented && previous.length() >= WRAPPED_LINE_SHARE * longest && !previous.matches("(?s).*[.:;!?]$")
          || !indented && capitalsGoOn(previous, s));
      if (continues) {
        p.append(' ').append(s);
      } else {
        if (p != null) {
          out.add(Paragraph.of(p.toString(), origin));
        }
        p = new StringBuilder(s);
        origin = l.origin();
      }
      previous = s;
    }
    if (p != null) {
      out.add(Paragraph.of(p.toString(), origin));
    }
    return out;
  }
}
