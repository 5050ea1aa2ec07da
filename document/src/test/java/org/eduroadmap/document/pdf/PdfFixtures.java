package org.eduroadmap.document.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.eduroadmap.document.SeedFixtures;

/**
 * Writes text PDF fixtures with PDFBox, laid out as Word exports a roadmap: landscape pages, justified
 * paragraphs, a ruled table whose cells wrap and may be justified, merged cells without the ruling
 * between them, rows that a page break splits (the rest on the next page, without its number), the header
 * rows repeated at the top of every page, page numbers in the bottom margin. The same tables can be drawn
 * without any ruling, as a Word table whose borders were removed exports. Text is in DejaVu Sans (the
 * standard 14 PDF fonts have no Cyrillic), committed with its licence under test resources.
 *
 * <pre>{@code
 * PdfFixtures.Written pdf = PdfFixtures.write(SeedFixtures.layout(SeedFixtures.seedText("eao-2021")));
 * pdf.bytes();  // the PDF; pdf.pages(), pdf.splitRows() say what the layout did
 * }</pre>
 */
public final class PdfFixtures {

  static final float TEXT_SIZE = 11;
  static final float CELL_SIZE = 8;
  private static final float MARGIN = 50;
  private static final float PAD = 3;

  /** A written PDF and what its layout did. */
  public record Written(byte[] bytes, int pages, int splitRows, int repeatedHeaders) {}

  private PdfFixtures() {}

  /** {@code layout} as a PDF, justified. */
  public static Written write(SeedFixtures.Layout layout) {
    return new Writer(true, true, PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()).write(layout);
  }

  /** {@code layout} as a PDF, justified, its tables without any ruling line. */
  public static Written writeUnruled(SeedFixtures.Layout layout) {
    return new Writer(true, false, PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()).write(layout);
  }

  /** {@code layout} as a PDF on pages of the given size (points), justified or not. */
  static Written write(SeedFixtures.Layout layout, float width, float height, boolean justify) {
    return write(layout, width, height, justify, true);
  }

  /** {@code layout} as a PDF on pages of the given size (points), justified or not, ruled or not. */
  static Written write(SeedFixtures.Layout layout, float width, float height, boolean justify, boolean ruled) {
    return new Writer(justify, ruled, width, height).write(layout);
  }

  static PDType0Font font(PDDocument doc) throws IOException {
    try (InputStream in = PdfFixtures.class.getResourceAsStream("DejaVuSans.ttf")) {
      return PDType0Font.load(doc, in);
    }
  }

  private static final class Writer {
    private final boolean justify;
    private final boolean ruled;
    private float width;
    private final float height;
    private PDDocument doc;
    private PDType0Font font;
    private PDPageContentStream out;
    private float y;
    private int pages;
    private int splitRows;
    private int repeatedHeaders;

    Writer(boolean justify, boolean ruled, float width, float height) {
      this.justify = justify;
      this.ruled = ruled;
      this.width = width;
      this.height = height;
    }

