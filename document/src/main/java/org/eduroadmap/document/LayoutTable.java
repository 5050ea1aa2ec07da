package org.eduroadmap.document;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.eduroadmap.document.structure.GridCell;
import org.eduroadmap.document.structure.GridRow;
import org.eduroadmap.document.structure.GridTable;

/**
 * The plan's table in space-aligned text ({@code pdftotext -layout}), rebuilt with its rows and cells:
 *
 * <ul>
 *   <li>the body starts at the first line whose first chunk is a row number («1», «1.», «1.1») standing
 *       at the left margin, followed by more text after a gap;
 *   <li>the header is the lines right above it: lines of several chunks, and above those single chunks
 *       standing right of the title column (the top of a taller header cell, centred); a line starting
 *       at the title column or left of it is the plan's title, not the header;
 *   <li>the table ends at a line starting left of the title column that is no row number and no repeat of
 *       the header (the text after the table: a note, a list of abbreviations, a signature);
 *   <li>the columns are inferred from the body ({@link LayoutColumns}); header text over no body column
 *       is a column of its own, empty in the body; a header cell over two or more columns whose names are
 *       below it is a group («Сроки и исполнители»);
 *   <li>a row starts where the number column has text; lines with an empty number column continue it,
 *       each piece in the column it stands in, and the cell's lines are joined by {@link CellLines};
 *   <li>a line of one chunk running over two or more column starts, or starting with a section's number
 *       («II. Организационное сопровождение»), with an empty number column, is a section heading;
 *   <li>a repeat of the header (a new page) is left out.
 * </ul>
 */
final class LayoutTable {

  /** The most lines a header takes: deeper ones were not seen, and more would swallow the plan's title. */
  static final int MAX_HEADER_LINES = 8;

  /**
   * Continuation lines per row, on average, from which the table's cells wrap as in a page's narrow
   * columns: a table whose rows mostly take one line (a Word copy aligned with spaces, a row split only at
   * a page break) is read line by line as it is ({@link AlignedColumns}).
   */
  static final double WRAPPED_LINES_PER_ROW = 1.0;

  /** The farthest right, in characters, a row's number stands: the number column is the first. */
  static final int MAX_NUMBER_INDENT = 6;

  /**
   * Characters a page's columns may stand left or right of the table's as a whole and still be read by
   * the page's own positions: pdftotext sets a page a few characters wider or narrower than another
   * (seen up to 5 characters; a page's column starting off is then read as two columns, or not at all).
   */
  static final int MAX_PAGE_SHIFT = 6;

  private static final Pattern ROW_NUMBER = Pattern.compile("(?u)^(?:п\\.\\s*)?\\d{1,3}(?:\\.\\d{1,3})*\\.?$");
  private static final Pattern SECTION_MARK = Pattern.compile(
      "(?u)^(?:(?:[IVXLC]{1,6}\\.?|\\d{1,2}(?:\\.\\d{1,2})*\\.)\\s+\\p{Lu}.*|Раздел\\s+\\S+(?:\\s+\\p{Lu}.*)?)");

  /**
   * A table found: its lines {@code first} to {@code last} (indexes, inclusive), what they hold, and
   * whether its cells wrap (at least {@link #WRAPPED_LINES_PER_ROW} continuation lines a row).
   */
  record Found(int first, int last, GridTable table, boolean wrapped) {}

  private LayoutTable() {}

