package org.eduroadmap.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eduroadmap.document.structure.Block;
import org.eduroadmap.document.structure.GridTable;
import org.eduroadmap.document.structure.Paragraph;
import org.eduroadmap.document.structure.StructuredDocument;

/**
 * Lays a document's structure out as the text the roadmap reader takes, with the structure's knowledge
 * kept: every paragraph its own paragraph (TAB-aligned pieces separate paragraphs, never cells), the
 * plan's table found by its header's meaning, its header rows read as one row of column names (year
 * columns as a row of years below), the column-number row and repeated headers left out, merged cells
 * given to every row they cover, a cell's paragraphs joined as its column needs (one party per
 * paragraph), sections on a line of their own. Other tables (an order's date and number laid out in a
 * table, a list of abbreviations) become paragraphs, and paragraphs between parts of the plan's table
 * follow it.
 */
final class StructureLayout {

  private static final Pattern GLOSSARY_INLINE = Pattern.compile(
      "(?iu)^((?:используемые|принятые|список)?\\s*(?:сокращения|сокращений|условные обозначения))\\s*[:.]\\s*(\\S.*)$");
  private static final Pattern ROW_NUMBER = Pattern.compile("(?u)^(?:п\\.\\s*)?\\d+(?:\\.\\d+)*\\.?$");

  private final Lines out = new Lines();
  private final List<Paragraph> after = new ArrayList<>();

  private StructureLayout() {}

  /** The text of {@code document}, laid out for the roadmap reader. */
  static DocumentText toText(StructuredDocument document) {
    return new StructureLayout().layOut(document);
  }

