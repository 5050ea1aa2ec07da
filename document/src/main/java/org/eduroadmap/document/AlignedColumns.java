package org.eduroadmap.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a table whose columns are aligned with runs of spaces — what a PDF viewer's «copy» gives —
 * into TAB-separated cells, as a copy from Word gives them.
 *
 * <p>A run of two or more spaces separates two pieces of text. The columns are the start positions
 * that several rows share; each piece goes to the column whose start is the nearest at or before it
 * (a piece starting past a column start but before the next is a cell's text after a double space,
 * and stays in that cell). A line that starts with spaces has an empty first cell: it continues the
 * row above, as after a page break. The table runs from the first line with three or more pieces that
 * fit the columns to the last line with two or more; lines outside it are left as they are.
 */
final class AlignedColumns {

  private AlignedColumns() {}

  private static final Pattern PIECE = Pattern.compile("\\S+(?: \\S+)*");

  /** The converted text and the position (from 1) of the table's first line, or the text unchanged and 0. */
  record Result(DocumentText text, int firstTableLine) {}

  /** {@code text} with a space-aligned table turned into TAB-separated cells; unchanged if it has TABs. */
  static Result toTabs(DocumentText text) {
    List<DocumentText.Line> lines = text.lines();
    if (lines.stream().anyMatch(l -> l.text().indexOf('\t') >= 0)) {
      return new Result(text, 0);
    }
    List<List<int[]>> pieces = new ArrayList<>(lines.size());
    for (DocumentText.Line l : lines) {
      pieces.add(pieces(l.text().replace('\u00A0', ' ')));
    }
    // Column starts: positions where a piece starts in at least two rows of three pieces or more.
    Map<Integer, Integer> counts = new TreeMap<>();
    int wideRows = 0;
    for (List<int[]> p : pieces) {
      if (p.size() >= 3) {
        wideRows++;
        for (int[] piece : p) {
          counts.merge(piece[0], 1, Integer::sum);
        }
      }
    }
    if (wideRows < 2) {
      return new Result(text, 0);
    }
    int threshold = Math.max(2, wideRows / 10);
    List<Integer> starts = new ArrayList<>();
    counts.entrySet().stream().filter(e -> e.getValue() >= threshold)
        .sorted((a, b) -> Integer.compare(b.getValue(), a.getValue()))
        .forEach(e -> {
          // A position one off an accepted one is the same column, set a little askew.
          if (starts.stream().noneMatch(s -> Math.abs(s - e.getKey()) <= 1)) {
            starts.add(e.getKey());
          }
        });
    starts.sort(Integer::compare);
    if (starts.size() < 3) {
      return new Result(text, 0);
    }
    int first = -1;
    int last = -1;
    for (int i = 0; i < pieces.size(); i++) {
      List<int[]> p = pieces.get(i);
      long fitting = p.stream().filter(piece -> starts.stream().anyMatch(s -> Math.abs(s - piece[0]) <= 1)).count();
      if (first < 0 && p.size() >= 3 && fitting >= 3) {
        first = i;
      }
      if (first >= 0 && p.size() >= 2) {
        last = i;
      }
    }
    if (first < 0) {
      return new Result(text, 0);
    }
    DocumentText.Builder b = DocumentText.builder();
    for (int i = 0; i < lines.size(); i++) {
      DocumentText.Line l = lines.get(i);
      if (i < first || i > last || l.text().isBlank()) {
        b.line(l.text(), l.origin());
        continue;
      }
      b.line(cells(l.text().replace('\u00A0', ' '), pieces.get(i), starts), l.origin());
    }
    return new Result(b.build(), first + 1);
  }

  private static String cells(String line, List<int[]> pieces, List<Integer> starts) {
    String[] cells = new String[starts.size()];
    int[] cellStart = new int[starts.size()];
    int[] cellEnd = new int[starts.size()];
    for (int[] piece : pieces) {
      int column = 0;
      for (int c = 0; c < starts.size(); c++) {
        if (starts.get(c) <= piece[0] + 1) {
          column = c;
        }
      }
      if (cells[column] == null) {
        cellStart[column] = piece[0];
      }
      cellEnd[column] = piece[1];
      // Pieces of one cell keep the text between them as written.
      cells[column] = line.substring(cellStart[column], cellEnd[column]);
    }
    StringBuilder sb = new StringBuilder();
    for (int c = 0; c < cells.length; c++) {
      if (c > 0) {
        sb.append('\t');
      }
      sb.append(cells[c] == null ? "" : cells[c]);
    }
    return sb.toString();
  }

  /** The pieces of {@code line}: text between runs of two or more spaces, as [start, end). */
  private static List<int[]> pieces(String line) {
    List<int[]> result = new ArrayList<>();
    Matcher m = PIECE.matcher(line);
    while (m.find()) {
      result.add(new int[] {m.start(), m.end()});
    }
    return result;
  }
}
