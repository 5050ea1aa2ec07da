package org.eduroadmap.document.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.eduroadmap.document.DocumentText;
import org.eduroadmap.document.ImportLimits;
import org.eduroadmap.document.RoadmapDocumentException;
import org.eduroadmap.document.structure.Block;
import org.eduroadmap.document.structure.GridCell;
import org.eduroadmap.document.structure.GridRow;
import org.eduroadmap.document.structure.GridTable;
import org.eduroadmap.document.structure.Paragraph;
import org.eduroadmap.document.structure.StructuredDocument;

/**
 * Reads a text PDF, as Word and LibreOffice export it, into its structure ({@link #structure}: paragraphs
 * and tables, as a .docx reads) or into {@link DocumentText} ({@link #read}: the order's paragraphs as lines
 * and the table as TAB-separated rows, laid out as Word's «copy as text» would).
 *
 * <pre>{@code
 * StructuredDocument doc = PdfText.structure(Files.readAllBytes(Path.of("plan.pdf")), ImportLimits.standard());
 * ImportResult result = RoadmapDocumentReader.standard().read(doc);
 * }</pre>
 *
 * <p>How: the characters and where they are, and the ruling lines (stroked lines and the thin filled
 * rectangles Word draws borders with, {@code Rulings}), are collected per page. Horizontal rulings that
 * end on vertical ones bound table rows, the vertical ones within a row bound its cells; the columns of a
 * table are all the vertical rulings of its rows, so a cell spanning several columns has that span, and a
 * cell without a ruling above it continues the cell above (a vertical merge; {@code RuledTables}). A
 * cell's lines are its paragraphs where the author broke them: a line whose next line's first word would
 * have fitted after it ended a paragraph ({@code LineWraps}); where the next word would not have fitted,
 * a sentence's end, a person, a post or a unit starting the next line still starts a paragraph
 * ({@code PartyBreaks}); a word wider than its cell, cut at the edge, is joined back
 * ({@code CellParagraphs}). Outside tables, lines that a paragraph wrapped are joined the same way, a gap
 * of three font sizes within a line is a TAB (a date line, a signature), a paragraph's alignment is read
 * from where its lines stand between the page's text edges, and a wider gap than a line is an empty line
 * ({@code PageFlow}). Across pages: header rows repeated at the top of a page are dropped
 * ({@code RepeatedHeader}), and a row at the top of a page whose first cell (the number) is empty
 * continues the last row of the previous page ({@code SplitRows}). Page numbers alone as the first or
 * last line of a page are dropped.
 *
 * <p>Tables without ruling lines (a Word table whose borders were removed) are rebuilt from where their
 * words stand, in the PDF reader rather than by spacing the lines out for the text reader's aligned
 * columns: here the geometry tells a row's wrapped lines (no text in the first column, no wider gap than
 * between the lines of a cell) from a new row, and a justified cell's stretched gaps from column gaps, so
 * the rows come out whole as from a ruled table (see {@code UnruledTables}). Lines of prose, plain or
 * justified (their gaps all alike), stay paragraphs. Their cells are one paragraph each.
 *
 * <p>Not rebuilt: unruled tables whose cells are centred or right-aligned (their columns have no common
 * start), of fewer than three columns, or of a single row (nothing to find columns in); in an unruled
 * table, the same few words justified over a cell in many rows stand where a column would, and are taken
 * for one. In a cell, a party that starts in lower case on a line the one above could not have held
 * («Школьная комиссия» over «медсестра») is read as the same paragraph. Rotated text is not read. A PDF
 * without any text is a scan and refused with a message saying so. Anything wrong with the file is a
 * {@link RoadmapDocumentException}. This class is stateless and thread-safe.
 */
public final class PdfText {

  /** A page number alone on a line, maybe between dashes. */
  private static final Pattern PAGE_NUMBER = Pattern.compile("[-–—\\s]*\\d{1,4}[-–—\\s]*");
  /** Characters read per page at most: a hostile file may set millions. */
  static final int MAX_GLYPHS_PER_PAGE = 1_000_000;

  private PdfText() {}

