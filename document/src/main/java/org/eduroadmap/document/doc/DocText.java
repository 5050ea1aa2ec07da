package org.eduroadmap.document.doc;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.HWPFList;
import org.apache.poi.hwpf.usermodel.Notes;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.eduroadmap.document.DocumentText;
import org.eduroadmap.document.ImportLimits;
import org.eduroadmap.document.RoadmapDocumentException;
import org.eduroadmap.document.structure.ListNumbers;
import org.eduroadmap.document.structure.Alignment;
import org.eduroadmap.document.structure.Block;
import org.eduroadmap.document.structure.GridCell;
import org.eduroadmap.document.structure.GridRow;
import org.eduroadmap.document.structure.GridTable;
import org.eduroadmap.document.structure.StructuredDocument;
import org.jspecify.annotations.Nullable;

/**
 * Reads an old binary Word document (.doc, Word 97–2003) into a {@link StructuredDocument}, with Apache
 * POI's HWPF.
 *
 * <pre>{@code
 * StructuredDocument doc = DocText.structure(Files.readAllBytes(Path.of("plan.doc")), ImportLimits.standard());
 * doc.tables().get(0).rows().get(2).cells().get(3).paragraphs(); // ["Комитет", "ИМЦ"]
 * }</pre>
 *
 * <p>The main text is read in order. A paragraph outside tables is a
 * {@link org.eduroadmap.document.structure.Paragraph} with its alignment and, in a list, its number
 * ({@code "1. "}, {@code "a) "}; a bullet {@code "- "}); empty paragraphs are left out. A table is a
 * {@link GridTable}: rows Word repeats on every page are marked
 * {@linkplain GridRow#isRepeatedHeader() repeated headers}. Word stores no column grid in a .doc: each
 * row lists its cells' edges, so the grid is the union of all edges of the table (edges closer than
 * {@link #EDGE_TOLERANCE_TWIPS} are one) and a cell's {@linkplain GridCell#columnSpan() span} is the
 * number of grid columns between its edges; a cell merged into the one before it (Word 6's horizontal
 * merge) widens that one; a cell vertically merged into the one above is a
 * {@linkplain GridCell#continuation() continuation}. Each paragraph of a cell is one of its paragraphs
 * (a nested table's paragraphs among them). In the text, field codes are dropped and their results kept,
 * Word's cell and row marks and page breaks are dropped, a line break (U+000B) is a {@code \n},
 * TABs are kept. Footnotes and endnotes are marked in the text as the .docx reader marks them
 * ({@code *}, {@code **}, {@code ***}, then {@code 4)}, {@code 5)}…) and follow the body, each a paragraph
 * starting with its mark. Text boxes, comments, headers and footers are not read.
 *
 * <p>Safety: the file is at most {@link ImportLimits#maxDocxBytes()} (the limit for word-processor
 * files, .docx and .doc alike); POI parses the OLE2 container within its record size limits, and
 * anything it throws means "not a readable .doc"; an encrypted document is refused as such; tables have
 * at most {@link #MAX_TABLE_ROWS} rows and the text is bounded by {@link ImportLimits#maxTextBytes()}.
 * Every failure is a {@link RoadmapDocumentException}. This class is stateless and thread-safe.
 */
public final class DocText {

  /** The most table rows a .doc may have; the same as the .docx reader's limit. */
  public static final int MAX_TABLE_ROWS = 5_000;

  /**
   * Cell edges this close, in twentieths of a point, are one grid line: 36 twips is 0.6 mm, less than
   * any column a person draws, more than the rounding between rows that Word and LibreOffice leave.
   */
  public static final int EDGE_TOLERANCE_TWIPS = 36;

  private static final char FIELD_BEGIN = '\u0013';
  private static final char FIELD_SEPARATOR = '\u0014';
  private static final char FIELD_END = '\u0015';
  private static final char NOTE_REFERENCE = '\u0002';

  private DocText() {}

