package org.eduroadmap.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.eduroadmap.roadmap.Roadmap;

/**
 * The bundled seed documents, and their layout as Word would have it: paragraphs (bold where the text copy
 * has {@code **}) and tables whose cells know their horizontal span and whether they continue the cell
 * above. The Word and PDF fixture writers lay these out; the tests compare what the readers give back.
 *
 * <pre>{@code
 * SeedFixtures.Layout layout = SeedFixtures.layout(SeedFixtures.seedText("eao-2021"));
 * SeedFixtures.differences(SeedFixtures.seedText("eao-2021"), DocxText.read(bytes, limits));  // []
 * }</pre>
 */
public final class SeedFixtures {

  /** The five seeds bundled with the tests. */
  public static final List<String> SEEDS =
      List.of("eao-2021", "katanga-2023", "kizel-2021", "olenegorsk-2021", "yakovlevsky-2020");

  /** A block of the document: a paragraph or a table. */
  public sealed interface Block permits Paragraph, TableBlock {}

  /** A paragraph; {@code text} empty for an empty one. */
  public record Paragraph(String text, boolean bold) implements Block {}

  /** A cell: its text, how many grid columns it spans, whether it continues the cell above (vMerge). */
  public record Cell(String text, int span, boolean continuation) {}

  /** A table: rows of cells over {@code columns} grid columns, the first {@code headerRows} a header. */
  public record TableBlock(int columns, int headerRows, List<List<Cell>> rows) implements Block {}

  /** A document: its blocks in order. */
  public record Layout(List<Block> blocks) {}

  private SeedFixtures() {}

  /** The text copy of seed {@code name}. */
  public static String seedText(String name) {
    try (InputStream in = SeedFixtures.class.getResourceAsStream(name + ".txt")) {
      if (in == null) {
        throw new IllegalArgumentException("No seed " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The layout Word would have for a text copy: a line with TABs is a table row (consecutive ones a
   * table); a row with only its first cell filled spans the row; in a two-row header an empty cell after
   * a filled one, above filled cells, is merged into it; an empty cell under a filled one (or under such a
   * continuation) continues it, except in the number column below the header.
   */
  public static Layout layout(String text) {
    String[] lines = text.split("\n", -1);
    int end = lines.length;
    // The text ends with a line end; that is no paragraph of its own.
    if (end > 0 && lines[end - 1].isEmpty()) {
      end--;
    }
    List<Block> blocks = new ArrayList<>();
    List<String[]> table = new ArrayList<>();
    for (int i = 0; i < end; i++) {
      String line = lines[i];
      if (line.indexOf('\t') >= 0) {
        table.add(line.split("\t", -1));
        continue;
      }
      if (!table.isEmpty()) {
        blocks.add(table(table));
        table.clear();
      }
      boolean bold = line.contains("**");
      blocks.add(new Paragraph(line.replace("**", ""), bold));
    }
    if (!table.isEmpty()) {
      blocks.add(table(table));
    }
    return new Layout(blocks);
  }

  private static TableBlock table(List<String[]> raw) {
    int columns = 0;
    for (String[] r : raw) {
      columns = Math.max(columns, r.length);
    }
    int n = raw.size();
    String[][] grid = new String[n][columns];
    for (int r = 0; r < n; r++) {
      for (int c = 0; c < columns; c++) {
        grid[r][c] = c < raw.get(r).length ? raw.get(r)[c].strip() : "";
      }
    }
    boolean[] heading = new boolean[n];
    for (int r = 0; r < n; r++) {
      boolean rest = true;
      for (int c = 1; c < columns; c++) {
        rest &= grid[r][c].isEmpty();
      }
      heading[r] = columns >= 3 && !grid[r][0].isEmpty() && rest;
    }
    // A two-row header: the second row has empty cells under filled first-row cells and fills some others.
    boolean twoRowHeader = n >= 2 && !heading[0] && !heading[1] && isHeaderPair(grid[0], grid[1]);
    int[][] span = new int[n][columns];
    boolean[][] covered = new boolean[n][columns];
    for (int r = 0; r < n; r++) {
      for (int c = 0; c < columns; c++) {
        span[r][c] = 1;
      }
      if (heading[r]) {
        span[r][0] = columns;
        for (int c = 1; c < columns; c++) {
          covered[r][c] = true;
        }
      }
    }
    if (twoRowHeader) {
      for (int c = 0; c < columns; c++) {
        if (grid[0][c].isEmpty() || covered[0][c]) {
          continue;
        }
        int k = c + 1;
        while (k < columns && grid[0][k].isEmpty() && !grid[1][k].isEmpty() && !grid[1][c].isEmpty()) {
          covered[0][k] = true;
          k++;
        }
        span[0][c] = k - c;
      }
    }
    boolean[][] continuation = new boolean[n][columns];
    boolean[][] filledOrContinued = new boolean[n][columns];
    for (int r = 0; r < n; r++) {
      for (int c = 0; c < columns; c++) {
        if (covered[r][c]) {
          continue;
        }
        boolean empty = grid[r][c].isEmpty();
        boolean above = r > 0 && !heading[r - 1] && !heading[r] && filledOrContinued[r - 1][c]
            && span[r - 1][c] == 1 && !covered[r - 1][c];
        boolean allowed = c > 0 || (twoRowHeader && r == 1);
        continuation[r][c] = empty && above && allowed;
        filledOrContinued[r][c] = !empty || continuation[r][c];
      }
    }
    List<List<Cell>> rows = new ArrayList<>();
    for (int r = 0; r < n; r++) {
      List<Cell> cells = new ArrayList<>();
      for (int c = 0; c < columns; c++) {
        if (!covered[r][c]) {
          cells.add(new Cell(grid[r][c], span[r][c], continuation[r][c]));
        }
      }
      rows.add(cells);
    }
    // Word repeats header rows only; a table that starts with a numbered or continued row has none.
    boolean header = !grid[0][0].isEmpty() && !Character.isDigit(grid[0][0].charAt(0)) && !heading[0];
    return new TableBlock(columns, twoRowHeader ? 2 : header ? 1 : 0, rows);
  }

  private static boolean isHeaderPair(String[] first, String[] second) {
    boolean emptyUnderFilled = false;
    boolean filledUnderEmpty = false;
    for (int c = 0; c < first.length; c++) {
      emptyUnderFilled |= !first[c].isEmpty() && second[c].isEmpty();
      filledUnderEmpty |= first[c].isEmpty() && !second[c].isEmpty();
    }
    return emptyUnderFilled && filledUnderEmpty;
  }

  /** The roadmap read from {@code text} with the standard reader. */
  public static Roadmap roadmap(String text) {
    return RoadmapDocumentReader.standard().read(text).roadmap();
  }

  /**
   * How the roadmap read from {@code read} differs from the one read from the text copy
   * {@code expectedText}: each difference as «path: expected ≠ actual»; empty if the same.
   */
  public static List<String> differences(String expectedText, DocumentText read) {
    List<String> out = new ArrayList<>();
    for (RoadmapDiff.Difference d : RoadmapDiff.between(roadmap(expectedText), roadmap(read.toPlainText()))) {
      out.add(d.toString());
    }
    return out;
  }
}