  /**
   * Reads the PDF file {@code content}.
   *
   * @throws RoadmapDocumentException if the file is larger than {@link ImportLimits#maxPdfBytes()} or
   *     has more pages than {@link ImportLimits#maxPdfPages()}, is not a PDF, is encrypted or damaged,
   *     has no text (a scan), or its text is larger than {@link ImportLimits#maxTextBytes()}
   */
  public static DocumentText read(byte[] content, ImportLimits limits) {
    DocumentText.Builder b = DocumentText.builder();
    for (PageFlow.Entry e : entries(content, limits)) {
      if (e instanceof PageFlow.Row r) {
        b.line(r.text(), r.origin());
      } else if (e instanceof PageFlow.Para p) {
        b.line(p.text().replace('\t', ' '), p.origin());
      } else {
        b.line("", e.origin());
      }
    }
    return b.build();
  }

  /**
   * Reads the PDF file {@code content} into its structure: paragraphs (with TABs where a line has a
   * tab-wide gap, and their alignment from where their lines stand) and tables (consecutive rows, cells
   * with their column spans, vertical merges, and paragraphs from how their lines break).
   *
   * <pre>{@code
   * StructuredDocument doc = PdfText.structure(Files.readAllBytes(Path.of("plan.pdf")), ImportLimits.standard());
   * doc.tables().get(0).rows().get(4).cells().get(3).paragraphs(); // ["УО", "НМЦ"]
   * }</pre>
   *
   * @throws RoadmapDocumentException as {@link #read(byte[], ImportLimits)}
   */
  public static StructuredDocument structure(byte[] content, ImportLimits limits) {
    List<Block> blocks = new ArrayList<>();
    List<GridRow> rows = new ArrayList<>();
    for (PageFlow.Entry e : entries(content, limits)) {
      if (e instanceof PageFlow.Row r) {
        List<GridCell> cells = new ArrayList<>();
        for (PdfCell c : r.cells) {
          GridCell cell = c.continuation() ? GridCell.continuation() : GridCell.of(c.paragraphs());
          cells.add(c.span() > 1 ? cell.withColumnSpan(c.span()) : cell);
        }
        rows.add(GridRow.of(cells, r.origin()));
        continue;
      }
      if (!rows.isEmpty()) {
        blocks.add(GridTable.of(rows, rows.get(0).origin()));
        rows = new ArrayList<>();
      }
      if (e instanceof PageFlow.Para p) {
        blocks.add(Paragraph.of(p.text(), p.origin()).withAlignment(p.alignment()));
      }
    }
    if (!rows.isEmpty()) {
      blocks.add(GridTable.of(rows, rows.get(0).origin()));
    }
    return StructuredDocument.of(blocks);
  }

  private static List<PageFlow.Entry> entries(byte[] content, ImportLimits limits) {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(limits, "limits");
    if (content.length > limits.maxPdfBytes()) {
      throw RoadmapDocumentException.of(
          "The PDF file is too large (valid sizes 0 - " + limits.maxPdfBytes() + " bytes): " + content.length,
          "Файл PDF слишком велик (допустимо от 0 до " + limits.maxPdfBytes() + " байт): " + content.length);
    }
    TimeBudget budget = TimeBudget.start(limits.pdfTimeBudget());
    PDDocument document;
    try {
      document = Loader.loadPDF(content);
    } catch (InvalidPasswordException e) {
      throw encrypted(e);
    } catch (IOException | RuntimeException | StackOverflowError | LinkageError e) {
      throw damaged(e);
    }
    try (document) {
      int pages = document.getNumberOfPages();
      if (pages > limits.maxPdfPages()) {
        throw RoadmapDocumentException.of(
            "The PDF has too many pages (valid 0 - " + limits.maxPdfPages() + "): " + pages,
            "В PDF слишком много страниц (допустимо от 0 до " + limits.maxPdfPages() + "): " + pages);
      }
      Reading reading = new Reading(budget);
      reading.getText(document);
      return reading.result(limits.maxTextBytes());
    } catch (RoadmapDocumentException e) {
      throw e;
    } catch (IOException | RuntimeException | StackOverflowError | LinkageError e) {
      // PDFBox reports damage with many exception types, deeply nested content with a
      // StackOverflowError, a filter whose optional codec is absent with a NoClassDefFoundError; for
      // the caller they all mean the file cannot be read.
      throw damaged(e);
    }
  }

