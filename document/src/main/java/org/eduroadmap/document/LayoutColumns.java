package org.eduroadmap.document;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The columns of a space-aligned table, inferred from where its lines' chunks start and how far they
 * reach: pdftotext keeps every word near its x position, so a column's text starts at (nearly) the same
 * character position on every line, and a column's text never reaches past where the next one starts.
 *
 * <p>A column starts where chunks of {@value #MIN_LINES} lines or more (and at least
 * {@value #MIN_LINE_SHARE} of the lines) start; its right extent is the farthest its chunks reach while
 * leaving the gap before the next column. A chunk that runs past its column's extent is the column's
 * text run into the next column's with a single space between them (a long line of a cell next to a
 * short one), and is split at the last word that still fits.
 */
final class LayoutColumns {

  /** Fewest lines whose chunks start at a position for it to be a column: one line is a coincidence. */
  static final int MIN_LINES = 2;

  /** Least share of the table's lines starting a chunk at a position for it to be a column. */
  static final double MIN_LINE_SHARE = 0.05;

  /**
   * Characters a column's text may stand left of the column's start and still be in it: pdftotext rounds
   * x positions to characters, and a row set a little askew moves by one.
   */
  static final int ASKEW = 1;

  /**
   * Characters left of a column's start where a word run on from the column before with a single space
   * may still begin the column's text: pdftotext pushes a column's text left or right by a few characters
   * on a line where the text before it is set in wider or narrower glyphs.
   */
  static final int INTRUSION = 3;

  /**
   * Characters apart that chunk starts may be and still start one column: pdftotext sets a page's
   * columns a character or two left or right of another page's.
   */
  static final int CLUSTER = 2;

  /** Spaces pdftotext leaves between two columns' texts at the least (one space is within a cell). */
  static final int GAP = 2;

  private final List<Integer> starts;
  private final List<Integer> ends;

  private LayoutColumns(List<Integer> starts, List<Integer> ends) {
    this.starts = List.copyOf(starts);
    this.ends = List.copyOf(ends);
  }

  /** Columns with the given starts and right extents (exclusive), in order. */
  static LayoutColumns of(List<Integer> starts, List<Integer> ends) {
    return new LayoutColumns(starts, ends);
  }

  /** The columns of {@code lines}, the table's body; empty (no columns) if fewer than two are found. */
  static LayoutColumns infer(List<LayoutLine> lines) {
    Map<Integer, Integer> counts = new TreeMap<>();
    int nonBlank = 0;
    for (LayoutLine l : lines) {
      if (!l.isBlank()) {
        nonBlank++;
      }
      for (LayoutLine.Chunk c : l.chunks()) {
        counts.merge(c.start(), 1, Integer::sum);
      }
    }
    int threshold = Math.max(MIN_LINES, (int) Math.ceil(MIN_LINE_SHARE * nonBlank));
    // Positions a few characters apart are one column, its lines set a little askew (a page that came out
    // a character wider): a cluster of them is a column if its lines together reach the threshold.
    List<Integer> starts = new ArrayList<>();
    int clusterFirst = -1;
    int clusterLast = -1;
    int clusterCount = 0;
    int clusterStart = -1;
    for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
      if (clusterLast >= 0 && e.getKey() - clusterLast > CLUSTER) {
        if (clusterCount >= threshold) {
          starts.add(clusterStart >= 0 ? clusterStart : clusterFirst);
        }
        clusterFirst = -1;
        clusterCount = 0;
        clusterStart = -1;
      }
      if (clusterFirst < 0) {
        clusterFirst = e.getKey();
      }
      if (clusterStart < 0 && e.getValue() >= MIN_LINES) {
        clusterStart = e.getKey();
      }
      clusterLast = e.getKey();
      clusterCount += e.getValue();
    }
    if (clusterCount >= threshold) {
      starts.add(clusterStart >= 0 ? clusterStart : clusterFirst);
    }
    Collections.sort(starts);
    if (starts.size() < 2) {
      return new LayoutColumns(List.of(), List.of());
    }
    // Right extents: the farthest a chunk of the column reaches leaving the gap before the next column.
    List<Integer> ends = new ArrayList<>(Collections.nCopies(starts.size(), 0));
    LayoutColumns byStart = new LayoutColumns(starts, ends);
    for (LayoutLine l : lines) {
      for (LayoutLine.Chunk c : l.chunks()) {
        int k = byStart.column(c.start());
        int limit = k + 1 < starts.size() ? starts.get(k + 1) - 1 : Integer.MAX_VALUE;
        if (c.end() <= limit) {
          ends.set(k, Math.max(ends.get(k), c.end()));
        }
      }
    }
    for (int k = 0; k < starts.size(); k++) {
      if (ends.get(k) <= starts.get(k)) {
        ends.set(k, k + 1 < starts.size() ? starts.get(k + 1) - GAP : starts.get(k) + 1);
      }
    }
    return new LayoutColumns(starts, ends);
  }

  int count() {
    return starts.size();
  }

  int start(int column) {
    return starts.get(column);
  }

  /** Where the column's text ends at the farthest (exclusive). */
  int end(int column) {
    return ends.get(column);
  }

  /** The widest line of the column's text, in characters. */
  int width(int column) {
    return Math.max(1, ends.get(column) - starts.get(column));
  }

  /** The column whose text starts at or before position {@code x} (allowing {@link #ASKEW}). */
  int column(int x) {
    int k = 0;
    for (int c = 0; c < starts.size(); c++) {
      if (starts.get(c) <= x + ASKEW) {
        k = c;
      }
    }
    return k;
  }

  /** These columns with an empty one (text only in the header) from {@code start} to {@code end}. */
  LayoutColumns withColumn(int start, int end) {
    List<Integer> s = new ArrayList<>(starts);
    List<Integer> e = new ArrayList<>(ends);
    int at = 0;
    while (at < s.size() && s.get(at) < start) {
      at++;
    }
    s.add(at, start);
    e.add(at, end);
    return new LayoutColumns(s, e);
  }

  /**
   * The text of each column on {@code line}: chunks go to the column they start in; a chunk running past
   * its column's extent is split after its last word that fits, the rest going on to the next column.
   */
  List<String> cells(LayoutLine line) {
    List<List<String>> pieces = new ArrayList<>();
    for (int k = 0; k < starts.size(); k++) {
      pieces.add(new ArrayList<>());
    }
    for (LayoutLine.Chunk c : line.chunks()) {
      place(c, column(c.start()), pieces);
    }
    List<String> out = new ArrayList<>(starts.size());
    for (List<String> p : pieces) {
      out.add(String.join(" ", p));
    }
    return out;
  }

  private void place(LayoutLine.Chunk chunk, int k, List<List<String>> pieces) {
    if (k + 1 < starts.size() && chunk.end() > ends.get(k)) {
      List<LayoutLine.Chunk> words = chunk.words();
      int fit = 1;
      while (fit < words.size() && words.get(fit).start() < starts.get(k + 1) - INTRUSION) {
        fit++;
      }
      if (fit < words.size()) {
        pieces.get(k).add(LayoutLine.Chunk.of(words, 0, fit).text());
        LayoutLine.Chunk rest = LayoutLine.Chunk.of(words, fit, words.size());
        place(rest, Math.max(k + 1, column(rest.start())), pieces);
        return;
      }
    }
    pieces.get(k).add(chunk.text());
  }

  /** Whether {@code chunk} runs over the starts of two or more further columns: a heading across the table. */
  boolean spansColumns(LayoutLine.Chunk chunk, int count) {
    int k = column(chunk.start());
    int crossed = 0;
    for (int c = k + 1; c < starts.size(); c++) {
      if (chunk.end() > starts.get(c) + ASKEW) {
        crossed++;
      }
    }
    return crossed >= count;
  }

  @Override
  public String toString() {
    List<String> s = new ArrayList<>();
    for (int k = 0; k < starts.size(); k++) {
      s.add(starts.get(k) + "–" + ends.get(k));
    }
    return "LayoutColumns" + s;
  }
}