  /** The plan's table among {@code lines}, if there is one with two numbered rows or more. */
  static Optional<Found> find(List<DocumentText.Line> source) {
    List<LayoutLine> lines = new ArrayList<>(source.size());
    for (DocumentText.Line l : source) {
      lines.add(LayoutLine.of(l.text()));
    }
    int body = -1;
    for (int i = 0; i < lines.size() && body < 0; i++) {
      if (rowStart(lines.get(i)) && lines.get(i).chunks().size() >= 2) {
        body = i;
      }
    }
    if (body < 0) {
      return Optional.empty();
    }
    // Where the title column starts: the second chunk of the first row that is no row of column numbers.
    int titleStart = lines.get(body).chunks().get(1).start();
    for (int i = body; i < lines.size(); i++) {
      LayoutLine l = lines.get(i);
      if (rowStart(l) && l.chunks().size() >= 2 && !columnNumbers(l)) {
        titleStart = l.chunks().get(1).start();
        break;
      }
    }
    // Candidate header lines: the non-blank lines right above the body, for spotting its repeats.
    Set<String> headerWords = new HashSet<>();
    for (int i = body - 1; i >= 0 && i >= body - MAX_HEADER_LINES && !lines.get(i).isBlank(); i--) {
      headerWords.add(lines.get(i).words());
    }
    int last = body;
    for (int i = body + 1; i < lines.size(); i++) {
      LayoutLine l = lines.get(i);
      if (l.isBlank()) {
        continue;
      }
      if (rowStart(l) || l.indent() >= titleStart - LayoutColumns.ASKEW || headerWords.contains(l.words())) {
        last = i;
      } else {
        break;
      }
    }
    List<LayoutLine> bodyLines = new ArrayList<>();
    for (int i = body; i <= last; i++) {
      if (!headerWords.contains(lines.get(i).words()) && !columnNumbers(lines.get(i))) {
        bodyLines.add(lines.get(i));
      }
    }
    LayoutColumns columns = LayoutColumns.infer(bodyLines);
    if (columns.count() < 3) {
      return Optional.empty();
    }
    // The header: its anchor is the nearest line of several chunks above the body that is no numbered
    // line; above it, lines of several chunks and single chunks right of the title column (the tops of
    // taller, centred header cells); below it, the lines down to the first numbered one.
    int anchor = -1;
    for (int i = body - 1; i >= 0 && body - i <= MAX_HEADER_LINES && anchor < 0; i--) {
      LayoutLine l = lines.get(i);
      if (l.chunks().size() >= 2 && !startsNumbered(l) && l.chunks().stream().noneMatch(c -> columns.spansColumns(c, 2))) {
        anchor = i;
      }
    }
    int top = anchor < 0 ? body : anchor;
    for (int i = top - 1; anchor >= 0 && i >= 0 && anchor - i < MAX_HEADER_LINES; i--) {
      LayoutLine l = lines.get(i);
      if (l.isBlank() || l.chunks().stream().anyMatch(c -> columns.spansColumns(c, 2))
          || l.chunks().size() == 1 && l.indent() < columns.end(1) - LayoutColumns.ASKEW) {
        break;
      }
      top = i;
    }
    int headerEnd = anchor < 0 ? body : anchor + 1;
    while (headerEnd < body && !startsNumbered(lines.get(headerEnd))) {
      headerEnd++;
    }
    List<LayoutLine> header = lines.subList(top, headerEnd);
    Set<String> headerLines = new HashSet<>();
    header.forEach(h -> headerLines.add(h.words()));
    // Pages: pdftotext sets each a few characters off the others, so each page's columns are inferred
    // from its own lines as well; when every page finds as many, and the table as a whole more, the
    // table's extra column is two pages' starts of one column.
    List<Integer> pageStarts = new ArrayList<>();
    pageStarts.add(headerEnd);
    for (int i = headerEnd + 1; i <= last; i++) {
      if (source.get(i).text().indexOf('\f') >= 0) {
        pageStarts.add(i);
      }
    }
    pageStarts.add(last + 1);
    List<LayoutColumns> pages = new ArrayList<>();
    for (int p = 0; p + 1 < pageStarts.size(); p++) {
      List<LayoutLine> page = new ArrayList<>();
      for (int i = pageStarts.get(p); i < pageStarts.get(p + 1); i++) {
        if (!headerWords.contains(lines.get(i).words()) && !headerLines.contains(lines.get(i).words())
            && !columnNumbers(lines.get(i))) {
          page.add(lines.get(i));
        }
      }
      pages.add(LayoutColumns.infer(page));
    }
    LayoutColumns tableColumns = columns;
    if (pages.size() >= 2 && pages.stream().allMatch(c -> c.count() == pages.get(0).count())
        && pages.get(0).count() >= 3 && pages.get(0).count() < columns.count()) {
      tableColumns = pages.get(0);
    }
    LayoutColumns all = withHeaderOnlyColumns(tableColumns, header);
    List<GridRow> rows = new ArrayList<>(headerRows(all, header, source.get(top).origin()));
    Rows builder = new Rows(all);
    for (int p = 0; p + 1 < pageStarts.size(); p++) {
      builder.columns = pageColumns(all, withHeaderOnlyColumns(pages.get(p), header));
      for (int i = pageStarts.get(p); i < pageStarts.get(p + 1); i++) {
        LayoutLine l = lines.get(i);
        if (l.isBlank()) {
          continue;
        }
        if (headerLines.contains(l.words()) && (l.chunks().size() >= 2
            || i > 0 && headerLines.contains(lines.get(i - 1).words())
            || i + 1 < lines.size() && headerLines.contains(lines.get(i + 1).words()))) {
          continue;
        }
        builder.line(l, i, source.get(i).origin());
      }
    }
    builder.finish();
    builder.build();
    if (builder.numbered < 2) {
      return Optional.empty();
    }
    rows.addAll(builder.rows);
    return Optional.of(new Found(top, last, GridTable.of(rows, source.get(top).origin()),
        builder.continuationLines >= WRAPPED_LINES_PER_ROW * builder.rowLines));
  }

