package org.eduroadmap.document.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Rebuilds tables drawn without ruling lines from where their words stand. A wide line has three or
 * more pieces (words apart by more than a space and a half) and gaps not all alike (a justified line of
 * prose has them alike); consecutive wide lines sharing two piece starts, not parted by a wide empty
 * space, are one table's. Its columns are the piece starts that a fifth of its wide lines share and
 * that its lines' text crosses less often than it starts there (a justified cell's stretched gaps also
 * make pieces, but at places the cell's other lines run over). The table runs over the lines that fit
 * these columns: each starts at a column, and a piece after a wide gap in a further column starts at
 * it. In it, a line with text in the first column, or after a wider gap than between the lines of a
 * cell, starts a row; any other line continues the cells above (a cell wrapped over lines).
 */
final class UnruledTables {
  /** Positions closer than this (points) are one column start. */
  private static final float TOLERANCE = 1.5f;
  /** A gap wider than this share of the font size parts pieces: two spaces, more than a justified cell line stretches. */
  static final float WIDE_GAP_SHARE = 0.5f;
  /** Lines whose sizes differ by more than this share are not of one table (a heading, a footnote). */
  static final float SAME_SIZE_SHARE = 0.2f;
  /** A gap of more than this many font sizes between baselines (two empty lines) parts two tables, or a table and text. */
  static final float APART_SIZES = 3f;
  /** A column start must be shared by at least this share of the region's wide lines (1/5), and at least {@link #MIN_SHARING} of them. */
  static final int SHARING_DIVISOR = 5;
  static final int MIN_SHARING = 2;
  /**
   * A table found from positions has at least this many columns, and its wide lines this many pieces:
   * with two, a line of prose with one wide gap (a date and a number, a post and a name) would be a table.
   */
  static final int MIN_COLUMNS = 3;
  /** Consecutive wide lines sharing at least this many piece starts are one table's run. */
  static final int MIN_SHARED_STARTS = 2;
  /** A line closer than this many times the least line pitch to the one above continues its row (the lines of one cell). */
  static final float ROW_PITCH_FACTOR = 1.3f;

  private final List<Float> starts;

  private UnruledTables(List<Float> starts) {
    this.starts = starts;
  }

  /** A paragraph line and where it is: page index and item index. */
  private record Placed(int page, int index, TextLine line) {}

  static void rebuild(List<PageItems> pages) {
    List<Placed> lines = new ArrayList<>();
    for (int p = 0; p < pages.size(); p++) {
      List<Item> items = pages.get(p).items();
      for (int i = 0; i < items.size(); i++) {
        if (items.get(i).line() != null) {
          lines.add(new Placed(p, i, items.get(i).line()));
        }
      }
    }
    List<List<Item>> rebuilt = new ArrayList<>();
    List<Set<Integer>> replaced = new ArrayList<>();
    for (int p = 0; p < pages.size(); p++) {
      rebuilt.add(new ArrayList<>());
      replaced.add(new HashSet<>());
    }
    // Each run of wide lines that share their column starts is one table's, with its own columns; the
    // table is looked for from its first wide line to the next run's.
    List<Integer> runs = new ArrayList<>();
    List<Word> before = null;
    for (int i = 0; i < lines.size(); i++) {
      if (i > 0 && apart(lines.get(i - 1), lines.get(i))) {
        before = null;
      }
      if (!isWide(lines.get(i).line())) {
        continue;
      }
      List<Word> pieces = pieces(lines.get(i).line());
      if (before == null || shared(before, pieces) < MIN_SHARED_STARTS) {
        runs.add(i);
      }
      before = pieces;
    }
    runs.add(lines.size());
    // Where the last table found ends: no table reaches back over it.
    int stop = 0;
    for (int r = 0; r + 1 < runs.size(); r++) {
      List<Placed> region = lines.subList(runs.get(r), runs.get(r + 1));
      List<Float> starts = columnStarts(region);
      if (starts.size() < MIN_COLUMNS) {
        continue;
      }
      UnruledTables tables = new UnruledTables(starts);
      int i = 0;
      while (i < region.size()) {
        if (tables.fitting(region.get(i).line()) < MIN_COLUMNS || !tables.fits(region.get(i).line())) {
          i++;
          continue;
        }
        // Rows before the first wide line (one with fewer pieces) belong to the table too.
        int from = runs.get(r) + i;
        float size = region.get(i).line().size();
        while (from > stop && tables.fits(lines.get(from - 1).line())
            && Math.abs(lines.get(from - 1).line().size() - size) <= SAME_SIZE_SHARE * size) {
          from--;
        }
        int end = i + 1;
        while (end < region.size() && tables.fits(region.get(end).line())
            && !apart(region.get(end - 1), region.get(end))
            && Math.abs(region.get(end).line().size() - size) <= SAME_SIZE_SHARE * size) {
          end++;
        }
        List<Placed> table = lines.subList(from, runs.get(r) + end);
        for (Placed l : table) {
          replaced.get(l.page()).add(l.index());
        }
        for (Map.Entry<Integer, Item> row : tables.rows(table)) {
          rebuilt.get(row.getKey()).add(row.getValue());
        }
        i = end;
        stop = runs.get(r) + end;
      }
    }
    for (int p = 0; p < pages.size(); p++) {
      List<Item> items = pages.get(p).items();
      List<Item> kept = new ArrayList<>(rebuilt.get(p));
      for (int k = 0; k < items.size(); k++) {
        if (!replaced.get(p).contains(k)) {
          kept.add(items.get(k));
        }
      }
      kept.sort(Comparator.comparingDouble(Item::y));
      items.clear();
      items.addAll(kept);
    }
  }

