package org.eduroadmap.document.structure;

import java.util.List;
import java.util.Objects;
import org.eduroadmap.document.DocumentText;

/**
 * A document's body as paragraphs and tables in reading order, built by each format's reader; the
 * roadmap reader takes it the same way whatever the format.
 *
 * <pre>{@code
 * StructuredDocument doc = DocxText.structure(Files.readAllBytes(Path.of("plan.docx")), ImportLimits.standard());
 * doc.tables().size(); // 1
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class StructuredDocument {
  private final List<Block> blocks;

  private StructuredDocument(List<Block> blocks) {
    this.blocks = List.copyOf(blocks);
  }

  /** A document of {@code blocks}, in reading order. */
  public static StructuredDocument of(List<Block> blocks) {
    return new StructuredDocument(Objects.requireNonNull(blocks, "blocks"));
  }

  /** The paragraphs and tables, in reading order. */
  public List<Block> blocks() {
    return blocks;
  }

  /** The tables, in reading order. */
  public List<GridTable> tables() {
    return blocks.stream().filter(GridTable.class::isInstance).map(GridTable.class::cast).toList();
  }

  /**
   * The document laid out as Word's «copy as text» does: a paragraph a line (a line break starts a new
   * one), a table row a line of TAB-separated cells, a spanning cell followed by an empty cell for each
   * further column, a continuation an empty cell, a cell's paragraphs joined by a space.
   */
  public DocumentText toText() {
    DocumentText.Builder out = DocumentText.builder();
    for (Block b : blocks) {
      if (b instanceof Paragraph p) {
        for (String line : p.text().split("\n", -1)) {
          out.line(line, p.origin());
        }
      } else if (b instanceof GridTable t) {
        for (GridRow row : t.rows()) {
          StringBuilder line = new StringBuilder();
          boolean first = true;
          for (GridCell c : row.cells()) {
            for (int i = 0; i < c.columnSpan(); i++) {
              if (!first) {
                line.append('\t');
              }
              first = false;
              if (i == 0 && !c.isContinuation()) {
                line.append(c.text());
              }
            }
          }
          out.line(line.toString(), row.origin());
        }
      }
    }
    return out.build();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StructuredDocument d && blocks.equals(d.blocks);
  }

  @Override
  public int hashCode() {
    return blocks.hashCode();
  }

  @Override
  public String toString() {
    return "StructuredDocument[" + blocks.size() + " blocks]";
  }
}
