package org.eduroadmap.document.structure;

import java.util.List;
import java.util.Objects;
import org.eduroadmap.document.DocumentText;

/**
 * A table row: its cells left to right, and whether the document marks it as a header row repeated on
 * every page.
 *
 * <pre>{@code
 * GridRow.of(List.of(GridCell.of("№"), GridCell.of("Мероприятие")), origin).withRepeatedHeader(true);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class GridRow {
  private final List<GridCell> cells;
  private final DocumentText.Origin origin;
  private final boolean repeatedHeader;

  private GridRow(List<GridCell> cells, DocumentText.Origin origin, boolean repeatedHeader) {
    this.cells = List.copyOf(cells);
    this.origin = Objects.requireNonNull(origin, "origin");
    this.repeatedHeader = repeatedHeader;
  }

  /** A row of {@code cells}. */
  public static GridRow of(List<GridCell> cells, DocumentText.Origin origin) {
    return new GridRow(cells, origin, false);
  }

  /** This row, marked (or not) as a header row repeated on every page. */
  public GridRow withRepeatedHeader(boolean repeated) {
    return new GridRow(cells, origin, repeated);
  }

  /** The cells, left to right. */
  public List<GridCell> cells() {
    return cells;
  }

  /** Where the row is in the source file. */
  public DocumentText.Origin origin() {
    return origin;
  }

  /** Whether the document marks this row as a header repeated on every page. */
  public boolean isRepeatedHeader() {
    return repeatedHeader;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GridRow r && cells.equals(r.cells) && origin.equals(r.origin)
        && repeatedHeader == r.repeatedHeader;
  }

  @Override
  public int hashCode() {
    return Objects.hash(cells, origin, repeatedHeader);
  }

  @Override
  public String toString() {
    return "GridRow" + cells;
  }
}
