package org.eduroadmap.document.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A table cell: its paragraphs, how many grid columns it spans, and whether it continues the cell above
 * (a vertical merge, whose text is the first cell's).
 *
 * <pre>{@code
 * GridCell.of(List.of("Управление образования", "ИМЦ")).paragraphs(); // two parties, a paragraph each
 * GridCell.of("Сроки и исполнители").withColumnSpan(2).columnSpan();  // 2
 * GridCell.continuation().isContinuation();                            // true
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class GridCell {
  /** The widest span read; Word allows 63 columns, a larger one is a damaged or hostile file. */
  public static final int MAX_SPAN = 63;

  private static final GridCell CONTINUATION = new GridCell(List.of(), 1, true);

  private final List<String> paragraphs;
  private final int columnSpan;
  private final boolean continuation;

  private GridCell(List<String> paragraphs, int columnSpan, boolean continuation) {
    this.paragraphs = List.copyOf(paragraphs);
    this.columnSpan = columnSpan;
    this.continuation = continuation;
  }

  /** A cell of one column with {@code paragraphs}; empty paragraphs are left out. */
  public static GridCell of(List<String> paragraphs) {
    List<String> kept = new ArrayList<>(paragraphs.size());
    for (String p : paragraphs) {
      String t = Objects.requireNonNull(p, "paragraph").strip();
      if (!t.isEmpty()) {
        kept.add(t);
      }
    }
    return new GridCell(kept, 1, false);
  }

  /** A cell of one column with one paragraph (or none, for an empty text). */
  public static GridCell of(String text) {
    return of(List.of(text));
  }

  /** A cell that continues the cell above it (a vertical merge); one column wide. */
  public static GridCell continuation() {
    return CONTINUATION;
  }

  /**
   * This cell spanning {@code span} columns; larger spans than {@value #MAX_SPAN} are read as that many.
   *
   * @throws IllegalArgumentException if {@code span} is less than 1
   */
  public GridCell withColumnSpan(int span) {
    if (span < 1) {
      throw new IllegalArgumentException("Invalid column span (valid values 1 and up): " + span);
    }
    return new GridCell(paragraphs, Math.min(span, MAX_SPAN), continuation);
  }

  /** The paragraphs, stripped, none empty; empty for an empty cell or a continuation. */
  public List<String> paragraphs() {
    return paragraphs;
  }

  /** The paragraphs joined by a space. */
  public String text() {
    return String.join(" ", paragraphs);
  }

  /** The grid columns this cell spans, at least 1. */
  public int columnSpan() {
    return columnSpan;
  }

  /** Whether this cell continues the cell above it. */
  public boolean isContinuation() {
    return continuation;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GridCell c && paragraphs.equals(c.paragraphs) && columnSpan == c.columnSpan
        && continuation == c.continuation;
  }

  @Override
  public int hashCode() {
    return Objects.hash(paragraphs, columnSpan, continuation);
  }

  @Override
  public String toString() {
    return continuation ? "GridCell[↑]" : "GridCell[" + String.join(" ¶ ", paragraphs)
        + (columnSpan > 1 ? ", span " + columnSpan : "") + "]";
  }
}
