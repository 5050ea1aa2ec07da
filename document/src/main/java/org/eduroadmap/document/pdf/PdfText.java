package org.eduroadmap.document.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.eduroadmap.document.DocumentText;
import org.eduroadmap.document.ImportLimits;
import org.eduroadmap.document.RoadmapDocumentException;

/**
 * Reads a text PDF, as Word exports it, into {@link DocumentText}: the order's paragraphs as lines and the
 * table rebuilt as TAB-separated rows, laid out as Word's «copy as text» would.
 *
 * <pre>{@code
 * DocumentText text = PdfText.read(Files.readAllBytes(Path.of("plan.pdf")), ImportLimits.standard());
 * ImportResult result = RoadmapDocumentReader.standard().read(text.toPlainText());
 * }</pre>
 *
 * <p>How: the characters and where they are, and the ruling lines (stroked lines and the thin filled
 * rectangles Word draws borders with), are collected per page. Horizontal rulings that end on vertical
 * ones bound table rows, the vertical ones within a row bound its cells; the columns of a table are all
 * the vertical rulings of its rows, so a cell spanning several columns is its text followed by an empty
 * cell per further column, and a cell without a ruling above it continues the cell above (an empty cell,
 * its text belongs to the first). Text inside a cell is joined over its lines with spaces (a word
 * hyphenated at a line end is joined back), so justified text and wrapped cells do not break columns.
 * Outside tables, lines that a paragraph wrapped are joined; a wider gap than a line is an empty line.
 * Across pages: header rows repeated at the top of a page are dropped, and a row at the top of a page
 * whose first cell (the number) is empty continues the last row of the previous page. Page numbers alone
 * as the first or last line of a page are dropped.
 *
 * <p>Tables without ruling lines (a Word table whose borders were removed) are rebuilt from where their
 * words stand, in the PDF reader rather than by spacing the lines out for the text reader's aligned
 * columns: here the geometry tells a row's wrapped lines (no text in the first column, no wider gap than
 * between the lines of a cell) from a new row, and a justified cell's stretched gaps from column gaps, so
 * the rows come out whole as from a ruled table (see {@code UnruledTables}). Lines of prose, plain or
 * justified (their gaps all alike), stay paragraphs.
 *
 * <p>Not rebuilt: unruled tables whose cells are centred or right-aligned (their columns have no common
 * start), of fewer than three columns, or of a single row (nothing to find columns in); in an unruled
 * table, the same few words justified over a cell in many rows stand where a column would, and are taken
 * for one. Rotated text is not read. A PDF
 * without any text is a scan and refused with a message saying so. Anything wrong with the file is a
 * {@link RoadmapDocumentException}. This class is stateless and thread-safe.
 */
public final class PdfText {

  private static final Pattern PAGE_NUMBER = Pattern.compile("[-–—\\s]*\\d{1,4}[-–—\\s]*");
  /** Rulings closer than this (points) are one. */
  private static final float SNAP = 2f;

  private PdfText() {}

