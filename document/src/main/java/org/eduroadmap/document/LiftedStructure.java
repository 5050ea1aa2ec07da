package org.eduroadmap.document;

import java.util.ArrayList;
import java.util.List;
import org.eduroadmap.document.structure.Block;
import org.eduroadmap.document.structure.GridCell;
import org.eduroadmap.document.structure.GridRow;
import org.eduroadmap.document.structure.GridTable;
import org.eduroadmap.document.structure.Paragraph;
import org.eduroadmap.document.structure.StructuredDocument;

/**
 * The structure of a document known only as lines — text whose columns are aligned with spaces, a row a
 * line — rebuilt so that it reads like a Word file's: consecutive lines of cells are a table (a blank
 * line or text between parts of it starts another part, which the layout joins back), every other line
 * starts a paragraph unless it is the wrapped rest of the line before.
 */
final class LiftedStructure {

  /**
   * A line at least this share of the longest line, not ending a sentence, wraps on to the next one:
   * justified body text fills the line, a heading or a date line does not.
   */
  static final double WRAPPED_LINE_SHARE = 0.7;

  private LiftedStructure() {}

  /**
   * The structure of {@code text}, its table rows TAB-separated (as {@link AlignedColumns} leaves them);
   * lines outside the table are joined where they wrap.
   */
  static StructuredDocument of(DocumentText text) {
    List<DocumentText.Line> lines = text.lines();
    int longest = 1;
    for (DocumentText.Line l : lines) {
      if (l.text().indexOf('\t') < 0) {
        longest = Math.max(longest, l.text().strip().length());
      }
    }
    List<Block> blocks = new ArrayList<>();
    List<GridRow> rows = new ArrayList<>();
    int tables = 0;
    StringBuilder paragraph = null;
    DocumentText.Origin paragraphOrigin = null;
    String previous = null;
    for (DocumentText.Line l : lines) {
      String t = l.text();
      if (t.indexOf('\t') >= 0 && !t.isBlank()) {
        if (paragraph != null) {
          blocks.add(Paragraph.of(paragraph.toString(), paragraphOrigin));
          paragraph = null;
        }
        List<GridCell> cells = new ArrayList<>();
        for (String c : t.split("\t", -1)) {
          cells.add(GridCell.of(c.strip()));
        }
        rows.add(GridRow.of(cells, l.origin()));
        previous = null;
        continue;
      }
      if (!rows.isEmpty()) {
        blocks.add(GridTable.of(rows, rows.get(0).origin()));
        tables++;
        rows = new ArrayList<>();
      }
      String s = t.strip();
      if (s.isEmpty()) {
        if (paragraph != null) {
          blocks.add(Paragraph.of(paragraph.toString(), paragraphOrigin));
          paragraph = null;
        }
        previous = null;
        continue;
      }
      boolean indented = t.length() - t.stripLeading().length() >= 2;
      boolean continues = paragraph != null && previous != null && !indented
          && (Character.isLowerCase(s.charAt(0))
              || (previous.length() >= WRAPPED_LINE_SHARE * longest && !previous.matches("(?s).*[.:;!?]$")));
      if (continues) {
        paragraph.append(' ').append(s);
      } else {
        if (paragraph != null) {
          blocks.add(Paragraph.of(paragraph.toString(), paragraphOrigin));
        }
        paragraph = new StringBuilder(s);
        paragraphOrigin = l.origin();
      }
      previous = s;
    }
    if (paragraph != null) {
      blocks.add(Paragraph.of(paragraph.toString(), paragraphOrigin));
    }
    if (!rows.isEmpty()) {
      blocks.add(GridTable.of(rows, rows.get(0).origin()));
    }
    return StructuredDocument.of(blocks);
  }
}
