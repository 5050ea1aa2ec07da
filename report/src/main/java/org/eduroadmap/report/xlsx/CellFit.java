package org.eduroadmap.report.xlsx;

import java.util.ArrayList;
import java.util.List;

/**
 * How much room a text takes in a cell, so that the workbooks can write row heights and column widths that
 * fit their texts (Excel and LibreOffice do not grow a row for wrapped text by themselves when they print).
 *
 * <pre>{@code
 * int lines = CellFit.lines("Срок с учётом выходных", CellFit.textWidth(11 * 256), 10, true);  // 3
 * double height = CellFit.height(lines, 10);                                               // 41 pt
 * }</pre>
 *
 * <p>Widths are the advance widths of Arial (Liberation Sans, metric-compatible, where Arial is missing),
 * the workbooks' font, built in rather than measured through AWT: the file is the same on every machine, and
 * writing one loads no font. A character outside the tables counts as one em, which errs on the side of a
 * taller row. Wrapping is greedy at spaces and line breaks; a word longer than a line is cut by characters,
 * as spreadsheets do. This class is stateless.
 */
final class CellFit {

  /** The workbooks' font. */
  static final String FONT = "Arial";
  /** The workbooks' default font size, in points. */
  static final short FONT_POINTS = 10;
  /** Pixels (at 96 dpi) of the widest digit of Arial 10: the unit of Excel's column widths. */
  private static final double DIGIT_PX = 7;
  /** What a cell keeps for its borders and padding, in pixels, on top of Excel's own five. */
  private static final double PADDING_PX = 3;
  /** Texts are measured this much wider than the tables say: rounding, hinting and kerning of renderers. */
  private static final double SAFETY = 1.03;
  /** Line height as a multiple of the font size (LibreOffice: 0.45 cm for one line of 10 pt), and a row's padding. */
  private static final double LINE = 1.2;
  private static final double ROW_PADDING_PT = 3;

  private CellFit() {}

  /** The width in points a cell of {@code width256} (Excel's 1/256 of a character) has for its text. */
  static double textWidth(int width256) {
    double px = Math.floor(width256 / 256.0 * DIGIT_PX) - PADDING_PX;
    return Math.max(1, px) * 0.75;
  }

  /** The column width, in 1/256 of a character, whose cells hold {@code points} of text on one line. */
  static int columnWidth(double points) {
    double px = points / 0.75 + PADDING_PX;
    return (int) Math.min(255 * 256, Math.ceil(px / DIGIT_PX * 256) + 256);
  }

  /** The width in points of {@code text} on one line in Arial of {@code fontPoints}, bold or not. */
  static double width(String text, double fontPoints, boolean bold) {
    double em = 0;
    for (int i = 0; i < text.length(); i++) {
      em += advance(text.charAt(i), bold);
    }
    return em / 1000 * fontPoints * SAFETY;
  }

  /** The widest line of {@code text} (split at its line breaks), in points. */
  static double widestLine(String text, double fontPoints, boolean bold) {
    double widest = 0;
    for (String line : text.split("\\R", -1)) {
      widest = Math.max(widest, width(line, fontPoints, bold));
    }
    return widest;
  }

  /** The widest word of {@code text}, in points: a wrapped cell narrower than that cuts it. */
  static double widestWord(String text, double fontPoints, boolean bold) {
    double widest = 0;
    for (String word : text.split("\\s+")) {
      widest = Math.max(widest, width(word, fontPoints, bold));
    }
    return widest;
  }

  /** How many lines {@code text} takes when wrapped into {@code widthPoints}: at least one. */
  static int lines(String text, double widthPoints, double fontPoints, boolean bold) {
    return wrap(text, widthPoints, fontPoints, bold).size();
  }

  /** {@code text} wrapped into lines of at most {@code widthPoints}. */
  static List<String> wrap(String text, double widthPoints, double fontPoints, boolean bold) {
    List<String> out = new ArrayList<>();
    double space = width(" ", fontPoints, bold);
    for (String paragraph : text.split("\\R", -1)) {
      StringBuilder line = new StringBuilder();
      double used = 0;
      for (String word : paragraph.strip().split(" +")) {
        double w = width(word, fontPoints, bold);
        if (line.length() > 0 && used + space + w <= widthPoints) {
          line.append(' ').append(word);
          used += space + w;
          continue;
        }
        if (line.length() > 0) {
          out.add(line.toString());
          line.setLength(0);
          used = 0;
        }
        // A word longer than a line is cut where it reaches the edge.
        while (w > widthPoints && word.length() > 1) {
          int cut = 1;
          while (cut < word.length() && width(word.substring(0, cut + 1), fontPoints, bold) <= widthPoints) {
            cut++;
          }
          out.add(word.substring(0, cut));
          word = word.substring(cut);
          w = width(word, fontPoints, bold);
        }
        line.append(word);
        used = w;
      }
      out.add(line.toString());
    }
    return out;
  }

