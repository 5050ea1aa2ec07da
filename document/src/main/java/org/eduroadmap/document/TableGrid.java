package org.eduroadmap.document;

import java.util.ArrayList;
import java.util.List;
import org.eduroadmap.document.structure.GridCell;
import org.eduroadmap.document.structure.GridRow;
import org.eduroadmap.document.structure.GridTable;

/**
 * A table's cells laid on its grid: each slot knows the cell that covers it, whether it is that cell's
 * first column, and whether it continues the cell above (a vertical merge, whose paragraphs are the
 * first cell's).
 */
final class TableGrid {

  /** One grid position. */
  record Slot(List<String> paragraphs, int cellId, boolean spanned, boolean continued, int span) {
    String text() {
      return String.join(" ", paragraphs);
    }

    boolean isEmpty() {
      return paragraphs.isEmpty();
    }
  }

  private static final Slot NONE = new Slot(List.of(), -1, false, false, 1);

  final List<GridRow> rows;
  final List<Slot[]> slots = new ArrayList<>();
  final int width;

  private TableGrid(GridTable table) {
    this.rows = table.rows();
    this.width = table.columnCount();
    int nextId = 0;
    Slot[] above = null;
    for (GridRow row : rows) {
      Slot[] line = new Slot[width];
      int c = 0;
      for (GridCell cell : row.cells()) {
        int span = Math.min(cell.columnSpan(), width - c);
        if (span <= 0) {
          break;
        }
        Slot first;
        if (cell.isContinuation() && above != null && above[c] != null && above[c].cellId >= 0) {
          Slot a = above[c];
          first = new Slot(a.paragraphs, a.cellId, false, true, a.span);
          span = Math.min(Math.max(span, a.span), width - c);
        } else {
          first = new Slot(cell.isContinuation() ? List.of() : cell.paragraphs(), nextId++, false, false, span);
        }
        line[c] = first;
        for (int i = 1; i < span; i++) {
          line[c + i] = new Slot(first.paragraphs, first.cellId, true, first.continued, span);
        }
        c += span;
      }
      for (; c < width; c++) {
        line[c] = NONE;
      }
      slots.add(line);
      above = line;
    }
  }

  static TableGrid of(GridTable table) {
    return new TableGrid(table);
  }

  int height() {
    return slots.size();
  }

  Slot slot(int row, int column) {
    return slots.get(row)[column];
  }

  /** The texts of row {@code row}'s own cells (not spanned-over slots, not continuations), left to right. */
  List<String> ownTexts(int row) {
    List<String> out = new ArrayList<>();
    for (Slot s : slots.get(row)) {
      if (!s.spanned && !s.continued && !s.isEmpty()) {
        out.add(s.text());
      }
    }
    return out;
  }

  /** The texts of every slot of row {@code row} as a reader sees the line, spans repeated. */
  List<String> lineTexts(int row) {
    List<String> out = new ArrayList<>(width);
    for (Slot s : slots.get(row)) {
      out.add(s.text());
    }
    return out;
  }
}
