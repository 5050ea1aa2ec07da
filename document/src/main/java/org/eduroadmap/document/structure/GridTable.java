package org.eduroadmap.document.structure;

import java.util.List;
import java.util.Objects;
import org.eduroadmap.document.DocumentText;

/**
 * A table: its rows top to bottom, each of cells that may span columns or continue the cell above.
 *
 * <pre>{@code
 * GridTable t = GridTable.of(rows, DocumentText.Origin.ofTableRow(1, 0, 12));
 * t.columnCount(); // the widest row, counting spans
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class GridTable implements Block {
  private final List<GridRow> rows;
  private final DocumentText.Origin origin;

  private GridTable(List<GridRow> rows, DocumentText.Origin origin) {
    this.rows = List.copyOf(rows);
    this.origin = Objects.requireNonNull(origin, "origin");
  }

  /** A table of {@code rows}. */
  public static GridTable of(List<GridRow> rows, DocumentText.Origin origin) {
    return new GridTable(rows, origin);
  }

  /** The rows, top to bottom. */
  public List<GridRow> rows() {
    return rows;
  }

  /** The number of grid columns: the widest row, spans counted. */
  public int columnCount() {
    int width = 0;
    for (GridRow r : rows) {
      int w = 0;
      for (GridCell c : r.cells()) {
        w += c.columnSpan();
      }
      width = Math.max(width, w);
    }
    return width;
  }

  @Override
  public DocumentText.Origin origin() {
    return origin;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GridTable t && rows.equals(t.rows) && origin.equals(t.origin);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rows, origin);
  }

  @Override
  public String toString() {
    return "GridTable[" + rows.size() + " rows, " + columnCount() + " columns]";
  }
}
