package org.eduroadmap.report.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Footer;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * What both workbooks share: their cell styles (Arial 10, so that {@link CellFit} knows the widths), the
 * header row, the rows above it, printing (A4 landscape, one page wide, the header on every page, margins,
 * a footer naming the roadmap and the page), row heights and column widths that fit the texts, and writing
 * the file.
 */
final class Sheets {

  /** One column: its header key in the bundle and its width in characters. */
  record Column(String key, int width) {}

  final XSSFWorkbook workbook;
  final CellStyle header;
  final CellStyle title;
  final CellStyle notice;
  final CellStyle text;
  final CellStyle wrapped;
  final CellStyle date;
  final CellStyle number;
  final CellStyle small;
  final CellStyle fillDate;
  final CellStyle fillText;
  final CellStyle closed;
  final CellStyle closedDate;

  private @Nullable Drawing<?> drawing;
  private @Nullable XSSFSheet drawingSheet;

  Sheets(Texts texts) {
    this.workbook = new XSSFWorkbook();
    short dateFormat = workbook.createDataFormat().getFormat(texts.dateFormat());
    // The default font sets the unit of column widths, and CellFit measures Arial.
    Font plain = workbook.getFontAt(0);
    plain.setFontName(CellFit.FONT);
    plain.setFontHeightInPoints(CellFit.FONT_POINTS);

    Font bold = font();
    bold.setBold(true);
    header = bordered(workbook.createCellStyle());
    header.setFont(bold);
    header.setWrapText(true);
    header.setVerticalAlignment(VerticalAlignment.CENTER);
    header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);

    Font big = font();
    big.setBold(true);
    big.setFontHeightInPoints((short) 13);
    title = bordered(workbook.createCellStyle());
    title.setFont(big);
    title.setWrapText(true);
    title.setVerticalAlignment(VerticalAlignment.TOP);
    notice = bordered(workbook.createCellStyle());
    notice.setWrapText(true);
    notice.setVerticalAlignment(VerticalAlignment.TOP);
    notice.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
    notice.setFillPattern(FillPatternType.SOLID_FOREGROUND);

    text = bordered(workbook.createCellStyle());
    text.setVerticalAlignment(VerticalAlignment.TOP);
    wrapped = workbook.createCellStyle();
    wrapped.cloneStyleFrom(text);
    wrapped.setWrapText(true);
    date = workbook.createCellStyle();
    date.cloneStyleFrom(text);
    date.setDataFormat(dateFormat);
    number = workbook.createCellStyle();
    number.cloneStyleFrom(text);
    number.setDataFormat(workbook.createDataFormat().getFormat("0"));

    Font grey = font();
    grey.setFontHeightInPoints((short) 8);
    grey.setColor(IndexedColors.GREY_50_PERCENT.getIndex());
    small = workbook.createCellStyle();
    small.cloneStyleFrom(text);
    small.setFont(grey);

