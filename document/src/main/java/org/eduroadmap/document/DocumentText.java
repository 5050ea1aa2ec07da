package org.eduroadmap.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.eduroadmap.Language;

/**
 * A document's content as the roadmap reader takes it: lines of text, where a table row is one line whose
 * cells are separated by TAB characters, each line with where it came from in the original file.
 *
 * <pre>{@code
 * DocumentText text = DocumentText.builder()
 *     .line("ПРИКАЗ", DocumentText.Origin.ofParagraph(1))
 *     .line("1.\tАнализ результатов ВПР\tоктябрь 2021\tОО", DocumentText.Origin.ofTableRow(1, 1, 2))
 *     .build();
 * text.lines().get(1).text();  // "1.\tАнализ результатов ВПР\tоктябрь 2021\tОО"
 * }</pre>
 *
 * <p>Readers of Word and PDF files produce this form, laying a table out as Word's «copy as text» does:
 * a horizontally merged cell is followed by an empty cell for each further column it spans, a vertically
 * merged continuation is an empty cell, line breaks inside a cell become spaces. The text reader makes it
 * from plain text, a line each. This class is immutable and thread-safe.
 */
public final class DocumentText {

  /**
   * Where a line came from: a line of a text file, a paragraph or a table row of a Word file, a row on a
   * page of a PDF file. Numbers count from 1; 0 means «not applicable».
   *
   * <pre>{@code
   * DocumentText.Origin.ofPage(3, 5).describe(Locale.forLanguageTag("ru")); // "страница 3, строка 5"
   * }</pre>
   */
  public static final class Origin {
    private static final Origin NONE = new Origin(0, 0, 0, 0);

    private final int page;
    private final int table;
    private final int row;
    private final int line;

    private Origin(int page, int table, int row, int line) {
      if (page < 0 || table < 0 || row < 0 || line < 0) {
        throw new IllegalArgumentException(
            "Invalid origin (numbers count from 1, 0 for none): page " + page + ", table " + table
                + ", row " + row + ", line " + line);
      }
      this.page = page;
      this.table = table;
      this.row = row;
      this.line = line;
    }

    /**
     * The origin with every number given; 0 for none, all zeros for the whole document.
     *
     * @throws IllegalArgumentException if a number is negative, naming them all
     */
    public static Origin of(int page, int table, int row, int line) {
      return page == 0 && table == 0 && row == 0 && line == 0 ? NONE : new Origin(page, table, row, line);
    }

    /** Line {@code line} of a text file. */
    public static Origin ofLine(int line) {
      return of(0, 0, 0, line);
    }

    /** Paragraph {@code paragraph} of a Word file (outside tables). */
    public static Origin ofParagraph(int paragraph) {
      return of(0, 0, 0, paragraph);
    }

    /** Row {@code row} of table {@code table} of a Word file; {@code paragraph} counts body elements. */
    public static Origin ofTableRow(int table, int row, int paragraph) {
      return of(0, table, row, paragraph);
    }

    /** Row {@code row} (text line) on page {@code page} of a PDF file. */
    public static Origin ofPage(int page, int row) {
      return of(page, 0, row, 0);
    }

    /** The page, for PDF files; 0 for none. */
    public int page() {
      return page;
    }

    /** The table in the document, for table rows; 0 for none. */
    public int table() {
      return table;
    }

    /** The row within the table (or within the page, for PDF files); 0 for none. */
    public int row() {
      return row;
    }

    /** The line of a text file, or the paragraph of a Word file; 0 for none. */
    public int line() {
      return line;
    }

    /**
     * Where, in words of the reader's language: «строка 12», «таблица 1, строка 4», «страница 3, строка 5».
     */
    public String describe(Locale locale) {
      boolean ru = Language.isRussian(locale);
      List<String> parts = new ArrayList<>(2);
      if (page > 0) {
        parts.add((ru ? "страница " : "page ") + page);
      }
      if (table > 0) {
        parts.add((ru ? "таблица " : "table ") + table);
      }
      if (row > 0) {
        parts.add((ru ? "строка " : "row ") + row);
      } else if (line > 0) {
        parts.add((ru ? "строка " : "line ") + line);
      }
      return String.join(", ", parts);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Origin x && page == x.page && table == x.table && row == x.row && line == x.line;
    }

    @Override
    public int hashCode() {
      return Objects.hash(page, table, row, line);
    }

    @Override
    public String toString() {
      return "Origin[page=" + page + ", table=" + table + ", row=" + row + ", line=" + line + "]";
    }
  }

  /**
   * One line and where it came from.
   *
   * <pre>{@code
   * DocumentText.Line.of("1.\tАнализ\tноябрь 2021", DocumentText.Origin.ofLine(12)).origin().line(); // 12
   * }</pre>
   */
  public static final class Line {
    private final String text;
    private final Origin origin;

    private Line(String text, Origin origin) {
      this.text = Objects.requireNonNull(text, "text");
      this.origin = Objects.requireNonNull(origin, "origin");
    }

    /** The line {@code text} (TAB separates table cells) from {@code origin}. */
    public static Line of(String text, Origin origin) {
      return new Line(text, origin);
    }

    /** The text; TAB separates table cells. */
    public String text() {
      return text;
    }

    /** Where it came from. */
    public Origin origin() {
      return origin;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Line x && text.equals(x.text) && origin.equals(x.origin);
    }

    @Override
    public int hashCode() {
      return Objects.hash(text, origin);
    }

    @Override
    public String toString() {
      return "Line[text=" + text + ", origin=" + origin + "]";
    }
  }

  private final List<Line> lines;

  private DocumentText(List<Line> lines) {
    this.lines = List.copyOf(lines);
  }

  /** Plain text, a line each (any line end), each line's origin its line number. */
  public static DocumentText ofPlainText(String text) {
    Objects.requireNonNull(text, "text");
    String[] raw = text.split("\r\n|\r|\n", -1);
    List<Line> lines = new ArrayList<>(raw.length);
    for (int i = 0; i < raw.length; i++) {
      lines.add(Line.of(raw[i], Origin.ofLine(i + 1)));
    }
    return new DocumentText(lines);
  }

  /** A builder that adds lines in order. */
  public static Builder builder() {
    return new Builder();
  }

  /** The lines in order. */
  public List<Line> lines() {
    return lines;
  }

  /** The text, lines joined by {@code \n}: what a copy as text would give. */
  public String toPlainText() {
    StringBuilder sb = new StringBuilder();
    for (Line l : lines) {
      sb.append(l.text()).append('\n');
    }
    return sb.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DocumentText other && lines.equals(other.lines);
  }

  @Override
  public int hashCode() {
    return lines.hashCode();
  }

  @Override
  public String toString() {
    return "DocumentText[" + lines.size() + " lines]";
  }

  /** Adds lines in order; not thread-safe. */
  public static final class Builder {
    private final List<Line> lines = new ArrayList<>();

    private Builder() {}

    /** Adds a line. */
    public Builder line(String text, Origin origin) {
      lines.add(Line.of(text, origin));
      return this;
    }

    /** The text made of the lines added so far. */
    public DocumentText build() {
      return new DocumentText(lines);
    }
  }
}