  private static RoadmapDocumentException encrypted(Exception e) {
    return RoadmapDocumentException.of(
        "The PDF is protected by a password: save it without one, or import the .docx",
        "PDF защищён паролем: сохраните его без пароля или импортируйте .docx", e);
  }

  private static RoadmapDocumentException damaged(Throwable e) {
    return RoadmapDocumentException.of(
        "The file is not a readable PDF (damaged or of another format)",
        "Файл не читается как PDF (повреждён или другого формата)", e);
  }

  /** Collects each page's characters and rulings, and lays each page out into items. */
  private static final class Reading extends PDFTextStripper {
    private final List<PageItems> pages = new ArrayList<>();
    private final TimeBudget budget;
    private List<Glyph> glyphs = new ArrayList<>();
    private int page;
    private int anyText;

    Reading(TimeBudget budget) {
      this.budget = budget;
      setSortByPosition(false);
    }

    @Override
    protected void processOperator(org.apache.pdfbox.contentstream.operator.Operator operator,
        List<org.apache.pdfbox.cos.COSBase> operands) throws IOException {
      budget.operation();
      super.processOperator(operator, operands);
    }

    @Override
    public void processPage(PDPage p) throws IOException {
      budget.check();
      page++;
      glyphs = new ArrayList<>();
      super.processPage(p);
      Rulings rulings = new Rulings(p);
      rulings.processPage(p);
      layOut(rulings);
    }

    @Override
    protected void processTextPosition(TextPosition t) {
      String s = t.getUnicode();
      if (s != null && s.isBlank() && !glyphs.isEmpty()) {
        // A space the file sets after a character: where a line wrapped at a space, it ends the line.
        glyphs.set(glyphs.size() - 1, glyphs.get(glyphs.size() - 1).withSpaceAfter());
      }
      if (s == null || s.isBlank() || t.getDir() != 0f) {
        return;
      }
      float size = t.getFontSizeInPt() > 0 ? t.getFontSizeInPt() : Math.max(1f, t.getHeightDir());
      float x = t.getXDirAdj();
      float w = t.getWidthDirAdj();
      float y = t.getYDirAdj();
      if (!Float.isFinite(x) || !Float.isFinite(w) || !Float.isFinite(y) || !Float.isFinite(size)) {
        return;
      }
      anyText++;
      if (glyphs.size() < MAX_GLYPHS_PER_PAGE) {
        glyphs.add(new Glyph(x, x + Math.max(0f, w), y, size, s));
      }
    }

    List<PageFlow.Entry> result(long maxTextBytes) {
      if (anyText == 0) {
        throw RoadmapDocumentException.of(
            "The PDF has no text layer: it looks like a scan; a PDF with text or a .docx is needed",
            "В PDF нет текстового слоя: похоже, это скан; нужен PDF с текстом или .docx");
      }
      UnruledTables.rebuild(pages);
      PageFlow flow = new PageFlow(maxTextBytes);
      pages.forEach(flow::page);
      return flow.finish();
    }

    /** The page's ruled tables' rows and its other lines, top to bottom, without a page number at either end. */
    private void layOut(Rulings rulings) {
      List<List<RuledTables.Band>> tables = RuledTables.find(rulings.horizontal, rulings.vertical);
      List<Glyph> free = new ArrayList<>();
      for (Glyph g : glyphs) {
        if (!RuledTables.place(g, tables)) {
          free.add(g);
        }
      }
      List<Item> items = new ArrayList<>();
      for (List<RuledTables.Band> table : tables) {
        items.addAll(RuledTables.rows(table));
      }
      for (TextLine l : TextLines.of(free)) {
        items.add(new Item(l.base() - l.size(), null, l));
      }
      items.sort(Comparator.comparingDouble(Item::y));
      // A page number is the first or the last line of its page, in the header or footer.
      if (!items.isEmpty() && isPageNumber(items.get(items.size() - 1))) {
        items.remove(items.size() - 1);
      }
      if (!items.isEmpty() && isPageNumber(items.get(0))) {
        items.remove(0);
      }
      // Laid out once the document is read: an unruled table's columns are found over all its pages.
      pages.add(new PageItems(page, items));
    }
  }

  private static boolean isPageNumber(Item item) {
    return item.line() != null && PAGE_NUMBER.matcher(item.line().text()).matches();
  }
}