    Written write(SeedFixtures.Layout layout) {
      try (PDDocument d = new PDDocument()) {
        doc = d;
        font = font(d);
        for (SeedFixtures.Block b : layout.blocks()) {
          if (b instanceof SeedFixtures.TableBlock t) {
            width = Math.max(width, minimumWidths(t).stream().reduce(0f, Float::sum) + 2 * MARGIN);
          }
        }
        newPage();
        for (SeedFixtures.Block b : layout.blocks()) {
          if (b instanceof SeedFixtures.Paragraph p) {
            paragraph(p.text());
          } else if (b instanceof SeedFixtures.TableBlock t) {
            table(t);
          }
        }
        out.close();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        d.save(bytes);
        return new Written(bytes.toByteArray(), pages, splitRows, repeatedHeaders);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private void newPage() throws IOException {
      if (out != null) {
        out.close();
      }
      PDPage page = new PDPage(new PDRectangle(width, height));
      doc.addPage(page);
      pages++;
      out = new PDPageContentStream(doc, page);
      y = MARGIN;
      String number = Integer.toString(pages);
      show(number, (width - textWidth(number, 9)) / 2, height - 22, 9);
    }

    private float bottom() {
      return height - MARGIN;
    }

    private void paragraph(String text) throws IOException {
      float leading = TEXT_SIZE * 1.25f;
      if (text.isBlank()) {
        y += leading;
        return;
      }
      List<List<String>> lines = wrap(text, width - 2 * MARGIN, TEXT_SIZE);
      for (int i = 0; i < lines.size(); i++) {
        if (y + leading > bottom()) {
          newPage();
        }
        y += leading;
        words(lines.get(i), MARGIN, y, width - 2 * MARGIN, TEXT_SIZE, justify && i + 1 < lines.size());
      }
    }

    private void table(SeedFixtures.TableBlock t) throws IOException {
      float[] widths = widths(t);
      float[] xs = new float[widths.length + 1];
      xs[0] = MARGIN;
      for (int i = 0; i < widths.length; i++) {
        xs[i + 1] = xs[i] + widths[i];
      }
      y += 4;
      boolean pageTop = false;
      for (int r = 0; r < t.rows().size(); r++) {
        List<SeedFixtures.Cell> row = t.rows().get(r);
        List<List<List<String>>> cellLines = new ArrayList<>();
        int[] starts = new int[row.size()];
        int column = 0;
        int most = 1;
        for (int c = 0; c < row.size(); c++) {
          SeedFixtures.Cell cell = row.get(c);
          starts[c] = column;
          float w = xs[column + cell.span()] - xs[column] - 2 * PAD;
          List<List<String>> lines = cell.continuation() || cell.text().isEmpty()
              ? List.of() : wrap(cell.text(), w, CELL_SIZE);
          cellLines.add(lines);
          most = Math.max(most, lines.size());
          column += cell.span();
        }
        int from = 0;
        while (from < most) {
          float leading = CELL_SIZE * 1.2f;
          int fit = (int) Math.floor((bottom() - y - 2 * PAD) / leading);
          if (fit < 1 || (from == 0 && r < t.headerRows() && fit < most)) {
            closeTable(xs);
            newPage();
            if (r >= t.headerRows()) {
              for (int h = 0; h < t.headerRows(); h++) {
                drawRowPart(t, h, xs, 0, Integer.MAX_VALUE, true);
              }
              repeatedHeaders++;
            }
            pageTop = true;
            continue;
          }
          int to = Math.min(most, from + fit);
          if (to < most) {
            splitRows++;
          }
          drawRow(row, cellLines, starts, xs, from, to, pageTop);
          pageTop = false;
          from = to;
          if (from < most) {
            closeTable(xs);
            newPage();
            for (int h = 0; h < t.headerRows(); h++) {
              drawRowPart(t, h, xs, 0, Integer.MAX_VALUE, true);
            }
            repeatedHeaders++;
            pageTop = true;
          }
        }
      }
      closeTable(xs);
      y += 4;
    }

    private void drawRowPart(SeedFixtures.TableBlock t, int r, float[] xs, int from, int to, boolean pageTop)
        throws IOException {
      List<SeedFixtures.Cell> row = t.rows().get(r);
      List<List<List<String>>> cellLines = new ArrayList<>();
      int[] starts = new int[row.size()];
      int column = 0;
      for (int c = 0; c < row.size(); c++) {
        SeedFixtures.Cell cell = row.get(c);
        starts[c] = column;
        float w = xs[column + cell.span()] - xs[column] - 2 * PAD;
        cellLines.add(cell.continuation() || cell.text().isEmpty() ? List.of() : wrap(cell.text(), w, CELL_SIZE));
        column += cell.span();
      }
      drawRow(row, cellLines, starts, xs, from, to, pageTop && r == 0);
    }

    /** Draws lines {@code from}–{@code to} of each cell as one row part, with its rulings. */
    private void drawRow(List<SeedFixtures.Cell> row, List<List<List<String>>> cellLines, int[] starts,
        float[] xs, int from, int to, boolean pageTop) throws IOException {
      float leading = CELL_SIZE * 1.2f;
      int lines = 1;
      for (List<List<String>> l : cellLines) {
        lines = Math.max(lines, Math.min(l.size(), to) - from);
      }
      float top = y;
      float bottom = y + lines * leading + 2 * PAD;
      for (int c = 0; c < row.size(); c++) {
        SeedFixtures.Cell cell = row.get(c);
        float x0 = xs[starts[c]];
        float x1 = xs[starts[c] + cell.span()];
        // A vertically merged continuation has no ruling above it, unless a page starts there.
        if (!cell.continuation() || pageTop) {
          hRule(x0, x1, top);
        }
        vLine(x0, top, bottom);
        vLine(x1, top, bottom);
        List<List<String>> l = cellLines.get(c);
        for (int i = from; i < Math.min(to, l.size()); i++) {
          float base = top + PAD + CELL_SIZE + (i - from) * leading;
          words(l.get(i), x0 + PAD, base, x1 - x0 - 2 * PAD, CELL_SIZE, justify && i + 1 < l.size() && c > 0);
        }
      }
      y = bottom;
    }

    private void closeTable(float[] xs) throws IOException {
      hRule(xs[0], xs[xs.length - 1], y);
    }

    /** Word draws borders as thin filled rectangles. */
    private void hRule(float x0, float x1, float at) throws IOException {
      if (!ruled) {
        return;
      }
      out.addRect(x0, height - at - 0.25f, x1 - x0, 0.5f);
      out.fill();
    }

    /** Vertical borders as stroked lines, so that both ways of drawing a ruling are read. */
    private void vLine(float x, float y0, float y1) throws IOException {
      if (!ruled) {
        return;
      }
      out.setLineWidth(0.5f);
      out.moveTo(x, height - y0);
      out.lineTo(x, height - y1);
      out.stroke();
    }

    private void words(List<String> words, float x, float base, float w, float size, boolean justified)
        throws IOException {
      float space = textWidth(" ", size);
      float gap = space;
      if (justified && words.size() > 1) {
        float total = 0;
        for (String word : words) {
          total += textWidth(word, size);
        }
        gap = Math.max(space, (w - total) / (words.size() - 1));
      }
      float at = x;
      for (String word : words) {
        show(word, at, base, size);
        at += textWidth(word, size) + gap;
      }
    }

    private void show(String text, float x, float base, float size) throws IOException {
      out.beginText();
      out.setFont(font, size);
      out.newLineAtOffset(x, height - base);
      out.showText(text);
      out.endText();
    }

    private float textWidth(String s, float size) {
      try {
        return font.getStringWidth(s) / 1000 * size;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private List<List<String>> wrap(String text, float w, float size) {
      List<List<String>> lines = new ArrayList<>();
      List<String> line = new ArrayList<>();
      float used = 0;
      float space = textWidth(" ", size);
      for (String word : text.strip().split("\\s+")) {
        float ww = textWidth(word, size);
        if (!line.isEmpty() && used + space + ww > w) {
          lines.add(line);
          line = new ArrayList<>();
          used = 0;
        }
        used += (line.isEmpty() ? 0 : space) + ww;
        line.add(word);
      }
      if (!line.isEmpty()) {
        lines.add(line);
      }
      return lines;
    }

    /** Each column at least as wide as its longest word, so that no word is broken. */
    private List<Float> minimumWidths(SeedFixtures.TableBlock t) {
      List<Float> min = new ArrayList<>();
      for (int c = 0; c < t.columns(); c++) {
        min.add(24f);
      }
      for (List<SeedFixtures.Cell> row : t.rows()) {
        int column = 0;
        for (SeedFixtures.Cell cell : row) {
          if (cell.span() == 1) {
            for (String word : cell.text().split("\\s+")) {
              min.set(column, Math.max(min.get(column), textWidth(word, CELL_SIZE) + 2 * PAD + 1));
            }
          }
          column += cell.span();
        }
      }
      return min;
    }

    /** Minimum widths, the rest of the page shared by how much text each column has. */
    private float[] widths(SeedFixtures.TableBlock t) {
      List<Float> min = minimumWidths(t);
      float[] text = new float[t.columns()];
      for (List<SeedFixtures.Cell> row : t.rows()) {
        int column = 0;
        for (SeedFixtures.Cell cell : row) {
          if (cell.span() == 1) {
            text[column] += textWidth(cell.text(), CELL_SIZE);
          }
          column += cell.span();
        }
      }
      float spare = width - 2 * MARGIN;
      float totalText = 0;
      for (int c = 0; c < text.length; c++) {
        spare -= min.get(c);
        totalText += Math.sqrt(text[c]);
      }
      float[] widths = new float[t.columns()];
      for (int c = 0; c < widths.length; c++) {
        float share = totalText == 0 ? 1f / widths.length : (float) (Math.sqrt(text[c]) / totalText);
        widths[c] = min.get(c) + Math.max(0, spare) * share;
      }
      return widths;
    }
  }
}
