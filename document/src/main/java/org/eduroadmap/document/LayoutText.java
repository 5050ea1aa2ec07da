package org.eduroadmap.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eduroadmap.document.structure.Block;
import org.eduroadmap.document.structure.StructuredDocument;

/**
 * The structure of a space-aligned copy of a page ({@code pdftotext -layout}) whose table's cells wrap
 * over several lines: the paragraphs before the table ({@link LayoutParagraphs}), the table rebuilt from
 * where its words stand ({@link LayoutTable}), the paragraphs after it.
 */
final class LayoutText {

  /** The structure and the position (from 1) of the table's first line. */
  record Result(StructuredDocument structure, int firstTableLine) {}

  private LayoutText() {}

  /**
   * The structure of {@code text}; empty if it has TABs, no table of numbered rows, or a table whose
   * rows each take one line (which {@link AlignedColumns} reads as it is).
   */
  static Optional<Result> read(DocumentText text) {
    List<DocumentText.Line> lines = text.lines();
    if (lines.stream().anyMatch(l -> l.text().indexOf('\t') >= 0)) {
      return Optional.empty();
    }
    Optional<LayoutTable.Found> found = LayoutTable.find(lines);
    if (found.isEmpty() || !found.get().wrapped()) {
      return Optional.empty();
    }
    LayoutTable.Found t = found.get();
    List<Block> blocks = new ArrayList<>(LayoutParagraphs.of(lines.subList(0, t.first())));
    blocks.add(t.table());
    blocks.addAll(LayoutParagraphs.of(lines.subList(t.last() + 1, lines.size())));
    return Optional.of(new Result(StructuredDocument.of(blocks), t.first() + 1));
  }
}
