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
   * @param page the page, for PDF files
   * @param table the table in the document, for table rows
   * @param row the row within the table (or within the page, for PDF files)
   * @param line the line of a text file, or the paragraph of a Word file
   */
  public record Origin(int page, int table, int row, int line) {
    public Origin {
      if (page < 0 || table < 0 || row < 0 || line < 0) {
        throw new IllegalArgumentException(
            "Invalid origin (numbers count from 1, 0 for none): page " + page + ", table " + table
                + ", row " + row + ", line " + line);
      }
    }

    /** Line {@code line} of a text file. */
    public static Origin ofLine(int line) {
      return new Origin(0, 0, 0, line);
    }

    /** Paragraph {@code paragraph} of a Word file (outside tables). */
    public static Origin ofParagraph(int paragraph) {
      return new Origin(0, 0, 0, paragraph);
    }

    /** Row {@code row} of table {@code table} of a Word file; {@code paragraph} counts body elements. */
    public static Origin ofTableRow(int table, int row, int paragraph) {
      return new Origin(0, table, row, paragraph);
    }

    /** Row {@code row} (text line) on page {@code page} of a PDF file. */
    public static Origin ofPage(int page, int row) {
      return new Origin(page, 0, row, 0);
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
  }

  /**
   * One line and where it came from.
   *
   * @param text the text; TAB separates table cells
   * @param origin where it came from
   */
  public record Line(String text, Origin origin) {
    public Line {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(origin, "origin");
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
      lines.add(new Line(raw[i], Origin.ofLine(i + 1)));
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
      lines.add(new Line(text, origin));
      return this;
    }

    /** The text made of the lines added so far. */
    public DocumentText build() {
      return new DocumentText(lines);
    }
  }
}