    // The cells a municipality fills in: unlocked on a protected sheet, tinted so they are easy to find.
    fillDate = workbook.createCellStyle();
    fillDate.cloneStyleFrom(date);
    fillDate.setLocked(false);
    fillDate.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
    fillDate.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    fillText = workbook.createCellStyle();
    fillText.cloneStyleFrom(wrapped);
    fillText.setLocked(false);
    fillText.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
    fillText.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    // A fill-in cell with nothing to record against: locked and greyed.
    closed = workbook.createCellStyle();
    closed.cloneStyleFrom(wrapped);
    closed.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    closed.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    // Still a date format: a date typed there (the sheet unprotected) reads as one, and is reported as a row
    // with nothing to record against rather than as no date.
    closedDate = workbook.createCellStyle();
    closedDate.cloneStyleFrom(closed);
    closedDate.setDataFormat(dateFormat);
  }

  private Font font() {
    Font f = workbook.createFont();
    f.setFontName(CellFit.FONT);
    f.setFontHeightInPoints(CellFit.FONT_POINTS);
    return f;
  }

  private static CellStyle bordered(CellStyle s) {
    s.setBorderTop(BorderStyle.THIN);
    s.setBorderBottom(BorderStyle.THIN);
    s.setBorderLeft(BorderStyle.THIN);
    s.setBorderRight(BorderStyle.THIN);
    return s;
  }

  /**
   * Writes the header row {@code rowIndex} (from 0) and the widths, freezes the rows above and including it,
   * and sets the page up: A4 landscape, one page wide, the header repeated on every page, margins of 1.5 cm
   * (2 cm at the bottom, for the footer), and a footer with {@code footer} (the roadmap) on the left and the
   * page number on the right.
   */
  void header(XSSFSheet sheet, int rowIndex, List<Column> columns, Texts texts, String footer) {
    Row row = sheet.createRow(rowIndex);
    for (int i = 0; i < columns.size(); i++) {
      Cell cell = row.createCell(i);
      cell.setCellValue(texts.get(columns.get(i).key()));
      cell.setCellStyle(header);
      // Width in 1/256 of a character; a little more than the text for the cell's padding.
      sheet.setColumnWidth(i, Math.min(255, columns.get(i).width() + 1) * 256);
    }
    sheet.createFreezePane(0, rowIndex + 1);
    sheet.setRepeatingRows(new CellRangeAddress(rowIndex, rowIndex, 0, columns.size() - 1));
    PrintSetup print = sheet.getPrintSetup();
    print.setPaperSize(PrintSetup.A4_PAPERSIZE);
    print.setLandscape(true);
    print.setFitWidth((short) 1);
    print.setFitHeight((short) 0);
    sheet.setFitToPage(true);
    sheet.setMargin(PageMargin.LEFT, CM * 1.5);
    sheet.setMargin(PageMargin.RIGHT, CM * 1.5);
    sheet.setMargin(PageMargin.TOP, CM * 1.5);
    sheet.setMargin(PageMargin.BOTTOM, CM * 2);
    sheet.setMargin(PageMargin.HEADER, CM * 0.8);
    sheet.setMargin(PageMargin.FOOTER, CM * 0.8);
    Footer f = sheet.getFooter();
    f.setLeft(footerText(footer));
    f.setRight(texts.get("footer.page"));
  }

  /** The widest a column grows so that a long word of a wrapped text is not cut, in characters. */
  private static final int MAX_WORD_COLUMN = 24;

  /** One centimetre in inches, the unit of page margins. */
  private static final double CM = 1 / 2.54;

  /**
   * {@code text} as a footer shows it: one line, at most 120 characters (Excel allows 255 for the whole
   * footer), an ampersand doubled (a single one starts a footer code).
   */
  static String footerText(String text) {
    String line = text.strip().replaceAll("\\s+", " ");
    if (line.length() > 120) {
      line = line.substring(0, 119).strip() + "…";
    }
    return line.replace("&", "&&");
  }

  /**
   * A row across all {@code columns} above the header (the title, the instructions): one merged cell
   * holding {@code text} in {@code style}; {@link #fit} gives it the height its text needs.
   */
  void banner(XSSFSheet sheet, int rowIndex, int columns, String text, CellStyle style) {
    Row row = sheet.createRow(rowIndex);
    for (int i = 0; i < columns; i++) {
      Cell cell = row.createCell(i);
      cell.setCellStyle(style);
      if (i == 0) {
        cell.setCellValue(text);
      }
    }
    if (columns > 1) {
      sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, 0, columns - 1));
    }
  }

  /**
   * Makes every text fit its cell as printed: a column whose cells do not wrap is widened to its longest
   * text, then every row gets the height of its tallest wrapped text ({@link CellFit}). A merged cell
   * counts the width of all its columns.
   */
  void fit(XSSFSheet sheet) {
    Map<Integer, CellRangeAddress> merged = new HashMap<>();
    for (CellRangeAddress m : sheet.getMergedRegions()) {
      merged.put(m.getFirstRow() * 1024 + m.getFirstColumn(), m);
    }
    // Columns first: a text that does not wrap must fit on one line, and a word of one that wraps (a header's
    // «Контрольный») must not be cut, up to a width of MAX_WORD_COLUMN characters.
    Map<Integer, Double> widest = new HashMap<>();
    for (Row row : sheet) {
      for (Cell cell : row) {
        if (cell.getCellType() != CellType.STRING
            || merged.containsKey(row.getRowNum() * 1024 + cell.getColumnIndex())) {
          continue;
        }
        XSSFFont font = ((XSSFCellStyle) cell.getCellStyle()).getFont();
        String text = cell.getStringCellValue();
        double w = cell.getCellStyle().getWrapText()
            ? Math.min(CellFit.widestWord(text, font.getFontHeightInPoints(), font.getBold()),
                CellFit.textWidth(MAX_WORD_COLUMN * 256))
            : CellFit.widestLine(text, font.getFontHeightInPoints(), font.getBold());
        widest.merge(cell.getColumnIndex(), w, Math::max);
      }
    }
    widest.forEach((column, w) -> {
      int needed = CellFit.columnWidth(w);
      if (needed > sheet.getColumnWidth(column)) {
        sheet.setColumnWidth(column, needed);
      }
    });
    for (Row row : sheet) {
      float height = 0;
      for (Cell cell : row) {
        if (cell.getCellType() != CellType.STRING || !cell.getCellStyle().getWrapText()) {
          continue;
        }
        int first = cell.getColumnIndex();
        int last = first;
        CellRangeAddress m = merged.get(row.getRowNum() * 1024 + first);
        if (m != null) {
          last = m.getLastColumn();
        }
        int width256 = 0;
        for (int c = first; c <= last; c++) {
          width256 += sheet.getColumnWidth(c);
        }
        XSSFFont font = ((XSSFCellStyle) cell.getCellStyle()).getFont();
        int lines = CellFit.lines(cell.getStringCellValue(), CellFit.textWidth(width256),
            font.getFontHeightInPoints(), font.getBold());
        height = Math.max(height, CellFit.height(lines, font.getFontHeightInPoints()));
      }
      row.setHeightInPoints(Math.max(height, CellFit.height(1, CellFit.FONT_POINTS)));
    }
  }

  /** The filter over the header row and the rows below it, up to {@code lastRow} (from 0). */
  static void filter(XSSFSheet sheet, int headerRow, int lastRow, int columns) {
    sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, lastRow), 0, columns - 1));
  }

  static Cell text(Row row, int column, String value, CellStyle style) {
    Cell cell = row.createCell(column);
    cell.setCellValue(value);
    cell.setCellStyle(style);
    return cell;
  }

  /**
   * A date cell; a day Excel cannot hold as a date (before 1900 or after 9999) is written as ISO text, so
   * that it is not lost.
   */
  static Cell date(Row row, int column, LocalDate value, CellStyle style) {
    Cell cell = row.createCell(column);
    if (value.getYear() < 1900 || value.getYear() > 9999) {
      cell.setCellValue(value.toString());
    } else {
      cell.setCellValue(value);
    }
    cell.setCellStyle(style);
    return cell;
  }

  static Cell number(Row row, int column, int value, CellStyle style) {
    Cell cell = row.createCell(column);
    cell.setCellValue(value);
    cell.setCellStyle(style);
    return cell;
  }

  /** An empty cell, so that the column's border and style show on every row. */
  static Cell blank(Row row, int column, CellStyle style) {
    Cell cell = row.createCell(column);
    cell.setCellStyle(style);
    return cell;
  }

  /** Attaches a note (an Excel comment) to {@code cell}, shown when the pointer is over it. */
  void note(XSSFSheet sheet, Cell cell, String text) {
    if (drawing == null || drawingSheet != sheet) {
      drawing = sheet.createDrawingPatriarch();
      drawingSheet = sheet;
    }
    CreationHelper factory = workbook.getCreationHelper();
    ClientAnchor anchor = factory.createClientAnchor();
    anchor.setCol1(cell.getColumnIndex() + 1);
    anchor.setCol2(cell.getColumnIndex() + 4);
    anchor.setRow1(cell.getRowIndex());
    anchor.setRow2(cell.getRowIndex() + 3);
    Comment comment = drawing.createCellComment(anchor);
    comment.setString(factory.createRichTextString(text));
    cell.setCellComment(comment);
  }

  /** Writes the workbook to {@code out} (not closed) and releases it. */
  void writeTo(OutputStream out) {
    try (XSSFWorkbook book = workbook) {
      book.write(out);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
