package org.eduroadmap.document;

import java.util.Arrays;
import java.util.List;

/**
 * Cells merged across rows in a space-aligned table ({@code pdftotext -layout}): such a cell's text is
 * printed once, centred vertically on the rows it covers, and those rows show nothing in its column.
 *
 * <p>For one column: a cell's text whose middle line lies on the middle of a run of rows around its own —
 * the rows next to it with nothing in the column — better than on the middle of its own row, is the
 * text of every row of that run. A run ends at a row with text of its own in the column and at a row of
 * another part of the table (a section heading between them). A cell's text set at the top of its row
 * (the common case) fits its own row within half a line on one line, and a longer run only when it is
 * centred to the line. A row left empty on purpose right above a one-line text set at the top of a
 * two-line row is taken all the same: the two look alike, and merged cells are the more common.
 */
final class MergedRows {

  /**
   * Lines (half a line) the middle of a cell's text may lie off the middle of the rows it covers:
   * pdftotext rounds a text's baseline to a whole line.
   */
  static final double MAX_OFF_CENTRE = 0.5;

  /** Most rows one cell was seen to cover; more would let a stray line claim a column of empty cells. */
  static final int MAX_ROWS = 4;

  /** A row's lines {@code first} to {@code last} (indexes, inclusive), and which part of the table it is in. */
  record Span(int first, int last, int part) {
    double middle() {
      return (first + last) / 2.0;
    }
  }

  /** The lines {@code first} to {@code last} a cell's text takes; null for an empty cell. */
  record Text(int first, int last) {
    double middle() {
      return (first + last) / 2.0;
    }
  }

  private MergedRows() {}

  /**
   * For each row, the row whose text in this column it shows: itself when it has text, another row's
   * when that row's cell covers it, -1 when empty.
   */
  static int[] owners(List<Span> rows, List<Text> texts) {
    int n = rows.size();
    int[] owner = new int[n];
    Arrays.fill(owner, -1);
    for (int r = 0; r < n; r++) {
      if (texts.get(r) != null) {
        owner[r] = r;
      }
    }
    for (int r = 0; r < n; r++) {
      Text t = texts.get(r);
      if (t == null) {
        continue;
      }
      double alone = Math.abs(t.middle() - rows.get(r).middle());
      int bestFrom = r;
      int bestTo = r;
      double best = alone;
      for (int from = r; from >= 0 && r - from < MAX_ROWS && free(rows, owner, from, r); from--) {
        for (int to = r; to < n && to - from < MAX_ROWS && free(rows, owner, to, r); to++) {
          double off = Math.abs(t.middle() - (rows.get(from).first() + rows.get(to).last()) / 2.0);
          if (off < best && off <= MAX_OFF_CENTRE) {
            best = off;
            bestFrom = from;
            bestTo = to;
          }
        }
      }
      for (int k = bestFrom; k <= bestTo; k++) {
        owner[k] = r;
      }
    }
    return owner;
  }

  /** Whether row {@code k} may show row {@code r}'s text: it is {@code r}, or empty, untaken and in its part. */
  private static boolean free(List<Span> rows, int[] owner, int k, int r) {
    return k == r || owner[k] == -1 && rows.get(k).part() == rows.get(r).part();
  }
}
