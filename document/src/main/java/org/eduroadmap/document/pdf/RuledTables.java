package org.eduroadmap.document.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Tables drawn with ruling lines, rebuilt from a page's rulings: horizontal rulings that end on vertical
 * ones bound table rows (bands), the vertical ones within a band bound its cells; the columns of a table
 * are all the vertical rulings of its bands, so a cell spanning several columns has a span, and a cell
 * without a ruling above it continues the cell above (a vertical merge, whose text belongs to the first).
 *
 * <pre>{@code
 * List<List<RuledTables.Band>> tables = RuledTables.find(rulings.horizontal, rulings.vertical);
 * RuledTables.place(glyph, tables);      // false: the glyph is outside every table
 * List<Item> rows = RuledTables.rows(tables.get(0));
 * }</pre>
 */
final class RuledTables {

  /** Rulings closer than this many points are one (a border drawn twice, by both neighbouring cells). */
  static final float SNAP = 2f;
  /** A horizontal ruling ends on a vertical one up to this many points beyond SNAP: half a thick border's width. */
  static final float LINE_HALF_WIDTH_POINTS = 1f;
  /** A band lower than this many points is the gap between a double border, not a row. */
  static final float MIN_BAND_POINTS = 3f;
  /** An empty band lower than this many points is a spacer between borders, not an empty row. */
  static final float MIN_EMPTY_ROW_POINTS = 6f;
  /**
   * Cell padding read as at most this many points: Word's default is 0.19 cm (5.4 pt), LibreOffice's
   * 0.1 cm (2.8 pt); more is a cell centred or indented, not padding.
   */
  static final float MAX_PADDING_POINTS = 10f;
  /** Bands read per page and cells per band at most: a hostile file may draw more. */
  static final int MAX_BANDS = 5000;
  static final int MAX_CELLS = 200;

  private RuledTables() {}

  /** A cell of a band: its x-range, first grid column, span, the cell whose text it holds, and its characters. */
  static final class Cell {
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
  record Band(float top, float bottom, List<Cell> cells) {}

  /** The page's tables from its rulings: each a run of bands. */
  static List<List<Band>> find(List<Ruling> horizontal, List<Ruling> vertical) {
    List<Ruling> h = merge(horizontal);
    List<Ruling> v = merge(vertical);
    return tables(rowBoundaries(h, v), v);
  }

  /**
   * The table's rows as items, a band a row: each cell's paragraphs read from its lines
   * ({@link CellParagraphs}), between its borders less the table's padding.
   */
  static List<Item> rows(List<Band> table) {
    float padding = padding(table);
    int columns = columnsOf(table);
    List<Item> items = new ArrayList<>();
    for (Band band : table) {
      List<PdfCell> cells = new ArrayList<>();
      int width = 0;
      boolean empty = true;
      for (Cell c : band.cells()) {
        if (c.owner == c) {
          List<String> paragraphs = CellParagraphs.of(TextLines.of(c.glyphs), c.x0 + padding, c.x1 - padding);
          empty &= paragraphs.isEmpty();
          cells.add(new PdfCell(paragraphs, c.span, false));
        } else {
          cells.add(new PdfCell(List.of(), c.span, true));
        }
        width += c.span;
      }
      for (; width < columns; width++) {
        cells.add(PdfCell.of(""));
      }
      if (!empty || band.bottom() - band.top() > MIN_EMPTY_ROW_POINTS) {
        items.add(new Item(band.top(), cells, null));
      }
    }
    return items;
  }

  /** The padding of the table's cells: the least distance from a cell's left border to its text (a left-aligned cell's). */
  private static float padding(List<Band> table) {
    float least = MAX_PADDING_POINTS;
    for (Band b : table) {
      for (Cell c : b.cells()) {
        for (Glyph g : c.glyphs) {
          least = Math.min(least, Math.max(0, g.x0() - c.x0));
        }
      }
    }
    return least;
  }


  /** Rulings on one line joined into one where they touch. */
  static List<Ruling> merge(List<Ruling> rulings) {
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

  static List<Ruling> joinAlong(List<Ruling> line) {
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
  static List<Ruling> rowBoundaries(List<Ruling> horizontal, List<Ruling> vertical) {
    List<Ruling> out = new ArrayList<>();
    for (Ruling h : horizontal) {
      if (endsOnVertical(h.from(), h.at(), vertical) && endsOnVertical(h.to(), h.at(), vertical)) {
        out.add(h);
      }
    }
    return out;
  }

  static boolean endsOnVertical(float x, float y, List<Ruling> vertical) {
    for (Ruling v : vertical) {
      if (Math.abs(v.at() - x) <= SNAP + LINE_HALF_WIDTH_POINTS && v.from() - SNAP <= y && y <= v.to() + SNAP) {
        return true;
      }
    }
    return false;
  }

  /** The page's tables: runs of row bands, each band's cells bounded by the vertical rulings crossing it. */
  static List<List<Band>> tables(List<Ruling> horizontal, List<Ruling> vertical) {
    List<Float> ys = new ArrayList<>();
    for (Ruling h : horizontal) {
      if (ys.isEmpty() || h.at() - ys.get(ys.size() - 1) > SNAP) {
        ys.add(h.at());
      }
    }
    List<List<Band>> tables = new ArrayList<>();
    List<Band> table = null;
    for (int i = 0; i + 1 < ys.size() && i < MAX_BANDS; i++) {
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
      if (snapped.size() < 2 || bottom - top < MIN_BAND_POINTS) {
        table = null;
        continue;
      }
      List<Cell> cells = new ArrayList<>();
      for (int k = 0; k + 1 < snapped.size() && k < MAX_CELLS; k++) {
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

  static List<Float> snap(List<Float> xs) {
    List<Float> out = new ArrayList<>();
    for (float x : xs) {
      if (out.isEmpty() || x - out.get(out.size() - 1) > SNAP) {
        out.add(x);
      }
    }
    return out;
  }

  /** Gives each cell its grid column and span, and links a cell with no ruling above to the cell above. */
  static void grid(List<Band> table, List<Ruling> horizontal) {
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

  static int nearest(List<Float> columns, float x) {
    int best = 0;
    for (int i = 1; i < columns.size(); i++) {
      if (Math.abs(columns.get(i) - x) < Math.abs(columns.get(best) - x)) {
        best = i;
      }
    }
    return best;
  }

  static boolean covered(List<Ruling> horizontal, float y, float x) {
    for (Ruling h : horizontal) {
      if (Math.abs(h.at() - y) <= SNAP && h.from() <= x && x <= h.to()) {
        return true;
      }
    }
    return false;
  }

  static int columnsOf(List<Band> table) {
    int n = 0;
    for (Band b : table) {
      for (Cell c : b.cells()) {
        n = Math.max(n, c.column + c.span);
      }
    }
    return n;
  }

  /** Puts {@code g} into the cell (or the cell it continues) that holds it; false if in no table. */
  static boolean place(Glyph g, List<List<Band>> tables) {
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
}