  /**
   * Reads the .doc file {@code content}.
   *
   * @throws RoadmapDocumentException if the file is larger than {@link ImportLimits#maxDocxBytes()}, is
   *     not a Word 97–2003 document, is encrypted or damaged, has more than {@link #MAX_TABLE_ROWS}
   *     table rows, or its text is larger than {@link ImportLimits#maxTextBytes()}
   */
  public static StructuredDocument structure(byte[] content, ImportLimits limits) {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(limits, "limits");
    if (content.length > limits.maxDocxBytes()) {
      throw RoadmapDocumentException.of(
          "The .doc file is too large (valid sizes 0 - " + limits.maxDocxBytes() + " bytes): " + content.length,
          "Файл .doc слишком велик (допустимо от 0 до " + limits.maxDocxBytes() + " байт): " + content.length);
    }
    try (HWPFDocument document = new HWPFDocument(new ByteArrayInputStream(content))) {
      return new Reading(document, limits).read();
    } catch (RoadmapDocumentException e) {
      throw e;
    } catch (EncryptedDocumentException e) {
      throw RoadmapDocumentException.of(
          "The .doc file is encrypted: save it without a password", "Файл .doc зашифрован: сохраните его без пароля", e);
    } catch (IOException | RuntimeException | StackOverflowError | LinkageError e) {
      // POI reports a damaged or foreign OLE2 file (an Excel .xls, say) with many exception types.
      throw RoadmapDocumentException.of(
          "The file is not a readable .doc document (damaged or of another format)",
          "Файл не читается как документ .doc (повреждён или другого формата)", e);
    }
  }

  /** One reading of one document. */
  private static final class Reading {
    private final HWPFDocument document;
    private final long maxTextBytes;
    private final List<Block> blocks = new ArrayList<>();
    private final Map<Integer, String> anchors = new HashMap<>();
    private final Map<String, Note> notes = new LinkedHashMap<>();
    private final Map<Integer, int[]> listCounters = new HashMap<>();
    private long textBytes;
    private int tables;
    private int rows;

    Reading(HWPFDocument document, ImportLimits limits) {
      this.document = document;
      this.maxTextBytes = limits.maxTextBytes();
    }

    StructuredDocument read() {
      noteAnchors();
      Range range = document.getRange();
      int n = range.numParagraphs();
      for (int i = 0; i < n; i++) {
        Paragraph p = range.getParagraph(i);
        if (p.isInTable()) {
          Table t = range.getTable(p);
          table(t);
          int end = t.getEndOffset();
          while (i + 1 < n && range.getParagraph(i + 1).getStartOffset() < end) {
            i++;
          }
        } else {
          paragraph(p);
        }
      }
      noteTexts();
      return StructuredDocument.of(blocks);
    }

    private void paragraph(Paragraph p) {
      String text = listNumber(p) + clean(p);
      if (text.isBlank()) {
        return;
      }
      count(text);
      blocks.add(org.eduroadmap.document.structure.Paragraph.of(text,
          DocumentText.Origin.ofParagraph(blocks.size() + 1)).withAlignment(alignment(p.getJustification())));
    }

    private static Alignment alignment(int justification) {
      return switch (justification) {
        case 1 -> Alignment.CENTER;
        case 2 -> Alignment.END;
        case 3, 4, 5, 6 -> Alignment.JUSTIFIED;
        default -> Alignment.START;
      };
    }

    private void table(Table t) {
      tables++;
      int position = blocks.size() + 1;
      int numRows = t.numRows();
      if ((long) rows + numRows > MAX_TABLE_ROWS) {
        throw RoadmapDocumentException.of(
            "The .doc document has more than " + MAX_TABLE_ROWS + " table rows",
            "В документе .doc больше " + MAX_TABLE_ROWS + " строк таблиц");
      }
      rows += numRows;
      int[] grid = grid(t);
      List<GridRow> out = new ArrayList<>(numRows);
      for (int r = 0; r < numRows; r++) {
        TableRow row = t.getRow(r);
        List<GridCell> cells = new ArrayList<>();
        int column = 0;
        for (int c = 0; c < row.numCells(); c++) {
          TableCell cell = row.getCell(c);
          int left = column(grid, cell.getLeftEdge());
          int right = column(grid, cell.getLeftEdge() + cell.getWidth());
          int span = Math.max(1, right - left);
          // Cells before this one's left edge that the row leaves out (gridBefore in .docx): empty.
          for (; column < left && cells.size() < GridCell.MAX_SPAN; column++) {
            cells.add(GridCell.of(""));
          }
          if (cell.isMerged() && !cell.isFirstMerged() && !cells.isEmpty()) {
            GridCell before = cells.remove(cells.size() - 1);
            cells.add(before.withColumnSpan(before.columnSpan() + span));
          } else if (cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged()) {
            cells.add(GridCell.continuation().withColumnSpan(span));
          } else {
            cells.add(GridCell.of(cellParagraphs(cell)).withColumnSpan(span));
          }
          column = Math.max(column, left) + span;
        }
        out.add(GridRow.of(cells, DocumentText.Origin.ofTableRow(tables, r + 1, position))
            .withRepeatedHeader(row.isTableHeader()));
      }
      blocks.add(GridTable.of(out, DocumentText.Origin.ofTableRow(tables, 0, position)));
    }