  /**
   * Reads the PDF file {@code content}.
   *
   * @throws RoadmapDocumentException if the file is larger than {@link ImportLimits#maxPdfBytes()} or
   *     has more pages than {@link ImportLimits#maxPdfPages()}, is not a PDF, is encrypted or damaged,
   *     has no text (a scan), or its text is larger than {@link ImportLimits#maxTextBytes()}
   */
  public static DocumentText read(byte[] content, ImportLimits limits) {
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
      Reading reading = new Reading(limits.maxTextBytes(), budget);
      reading.getText(document);
      return reading.result();
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

  /** A character and its box, in points from the page's top left. */
  private record Glyph(float x0, float x1, float base, float size, String text) {
    float middleX() {
      return (x0 + x1) / 2;
    }

    float middleY() {
      return base - size * 0.3f;
    }
  }

  /** A horizontal ({@code at} is y) or vertical ({@code at} is x) ruling from {@code from} to {@code to}. */
  private record Ruling(float at, float from, float to) {}

  /** A word of a line: its text and where it starts and ends. */
  private record Word(float x0, float x1, String text) {}

  /** A line of text: its words joined, where it starts and ends, its baseline and size, its words. */
  private record TextLine(
      String text, float x0, float x1, float base, float size, float firstWordWidth, List<Word> words) {}

  /** A line the page gives: a table row (cells) or a paragraph line, at its top {@code y}. */
  private record Item(float y, List<String> cells, TextLine line) {}

  /** A page's items, kept until the whole document is read. */
  private record PageItems(int page, List<Item> items) {}

  /** A cell of a row band: its x-range, first grid column, span, and the cell whose text it holds. */
  private static final class Cell {
    final float x0;
    final float x1;
    int column;
    int span;
    Cell owner = this;
    final List<Glyph> glyphs = new ArrayList<>();

    Cell(float x0, float x1) {
      this.x0 = x0;
      this.x1 = x1;
    }
  }

  /** A table row between two horizontal rulings. */
  private record Band(float top, float bottom, List<Cell> cells) {}

  /** Collects each page's characters, lays the page out, and keeps the lines across pages. */
  private static final class Reading extends PDFTextStripper {
    private final long maxTextBytes;
    private final List<String> texts = new ArrayList<>();
    private final List<DocumentText.Origin> origins = new ArrayList<>();
    private final List<Boolean> tableRow = new ArrayList<>();
    private List<Glyph> glyphs = new ArrayList<>();
    private final List<PageItems> pages = new ArrayList<>();
    private long textBytes;
    private int page;
    private int anyText;
    private List<String> header = new ArrayList<>();
    private boolean headerOpen;
    private int repeated;
    private boolean previousPageEndedInTable;
    private boolean lastWasTable;
    private int row;
    private StringBuilder paragraph;
    private DocumentText.Origin paragraphOrigin;
    private TextLine last;
    private float lastRight;

    private final TimeBudget budget;

    Reading(long maxTextBytes, TimeBudget budget) {
      this.maxTextBytes = maxTextBytes;
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
      layOut(p, rulings);
    }

    @Override
    protected void processTextPosition(TextPosition t) {
      String s = t.getUnicode();
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
      if (glyphs.size() < 1_000_000) {
        glyphs.add(new Glyph(x, x + Math.max(0f, w), y, size, s));
      }
    }

    DocumentText result() {
      if (anyText == 0) {
        throw RoadmapDocumentException.of(
            "The PDF has no text layer: it looks like a scan; a PDF with text or a .docx is needed",
            "В PDF нет текстового слоя: похоже, это скан; нужен PDF с текстом или .docx");
      }
      UnruledTables.rebuild(pages);
      for (PageItems p : pages) {
        page = p.page();
        emit(p.items());
      }
      flushParagraph();
      DocumentText.Builder b = DocumentText.builder();
      for (int i = 0; i < texts.size(); i++) {
        b.line(texts.get(i), origins.get(i));
      }
      return b.build();
    }

    private void layOut(PDPage p, Rulings rulings) {
      List<Ruling> horizontal = merge(rulings.horizontal);
      List<Ruling> vertical = merge(rulings.vertical);
      horizontal = rowBoundaries(horizontal, vertical);
      List<List<Band>> tables = tables(horizontal, vertical);

      List<Glyph> free = new ArrayList<>();
      for (Glyph g : glyphs) {
        if (!place(g, tables)) {
          free.add(g);
        }
      }
      List<Item> items = new ArrayList<>();
      for (List<Band> table : tables) {
        int columns = columnsOf(table);
        for (Band band : table) {
          List<String> cells = new ArrayList<>();
          for (Cell c : band.cells()) {
            cells.add(c.owner == c ? cellText(c.glyphs) : "");
            for (int i = 1; i < c.span; i++) {
              cells.add("");
            }
          }
          while (cells.size() < columns) {
            cells.add("");
          }
          boolean empty = cells.stream().allMatch(String::isEmpty);
          if (!empty || band.bottom() - band.top() > 6) {
            items.add(new Item(band.top(), cells, null));
          }
        }
      }
      for (TextLine l : lines(free)) {
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
      // Emitted once the document is read: an unruled table's columns are found over all its pages.
      pages.add(new PageItems(page, items));
    }

    /**
     * Adds the page's items: joins wrapped paragraph lines (also across the page break), drops a repeated
     * header, joins a row that the page break split.
     */
    private void emit(List<Item> items) {
      float right = 0;
      for (Item i : items) {
        if (i.line() != null) {
          right = Math.max(right, i.line().x1());
        }
      }
      row = 0;
      boolean pageTop = true;
      repeated = 0;
      // The header is the first rows of a table, on the page where it starts.
      headerOpen = false;
      for (Item item : items) {
        if (item.cells() != null) {
          flushParagraph();
          String text = String.join("\t", item.cells());
          boolean continuing = pageTop && previousPageEndedInTable;
          // The rows Word repeats at the top of each page are the table's first rows, once more.
          if (continuing && repeated < header.size() && header.get(repeated).equals(text)) {
            repeated++;
            continue;
          }
          pageTop = false;
          lastWasTable = true;
          // A row at the top of a page without its number is the rest of the row the page break split.
          if (continuing && item.cells().get(0).isEmpty() && lastWasTableRow()) {
            joinWithLastRow(item.cells());
            continue;
          }
          if (!continuing && !lastWasTableRow()) {
            header = new ArrayList<>();
            headerOpen = true;
          }
          if (headerOpen && header.size() < 3) {
            header.add(text);
          }
          add(text, ++row, true);
          continue;
        }
        TextLine line = item.line();
        if (paragraph != null) {
          boolean wrapped = last.x1() + 0.3f * last.size() + line.firstWordWidth() > lastRight - 1.5f;
          float gap = line.base() - last.base();
          boolean near = pageTop || (gap > 0 && gap <= 1.7f * Math.max(last.size(), line.size()));
          if (near && wrapped) {
            joinText(paragraph, line.text());
            last = line;
            lastRight = right;
            pageTop = false;
            continue;
          }
          flushParagraph();
          // Across a page break the gap is unknown: paragraphs are taken to be apart, as most are.
          for (int blank = pageTop ? 1 : blankLines(gap, last.size()); blank > 0; blank--) {
            add("", ++row, false);
          }
        } else if (lastWasTable) {
          add("", ++row, false);
        }
        paragraph = new StringBuilder(line.text());
        paragraphOrigin = DocumentText.Origin.ofPage(page, ++row);
        last = line;
        lastRight = right;
        pageTop = false;
        lastWasTable = false;
      }
      if (!items.isEmpty()) {
        previousPageEndedInTable = lastWasTable;
      }
    }

    private void flushParagraph() {
      if (paragraph != null) {
        count(paragraph.length() + 1);
        texts.add(paragraph.toString());
        origins.add(paragraphOrigin);
        tableRow.add(false);
        paragraph = null;
      }
    }

    private boolean lastWasTableRow() {
      return !tableRow.isEmpty() && tableRow.get(tableRow.size() - 1);
    }

    private static int blankLines(float gap, float size) {
      int lines = Math.round(gap / (1.2f * size)) - 1;
      return Math.max(0, Math.min(3, lines));
    }

    private void joinWithLastRow(List<String> cells) {
      int at = texts.size() - 1;
      String[] before = texts.get(at).split("\t", -1);
      List<String> joined = new ArrayList<>();
      for (int i = 0; i < Math.max(before.length, cells.size()); i++) {
        String a = i < before.length ? before[i] : "";
        String b = i < cells.size() ? cells.get(i) : "";
        StringBuilder sb = new StringBuilder(a);
        joinText(sb, b);
        joined.add(sb.toString());
      }
      String text = String.join("\t", joined);
      count(text.length() - texts.get(at).length());
      texts.set(at, text);
    }

    private void add(String text, int row, boolean isTableRow) {
      count(text.length() + 1);
      texts.add(text);
      origins.add(DocumentText.Origin.ofPage(page, row));
      tableRow.add(isTableRow);
    }

    /** Counts UTF-8 bytes roughly (Cyrillic takes two), so that the limit means the same as for text files. */
    private void count(int chars) {
      textBytes += 2L * Math.max(0, chars);
      if (textBytes > maxTextBytes) {
        throw RoadmapDocumentException.of(
            "The PDF's text is too large (valid sizes 0 - " + maxTextBytes + " bytes)",
            "Текст PDF слишком велик (допустимо от 0 до " + maxTextBytes + " байт)");
      }
    }
  }

  private static boolean isPageNumber(Item item) {
    return item.line() != null && PAGE_NUMBER.matcher(item.line().text()).matches();
  }

  /** Appends {@code next} to {@code sb} with a space, or without one after a word hyphenated at a line end. */
  private static void joinText(StringBuilder sb, String next) {
    if (next.isEmpty()) {
      return;
    }
    int n = sb.length();
    if (n == 0) {
      sb.append(next);
    } else if (n >= 2 && sb.charAt(n - 1) == '-' && Character.isLetter(sb.charAt(n - 2))
        && Character.isLetter(next.charAt(0))) {
      sb.append(next);
    } else {
      sb.append(' ').append(next);
    }
  }

  /** The text of a cell's characters: its lines in order, joined. */
  private static String cellText(List<Glyph> glyphs) {
    StringBuilder sb = new StringBuilder();
    for (TextLine l : lines(glyphs)) {
      joinText(sb, l.text());
    }
    return sb.toString();
  }

  /** Characters grouped into lines by baseline, each line's words split where the gap is a space or more. */
  private static List<TextLine> lines(List<Glyph> glyphs) {
    List<Glyph> sorted = new ArrayList<>(glyphs);
    sorted.sort(Comparator.comparingDouble(Glyph::base).thenComparingDouble(Glyph::x0));
    List<List<Glyph>> groups = new ArrayList<>();
    List<Glyph> current = null;
    float base = 0;
    for (Glyph g : sorted) {
      if (current == null || Math.abs(g.base() - base) > Math.max(1.5f, 0.35f * g.size())) {
        current = new ArrayList<>();
        groups.add(current);
        base = g.base();
      }
      current.add(g);
    }
    List<TextLine> out = new ArrayList<>(groups.size());
    for (List<Glyph> group : groups) {
      group.sort(Comparator.comparingDouble(Glyph::x0));
      StringBuilder sb = new StringBuilder();
      List<Word> words = new ArrayList<>();
      StringBuilder word = new StringBuilder();
      Glyph prev = null;
      float wordStart = group.get(0).x0();
      float firstWordEnd = group.get(0).x1();
      boolean firstWord = true;
      float size = 0;
      for (Glyph g : group) {
        size = Math.max(size, g.size());
        if (prev != null) {
          float gap = g.x0() - prev.x1();
          // Fake bold: the same character printed twice at almost the same place.
          if (g.text().equals(prev.text()) && Math.abs(g.x0() - prev.x0()) < 0.1f * g.size()) {
            continue;
          }
          if (gap > 0.12f * Math.max(g.size(), prev.size())) {
            sb.append(' ');
            firstWord = false;
            words.add(new Word(wordStart, prev.x1(), word.toString()));
            word.setLength(0);
            wordStart = g.x0();
          }
        }
        sb.append(g.text());
        word.append(g.text());
        if (firstWord) {
          firstWordEnd = g.x1();
        }
        prev = g;
      }
      Glyph first = group.get(0);
      float end = prev == null ? first.x1() : prev.x1();
      words.add(new Word(wordStart, end, word.toString()));
      out.add(new TextLine(sb.toString(), first.x0(), end, first.base(), size, firstWordEnd - first.x0(),
          List.copyOf(words)));
    }
    return out;
  }

  /**
   * Rebuilds tables drawn without ruling lines from where their words stand. A wide line has three or
   * more pieces (words apart by more than a space and a half) and gaps not all alike (a justified line of
   * prose has them alike); consecutive wide lines sharing two piece starts, not parted by a wide empty
   * space, are one table's. Its columns are the piece starts that a fifth of its wide lines share and
   * that its lines' text crosses less often than it starts there (a justified cell's stretched gaps also
   * make pieces, but at places the cell's other lines run over). The table runs over the lines that fit
   * these columns: each starts at a column, and a piece after a wide gap in a further column starts at
   * it. In it, a line with text in the first column, or after a wider gap than between the lines of a
   * cell, starts a row; any other line continues the cells above (a cell wrapped over lines).
   */
  private static final class UnruledTables {
    /** Positions closer than this (points) are one column start. */
    private static final float TOLERANCE = 1.5f;

    private final List<Float> starts;

    private UnruledTables(List<Float> starts) {
      this.starts = starts;
    }

    /** A paragraph line and where it is: page index and item index. */
    private record Placed(int page, int index, TextLine line) {}

    static void rebuild(List<PageItems> pages) {
      List<Placed> lines = new ArrayList<>();
      for (int p = 0; p < pages.size(); p++) {
        List<Item> items = pages.get(p).items();
        for (int i = 0; i < items.size(); i++) {
          if (items.get(i).line() != null) {
            lines.add(new Placed(p, i, items.get(i).line()));
          }
        }
      }
      List<List<Item>> rebuilt = new ArrayList<>();
      List<Set<Integer>> replaced = new ArrayList<>();
      for (int p = 0; p < pages.size(); p++) {
        rebuilt.add(new ArrayList<>());
        replaced.add(new HashSet<>());
      }
      // Each run of wide lines that share their column starts is one table's, with its own columns; the
      // table is looked for from its first wide line to the next run's.
      List<Integer> runs = new ArrayList<>();
      List<Word> before = null;
      for (int i = 0; i < lines.size(); i++) {
        if (i > 0 && apart(lines.get(i - 1), lines.get(i))) {
          before = null;
        }
        if (!isWide(lines.get(i).line())) {
          continue;
        }
        List<Word> pieces = pieces(lines.get(i).line());
        if (before == null || shared(before, pieces) < 2) {
          runs.add(i);
        }
        before = pieces;
      }
      runs.add(lines.size());
      // Where the last table found ends: no table reaches back over it.
      int stop = 0;
      for (int r = 0; r + 1 < runs.size(); r++) {
        List<Placed> region = lines.subList(runs.get(r), runs.get(r + 1));
        List<Float> starts = columnStarts(region);
        if (starts.size() < 3) {
          continue;
        }
        UnruledTables tables = new UnruledTables(starts);
        int i = 0;
        while (i < region.size()) {
          if (tables.fitting(region.get(i).line()) < 3 || !tables.fits(region.get(i).line())) {
            i++;
            continue;
          }
          // Rows before the first wide line (one with fewer pieces) belong to the table too.
          int from = runs.get(r) + i;
          float size = region.get(i).line().size();
          while (from > stop && tables.fits(lines.get(from - 1).line())
              && Math.abs(lines.get(from - 1).line().size() - size) <= 0.2f * size) {
            from--;
          }
          int end = i + 1;
          while (end < region.size() && tables.fits(region.get(end).line())
              && !apart(region.get(end - 1), region.get(end))
              && Math.abs(region.get(end).line().size() - size) <= 0.2f * size) {
            end++;
          }
          List<Placed> table = lines.subList(from, runs.get(r) + end);
          for (Placed l : table) {
            replaced.get(l.page()).add(l.index());
          }
          for (Map.Entry<Integer, Item> row : tables.rows(table)) {
            rebuilt.get(row.getKey()).add(row.getValue());
          }
          i = end;
          stop = runs.get(r) + end;
        }
      }
      for (int p = 0; p < pages.size(); p++) {
        List<Item> items = pages.get(p).items();
        List<Item> kept = new ArrayList<>(rebuilt.get(p));
        for (int k = 0; k < items.size(); k++) {
          if (!replaced.get(p).contains(k)) {
            kept.add(items.get(k));
          }
        }
        kept.sort(Comparator.comparingDouble(Item::y));
        items.clear();
        items.addAll(kept);
      }
    }

    /**
     * Whether more than two empty lines' height parts two lines of a page: what parts two tables, or a
     * table and the text after it; the rows of a table are closer (across a page break it is unknown).
     */
    private static boolean apart(Placed above, Placed below) {
      TextLine l = below.line();
      return above.page() == below.page() && l.base() - above.line().base() > 3 * l.size();
    }

    /** A line of three pieces or more whose gaps are not all alike: a table row, not prose. */
    private static boolean isWide(TextLine l) {
      return pieces(l).size() >= 3 && !evenlySpaced(l);
    }

    /** How many of {@code pieces} start where one of {@code before} starts. */
    private static int shared(List<Word> before, List<Word> pieces) {
      int n = 0;
      for (Word p : pieces) {
        if (before.stream().anyMatch(b -> Math.abs(b.x0() - p.x0()) <= TOLERANCE)) {
          n++;
        }
      }
      return n;
    }

    /**
     * Starts of pieces after a wide gap shared by a fifth of the lines of three pieces or more, and
     * crossed by the text of fewer of those lines than start there: a justified cell stretches the gaps
     * between its words too, but the words after them stand where other lines of the cell have text.
     */
    private static List<Float> columnStarts(List<Placed> lines) {
      List<List<Word>> wide = new ArrayList<>();
      for (Placed placed : lines) {
        if (isWide(placed.line())) {
          wide.add(pieces(placed.line()));
        }
      }
      List<Float> found = new ArrayList<>();
      for (List<Word> pieces : wide) {
        for (Word piece : pieces) {
          found.add(piece.x0());
        }
      }
      found.sort(null);
      int threshold = Math.max(2, wide.size() / 5);
      List<float[]> candidates = new ArrayList<>();
      int k = 0;
      while (k < found.size()) {
        float x = found.get(k);
        int j = k;
        while (j < found.size() && found.get(j) - x <= TOLERANCE) {
          j++;
        }
        if (j - k >= threshold) {
          candidates.add(new float[] {x, j - k});
        }
        k = j;
      }
      // The lines a column start is checked against: the wide ones, and those that start at a further
      // column (a wrapped cell, justified to its full width); a line from the first column may be a
      // heading across the row or prose after the table, which cross every column.
      List<List<Word>> checked = new ArrayList<>(wide);
      for (Placed placed : lines) {
        TextLine l = placed.line();
        if (!candidates.isEmpty() && !isWide(l) && l.x0() > candidates.get(0)[0] + TOLERANCE
            && candidates.stream().anyMatch(c -> Math.abs(c[0] - l.x0()) <= TOLERANCE)) {
          checked.add(pieces(l));
        }
      }
      List<Float> starts = new ArrayList<>();
      for (float[] c : candidates) {
        int crossing = 0;
        for (List<Word> pieces : checked) {
          for (Word piece : pieces) {
            if (piece.x0() + TOLERANCE < c[0] && c[0] < piece.x1()) {
              crossing++;
            }
          }
        }
        if (2 * crossing < c[1] && !insideJustifiedRuns(lines, c[0])) {
          starts.add(c[0]);
        }
      }
      return starts;
    }

    /**
     * Whether the words starting at {@code x} mostly sit inside a justified run: the gap before each
     * equals the gap before the word ahead of it. A justified cell stretches all the gaps of its line
     * alike, so in a table whose rows repeat the same text its words stand at the same places in every
     * row and nothing crosses them; the gap before the next cell holds the cells' padding and the rest of
     * the line, and is not the same as the gaps inside the cell.
     */
    private static boolean insideJustifiedRuns(List<Placed> lines, float x) {
      int starting = 0;
      int justified = 0;
      for (Placed placed : lines) {
        List<Word> words = placed.line().words();
        for (int i = 0; i < words.size(); i++) {
          if (Math.abs(words.get(i).x0() - x) > TOLERANCE) {
            continue;
          }
          starting++;
          if (i >= 2) {
            float gap = words.get(i).x0() - words.get(i - 1).x1();
            float gapBefore = words.get(i - 1).x0() - words.get(i - 2).x1();
            if (gap > wideGap(placed.line()) && Math.abs(gap - gapBefore) <= JUSTIFIED_GAP_TOLERANCE) {
              justified++;
            }
          }
          break;
        }
      }
      return starting > 0 && 2 * justified > starting;
    }

    /** Gaps of one justified line differ by rounding only: a tenth of a point or so. */
    private static final float JUSTIFIED_GAP_TOLERANCE = 0.3f;

    /** The line's words joined into pieces where the gap is no wider than a space and a half. */
    private static List<Word> pieces(TextLine l) {
      List<Word> out = new ArrayList<>();
      Word piece = null;
      for (Word w : l.words()) {
        if (piece != null && w.x0() - piece.x1() <= wideGap(l)) {
          piece = new Word(piece.x0(), w.x1(), piece.text() + " " + w.text());
        } else {
          if (piece != null) {
            out.add(piece);
          }
          piece = w;
        }
      }
      if (piece != null) {
        out.add(piece);
      }
      return out;
    }

    private static float wideGap(TextLine l) {
      return 0.5f * l.size();
    }

    /** Whether the gaps between the words are all alike: a justified (or plain) line of prose. */
    private static boolean evenlySpaced(TextLine l) {
      float least = Float.MAX_VALUE;
      float most = 0;
      List<Word> words = l.words();
      for (int i = 1; i < words.size(); i++) {
        float gap = words.get(i).x0() - words.get(i - 1).x1();
        least = Math.min(least, gap);
        most = Math.max(most, gap);
      }
      return words.size() >= 3 && most - least <= 0.1f * l.size();
    }

    /** The column starting at {@code x}, or -1. */
    private int columnAt(float x) {
      for (int c = 0; c < starts.size(); c++) {
        if (Math.abs(starts.get(c) - x) <= TOLERANCE) {
          return c;
        }
      }
      return -1;
    }

    private int fitting(TextLine l) {
      int n = 0;
      for (Word piece : pieces(l)) {
        if (columnAt(piece.x0()) >= 0) {
          n++;
        }
      }
      return n;
    }

    /**
     * Whether the line stands in these columns: it starts at one, and each piece that a wide gap puts
     * into a further column starts at that column (text inside a cell may stand anywhere).
     */
    private boolean fits(TextLine l) {
      int column = columnAt(l.x0());
      if (column < 0) {
        return false;
      }
      Word prev = null;
      for (Word w : l.words()) {
        if (prev != null && w.x0() - prev.x1() > wideGap(l)) {
          int at = lastStartBefore(w.x0());
          if (at != column && columnAt(w.x0()) != at) {
            return false;
          }
          column = at;
        }
        prev = w;
      }
      return true;
    }

    /** The table's rows, each with the index of the page it starts on (a row a page break splits is two). */
    private List<Map.Entry<Integer, Item>> rows(List<Placed> lines) {
      // The gap between the lines of a cell: the least from one baseline to the next.
      float pitch = Float.MAX_VALUE;
      for (int i = 1; i < lines.size(); i++) {
        float gap = lines.get(i).line().base() - lines.get(i - 1).line().base();
        if (lines.get(i).page() == lines.get(i - 1).page() && gap > 0) {
          pitch = Math.min(pitch, gap);
        }
      }
      List<Map.Entry<Integer, Item>> out = new ArrayList<>();
      List<StringBuilder> cells = null;
      Placed top = null;
      Placed previous = null;
      for (Placed placed : lines) {
        TextLine l = placed.line();
        if (previous == null || startsRow(previous, placed, pitch)) {
          if (cells != null) {
            out.add(row(top, cells));
          }
          cells = new ArrayList<>();
          for (int c = 0; c < starts.size(); c++) {
            cells.add(new StringBuilder());
          }
          top = placed;
        }
        for (Map.Entry<Integer, String> part : parts(l).entrySet()) {
          joinText(cells.get(part.getKey()), part.getValue());
        }
        previous = placed;
      }
      if (cells != null) {
        out.add(row(top, cells));
      }
      return out;
    }

    private static Map.Entry<Integer, Item> row(Placed top, List<StringBuilder> cells) {
      List<String> texts = new ArrayList<>();
      for (StringBuilder sb : cells) {
        texts.add(sb.toString());
      }
      TextLine l = top.line();
      return Map.entry(top.page(), new Item(l.base() - l.size(), texts, null));
    }

    private boolean startsRow(Placed previous, Placed placed, float pitch) {
      if (previous.page() != placed.page()) {
        return true;
      }
      TextLine l = placed.line();
      TextLine before = previous.line();
      boolean near = l.base() - before.base() <= 1.3f * pitch;
      if (!near) {
        return true;
      }
      if (columnAt(l.x0()) != 0) {
        return false;
      }
      // A heading across the row, wrapped: one piece from the first column over the next, twice.
      return !(pieces(before).size() == 1 && pieces(l).size() == 1 && columnAt(before.x0()) == 0
          && before.x1() > starts.get(1) && l.x1() > starts.get(1));
    }

    /**
     * The line's text per column: a word goes to the column it starts, after a wide gap, or else stays in
     * the column of the word before it (a justified cell's stretched gap, a heading across columns).
     */
    private Map<Integer, String> parts(TextLine l) {
      Map<Integer, String> out = new TreeMap<>();
      int column = -1;
      Word prev = null;
      for (Word w : l.words()) {
        int at = columnAt(w.x0());
        if (prev == null) {
          column = Math.max(0, lastStartBefore(w.x0()));
        } else if (at >= 0 && w.x0() - prev.x1() > wideGap(l)) {
          column = at;
        }
        out.merge(column, w.text(), (a, b) -> a + " " + b);
        prev = w;
      }
      return out;
    }

    private int lastStartBefore(float x) {
      int column = -1;
      for (int c = 0; c < starts.size(); c++) {
        if (starts.get(c) <= x + TOLERANCE) {
          column = c;
        }
      }
      return column;
    }
  }

  /** Rulings on one line joined into one where they touch. */
  private static List<Ruling> merge(List<Ruling> rulings) {
    List<Ruling> sorted = new ArrayList<>(rulings);
    sorted.sort(Comparator.comparingDouble(Ruling::at).thenComparingDouble(Ruling::from));
    List<Ruling> out = new ArrayList<>();
    // Rulings within SNAP of each other are one line; joined along it where they touch.
    List<Ruling> line = new ArrayList<>();
    for (Ruling r : sorted) {
      if (!line.isEmpty() && r.at() - line.get(0).at() > SNAP) {
        out.addAll(joinAlong(line));
        line.clear();
      }
      line.add(r);
    }
    out.addAll(joinAlong(line));
    return out;
  }

  private static List<Ruling> joinAlong(List<Ruling> line) {
    if (line.isEmpty()) {
      return List.of();
    }
    float at = line.get(0).at();
    List<Ruling> byFrom = new ArrayList<>(line);
    byFrom.sort(Comparator.comparingDouble(Ruling::from));
    List<Ruling> out = new ArrayList<>();
    float from = byFrom.get(0).from();
    float to = byFrom.get(0).to();
    for (Ruling r : byFrom) {
      if (r.from() <= to + SNAP) {
        to = Math.max(to, r.to());
      } else {
        out.add(new Ruling(at, from, to));
        from = r.from();
        to = r.to();
      }
    }
    out.add(new Ruling(at, from, to));
    return out;
  }

  /** Horizontal rulings that end on vertical ones: row borders, not underlines. */
  private static List<Ruling> rowBoundaries(List<Ruling> horizontal, List<Ruling> vertical) {
    List<Ruling> out = new ArrayList<>();
    for (Ruling h : horizontal) {
      if (endsOnVertical(h.from(), h.at(), vertical) && endsOnVertical(h.to(), h.at(), vertical)) {
        out.add(h);
      }
    }
    return out;
  }

  private static boolean endsOnVertical(float x, float y, List<Ruling> vertical) {
    for (Ruling v : vertical) {
      if (Math.abs(v.at() - x) <= SNAP + 1 && v.from() - SNAP <= y && y <= v.to() + SNAP) {
        return true;
      }
    }
    return false;
  }

  /** The page's tables: runs of row bands, each band's cells bounded by the vertical rulings crossing it. */
  private static List<List<Band>> tables(List<Ruling> horizontal, List<Ruling> vertical) {
    List<Float> ys = new ArrayList<>();
    for (Ruling h : horizontal) {
      if (ys.isEmpty() || h.at() - ys.get(ys.size() - 1) > SNAP) {
        ys.add(h.at());
      }
    }
    List<List<Band>> tables = new ArrayList<>();
    List<Band> table = null;
    for (int i = 0; i + 1 < ys.size() && i < 5000; i++) {
      float top = ys.get(i);
      float bottom = ys.get(i + 1);
      float middle = (top + bottom) / 2;
      List<Float> xs = new ArrayList<>();
      for (Ruling v : vertical) {
        if (v.from() <= middle && middle <= v.to()) {
          xs.add(v.at());
        }
      }
      xs.sort(null);
      List<Float> snapped = snap(xs);
      if (snapped.size() < 2 || bottom - top < 3) {
        table = null;
        continue;
      }
      List<Cell> cells = new ArrayList<>();
      for (int k = 0; k + 1 < snapped.size() && k < 200; k++) {
        cells.add(new Cell(snapped.get(k), snapped.get(k + 1)));
      }
      if (table == null) {
        table = new ArrayList<>();
        tables.add(table);
      }
      table.add(new Band(top, bottom, cells));
    }
    for (List<Band> t : tables) {
      grid(t, horizontal);
    }
    return tables;
  }

  private static List<Float> snap(List<Float> xs) {
    List<Float> out = new ArrayList<>();
    for (float x : xs) {
      if (out.isEmpty() || x - out.get(out.size() - 1) > SNAP) {
        out.add(x);
      }
    }
    return out;
  }

  /** Gives each cell its grid column and span, and links a cell with no ruling above to the cell above. */
  private static void grid(List<Band> table, List<Ruling> horizontal) {
    List<Float> all = new ArrayList<>();
    for (Band b : table) {
      for (Cell c : b.cells()) {
        all.add(c.x0);
        all.add(c.x1);
      }
    }
    all.sort(null);
    List<Float> columns = snap(all);
    Band above = null;
    for (Band b : table) {
      for (Cell c : b.cells()) {
        c.column = nearest(columns, c.x0);
        c.span = Math.max(1, nearest(columns, c.x1) - c.column);
        if (above != null && !covered(horizontal, b.top(), (c.x0 + c.x1) / 2)) {
          for (Cell up : above.cells()) {
            if (Math.abs(up.x0 - c.x0) <= SNAP && Math.abs(up.x1 - c.x1) <= SNAP) {
              c.owner = up.owner;
            }
          }
        }
      }
      above = b;
    }
  }

  private static int nearest(List<Float> columns, float x) {
    int best = 0;
    for (int i = 1; i < columns.size(); i++) {
      if (Math.abs(columns.get(i) - x) < Math.abs(columns.get(best) - x)) {
        best = i;
      }
    }
    return best;
  }

  private static boolean covered(List<Ruling> horizontal, float y, float x) {
    for (Ruling h : horizontal) {
      if (Math.abs(h.at() - y) <= SNAP && h.from() <= x && x <= h.to()) {
        return true;
      }
    }
    return false;
  }

  private static int columnsOf(List<Band> table) {
    int n = 0;
    for (Band b : table) {
      for (Cell c : b.cells()) {
        n = Math.max(n, c.column + c.span);
      }
    }
    return n;
  }

  /** Puts {@code g} into the cell (or the cell it continues) that holds it; false if in no table. */
  private static boolean place(Glyph g, List<List<Band>> tables) {
    float x = g.middleX();
    float y = g.middleY();
    for (List<Band> table : tables) {
      for (Band b : table) {
        if (b.top() <= y && y < b.bottom()) {
          for (Cell c : b.cells()) {
            if (c.x0 <= x && x < c.x1) {
              c.owner.glyphs.add(g);
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  /** Collects a page's ruling lines: short-sided filled rectangles and stroked straight lines. */
  private static final class Rulings extends PDFGraphicsStreamEngine {
    final List<Ruling> horizontal = new ArrayList<>();
    final List<Ruling> vertical = new ArrayList<>();
    private final List<float[]> path = new ArrayList<>();
    private final float top;
    private final float left;
    private float cx;
    private float cy;

    Rulings(PDPage page) {
      super(page);
      PDRectangle box = page.getCropBox();
      this.top = box.getUpperRightY();
      this.left = box.getLowerLeftX();
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
      line(p0, p1);
      line(p1, p2);
      line(p2, p3);
      line(p3, p0);
      // A filled thin rectangle is one ruling: remembered as such in case it is filled.
      float x0 = (float) Math.min(Math.min(p0.getX(), p1.getX()), Math.min(p2.getX(), p3.getX()));
      float x1 = (float) Math.max(Math.max(p0.getX(), p1.getX()), Math.max(p2.getX(), p3.getX()));
      float y0 = (float) Math.min(Math.min(p0.getY(), p1.getY()), Math.min(p2.getY(), p3.getY()));
      float y1 = (float) Math.max(Math.max(p0.getY(), p1.getY()), Math.max(p2.getY(), p3.getY()));
      path.add(new float[] {x0, y0, x1, y1, 1});
    }

    private void line(Point2D a, Point2D b) {
      path.add(new float[] {(float) a.getX(), (float) a.getY(), (float) b.getX(), (float) b.getY(), 0});
    }

    @Override
    public void moveTo(float x, float y) {
      cx = x;
      cy = y;
    }

    @Override
    public void lineTo(float x, float y) {
      path.add(new float[] {cx, cy, x, y, 0});
      cx = x;
      cy = y;
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
      cx = x3;
      cy = y3;
    }

    @Override
    public Point2D getCurrentPoint() {
      return new Point2D.Float(cx, cy);
    }

    @Override
    public void closePath() {}

    @Override
    public void endPath() {
      path.clear();
    }

    @Override
    public void strokePath() {
      for (float[] s : path) {
        if (s[4] == 0) {
          segment(s[0], s[1], s[2], s[3]);
        }
      }
      path.clear();
    }

    @Override
    public void fillPath(int windingRule) {
      for (float[] s : path) {
        if (s[4] == 1) {
          float w = s[2] - s[0];
          float h = s[3] - s[1];
          if (h <= 2.5f && w > h) {
            segment(s[0], (s[1] + s[3]) / 2, s[2], (s[1] + s[3]) / 2);
          } else if (w <= 2.5f && h > w) {
            segment((s[0] + s[2]) / 2, s[1], (s[0] + s[2]) / 2, s[3]);
          }
        }
      }
      path.clear();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
      List<float[]> copy = new ArrayList<>(path);
      fillPath(windingRule);
      path.addAll(copy);
      strokePath();
    }

    @Override
    public void drawImage(PDImage pdImage) {}

    @Override
    public void clip(int windingRule) {}

    @Override
    public void shadingFill(org.apache.pdfbox.cos.COSName shadingName) {}

    private void segment(float x0, float y0, float x1, float y1) {
      if (horizontal.size() + vertical.size() > 100_000) {
        return;
      }
      // To the text's frame: points from the crop box's top left.
      float ax = x0 - left;
      float bx = x1 - left;
      float ay = top - y0;
      float by = top - y1;
      if (!Float.isFinite(ax) || !Float.isFinite(bx) || !Float.isFinite(ay) || !Float.isFinite(by)) {
        return;
      }
      if (Math.abs(ay - by) <= 1f && Math.abs(ax - bx) >= 3f) {
        horizontal.add(new Ruling((ay + by) / 2, Math.min(ax, bx), Math.max(ax, bx)));
      } else if (Math.abs(ax - bx) <= 1f && Math.abs(ay - by) >= 3f) {
        vertical.add(new Ruling((ax + bx) / 2, Math.min(ay, by), Math.max(ay, by)));
      }
    }
  }
}