  /**
   * Whether more than two empty lines' height parts two lines of a page: what parts two tables, or a
   * table and the text after it; the rows of a table are closer (across a page break it is unknown).
   */
  private static boolean apart(Placed above, Placed below) {
    TextLine l = below.line();
    return above.page() == below.page() && l.base() - above.line().base() > APART_SIZES * l.size();
  }

  /** A line of three pieces or more whose gaps are not all alike: a table row, not prose. */
  private static boolean isWide(TextLine l) {
    return pieces(l).size() >= MIN_COLUMNS && !TextLines.evenlySpaced(l);
  }

  /** How many of {@code pieces} start where one of {@code before} starts. */
  private static int shared(List<Word> before, List<Word> pieces) {
    int n = 0;
    for (Word p : pieces) {
      if (before.stream().anyMatch(b -> Math.abs(b.x0() - p.x0()) <= TOLERANCE)) {
        n++;
      }
    }
    return n;
  }

  /**
   * Starts of pieces after a wide gap shared by a fifth of the lines of three pieces or more, and
   * crossed by the text of fewer of those lines than start there: a justified cell stretches the gaps
   * between its words too, but the words after them stand where other lines of the cell have text.
   */
  private static List<Float> columnStarts(List<Placed> lines) {
    List<List<Word>> wide = new ArrayList<>();
    for (Placed placed : lines) {
      if (isWide(placed.line())) {
        wide.add(pieces(placed.line()));
      }
    }
    List<Float> found = new ArrayList<>();
    for (List<Word> pieces : wide) {
      for (Word piece : pieces) {
        found.add(piece.x0());
      }
    }
    found.sort(null);
    int threshold = Math.max(MIN_SHARING, wide.size() / SHARING_DIVISOR);
    List<float[]> candidates = new ArrayList<>();
    int k = 0;
    while (k < found.size()) {
      float x = found.get(k);
      int j = k;
      while (j < found.size() && found.get(j) - x <= TOLERANCE) {
        j++;
      }
      if (j - k >= threshold) {
        candidates.add(new float[] {x, j - k});
      }
      k = j;
    }
    // The lines a column start is checked against: the wide ones, and those that start at a further
    // column (a wrapped cell, justified to its full width); a line from the first column may be a
    // heading across the row or prose after the table, which cross every column.
    List<List<Word>> checked = new ArrayList<>(wide);
    for (Placed placed : lines) {
      TextLine l = placed.line();
      if (!candidates.isEmpty() && !isWide(l) && l.x0() > candidates.get(0)[0] + TOLERANCE
          && candidates.stream().anyMatch(c -> Math.abs(c[0] - l.x0()) <= TOLERANCE)) {
        checked.add(pieces(l));
      }
    }
    List<Float> starts = new ArrayList<>();
    for (float[] c : candidates) {
      int crossing = 0;
      for (List<Word> pieces : checked) {
        for (Word piece : pieces) {
          if (piece.x0() + TOLERANCE < c[0] && c[0] < piece.x1()) {
            crossing++;
          }
        }
      }
      if (2 * crossing < c[1] && !insideJustifiedRuns(lines, c[0])) {
        starts.add(c[0]);
      }
    }
    return starts;
  }

  /**
   * Whether the words starting at {@code x} mostly sit inside a justified run: the gap before each
   * equals the gap before the word ahead of it. A justified cell stretches all the gaps of its line
   * alike, so in a table whose rows repeat the same text its words stand at the same places in every
   * row and nothing crosses them; the gap before the next cell holds the cells' padding and the rest of
   * the line, and is not the same as the gaps inside the cell.
   */
  private static boolean insideJustifiedRuns(List<Placed> lines, float x) {
    int starting = 0;
    int justified = 0;
    for (Placed placed : lines) {
      List<Word> words = placed.line().words();
      for (int i = 0; i < words.size(); i++) {
        if (Math.abs(words.get(i).x0() - x) > TOLERANCE) {
          continue;
        }
        starting++;
        if (i >= 2) {
          float gap = words.get(i).x0() - words.get(i - 1).x1();
          float gapBefore = words.get(i - 1).x0() - words.get(i - 2).x1();
          if (gap > wideGap(placed.line()) && Math.abs(gap - gapBefore) <= JUSTIFIED_GAP_TOLERANCE) {
            justified++;
          }
        }
        break;
      }
    }
    return starting > 0 && 2 * justified > starting;
  }

  /** Gaps of one justified line differ by rounding only: a tenth of a point or so. */
  private static final float JUSTIFIED_GAP_TOLERANCE = 0.3f;