  /**
   * The columns to read one page's lines by: the page's own when it has as many as the whole table, each
   * starts at most {@link #MAX_PAGE_SHIFT} characters from the table's and one more than
   * {@link LayoutColumns#CLUSTER}; otherwise the table's.
   */
  static LayoutColumns pageColumns(LayoutColumns table, LayoutColumns page) {
    if (page.count() != table.count()) {
      return table;
    }
    int most = 0;
    for (int k = 0; k < table.count(); k++) {
      int shift = Math.abs(page.start(k) - table.start(k));
      if (shift > MAX_PAGE_SHIFT) {
        return table;
      }
      most = Math.max(most, shift);
    }
    // Shifts the table's columns absorb ({@link LayoutColumns#CLUSTER}) are read better by the table's
    // columns, inferred from more lines than a page's.
    return most > LayoutColumns.CLUSTER ? page : table;
  }

  private static boolean rowStart(LayoutLine l) {
    return !l.isBlank() && l.indent() <= MAX_NUMBER_INDENT && ROW_NUMBER.matcher(l.chunks().get(0).text()).matches();
  }

  private static boolean columnNumbers(LayoutLine l) {
    return ColumnNumberRow.is(l.chunks().stream().map(LayoutLine.Chunk::text).toList());
  }

  private static boolean startsNumbered(LayoutLine l) {
    if (l.isBlank()) {
      return false;
    }
    String first = l.chunks().get(0).text();
    return ROW_NUMBER.matcher(first).matches() || SECTION_MARK.matcher(first).matches();
  }

  /** {@code columns} with a column for each stretch of header text over no body column. */
  static LayoutColumns withHeaderOnlyColumns(LayoutColumns columns, List<LayoutLine> header) {
    List<int[]> orphans = new ArrayList<>();
    for (LayoutLine l : header) {
      for (LayoutLine.Chunk c : l.chunks()) {
        if (best(columns, c) < 0) {
          boolean merged = false;
          for (int[] o : orphans) {
            if (c.start() < o[1] && c.end() > o[0]) {
              o[0] = Math.min(o[0], c.start());
              o[1] = Math.max(o[1], c.end());
              merged = true;
            }
          }
          if (!merged) {
            orphans.add(new int[] {c.start(), c.end()});
          }
        }
      }
    }
    LayoutColumns out = columns;
    for (int[] o : orphans) {
      out = out.withColumn(o[0], o[1]);
    }
    return out;
  }

  /** The column whose text {@code chunk} overlaps most; -1 if it overlaps none. */
  private static int best(LayoutColumns columns, LayoutLine.Chunk chunk) {
    int best = -1;
    int most = 0;
    for (int k = 0; k < columns.count(); k++) {
      int overlap = Math.min(chunk.end(), columns.end(k)) - Math.max(chunk.start(), columns.start(k) - LayoutColumns.ASKEW);
      if (overlap > most) {
        most = overlap;
        best = k;
      }
    }
    return best;
  }

