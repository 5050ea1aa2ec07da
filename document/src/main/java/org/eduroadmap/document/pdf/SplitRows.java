package org.eduroadmap.document.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * A row a page break split: at the top of a page continuing a table, a row whose first cell (the
 * number) is empty is the rest of the last row of the page before; its cells are joined to that row's,
 * each cell's first paragraph running on from the last one above.
 *
 * <pre>{@code
 * SplitRows.continues(cells);          // true: «» | «…рекомендаций» | «» | «ОО»
 * SplitRows.join(above, cells);        // the row whole
 * }</pre>
 */
final class SplitRows {

  private SplitRows() {}

  /** Whether a row at the top of a page, continuing a table, is the rest of a split row. */
  static boolean continues(List<PdfCell> cells) {
    return !cells.isEmpty() && cells.get(0).paragraphs().isEmpty();
  }

  /** The row {@code above} with {@code below} joined to it, cell by cell. */
  static List<PdfCell> join(List<PdfCell> above, List<PdfCell> below) {
    List<PdfCell> out = new ArrayList<>();
    if (sameGrid(above, below)) {
      for (int i = 0; i < above.size(); i++) {
        out.add(join(above.get(i), below.get(i)));
      }
      return out;
    }
    // Cells that do not line up: joined by grid column, as text.
    String[] a = PageFlow.Row.text(above).split("\t", -1);
    String[] b = PageFlow.Row.text(below).split("\t", -1);
    for (int i = 0; i < Math.max(a.length, b.length); i++) {
      StringBuilder sb = new StringBuilder(i < a.length ? a[i] : "");
      TextLines.join(sb, i < b.length ? b[i] : "");
      out.add(PdfCell.of(sb.toString()));
    }
    return out;
  }

  private static boolean sameGrid(List<PdfCell> a, List<PdfCell> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (a.get(i).span() != b.get(i).span()) {
        return false;
      }
    }
    return true;
  }

  private static PdfCell join(PdfCell a, PdfCell b) {
    if (b.paragraphs().isEmpty()) {
      return a;
    }
    if (a.paragraphs().isEmpty()) {
      return new PdfCell(b.paragraphs(), a.span(), false);
    }
    List<String> paragraphs = new ArrayList<>(a.paragraphs().subList(0, a.paragraphs().size() - 1));
    StringBuilder joined = new StringBuilder(a.paragraphs().get(a.paragraphs().size() - 1));
    TextLines.join(joined, b.paragraphs().get(0));
    paragraphs.add(joined.toString());
    paragraphs.addAll(b.paragraphs().subList(1, b.paragraphs().size()));
    return new PdfCell(paragraphs, a.span(), false);
  }
}
