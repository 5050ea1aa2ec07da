package org.eduroadmap.document.pdf;

import java.util.List;

/**
 * A table cell as read from a page: its paragraphs, the grid columns it spans, and whether it continues
 * the cell above (a vertical merge: no ruling above it, its text belongs to the first cell).
 */
record PdfCell(List<String> paragraphs, int span, boolean continuation) {

  PdfCell {
    paragraphs = List.copyOf(paragraphs);
  }

  /** A one-column cell of one paragraph (none if {@code text} is empty). */
  static PdfCell of(String text) {
    return new PdfCell(text.isEmpty() ? List.of() : List.of(text), 1, false);
  }

  /** The paragraphs joined by a space: the cell as one line of text. */
  String text() {
    return String.join(" ", paragraphs);
  }
}