  /** The line's words joined into pieces where the gap is no wider than a space and a half. */
  private static List<Word> pieces(TextLine l) {
    List<Word> out = new ArrayList<>();
    Word piece = null;
    for (Word w : l.words()) {
      if (piece != null && w.x0() - piece.x1() <= wideGap(l)) {
        piece = new Word(piece.x0(), w.x1(), piece.text() + " " + w.text());
      } else {
        if (piece != null) {
          out.add(piece);
        }
        piece = w;
      }
    }
    if (piece != null) {
      out.add(piece);
    }
    return out;
  }

  private static float wideGap(TextLine l) {
    return WIDE_GAP_SHARE * l.size();
  }

  /** The column starting at {@code x}, or -1. */
  private int columnAt(float x) {
    for (int c = 0; c < starts.size(); c++) {
      if (Math.abs(starts.get(c) - x) <= TOLERANCE) {
        return c;
      }
    }
    return -1;
  }

  private int fitting(TextLine l) {
    int n = 0;
    for (Word piece : pieces(l)) {
      if (columnAt(piece.x0()) >= 0) {
        n++;
      }
    }
    return n;
  }

  /**
   * Whether the line stands in these columns: it starts at one, and each piece that a wide gap puts
   * into a further column starts at that column (text inside a cell may stand anywhere).
   */
  private boolean fits(TextLine l) {
    int column = columnAt(l.x0());
    if (column < 0) {
      return false;
    }
    Word prev = null;
    for (Word w : l.words()) {
      if (prev != null && w.x0() - prev.x1() > wideGap(l)) {
        int at = lastStartBefore(w.x0());
        if (at != column && columnAt(w.x0()) != at) {
          return false;
        }
        column = at;
      }
      prev = w;
    }
    return true;
  }

  /** The table's rows, each with the index of the page it starts on (a row a page break splits is two). */
  private List<Map.Entry<Integer, Item>> rows(List<Placed> lines) {
    // The gap between the lines of a cell: the least from one baseline to the next.
    float pitch = Float.MAX_VALUE;
    for (int i = 1; i < lines.size(); i++) {
      float gap = lines.get(i).line().base() - lines.get(i - 1).line().base();
      if (lines.get(i).page() == lines.get(i - 1).page() && gap > 0) {
        pitch = Math.min(pitch, gap);
      }
    }
    List<Map.Entry<Integer, Item>> out = new ArrayList<>();
    List<StringBuilder> cells = null;
    Placed top = null;
    Placed previous = null;
    for (Placed placed : lines) {
      TextLine l = placed.line();
      if (previous == null || startsRow(previous, placed, pitch)) {
        if (cells != null) {
          out.add(row(top, cells));
        }
        cells = new ArrayList<>();
        for (int c = 0; c < starts.size(); c++) {
          cells.add(new StringBuilder());
        }
        top = placed;
      }
      for (Map.Entry<Integer, String> part : parts(l).entrySet()) {
        TextLines.join(cells.get(part.getKey()), part.getValue());
      }
      previous = placed;
    }
    if (cells != null) {
      out.add(row(top, cells));
    }
    return out;
  }

  private static Map.Entry<Integer, Item> row(Placed top, List<StringBuilder> cells) {
    List<PdfCell> texts = new ArrayList<>();
    for (StringBuilder sb : cells) {
      texts.add(PdfCell.of(sb.toString()));
    }
    TextLine l = top.line();
    return Map.entry(top.page(), new Item(l.base() - l.size(), texts, null));
  }

  private boolean startsRow(Placed previous, Placed placed, float pitch) {
    if (previous.page() != placed.page()) {
      return true;
    }
    TextLine l = placed.line();
    TextLine before = previous.line();
    boolean near = l.base() - before.base() <= ROW_PITCH_FACTOR * pitch;
    if (!near) {
      return true;
    }
    if (columnAt(l.x0()) != 0) {
      return false;
    }
    // A heading across the row, wrapped: one piece from the first column over the next, twice.
    return !(pieces(before).size() == 1 && pieces(l).size() == 1 && columnAt(before.x0()) == 0
        && before.x1() > starts.get(1) && l.x1() > starts.get(1));
  }

  /**
   * The line's text per column: a word goes to the column it starts, after a wide gap, or else stays in
   * the column of the word before it (a justified cell's stretched gap, a heading across columns).
   */
  private Map<Integer, String> parts(TextLine l) {
    Map<Integer, String> out = new TreeMap<>();
    int column = -1;
    Word prev = null;
    for (Word w : l.words()) {
      int at = columnAt(w.x0());
      if (prev == null) {
        column = Math.max(0, lastStartBefore(w.x0()));
      } else if (at >= 0 && w.x0() - prev.x1() > wideGap(l)) {
        column = at;
      }
      out.merge(column, w.text(), (a, b) -> a + " " + b);
      prev = w;
    }
    return out;
  }

  private int lastStartBefore(float x) {
    int column = -1;
    for (int c = 0; c < starts.size(); c++) {
      if (starts.get(c) <= x + TOLERANCE) {
        column = c;
      }
    }
    return column;
  }
}