  private DocumentText layOut(StructuredDocument document) {
    List<Block> blocks = document.blocks();
    int plan = -1;
    HeaderRows planHeader = null;
    for (int i = 0; i < blocks.size() && plan < 0; i++) {
      if (blocks.get(i) instanceof GridTable t) {
        HeaderRows h = HeaderRows.of(TableGrid.of(t));
        if (h.isPlan()) {
          plan = i;
          planHeader = h;
        }
      }
    }
    if (plan < 0) {
      // No header names a plan: the widest table goes to the reader as it is, which guesses its columns.
      plan = widest(blocks);
    }
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (i == plan && b instanceof GridTable t) {
        TableGrid grid = TableGrid.of(t);
        HeaderRows header = planHeader != null ? planHeader : HeaderRows.of(grid);
        PlanTable table = new PlanTable(grid, header, null, out);
        table.header();
        table.rows(header.rows);
        // Further parts of the plan's table (a table per page or per section) continue it.
        for (int j = i + 1; j < blocks.size(); j++) {
          if (blocks.get(j) instanceof GridTable next) {
            TableGrid g = TableGrid.of(next);
            if (g.width == grid.width) {
              HeaderRows h = HeaderRows.of(g);
              new PlanTable(g, header, table.headerTexts, out).rows(h.isPlan() ? h.rows : 0);
              blocks = withoutBlock(blocks, j);
              j--;
            }
          }
        }
        continue;
      }
      if (b instanceof Paragraph p) {
        if (plan >= 0 && i > plan) {
          after.add(p);
        } else {
          paragraph(p);
        }
      } else if (b instanceof GridTable t) {
        List<Paragraph> ps = asParagraphs(t);
        if (plan >= 0 && i > plan) {
          after.addAll(ps);
        } else {
          ps.forEach(this::paragraph);
        }
      }
    }
    for (Paragraph p : after) {
      paragraph(p);
    }
    return out.build();
  }

  /** The lines written so far. */
  private static final class Lines {
    private final List<DocumentText.Line> lines = new ArrayList<>();

    void line(String text, DocumentText.Origin origin) {
      lines.add(DocumentText.Line.of(text, origin));
    }

    DocumentText build() {
      DocumentText.Builder b = DocumentText.builder();
      lines.forEach(l -> b.line(l.text(), l.origin()));
      return b.build();
    }
  }

  private static List<Block> withoutBlock(List<Block> blocks, int index) {
    List<Block> copy = new ArrayList<>(blocks);
    copy.remove(index);
    return copy;
  }

  private static int widest(List<Block> blocks) {
    int best = -1;
    int width = 2;
    for (int i = 0; i < blocks.size(); i++) {
      if (blocks.get(i) instanceof GridTable t && t.columnCount() > width && t.rows().size() > 1) {
        best = i;
        width = t.columnCount();
      }
    }
    return best;
  }

  /** A table that is no plan, as paragraphs: a row of two cells «ОО | …» as «ОО – …», else a cell each. */
  private static List<Paragraph> asParagraphs(GridTable t) {
    List<Paragraph> ps = new ArrayList<>();
    TableGrid grid = TableGrid.of(t);
    for (int r = 0; r < grid.height(); r++) {
      List<String> texts = grid.ownTexts(r);
      DocumentText.Origin origin = t.rows().get(r).origin();
      if (texts.size() == 2 && texts.get(0).length() <= 20 && !texts.get(0).matches("(?s).*\\d.*")) {
        ps.add(Paragraph.of(texts.get(0) + " – " + texts.get(1), origin));
      } else {
        for (String s : texts) {
          ps.add(Paragraph.of(s, origin));
        }
      }
    }
    return ps;
  }

  private void paragraph(Paragraph p) {
    for (String line : p.text().split("\n")) {
      Matcher g = GLOSSARY_INLINE.matcher(line.strip());
      if (g.matches()) {
        emit(g.group(1) + ":", p.origin());
        for (String entry : Parties.splitOutside(g.group(2), ';')) {
          if (!entry.isBlank()) {
            emit(entry.strip().replaceAll("[;.]+$", ""), p.origin());
          }
        }
        continue;
      }
      for (String piece : TabAlignedParagraph.pieces(line)) {
        emit(piece, p.origin());
      }
    }
  }

  private void emit(String text, DocumentText.Origin origin) {
    String t = text.strip();
    if (t.isEmpty()) {
      return;
    }
    out.line(t, origin);
    out.line("", origin);
  }

  /** The plan's table, written as the reader's header line, year line and a line a row. */
  private static final class PlanTable {
    private final TableGrid grid;
    private final HeaderRows header;
    private final Lines out;
    private final List<List<String>> headerTexts = new ArrayList<>();

    /** The plan's table {@code grid}, or a further part of it whose header is {@code headerTexts}. */
    PlanTable(TableGrid grid, HeaderRows header, List<List<String>> headerTexts, Lines out) {
      this.grid = grid;
      this.header = header;
      this.out = out;
      if (headerTexts != null) {
        this.headerTexts.addAll(headerTexts);
      } else {
        for (int r = 0; r < header.rows; r++) {
          this.headerTexts.add(grid.ownTexts(r));
        }
      }
    }

    void header() {
      if (header.rows == 0) {
        return;
      }
      DocumentText.Origin origin = grid.rows.get(0).origin();
      List<String> names = new ArrayList<>();
      List<String> years = new ArrayList<>();
      boolean previousYear = false;
      for (int c = 0; c < grid.width; c++) {
        Integer year = header.years.get(c);
        if (year != null) {
          names.add(previousYear ? "" : header.groups.get(c));
          years.add(String.valueOf(year));
          previousYear = true;
        } else {
          names.add(header.labels.get(c));
          years.add("");
          previousYear = false;
        }
      }
      out.line(cellsLine(names), origin);
      if (!header.years.isEmpty()) {
        out.line(cellsLine(years), origin);
      }
    }

    void rows(int from) {
      int number = header.column(Table.Role.NUMBER);
      int title = header.column(Table.Role.TITLE);
      for (int r = from; r < grid.height(); r++) {
        List<String> own = grid.ownTexts(r);
        DocumentText.Origin origin = grid.rows.get(r).origin();
        if (own.isEmpty() && allContinued(r)) {
          continue;
        }
        if (own.isEmpty() || ColumnNumberRow.is(own) || headerTexts.contains(own)) {
          continue;
        }
        String section = section(r, number, title);
        if (section != null) {
          List<String> cells = new ArrayList<>();
          cells.add(section);
          while (cells.size() < grid.width) {
            cells.add("");
          }
          out.line(cellsLine(cells), origin);
          continue;
        }
        // A merged cell applies to every activity it covers; a line that continues an activity (no number
        // of its own: the rest of a row a page break split) gets nothing from it, or it would say it twice.
        TableGrid.Slot numberSlot = number >= 0 ? grid.slot(r, number) : null;
        boolean startsRow = numberSlot == null || (!numberSlot.isEmpty() && !numberSlot.continued());
        List<String> cells = new ArrayList<>(grid.width);
        for (int c = 0; c < grid.width; c++) {
          TableGrid.Slot s = grid.slot(r, c);
          Table.Role role = header.role(c);
          // Plans merge who is responsible and when over several activities; other merged cells (a year's
          // column, a result) are said once.
          boolean copied = startsRow && (role == Table.Role.RESPONSIBLE || role == Table.Role.TERM);
          if (s.spanned() || (s.continued() && !copied)) {
            cells.add("");
          } else {
            cells.add(join(s.paragraphs(), role));
          }
        }
        out.line(cellsLine(cells), origin);
      }
    }

    private boolean allContinued(int r) {
      for (int c = 0; c < grid.width; c++) {
        TableGrid.Slot s = grid.slot(r, c);
        if (!s.continued() && !s.isEmpty()) {
          return false;
        }
      }
      return true;
    }

    /** The heading if row {@code r} is a section's: one cell across the row, or a number and title alone. */
    private String section(int r, int number, int title) {
      List<Integer> filled = new ArrayList<>();
      for (int c = 0; c < grid.width; c++) {
        TableGrid.Slot s = grid.slot(r, c);
        if (!s.spanned() && !s.continued() && !s.isEmpty()) {
          filled.add(c);
        }
      }
      if (filled.size() == 1) {
        int c = filled.get(0);
        TableGrid.Slot s = grid.slot(r, c);
        if (s.span() >= Math.max(2, grid.width - 1) || c == number && !ROW_NUMBER.matcher(s.text().strip()).matches()) {
          return s.text().strip();
        }
        // A lower-case start is the rest of a row a page break split, not a heading.
        if (c == title && number >= 0 && numberedRows(number) > 0 && !startsLowerCase(s.text())) {
          return s.text().strip();
        }
        return null;
      }
      if (filled.size() == 2 && number >= 0 && title >= 0 && filled.contains(number) && filled.contains(title)) {
        String n = grid.slot(r, number).text().strip().replaceAll("\\.$", "");
        if (n.isEmpty() || !ROW_NUMBER.matcher(n).matches()) {
          return null;
        }
        // A number whose next row is numbered under it («1» then «1.1») heads a section.
        for (int next = r + 1; next < grid.height(); next++) {
          String m = grid.slot(next, number).text().strip();
          if (m.isEmpty()) {
            continue;
          }
          if (m.startsWith(n + ".") && m.length() > n.length() + 1) {
            return grid.slot(r, number).text().strip() + " " + grid.slot(r, title).text().strip();
          }
          break;
        }
      }
      return null;
    }

    private static boolean startsLowerCase(String text) {
      String t = text.strip();
      return !t.isEmpty() && Character.isLowerCase(t.charAt(0));
    }

    private int numberedRows(int number) {
      int n = 0;
      for (int r = header.rows; r < grid.height(); r++) {
        TableGrid.Slot s = grid.slot(r, number);
        if (!s.continued() && ROW_NUMBER.matcher(s.text().strip()).matches()) {
          n++;
        }
      }
      return n;
    }

    /** A cell's paragraphs as its column reads them: one party per paragraph, other text as one. */
    private static String join(List<String> paragraphs, Table.Role role) {
      if (role != Table.Role.RESPONSIBLE || paragraphs.size() < 2) {
        return String.join(" ", paragraphs);
      }
      List<String> parts = new ArrayList<>();
      for (String p : paragraphs) {
        String t = p.strip().replaceAll("[,;]+$", "").strip();
        if (!t.isEmpty()) {
          parts.add(t);
        }
      }
      return String.join(", ", parts);
    }

    private static String cellsLine(List<String> cells) {
      List<String> clean = new ArrayList<>(cells.size());
      for (String c : cells) {
        clean.add(c.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ').strip());
      }
      return String.join("\t", clean);
    }
  }
}
