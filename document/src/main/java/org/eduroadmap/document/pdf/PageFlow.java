package org.eduroadmap.document.pdf;

import java.util.ArrayList;
import java.util.List;
import org.eduroadmap.document.DocumentText;
import org.eduroadmap.document.RoadmapDocumentException;
import org.eduroadmap.document.structure.Alignment;

/**
 * The pages' items in reading order, made into the document's flow: paragraphs from the lines outside
 * tables, table rows, and the empty lines between paragraphs. Lines join into a paragraph where one
 * wraps into the next ({@link LineWraps}, also across a page break) and no wider gap than a line and a
 * bit parts them; a line with a TAB gap (a date line, a signature) is a paragraph of its own. Across
 * pages, the header rows a table repeats at the top of a page are dropped ({@link RepeatedHeader}), and
 * a row at the top of a page whose first cell (the number) is empty continues the row the page break
 * split ({@link SplitRows}).
 *
 * <pre>{@code
 * PageFlow flow = new PageFlow(limits.maxTextBytes());
 * pages.forEach(flow::page);
 * List<PageFlow.Entry> entries = flow.finish();
 * }</pre>
 */
final class PageFlow {

  /** Two lines whose baselines are at most this many font sizes apart are neighbours in a paragraph (single spacing is 1.15–1.5). */
  static final float PARAGRAPH_PITCH_SIZES = 1.7f;
  /** The height of an empty line, in font sizes (single spacing). */
  static final float EMPTY_LINE_SIZES = 1.2f;
  /** Empty lines kept between two paragraphs at most: more say nothing more. */
  static final int MAX_EMPTY_LINES = 3;
  /** A line ending within this many points of the right edge reaches it; a line this close to the middle is centred. */
  static final float ALIGN_TOLERANCE_POINTS = 3f;

  /** An element of the flow. */
  sealed interface Entry permits Row, Para, Blank {
    DocumentText.Origin origin();
  }

  /** A table row; its cells change when the next page continues it. */
  static final class Row implements Entry {
    List<PdfCell> cells;
    final DocumentText.Origin origin;

    Row(List<PdfCell> cells, DocumentText.Origin origin) {
      this.cells = cells;
      this.origin = origin;
    }

    @Override
    public DocumentText.Origin origin() {
      return origin;
    }

    /** The row as Word's «copy as text»: cells TAB-separated, an empty cell per further column of a span. */
    String text() {
      return text(cells);
    }

    static String text(List<PdfCell> cells) {
      StringBuilder sb = new StringBuilder();
      boolean first = true;
      for (PdfCell c : cells) {
        for (int i = 0; i < c.span(); i++) {
          if (!first) {
            sb.append('\t');
          }
          first = false;
          if (i == 0 && !c.continuation()) {
            sb.append(c.text());
          }
        }
      }
      return sb.toString();
    }
  }

  /** A paragraph: its text (TAB where a line has a TAB gap) and alignment. */
  record Para(String text, Alignment alignment, DocumentText.Origin origin) implements Entry {}

  /** An empty line between paragraphs. */
  record Blank(DocumentText.Origin origin) implements Entry {}

  private final long maxTextBytes;
  private final List<Entry> entries = new ArrayList<>();
  private final RepeatedHeader header = new RepeatedHeader();
  private long textBytes;
  private int page;
  private int row;
  private boolean previousPageEndedInTable;
  private boolean lastWasTable;
  private StringBuilder paragraph;
  private List<TextLine> paragraphLines;
  private DocumentText.Origin paragraphOrigin;
  private float paragraphLeft;
  private float paragraphRight;
  private TextLine last;

  PageFlow(long maxTextBytes) {
    this.maxTextBytes = maxTextBytes;
  }