  /** The header's rows: one, or two when a cell groups columns whose names are below it. */
  private static List<GridRow> headerRows(LayoutColumns columns, List<LayoutLine> header, DocumentText.Origin origin) {
    if (header.isEmpty()) {
      return List.of();
    }
    int n = columns.count();
    List<List<String>> texts = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      texts.add(new ArrayList<>());
    }
    // Groups: [first column, last column, text], found on a line above their columns' names.
    List<Object[]> groups = new ArrayList<>();
    for (int li = 0; li < header.size(); li++) {
      for (LayoutLine.Chunk c : header.get(li).chunks()) {
        List<Integer> over = new ArrayList<>();
        for (int k = 0; k < n; k++) {
          if (Math.min(c.end(), columns.end(k)) - Math.max(c.start(), columns.start(k)) > 0
              && namedBelow(columns, header, li, k) && !namedAbove(columns, header, li, k)) {
            over.add(k);
          }
        }
        if (over.size() >= 2) {
          groups.add(new Object[] {over.get(0), over.get(over.size() - 1), c.text()});
          continue;
        }
        // Otherwise each word goes to the column it stands over: names of neighbouring columns may be a
        // single space apart («Ответственны информа»).
        List<LayoutLine.Chunk> words = c.words();
        int from = 0;
        for (int w = 1; w <= words.size(); w++) {
          if (w == words.size() || best(columns, words.get(w)) != best(columns, words.get(from))) {
            int k = best(columns, LayoutLine.Chunk.of(words, from, w));
            if (k < 0) {
              // A word over no column's text («N» left of the numbers) goes with the rest of its chunk.
              k = best(columns, c);
            }
            if (k >= 0) {
              texts.get(k).add(LayoutLine.Chunk.of(words, from, w).text());
            }
            from = w;
          }
        }
      }
    }
    List<GridCell> top = new ArrayList<>();
    List<GridCell> below = new ArrayList<>();
    for (int k = 0; k < n; k++) {
      String name = CellLines.text(texts.get(k), headerWidth(texts.get(k)));
      Object[] group = null;
      for (Object[] g : groups) {
        if ((int) g[0] <= k && k <= (int) g[1]) {
          group = g;
        }
      }
      if (group == null) {
        top.add(GridCell.of(name));
        below.add(GridCell.continuation());
      } else {
        if ((int) group[0] == k) {
          top.add(GridCell.of((String) group[2]).withColumnSpan((int) group[1] - (int) group[0] + 1));
        }
        below.add(GridCell.of(name));
      }
    }
    if (groups.isEmpty()) {
      return List.of(GridRow.of(top, origin));
    }
    return List.of(GridRow.of(top, origin), GridRow.of(below, origin));
  }

  private static int headerWidth(List<String> lines) {
    int w = 1;
    for (String s : lines) {
      w = Math.max(w, s.length());
    }
    return w;
  }

  private static boolean namedAbove(LayoutColumns columns, List<LayoutLine> header, int line, int column) {
    for (int li = 0; li < line; li++) {
      for (LayoutLine.Chunk c : header.get(li).chunks()) {
        if (best(columns, c) == column) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean namedBelow(LayoutColumns columns, List<LayoutLine> header, int line, int column) {
    for (int li = line + 1; li < header.size(); li++) {
      for (LayoutLine.Chunk c : header.get(li).chunks()) {
        if (best(columns, c) == column) {
          return true;
        }
      }
    }
    return false;
  }

  /** The body's rows as its lines come. */
  private static final class Rows {
    /** The columns the lines are read by: the page's ({@link #pageColumns}). */
    LayoutColumns columns;
    private final LayoutColumns table;
    final List<GridRow> rows = new ArrayList<>();
    int numbered;
    int rowLines;
    int continuationLines;
    /** The rows so far: a section heading's {@link GridRow}, or a {@link Body} row. */
    private final List<Object> pending = new ArrayList<>();
    private Body cells;
    private String section;
    private DocumentText.Origin origin;
    private int part;

    /** A body row: each cell's lines and the line indexes they stand on, and the row's first and last line. */
    private static final class Body {
      final List<List<String>> texts = new ArrayList<>();
      final List<List<Integer>> at = new ArrayList<>();
      int first;
      int last;
      int part;
      DocumentText.Origin origin;
    }

    Rows(LayoutColumns columns) {
      this.columns = columns;
      this.table = columns;
    }

    void line(LayoutLine l, int index, DocumentText.Origin lineOrigin) {
      List<String> texts = columns.cells(l);
      boolean numberText = !texts.get(0).isEmpty();
      if (numberText && ROW_NUMBER.matcher(texts.get(0)).matches()) {
        finish();
        numbered++;
        start(texts, index, lineOrigin);
        return;
      }
      if (!numberText && l.chunks().size() == 1 && (columns.spansColumns(l.chunks().get(0), 2)
          || SECTION_MARK.matcher(l.chunks().get(0).text()).matches())) {
        finish();
        section = l.chunks().get(0).text();
        origin = lineOrigin;
        return;
      }
      if (section != null && l.chunks().size() == 1) {
        section = section + " " + l.chunks().get(0).text();
        return;
      }
      if (section != null || cells == null || numberText && cells.texts.get(0).isEmpty() && !texts.get(1).isEmpty()) {
        finish();
        start(texts, index, lineOrigin);
        return;
      }
      continuationLines++;
      cells.last = index;
      for (int k = 0; k < texts.size(); k++) {
        if (!texts.get(k).isEmpty()) {
          cells.texts.get(k).add(texts.get(k));
          cells.at.get(k).add(index);
        }
      }
    }

    private void start(List<String> texts, int index, DocumentText.Origin lineOrigin) {
      rowLines++;
      cells = new Body();
      cells.first = index;
      cells.last = index;
      cells.part = part;
      cells.origin = lineOrigin;
      for (String t : texts) {
        List<String> c = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        if (!t.isEmpty()) {
          c.add(t);
          at.add(index);
        }
        cells.texts.add(c);
        cells.at.add(at);
      }
    }

    void finish() {
      if (section != null) {
        pending.add(GridRow.of(List.of(GridCell.of(section).withColumnSpan(table.count())), origin));
        section = null;
        part++;
      }
      if (cells != null) {
        pending.add(cells);
        cells = null;
      }
    }

    /**
     * The rows, each body cell's lines joined by {@link CellLines}, and a cell merged across rows
     * ({@link MergedRows}) given to each row it covers; the number and title columns are never merged.
     */
    void build() {
      List<Body> bodies = new ArrayList<>();
      for (Object o : pending) {
        if (o instanceof Body b) {
          bodies.add(b);
        }
      }
      List<MergedRows.Span> spans = new ArrayList<>();
      for (Body b : bodies) {
        spans.add(new MergedRows.Span(b.first, b.last, b.part));
      }
      int n = table.count();
      List<int[]> owners = new ArrayList<>();
      for (int k = 0; k < n; k++) {
        List<MergedRows.Text> texts = new ArrayList<>();
        for (Body b : bodies) {
          List<Integer> at = b.at.get(k);
          texts.add(at.isEmpty() ? null : new MergedRows.Text(at.get(0), at.get(at.size() - 1)));
        }
        int[] owner = k < 2 ? null : MergedRows.owners(spans, texts);
        owners.add(owner);
      }
      int r = 0;
      for (Object o : pending) {
        if (o instanceof GridRow g) {
          rows.add(g);
          continue;
        }
        Body b = (Body) o;
        List<GridCell> out = new ArrayList<>();
        for (int k = 0; k < n; k++) {
          int[] owner = owners.get(k);
          List<String> lines = owner == null || owner[r] < 0 ? b.texts.get(k) : bodies.get(owner[r]).texts.get(k);
          out.add(GridCell.of(CellLines.paragraphs(lines, table.width(k))));
        }
        rows.add(GridRow.of(out, b.origin));
        r++;
      }
    }
  }
}