  /** The row height in points that shows {@code lines} lines of {@code fontPoints}. */
  static float height(int lines, double fontPoints) {
    return (float) Math.ceil(Math.max(1, lines) * fontPoints * LINE + ROW_PADDING_PT);
  }

  /** The advance width of {@code c} in thousandths of an em. */
  private static int advance(char c, boolean bold) {
    if (c >= 0x20 && c <= 0x7e) {
      return (bold ? BOLD_ASCII : PLAIN_ASCII)[c - 0x20];
    }
    if (c >= 0xa0 && c <= 0xff) {
      return (bold ? BOLD_LATIN1 : PLAIN_LATIN1)[c - 0xa0];
    }
    if (c >= 0x400 && c <= 0x45f) {
      return (bold ? BOLD_CYRILLIC : PLAIN_CYRILLIC)[c - 0x400];
    }
    int extra = EXTRA.indexOf(c);
    if (extra >= 0) {
      return (bold ? BOLD_EXTRA : PLAIN_EXTRA)[extra];
    }
    return c == '\t' ? 1112 : 1000;
  }

  // Advance widths of Liberation Sans (metric-compatible with Arial), regular and bold, in 1/1000 em:
  // U+0020–U+007E, U+00A0–U+00FF, U+0400–U+045F and the punctuation of EXTRA.
  private static final String EXTRA = "\u2013\u2014\u00ab\u00bb\u2026\u2116\u201c\u201d\u201e\u2018\u2019\u2022";
  private static final short[] PLAIN_ASCII = {
      278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
      556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
      1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
      667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
      333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
      556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584};
  private static final short[] PLAIN_LATIN1 = {
      278, 333, 556, 556, 556, 556, 260, 556, 333, 737, 370, 556, 584, 333, 737, 552,
      400, 549, 333, 333, 333, 576, 537, 333, 333, 333, 365, 556, 834, 834, 834, 611,
      667, 667, 667, 667, 667, 667, 1000, 722, 667, 667, 667, 667, 278, 278, 278, 278,
      722, 722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722, 722, 667, 667, 611,
      556, 556, 556, 556, 556, 556, 889, 500, 556, 556, 556, 556, 278, 278, 278, 278,
      556, 556, 556, 556, 556, 556, 556, 549, 611, 556, 556, 556, 556, 500, 556, 500};
  private static final short[] PLAIN_CYRILLIC = {
      667, 667, 865, 542, 719, 667, 278, 278, 500, 1057, 1010, 854, 583, 719, 635, 719,
      667, 656, 667, 542, 677, 667, 923, 604, 719, 719, 583, 656, 833, 722, 778, 719,
      667, 722, 611, 635, 760, 667, 740, 667, 917, 938, 792, 885, 656, 719, 1010, 722,
      556, 573, 531, 365, 583, 556, 669, 458, 559, 559, 438, 583, 688, 552, 556, 542,
      556, 500, 458, 500, 823, 500, 573, 521, 802, 823, 625, 719, 521, 510, 750, 542,
      556, 556, 556, 365, 510, 500, 222, 278, 222, 906, 813, 556, 438, 559, 500, 552};
  private static final short[] PLAIN_EXTRA = {
      556, 1000, 556, 556, 1000, 1073, 333, 333, 333, 222, 222, 350};
  private static final short[] BOLD_ASCII = {
      278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278,
      556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,
      975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,
      667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,
      333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,
      611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584};
  private static final short[] BOLD_LATIN1 = {
      278, 333, 556, 556, 556, 556, 280, 556, 333, 737, 370, 556, 584, 333, 737, 552,
      400, 549, 333, 333, 333, 576, 556, 333, 333, 333, 365, 556, 834, 834, 834, 611,
      722, 722, 722, 722, 722, 722, 1000, 722, 667, 667, 667, 667, 278, 278, 278, 278,
      722, 722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722, 722, 667, 667, 611,
      556, 556, 556, 556, 556, 556, 889, 556, 556, 556, 556, 556, 278, 278, 278, 278,
      611, 611, 611, 611, 611, 611, 611, 549, 611, 611, 611, 611, 611, 556, 611, 556};
  private static final short[] BOLD_CYRILLIC = {
      667, 669, 885, 567, 711, 667, 278, 276, 556, 1094, 1063, 875, 610, 719, 622, 719,
      722, 719, 722, 567, 712, 667, 904, 626, 719, 719, 610, 702, 833, 722, 778, 719,
      667, 722, 611, 622, 854, 667, 730, 703, 1005, 1019, 870, 979, 719, 711, 1031, 719,
      556, 618, 615, 417, 635, 556, 709, 497, 615, 615, 500, 635, 740, 604, 611, 604,
      611, 556, 490, 556, 875, 556, 615, 581, 833, 844, 729, 854, 615, 552, 854, 583,
      556, 556, 611, 417, 552, 556, 278, 281, 278, 969, 906, 611, 500, 615, 556, 604};
  private static final short[] BOLD_EXTRA = {
      556, 1000, 556, 556, 1000, 1115, 500, 500, 500, 278, 278, 350};
}
