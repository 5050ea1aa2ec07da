package org.eduroadmap.document.structure;

import java.util.List;
import java.util.Objects;

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
