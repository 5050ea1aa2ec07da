package org.eduroadmap.document.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.ICell;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFAbstractFootnoteEndnote;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFSDTCell;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.eduroadmap.document.DocumentText;
import org.eduroadmap.document.structure.ListNumbers;
import org.eduroadmap.document.structure.Alignment;
import org.eduroadmap.document.structure.Block;
import org.eduroadmap.document.structure.GridCell;
import org.eduroadmap.document.structure.GridRow;
import org.eduroadmap.document.structure.GridTable;
import org.eduroadmap.document.structure.Paragraph;
import org.eduroadmap.document.structure.StructuredDocument;
import org.eduroadmap.document.ImportLimits;
import org.eduroadmap.document.RoadmapDocumentException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTVMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Reads a Word document (.docx) into {@link DocumentText}, laid out as Word's «copy as text» does.
 *
 * <pre>{@code
 * DocumentText text = DocxText.read(Files.readAllBytes(Path.of("plan.docx")), ImportLimits.standard());
 * ImportResult result = RoadmapDocumentReader.standard().read(text.toPlainText());
 * }</pre>
 *
 * <p>The body is read in order, paragraphs and tables interleaved. A paragraph is a line (an empty one an
 * empty line; a line break inside it starts a new line), with its list number if it has one. A table row
 * is a line of TAB-separated cells: a horizontally merged cell ({@code gridSpan}) is its text followed by
 * an empty cell for each further column, a vertically merged continuation ({@code vMerge}) is an empty
 * cell, paragraphs and line breaks inside a cell are joined with a space, a nested table is flattened into
 * its cell's text. Header rows Word repeats on every page are stored once, so they are read once.
 * Footnotes and endnotes follow the body, each a line starting with its mark; an automatically numbered
 * note is marked {@code *}, {@code **}, {@code ***}, then {@code 4)}, {@code 5)}…, the marks the roadmap
 * reader knows. Page headers and footers are not read.
 *
 * <p>Safety: the file size is checked before parsing, our zip-bomb limits ({@link #MAX_ENTRY_BYTES},
 * {@link #MIN_INFLATE_RATIO}, {@link #MAX_INFLATED_BYTES}) and the row count are checked by inflating the
 * parts once before POI reads them (never by changing POI's JVM-wide {@code ZipSecureFile} settings, which
 * belong to the application that embeds us), POI does not resolve XML external entities or DTDs, and the text produced is
 * bounded by {@link ImportLimits#maxTextBytes()}. Anything wrong with the file is a
 * {@link RoadmapDocumentException}. This class is stateless and thread-safe.
 */
public final class DocxText {

  /** The largest part of a .docx inflated, in bytes; refused before POI reads the file. */
  public static final long MAX_ENTRY_BYTES = 256L * 1024 * 1024;

  /** The least compressed/inflated ratio of a part over 1 MiB; POI's default, checked by us before POI. */
  public static final double MIN_INFLATE_RATIO = 0.01;

  /**
   * The most bytes all parts of a .docx inflate to. POI keeps every part in memory, and its per-part
   * limits alone would let a small file with many parts inflate to gigabytes.
   */
  public static final long MAX_INFLATED_BYTES = 512L * 1024 * 1024;

  /**
   * The most table rows a .docx may have. POI builds a table by walking its rows through a list that
   * counts them again at each step, so the time grows with the square of the rows: 9 000 took 2.4–4 s
   * and 74 000 about a minute on the 2-core build machine. Roadmaps have hundreds.
   */
  public static final int MAX_TABLE_ROWS = 5_000;

  /** Nested tables deeper than this are not read: no roadmap has them, a hostile file might. */
  private static final int MAX_NESTING = 8;

  private static final Pattern NOTE_REF = Pattern.compile("\\[(footnote|endnote)Ref:(-?\\d+)]");
  private static final Pattern LEVEL_PLACEHOLDER = Pattern.compile("%([1-9])");

  private DocxText() {}

  /**
   * Reads the .docx file {@code content}.
   *
   * @throws RoadmapDocumentException if the file is larger than {@link ImportLimits#maxDocxBytes()}, is
   *     not a .docx file, is encrypted or damaged, or its text is larger than
   *     {@link ImportLimits#maxTextBytes()}
   */
  public static DocumentText read(byte[] content, ImportLimits limits) {
    return structure(content, limits).toText();
  }

  /**
   * Reads the .docx file {@code content} into its structure: paragraphs with their alignment and TABs,
   * tables with spans, vertical merges and each cell's paragraphs.
   *
   * <pre>{@code
   * StructuredDocument doc = DocxText.structure(Files.readAllBytes(Path.of("plan.docx")), ImportLimits.standard());
   * }</pre>
   *
   * @throws RoadmapDocumentException as {@link #read(byte[], ImportLimits)}
   */
  public static StructuredDocument structure(byte[] content, ImportLimits limits) {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(limits, "limits");
    if (content.length > limits.maxDocxBytes()) {
      throw RoadmapDocumentException.of(
          "The .docx file is too large (valid sizes 0 - " + limits.maxDocxBytes() + " bytes): " + content.length,
          "Файл .docx слишком велик (допустимо от 0 до " + limits.maxDocxBytes() + " байт): " + content.length);
    }
    if (isOle2(content)) {
      throw RoadmapDocumentException.of(
          "This is not a .docx file but an old Word document (.doc) or an encrypted one: save it as .docx"
              + " without a password",
          "Это не .docx, а старый документ Word (.doc) или зашифрованный файл: сохраните его как .docx без пароля");
    }
    // Our zip-bomb limits and the row count, checked by us: POI's ZipSecureFile limits are JVM-wide.
    DocxZipCheck.check(content);
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
      return new Reading(document, limits).read();
    } catch (RoadmapDocumentException e) {
      throw e;
    } catch (EncryptedDocumentException e) {
      throw RoadmapDocumentException.of(
          "The .docx file is encrypted: save it without a password", "Файл .docx зашифрован: сохраните его без пароля", e);
    } catch (IOException | RuntimeException | StackOverflowError | LinkageError e) {
      // POI reports a damaged package with many unchecked exception types, deep XML with a
      // StackOverflowError, and a zip entry compressed with a method Word never uses (zstd, xz) with a
      // NoClassDefFoundError for the optional codec; for the caller they all mean one thing.
      throw RoadmapDocumentException.of(
          "The file is not a readable .docx document (damaged or of another format)",
          "Файл не читается как документ .docx (повреждён или другого формата)", e);
    }
  }

  private static boolean isOle2(byte[] content) {
    return content.length >= 4 && (content[0] & 0xFF) == 0xD0 && (content[1] & 0xFF) == 0xCF
        && (content[2] & 0xFF) == 0x11 && (content[3] & 0xFF) == 0xE0;
  }

  /** One reading of one document: the lines so far, list counters, the notes referred to. */
  private static final class Reading {
    private final XWPFDocument document;
    private final long maxTextBytes;
    private final List<Block> out = new ArrayList<>();
    private long textBytes;
    private final Map<String, String> noteMarks = new LinkedHashMap<>();
    private final Map<BigInteger, int[]> listCounters = new HashMap<>();
    private int tables;

    Reading(XWPFDocument document, ImportLimits limits) {
      this.document = document;
      this.maxTextBytes = limits.maxTextBytes();
    }

    StructuredDocument read() {
      List<IBodyElement> body = document.getBodyElements();
      for (int i = 0; i < body.size(); i++) {
        IBodyElement element = body.get(i);
        int position = i + 1;
        if (element instanceof XWPFParagraph p) {
          paragraph(p, position);
        } else if (element instanceof XWPFTable t) {
          table(t, position);
        } else if (element instanceof XWPFSDT sdt) {
          paragraph(sdt.getContent().getText(), Alignment.START, position);
        }
      }
      notes(body.size());
      return StructuredDocument.of(out);
    }

    private void paragraph(XWPFParagraph p, int position) {
      paragraph(listNumber(p) + runs(p), alignment(p), position);
    }

    private void paragraph(String text, Alignment alignment, int position) {
      count(text);
      out.add(Paragraph.of(text.replace("\r", ""), DocumentText.Origin.ofParagraph(position)).withAlignment(alignment));
    }

    private static Alignment alignment(XWPFParagraph p) {
      ParagraphAlignment a = p.getAlignment();
      if (a == null) {
        return Alignment.START;
      }
      return switch (a) {
        case CENTER -> Alignment.CENTER;
        case RIGHT, END -> Alignment.END;
        case BOTH, DISTRIBUTE -> Alignment.JUSTIFIED;
        default -> Alignment.START;
      };
    }

    private void table(XWPFTable t, int position) {
      tables++;
      List<XWPFTableRow> rows = t.getRows();
      List<GridRow> gridRows = new ArrayList<>(rows.size());
      for (int r = 0; r < rows.size(); r++) {
        XWPFTableRow row = rows.get(r);
        List<GridCell> cells = new ArrayList<>();
        skip(cells, gridSkip(row, true));
        for (ICell c : row.getTableICells()) {
          if (c instanceof XWPFTableCell cell) {
            CTTcPr pr = cell.getCTTc().getTcPr();
            GridCell g = isContinuation(pr) ? GridCell.continuation() : GridCell.of(cellParagraphs(cell, 0));
            cells.add(span(pr) > 1 ? g.withColumnSpan(span(pr)) : g);
          } else if (c instanceof XWPFSDTCell sdt) {
            cells.add(GridCell.of(oneLine(sdt.getContent().getText())));
          }
        }
        skip(cells, gridSkip(row, false));
        for (GridCell c : cells) {
          for (String p : c.paragraphs()) {
            count(p);
          }
        }
        gridRows.add(GridRow.of(cells, DocumentText.Origin.ofTableRow(tables, r + 1, position))
            .withRepeatedHeader(row.isRepeatHeader()));
      }
      out.add(GridTable.of(gridRows, DocumentText.Origin.ofTableRow(tables, 0, position)));
    }

    /** Grid columns a row leaves out before or after its cells: an empty cell spanning them. */
    private static void skip(List<GridCell> cells, int n) {
      if (n > 0) {
        cells.add(GridCell.of("").withColumnSpan(n));
      }
    }

    private static int gridSkip(XWPFTableRow row, boolean before) {
      CTTrPr pr = row.getCtRow().getTrPr();
      if (pr == null) {
        return 0;
      }
      List<CTDecimalNumber> skip = before ? pr.getGridBeforeList() : pr.getGridAfterList();
      return skip.isEmpty() ? 0 : clampSpan(skip.get(0).getVal());
    }

    private static int span(CTTcPr pr) {
      return pr == null || pr.getGridSpan() == null ? 1 : Math.max(1, clampSpan(pr.getGridSpan().getVal()));
    }

    /** Word allows 63 columns; a larger span is a damaged or hostile file, read as that many columns. */
    private static int clampSpan(BigInteger value) {
      if (value == null || value.signum() <= 0) {
        return 0;
      }
      return value.compareTo(BigInteger.valueOf(63)) > 0 ? 63 : value.intValue();
    }

    private static boolean isContinuation(CTTcPr pr) {
      if (pr == null) {
        return false;
      }
      CTVMerge v = pr.getVMerge();
      // <w:vMerge/> without a value continues the cell above; only val="restart" starts a merge.
      if (v != null && (!v.isSetVal() || v.getVal() == STMerge.CONTINUE)) {
        return true;
      }
      return pr.getHMerge() != null && (!pr.getHMerge().isSetVal() || pr.getHMerge().getVal() == STMerge.CONTINUE);
    }

    /** A cell's paragraphs, a nested table's cells flattened into them. */
    private List<String> cellParagraphs(XWPFTableCell cell, int depth) {
      List<String> parts = new ArrayList<>();
      for (IBodyElement e : cell.getBodyElements()) {
        if (e instanceof XWPFParagraph p) {
          // A line break inside a cell's paragraph starts a new line as a new paragraph would.
          for (String l : (listNumber(p) + runs(p)).split("\n")) {
            parts.add(oneLine(l));
          }
        } else if (e instanceof XWPFTable nested && depth < MAX_NESTING) {
          for (XWPFTableRow row : nested.getRows()) {
            for (ICell c : row.getTableICells()) {
              if (c instanceof XWPFTableCell nestedCell) {
                parts.add(String.join(" ", cellParagraphs(nestedCell, depth + 1)));
              }
            }
          }
        } else if (e instanceof XWPFSDT sdt) {
          parts.add(oneLine(sdt.getContent().getText()));
        }
      }
      return parts;
    }

    /** Line breaks and tabs inside a cell would break the row apart: they become spaces. */
    private static String oneLine(String s) {
      return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ').strip();
    }

    private String runs(XWPFParagraph p) {
      StringBuilder sb = new StringBuilder();
      for (IRunElement run : p.getIRuns()) {
        if (run instanceof XWPFRun r) {
          // A deleted run under tracked changes is not the document's text.
          if (r.getCTR().sizeOfDelTextArray() == 0) {
            sb.append(noteMarks(r.text()));
          }
        } else if (run instanceof XWPFSDT sdt) {
          sb.append(sdt.getContent().getText());
        }
      }
      return sb.toString();
    }

    /** POI writes a note reference as {@code [footnoteRef:2]}; the reader knows {@code *} marks. */
    private String noteMarks(String text) {
      if (text.indexOf('[') < 0) {
        return text;
      }
      Matcher m = NOTE_REF.matcher(text);
      StringBuilder sb = new StringBuilder();
      while (m.find()) {
        String key = m.group(1) + ":" + m.group(2);
        String mark = noteMarks.computeIfAbsent(key, k -> markFor(noteMarks.size() + 1));
        m.appendReplacement(sb, Matcher.quoteReplacement(mark));
      }
      m.appendTail(sb);
      return sb.toString();
    }

    private static String markFor(int n) {
      return n <= 3 ? "*".repeat(n) : n + ")";
    }

    private void notes(int bodySize) {
      int position = bodySize;
      for (Map.Entry<String, String> note : noteMarks.entrySet()) {
        String[] kindAndId = note.getKey().split(":");
        int id;
        try {
          id = Integer.parseInt(kindAndId[1]);
        } catch (NumberFormatException e) {
          continue;
        }
        XWPFAbstractFootnoteEndnote n =
            kindAndId[0].equals("footnote") ? document.getFootnoteByID(id) : document.getEndnoteByID(id);
        if (n == null) {
          continue;
        }
        List<String> parts = new ArrayList<>();
        for (XWPFParagraph p : n.getParagraphs()) {
          String t = oneLine(runs(p));
          if (!t.isEmpty()) {
            parts.add(t);
          }
        }
        position++;
        paragraph(note.getValue() + " " + String.join(" ", parts), Alignment.START, position);
      }
    }

    /**
     * The number Word shows before a list paragraph. POI gives the level's format, not the number, so
     * the numbers are counted here: decimal, letters and bullets; other formats are left out.
     */
    private String listNumber(XWPFParagraph p) {
      CTNumPr numPr = p.getCTP().getPPr() == null ? null : p.getCTP().getPPr().getNumPr();
      if (numPr == null || numPr.getNumId() == null) {
        return "";
      }
      BigInteger numId = numPr.getNumId().getVal();
      int level = numPr.getIlvl() == null ? 0 : Math.min(8, Math.max(0, clampSpan(numPr.getIlvl().getVal())));
      XWPFNumbering numbering = document.getNumbering();
      if (numId == null || numbering == null) {
        return "";
      }
      XWPFNum num = numbering.getNum(numId);
      if (num == null || num.getCTNum().getAbstractNumId() == null) {
        return "";
      }
      var abstractNum = numbering.getAbstractNum(num.getCTNum().getAbstractNumId().getVal());
      if (abstractNum == null) {
        return "";
      }
      CTAbstractNum ct = abstractNum.getCTAbstractNum();
      CTLvl[] levels = new CTLvl[9];
      for (CTLvl l : ct.getLvlList()) {
        int i = l.getIlvl() == null ? -1 : l.getIlvl().intValue();
        if (i >= 0 && i < 9) {
          levels[i] = l;
        }
      }
      CTLvl lvl = levels[level];
      if (lvl == null) {
        return "";
      }
      int[] counters = listCounters.computeIfAbsent(numId, k -> new int[9]);
      for (int i = 0; i <= level; i++) {
        if (counters[i] == 0) {
          counters[i] = start(levels[i]) - (i == level ? 1 : 0);
        }
      }
      counters[level]++;
      for (int i = level + 1; i < 9; i++) {
        counters[i] = 0;
      }
      String format = lvl.getNumFmt() == null || lvl.getNumFmt().getVal() == null
          ? "decimal" : lvl.getNumFmt().getVal().toString();
      if (format.equals("bullet")) {
        return "- ";
      }
      if (format.equals("none")) {
        return "";
      }
      String template = lvl.getLvlText() == null || lvl.getLvlText().getVal() == null
          ? "%" + (level + 1) + "." : lvl.getLvlText().getVal();
      Matcher m = LEVEL_PLACEHOLDER.matcher(template);
      StringBuilder sb = new StringBuilder();
      while (m.find()) {
        int i = m.group(1).charAt(0) - '1';
        String levelFormat = levels[i] == null || levels[i].getNumFmt() == null
            || levels[i].getNumFmt().getVal() == null ? "decimal" : levels[i].getNumFmt().getVal().toString();
        m.appendReplacement(sb, Matcher.quoteReplacement(formatNumber(counters[i], levelFormat)));
      }
      m.appendTail(sb);
      return sb.isEmpty() ? "" : sb + " ";
    }

    private static int start(CTLvl lvl) {
      if (lvl == null || lvl.getStart() == null || lvl.getStart().getVal() == null) {
        return 1;
      }
      BigInteger v = lvl.getStart().getVal();
      return v.signum() < 0 || v.bitLength() > 20 ? 1 : v.intValue();
    }

    private static String formatNumber(int n, String format) {
      return switch (format) {
        case "lowerLetter" -> ListNumbers.letters(n, ListNumbers.LATIN_LOWER);
        case "upperLetter" -> ListNumbers.letters(n, ListNumbers.LATIN_UPPER);
        case "russianLower" -> ListNumbers.letters(n, ListNumbers.RUSSIAN_LOWER);
        case "russianUpper" -> ListNumbers.letters(n, ListNumbers.RUSSIAN_UPPER);
        default -> Integer.toString(n);
      };
    }


    private void count(String clean) {
      for (int i = 0; i < clean.length(); i++) {
        char c = clean.charAt(i);
        textBytes += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
      }
      textBytes++;
      if (textBytes > maxTextBytes) {
        throw RoadmapDocumentException.of(
            "The .docx document's text is too large (valid sizes 0 - " + maxTextBytes + " bytes)",
            "Текст документа .docx слишком велик (допустимо от 0 до " + maxTextBytes + " байт)");
      }
    }
  }
}
