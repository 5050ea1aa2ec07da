package org.eduroadmap.report.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** What both workbooks share: their cell styles, the header row, printing, and writing the file. */
final class Sheets {

  /** One column: its header key in the bundle and its width in characters. */
  record Column(String key, int width) {}

  final XSSFWorkbook workbook;
  final CellStyle header;
  final CellStyle title;
  final CellStyle text;
  final CellStyle wrapped;
  final CellStyle date;
  final CellStyle number;
  final CellStyle small;
  final CellStyle fillDate;
  final CellStyle fillText;
  final CellStyle closed;
  final CellStyle closedDate;

  Sheets(Texts texts) {
    this.workbook = new XSSFWorkbook();
    short dateFormat = workbook.createDataFormat().getFormat(texts.dateFormat());

    Font bold = workbook.createFont();
    bold.setBold(true);
    header = bordered(workbook.createCellStyle());
    header.setFont(bold);
    header.setWrapText(true);
    header.setVerticalAlignment(VerticalAlignment.CENTER);
    header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);

    Font big = workbook.createFont();
    big.setBold(true);
    big.setFontHeightInPoints((short) 13);
    title = workbook.createCellStyle();
    title.setFont(big);

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

    Font grey = workbook.createFont();
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

  private static CellStyle bordered(CellStyle s) {
    s.setBorderTop(BorderStyle.THIN);
    s.setBorderBottom(BorderStyle.THIN);
    s.setBorderLeft(BorderStyle.THIN);
    s.setBorderRight(BorderStyle.THIN);
    return s;
  }

  /**
   * Writes the header row {@code rowIndex} (from 0) and the widths, freezes the rows above and including it,
   * puts the filter on it and sets the page up: A4 landscape, one page wide, the header repeated on every page.
   */
  void header(XSSFSheet sheet, int rowIndex, List<Column> columns, Texts texts) {
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