    /** The table's grid lines: every cell edge of every row, those within the tolerance merged. */
    private static int[] grid(Table t) {
      TreeSet<Integer> edges = new TreeSet<>();
      for (int r = 0; r < t.numRows(); r++) {
        TableRow row = t.getRow(r);
        for (int c = 0; c < row.numCells(); c++) {
          TableCell cell = row.getCell(c);
          edges.add(cell.getLeftEdge());
          edges.add(cell.getLeftEdge() + cell.getWidth());
        }
      }
      List<Integer> lines = new ArrayList<>();
      for (int e : edges) {
        if (lines.isEmpty() || e - lines.get(lines.size() - 1) > EDGE_TOLERANCE_TWIPS) {
          lines.add(e);
        }
        if (lines.size() > GridCell.MAX_SPAN + 1) {
          break;
        }
      }
      return lines.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The index of the grid line nearest {@code edge}. */
    private static int column(int[] grid, int edge) {
      int best = 0;
      for (int i = 1; i < grid.length; i++) {
        if (Math.abs(grid[i] - edge) < Math.abs(grid[best] - edge)) {
          best = i;
        }
      }
      return best;
    }

    private List<String> cellParagraphs(TableCell cell) {
      List<String> out = new ArrayList<>();
      for (int i = 0; i < cell.numParagraphs(); i++) {
        String text = clean(cell.getParagraph(i));
        count(text);
        out.add(text);
      }
      return out;
    }

    /**
     * The paragraph's text as shown: field results without their codes, note marks, U+000B as a
     * line break, Word's control characters (paragraph, cell and row marks, page breaks, anchors of
     * pictures and drawings) dropped.
     */
    private String clean(Range p) {
      String raw = p.text();
      int start = p.getStartOffset();
      StringBuilder sb = new StringBuilder(raw.length());
      // One entry per open field: true once past its separator (showing its result).
      boolean[] result = new boolean[64];
      int open = 0;
      int hidden = 0;
      for (int i = 0; i < raw.length(); i++) {
        char c = raw.charAt(i);
        if (c == FIELD_BEGIN) {
          if (open < result.length) {
            result[open] = false;
          }
          open++;
          hidden++;
          continue;
        }
        if (c == FIELD_SEPARATOR && open > 0) {
          if (open <= result.length && !result[open - 1]) {
            result[open - 1] = true;
            hidden--;
          }
          continue;
        }
        if (c == FIELD_END && open > 0) {
          if (open <= result.length && !result[open - 1]) {
            hidden--;
          }
          open--;
          continue;
        }
        if (hidden > 0) {
          continue;
        }
        if (c == NOTE_REFERENCE) {
          String mark = anchors.get(start + i);
          if (mark != null) {
            sb.append(mark);
          }
        } else if (c == '\u000b') {
          sb.append('\n');
        } else if (c == '\u001e') {
          sb.append('-');
        } else if (c == '\t' || c >= ' ' && c != '\u001f' && c != '\u00ad') {
          sb.append(c);
        }
        if (sb.length() > maxTextBytes) {
          tooLarge();
        }
      }
      return sb.toString().strip().replace("\n ", "\n");
    }

    /** A footnote or endnote: which, and its index among them. */
    private record Note(int anchor, boolean footnote, int index) {}

    /**
     * Gives every note a mark, in the order of their anchors in the main text (footnotes and endnotes
     * alike), and records where each is referred to.
     */
    private void noteAnchors() {
      List<Note> all = new ArrayList<>();
      for (boolean footnote : new boolean[] {true, false}) {
        Notes found = footnote ? document.getFootnotes() : document.getEndnotes();
        for (int i = 0; found != null && i < found.getNotesCount(); i++) {
          all.add(new Note(found.getNoteAnchorPosition(i), footnote, i));
        }
      }
      all.sort(java.util.Comparator.comparingInt(Note::anchor));
      for (Note note : all) {
        int n = notes.size() + 1;
        String mark = n <= 3 ? "*".repeat(n) : n + ")";
        anchors.put(note.anchor(), mark);
        notes.put(mark, note);
      }
    }

    /** The notes' texts after the body, each a paragraph starting with its mark. */
    private void noteTexts() {
      int position = blocks.size();
      for (Map.Entry<String, Note> e : notes.entrySet()) {
        Note note = e.getValue();
        Notes found = note.footnote() ? document.getFootnotes() : document.getEndnotes();
        Range story = note.footnote() ? document.getFootnoteRange() : document.getEndnoteRange();
        String text = noteText(story, found.getNoteTextStartOffset(note.index()),
            found.getNoteTextEndOffset(note.index()));
        count(text);
        blocks.add(org.eduroadmap.document.structure.Paragraph.of((e.getKey() + " " + text).strip(),
            DocumentText.Origin.ofParagraph(++position)));
      }
    }

    /** The text of a note between offsets relative to the start of its story. */
    private String noteText(Range story, int from, int to) {
      List<String> parts = new ArrayList<>();
      int base = story.getStartOffset();
      for (int i = 0; i < story.numParagraphs(); i++) {
        Paragraph p = story.getParagraph(i);
        int s = p.getStartOffset() - base;
        if (s >= from && s < to) {
          String t = clean(p).replace('\n', ' ').replace('\t', ' ').strip();
          if (!t.isEmpty()) {
            parts.add(t);
          }
        }
      }
      return String.join(" ", parts);
    }

    /**
     * The number Word shows before a list paragraph. HWPF gives each level's number text with
     * placeholders U+0000…U+0008 for the levels' numbers; the numbers are counted here,
     * per list, in the order the paragraphs come.
     */
    private String listNumber(Paragraph p) {
      if (!p.isInList()) {
        return "";
      }
      HWPFList list;
      try {
        list = p.getList();
      } catch (RuntimeException e) {
        return "";
      }
      if (list == null) {
        return "";
      }
      int level = Math.max(0, Math.min(8, p.getIlvl()));
      int format = list.getNumberFormat((char) level);
      if (format == 23) {
        return "- ";
      }
      if (format == 255) {
        return "";
      }
      int[] counters = listCounters.computeIfAbsent(list.getLsid(), k -> new int[9]);
      for (int i = 0; i < level; i++) {
        if (counters[i] == 0) {
          counters[i] = list.getStartAt((char) i);
        }
      }
      counters[level] = counters[level] == 0 ? list.getStartAt((char) level) : counters[level] + 1;
      for (int i = level + 1; i < counters.length; i++) {
        counters[i] = 0;
      }
      String template = list.getNumberText((char) level);
      if (template == null) {
        return "";
      }
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < template.length(); i++) {
        char c = template.charAt(i);
        if (c <= 8) {
          sb.append(formatNumber(counters[c], list.getNumberFormat(c)));
        } else {
          sb.append(c);
        }
      }
      String number = sb.toString().strip();
      return number.isEmpty() ? "" : number + " ";
    }

    /** A list number in Word's number format code (nfc): 1 and 2 Roman, 3 and 4 letters, else decimal. */
    private static String formatNumber(int n, int format) {
      return switch (format) {
        case 1 -> ListNumbers.roman(n, false);
        case 2 -> ListNumbers.roman(n, true);
        case 3 -> ListNumbers.letters(n, ListNumbers.LATIN_UPPER);
        case 4 -> ListNumbers.letters(n, ListNumbers.LATIN_LOWER);
        default -> Integer.toString(n);
      };
    }



    private void count(String text) {
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        textBytes += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
      }
      textBytes++;
      if (textBytes > maxTextBytes) {
        tooLarge();
      }
    }

    private void tooLarge() {
      throw RoadmapDocumentException.of(
          "The .doc document's text is too large (valid sizes 0 - " + maxTextBytes + " bytes)",
          "Текст документа .doc слишком велик (допустимо от 0 до " + maxTextBytes + " байт)");
    }
  }
}