  /** Adds a page's items, top to bottom. */
  void page(PageItems p) {
    page = p.page();
    List<Item> items = p.items();
    float left = Float.MAX_VALUE;
    float right = 0;
    for (Item i : items) {
      if (i.line() != null) {
        left = Math.min(left, i.line().x0());
        right = Math.max(right, i.line().x1());
      }
    }
    row = 0;
    boolean pageTop = true;
    header.newPage();
    for (Item item : items) {
      if (item.cells() != null) {
        flushParagraph();
        boolean continuing = pageTop && previousPageEndedInTable;
        String text = Row.text(item.cells());
        if (continuing && header.repeats(text)) {
          continue;
        }
        pageTop = false;
        lastWasTable = true;
        if (continuing && lastEntry() instanceof Row before && SplitRows.continues(item.cells())) {
          String was = before.text();
          before.cells = SplitRows.join(before.cells, item.cells());
          count(before.text().length() - was.length());
          continue;
        }
        header.row(text, !continuing && !(lastEntry() instanceof Row));
        Row r = new Row(new ArrayList<>(item.cells()), DocumentText.Origin.ofPage(page, ++row));
        count(text.length() + 1);
        entries.add(r);
        continue;
      }
      TextLine line = item.line();
      if (paragraph != null) {
        float gap = line.base() - last.base();
        boolean near = pageTop || (gap > 0 && gap <= PARAGRAPH_PITCH_SIZES * Math.max(last.size(), line.size()));
        boolean tabbed = TextLines.withTabs(last).indexOf('\t') >= 0 || TextLines.withTabs(line).indexOf('\t') >= 0;
        if (near && !tabbed && LineWraps.wraps(last, line, paragraphLeft, paragraphRight)) {
          TextLines.join(paragraph, line.text());
          paragraphLines.add(line);
          last = line;
          paragraphLeft = left;
          paragraphRight = right;
          pageTop = false;
          continue;
        }
        flushParagraph();
        // Across a page break the gap is unknown: paragraphs are taken to be apart, as most are.
        for (int blank = pageTop ? 1 : emptyLines(gap, last.size()); blank > 0; blank--) {
          blank();
        }
      } else if (lastWasTable) {
        blank();
      }
      paragraph = new StringBuilder(TextLines.withTabs(line));
      paragraphLines = new ArrayList<>(List.of(line));
      paragraphOrigin = DocumentText.Origin.ofPage(page, ++row);
      last = line;
      paragraphLeft = left;
      paragraphRight = right;
      pageTop = false;
      lastWasTable = false;
    }
    if (!items.isEmpty()) {
      previousPageEndedInTable = lastWasTable;
    }
  }

  /** The flow, once every page is added. */
  List<Entry> finish() {
    flushParagraph();
    return entries;
  }

  private Entry lastEntry() {
    return entries.isEmpty() ? null : entries.get(entries.size() - 1);
  }

  private void blank() {
    count(1);
    entries.add(new Blank(DocumentText.Origin.ofPage(page, ++row)));
  }

  private void flushParagraph() {
    if (paragraph != null) {
      count(paragraph.length() + 1);
      entries.add(new Para(paragraph.toString(), alignment(paragraphLines, paragraphLeft, paragraphRight),
          paragraphOrigin));
      paragraph = null;
    }
  }

  /**
   * How a paragraph's lines stand between the page's text edges: all reaching the right edge and the first
   * starting further in than an indent, right-aligned; all about the middle and not from the left edge,
   * centred; all but the last reaching the right edge, justified; else left-aligned.
   */
  static Alignment alignment(List<TextLine> lines, float left, float right) {
    TextLine first = lines.get(0);
    boolean allRight = lines.stream().allMatch(l -> l.x1() >= right - ALIGN_TOLERANCE_POINTS);
    if (allRight && first.x0() > left + LineWraps.MAX_FIRST_LINE_INDENT_POINTS) {
      return Alignment.END;
    }
    float middle = (left + right) / 2;
    if (lines.stream().allMatch(l -> Math.abs((l.x0() + l.x1()) / 2 - middle) <= ALIGN_TOLERANCE_POINTS
        && l.x0() > left + ALIGN_TOLERANCE_POINTS)) {
      return Alignment.CENTER;
    }
    if (lines.size() >= 2
        && lines.subList(0, lines.size() - 1).stream().allMatch(l -> l.x1() >= right - ALIGN_TOLERANCE_POINTS)) {
      return Alignment.JUSTIFIED;
    }
    return Alignment.START;
  }

  private static int emptyLines(float gap, float size) {
    int lines = Math.round(gap / (EMPTY_LINE_SIZES * size)) - 1;
    return Math.max(0, Math.min(MAX_EMPTY_LINES, lines));
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
