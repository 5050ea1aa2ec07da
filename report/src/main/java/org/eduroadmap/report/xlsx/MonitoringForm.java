package org.eduroadmap.report.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eduroadmap.roadmap.Activity;
import org.eduroadmap.roadmap.Roadmap;
import org.eduroadmap.roadmap.YearCell;
import org.eduroadmap.schedule.ExecutionRecord;
import org.eduroadmap.schedule.Occurrence;
import org.eduroadmap.schedule.ScheduleCalculator;
import org.jspecify.annotations.Nullable;

/**
 * The monitoring form of a roadmap as an Excel workbook (.xlsx): one row per activity and year, with
 * the planned result and empty columns for the fact — the sheet a municipality fills in and sends
 * back — and the filled form read back as {@link ExecutionRecord}s.
 *
 * <pre>{@code
 * MonitoringForm form = MonitoringForm.of(ScheduleCalculator.standard());   // Russian; withLocale(…) for English
 * try (OutputStream out = Files.newOutputStream(Path.of("form.xlsx"))) {
 *   form.write(roadmap, out);
 * }
 * // … the municipality enters dates done and documents, and sends the file back …
 * try (InputStream in = Files.newInputStream(Path.of("filled.xlsx"))) {
 *   List<ExecutionRecord> records = form.read(in);
 *   Progress progress = calculator.progress(roadmap, records);
 * } catch (MonitoringFormException e) {
 *   e.problems().forEach(p -> System.err.println(p.getMessage(Locale.forLanguageTag("ru"))));
 * }
 * }</pre>
 *
 * <h2>The rows</h2>
 * Every activity of the roadmap ({@link Roadmap#allActivities()}: the table, then the order's reporting
 * duties), in order, gets one row per year:
 * <ul>
 *   <li>an activity with per-year columns, one row per year cell, with the cell's term and result (the
 *       activity's results when the cell has none);
 *   <li>any other activity, one row per year in which one of its occurrences is due (its effective due
 *       date falls in that year), so a yearly activity has a row per year and a one-off one row; a
 *       continuous span adds the years of the period it runs through; an activity with no dated term
 *       (on demand, unreadable) has a row per year of the period.
 * </ul>
 * Columns: A the activity's key ({@link Activity#id()}, narrow and grey: it is what is read back), B
 * number, C activity, D year, E term as written, F planned result, G the deadline (a date), H every due
 * date in that year, then the columns to fill: I date done (a date), J the evidence document, K a comment.
 * Row 1 names the roadmap, row 2 says how to fill the form in, row 3 is the header (frozen, with a filter,
 * repeated on every printed page). Every row is as tall as its wrapped texts need, and the sheet prints on A4
 * landscape, one page wide, with a footer naming the roadmap and the page. The sheet is protected without a
 * password so that nothing but I – K is changed by mistake; filtering and resizing stay allowed. A row with
 * no dated term has its I – K locked and grey.
 *
 * <h2>Which occurrence a row records</h2>
 * A row stands for <em>the first due occurrence of the activity in that year</em> (earliest effective
 * due date; for a per-year column, among the occurrences of that column); its effective due date is the
 * deadline in column G, against which a date done is on time or late. A year in which the activity only
 * runs continuously records its first continuous occurrence in that year (which has no deadline). Which
 * occurrence each row stands for is written into the workbook (a very hidden sheet {@code keys}), so
 * reading needs no roadmap, and sorting or filtering the rows changes nothing.
 *
 * <h2>Reading</h2>
 * A row with a date done and an evidence document gives an {@link ExecutionRecord} of that occurrence
 * (with the column year for a per-year column); a row with neither is skipped (a comment alone records
 * nothing). A date may be an Excel date or text {@code 20.09.2023} or {@code 2023-09-20}. A date without
 * evidence, evidence without a date, a date column holding something else, an activity key and year the
 * form does not have, or a row with nothing to record against is a {@link FormProblem}; all are collected
 * and thrown together as a {@link MonitoringFormException}, which keeps the records of the good rows.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MonitoringForm {

  static final List<Sheets.Column> COLUMNS = List.of(
      new Sheets.Column("column.id", 5),
      new Sheets.Column("column.number", 7),
      new Sheets.Column("column.activity", 50),
      new Sheets.Column("column.year", 6),
      new Sheets.Column("column.term", 24),
      new Sheets.Column("column.result", 40),
      new Sheets.Column("column.deadline", 11),
      new Sheets.Column("column.dueDates", 16),
      new Sheets.Column("column.doneOn", 12),
      new Sheets.Column("column.evidence", 32),
      new Sheets.Column("column.comment", 28));

  static final int ID = 0;
  static final int YEAR = 3;
  static final int DEADLINE = 6;
  static final int DONE_ON = 8;
  static final int EVIDENCE = 9;
  static final int COMMENT = 10;
  static final int INSTRUCTIONS_ROW = 1;
  static final int HEADER_ROW = 2;

  /** The first cell of the key sheet: says the workbook is a form this class wrote, and its layout. */
  static final String MARK = "eduroadmap-monitoring-form";
  static final int VERSION = 1;
  static final String KEY_SHEET = "keys";

  private static final DateTimeFormatter RUSSIAN_DATE =
      DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT);

  private final ScheduleCalculator calculator;
  private final Locale locale;

  private MonitoringForm(ScheduleCalculator calculator, Locale locale) {
    this.calculator = calculator;
    this.locale = locale;
  }

  /** The form of {@code calculator}'s schedule (its calendar and policy give the deadlines), in Russian. */
  public static MonitoringForm of(ScheduleCalculator calculator) {
    return new MonitoringForm(Objects.requireNonNull(calculator, "calculator"), Locale.forLanguageTag("ru"));
  }

  /** A copy whose headers and texts are Russian for a {@code ru} locale and English for any other. */
  public MonitoringForm withLocale(Locale newLocale) {
    return new MonitoringForm(calculator, Objects.requireNonNull(newLocale, "locale"));
  }

  /** The calculator. */
  public ScheduleCalculator calculator() {
    return calculator;
  }

  /** The locale of the headers and texts. */
  public Locale locale() {
    return locale;
  }

  // ---------------------------------------------------------------- the rows

  /** One row of the form: an activity in a year, and the occurrence it records (null: nothing to record). */
  record FormRow(Activity activity, int year, String term, String result, List<LocalDate> dues,
      @Nullable Occurrence key) {

    /** The record year of the key: the column year for a per-year column, else 0. */
    int recordYear() {
      return key != null && activity.hasYearCells() ? key.year().orElse(0) : 0;
    }
  }

  /** The rows of {@code roadmap}'s form, in the order described above. */
  List<FormRow> rows(Roadmap roadmap) {
    Map<String, List<Occurrence>> byActivity = new HashMap<>();
    calculator.schedule(roadmap).forEachOrdered(
        o -> byActivity.computeIfAbsent(o.activityId(), k -> new ArrayList<>()).add(o));
    int firstYear = roadmap.period().first().getYear();
    int lastYear = roadmap.period().last().getYear();
    List<FormRow> rows = new ArrayList<>();
    for (Activity a : roadmap.allActivities()) {
      List<Occurrence> occurrences = byActivity.getOrDefault(a.id(), List.of());
      String results = joinResults(a.results());
      if (a.hasYearCells()) {
        List<YearCell> cells = new ArrayList<>(a.yearCells());
        cells.sort((x, y) -> Integer.compare(x.year(), y.year()));
        for (YearCell cell : cells) {
          List<Occurrence> inColumn = occurrences.stream()
              .filter(o -> o.year().isPresent() && o.year().getAsInt() == cell.year()).toList();
          rows.add(row(a, cell.year(), cell.term().text(), cell.result().map(x -> joinResults(List.of(x))).orElse(results), inColumn, inColumn));
        }
        continue;
      }
      TreeSet<Integer> years = new TreeSet<>();
      for (Occurrence o : occurrences) {
        if (o.isDue()) {
          years.add(o.effectiveDue().orElseThrow().getYear());
        } else {
          for (int y = Math.max(o.start().getYear(), firstYear); y <= Math.min(o.end().getYear(), lastYear); y++) {
            years.add(y);
          }
        }
      }
      if (years.isEmpty()) {
        for (int y = firstYear; y <= lastYear; y++) {
          years.add(y);
        }
      }
      for (int year : years) {
        List<Occurrence> dueThatYear = occurrences.stream()
            .filter(o -> o.isDue() && o.effectiveDue().orElseThrow().getYear() == year).toList();
        List<Occurrence> running = occurrences.stream()
            .filter(o -> !o.isDue() && o.start().getYear() <= year && o.end().getYear() >= year).toList();
        rows.add(row(a, year, a.term().text(), results, dueThatYear, running));
      }
    }
    return rows;
  }

  /**
   * The planned results as one cell: each stripped of the «;» or «,» that ended it as an item of the
   * document's list, then joined with «; », so that no «;;» appears.
   */
  static String joinResults(List<String> results) {
    List<String> items = new ArrayList<>(results.size());
    for (String r : results) {
      String item = r.strip().replaceAll("[;,\\s]+$", "");
      if (!item.isEmpty()) {
        items.add(item);
      }
    }
    return String.join("; ", items);
  }

  private static FormRow row(Activity a, int year, String term, String result, List<Occurrence> candidates,
      List<Occurrence> running) {
    List<Occurrence> due = candidates.stream().filter(Occurrence::isDue)
        .sorted((x, y) -> {
          int c = x.effectiveDue().orElseThrow().compareTo(y.effectiveDue().orElseThrow());
          return c != 0 ? c : Occurrence.ORDER.compare(x, y);
        })
        .toList();
    Occurrence key = !due.isEmpty() ? due.get(0)
        : running.stream().filter(o -> !o.isDue()).min(Occurrence.ORDER).orElse(null);
    return new FormRow(a, year, term, result, due.stream().map(o -> o.effectiveDue().orElseThrow()).toList(), key);
  }

  // ---------------------------------------------------------------- writing

  /**
   * Writes the form of {@code roadmap} to {@code out} (not closed), as an .xlsx workbook.
   *
   * @throws java.io.UncheckedIOException if {@code out} fails
   * @throws org.eduroadmap.schedule.ScheduleException if the roadmap's period is invalid
   */
  public void write(Roadmap roadmap, OutputStream out) {
    Objects.requireNonNull(out, "out");
    Texts texts = Texts.of(locale);
    List<FormRow> rows = rows(roadmap);
    Sheets sheets = new Sheets(texts);
    String title = texts.get("title.form", roadmap.title());
    sheets.workbook.getProperties().getCoreProperties().setTitle(title);
    String sheetName = texts.get("sheet.form");
    XSSFSheet sheet = sheets.workbook.createSheet(sheetName);
    sheets.banner(sheet, 0, COLUMNS.size(), title, sheets.title);
    sheets.banner(sheet, INSTRUCTIONS_ROW, COLUMNS.size(),
        texts.get("form.instructions", texts.date(LocalDate.of(2023, 9, 20))), sheets.notice);
    sheets.header(sheet, HEADER_ROW, COLUMNS, texts, roadmap.title());

    XSSFSheet keys = sheets.workbook.createSheet(KEY_SHEET);
    Row mark = keys.createRow(0);
    mark.createCell(0).setCellValue(MARK);
    mark.createCell(1).setCellValue(VERSION);
    mark.createCell(2).setCellValue(sheetName);
    mark.createCell(3).setCellValue(HEADER_ROW);
    mark.createCell(4).setCellValue(roadmap.title());

    int r = HEADER_ROW + 1;
    int k = 1;
    for (FormRow f : rows) {
      Row row = sheet.createRow(r++);
      Activity a = f.activity();
      Sheets.text(row, ID, a.id(), sheets.small);
      Sheets.text(row, 1, a.number(), sheets.text);
      Sheets.text(row, 2, a.title(), sheets.wrapped);
      Sheets.number(row, YEAR, f.year(), sheets.number);
      Sheets.text(row, 4, f.term(), sheets.wrapped);
      Sheets.text(row, 5, f.result(), sheets.wrapped);
      if (f.key() != null && f.key().isDue()) {
        Sheets.date(row, DEADLINE, f.key().effectiveDue().orElseThrow(), sheets.date);
      } else {
        Sheets.blank(row, DEADLINE, sheets.date);
      }
      String dues = f.key() == null ? texts.get("form.noDeadline")
          : f.dues().isEmpty() ? texts.get("kind.CONTINUOUS")
          : f.dues().stream().map(texts::date).collect(Collectors.joining(", "));
      Sheets.text(row, 7, dues, sheets.wrapped);
      boolean open = f.key() != null;
      Sheets.blank(row, DONE_ON, open ? sheets.fillDate : sheets.closedDate);
      Sheets.blank(row, EVIDENCE, open ? sheets.fillText : sheets.closed);
      Sheets.blank(row, COMMENT, open ? sheets.fillText : sheets.closed);

      Row key = keys.createRow(k++);
      key.createCell(0).setCellValue(a.id());
      key.createCell(1).setCellValue(f.year());
      if (f.key() != null) {
        key.createCell(2).setCellValue(f.key().start().toString());
        key.createCell(3).setCellValue(f.recordYear());
      }
    }
    int lastRow = r - 1;
    Sheets.filter(sheet, HEADER_ROW, lastRow, COLUMNS.size());
    if (lastRow > HEADER_ROW) {
      validateDates(sheet, texts, lastRow);
    }
    sheet.enableLocking();
    sheet.lockAutoFilter(false);
    sheet.lockFormatColumns(false);
    sheet.lockFormatRows(false);
    sheet.lockSort(false);
    sheets.workbook.setSheetVisibility(sheets.workbook.getSheetIndex(keys), SheetVisibility.VERY_HIDDEN);
    sheets.workbook.setActiveSheet(0);
    sheets.fit(sheet);
    sheets.writeTo(out);
  }

  /** Excel (and LibreOffice) refuse a date done that is not a date, with a hint; reading checks again. */
  private static void validateDates(XSSFSheet sheet, Texts texts, int lastRow) {
    DataValidationHelper helper = sheet.getDataValidationHelper();
    DataValidationConstraint constraint = helper.createDateConstraint(
        DataValidationConstraint.OperatorType.BETWEEN, "DATE(1900,1,1)", "DATE(2100,12,31)", null);
    DataValidation validation = helper.createValidation(constraint,
        new CellRangeAddressList(HEADER_ROW + 1, lastRow, DONE_ON, DONE_ON));
    String example = texts.date(LocalDate.of(2023, 9, 20));
    validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
    validation.createErrorBox(texts.get("column.doneOn"), texts.get("form.dateError", example));
    validation.setShowErrorBox(true);
    validation.createPromptBox(texts.get("column.doneOn"), texts.get("form.dateHint", example));
    validation.setShowPromptBox(true);
    validation.setEmptyCellAllowed(true);
    sheet.addValidationData(validation);
  }

  // ---------------------------------------------------------------- reading

  /** What the key sheet says one row of the form records. */
  private record Key(String start, int recordYear) {}

  /**
   * Reads the execution records a filler entered into a form {@link #write written} by this class, in
   * row order. The stream is read to its end, not closed.
   *
   * @throws MonitoringFormException if the stream is not an .xlsx workbook, not such a form, or any row
   *     is filled wrongly (every such row is named, and {@link MonitoringFormException#records()} keeps
   *     the good rows' records)
   * @throws java.io.UncheckedIOException if the stream cannot be read
   */
  public List<ExecutionRecord> read(InputStream in) {
    Objects.requireNonNull(in, "in");
    XSSFWorkbook book;
    try {
      book = new XSSFWorkbook(in);
    } catch (IOException e) {
      throw MonitoringFormException.notWorkbook(e);
    } catch (RuntimeException e) {
      // POI reports a file that is no OOXML package (a .xls, a text file, a .docx) with its own unchecked errors.
      throw MonitoringFormException.notWorkbook(e);
    }
    try (XSSFWorkbook workbook = book) {
      return read(workbook);
    } catch (IOException e) {
      // Closing a workbook read from a stream writes nothing.
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static List<ExecutionRecord> read(XSSFWorkbook workbook) {
    Sheet keys = workbook.getSheet(KEY_SHEET);
    Row mark = keys == null ? null : keys.getRow(0);
    if (mark == null || !MARK.equals(string(mark.getCell(0))) || number(mark.getCell(1)) != VERSION
        || mark.getCell(2) == null || number(mark.getCell(3)) < 0) {
      throw MonitoringFormException.notForm();
    }
    String sheetName = string(mark.getCell(2));
    int headerRow = number(mark.getCell(3));
    Map<String, Key> byRow = new LinkedHashMap<>();
    for (int i = 1; i <= keys.getLastRowNum(); i++) {
      Row key = keys.getRow(i);
      if (key == null) {
        continue;
      }
      Cell start = key.getCell(2);
      byRow.put(string(key.getCell(0)) + "|" + number(key.getCell(1)),
          start == null ? new Key("", 0) : new Key(string(start), number(key.getCell(3))));
    }
    Sheet sheet = workbook.getSheet(sheetName);
    if (sheet == null) {
      throw MonitoringFormException.noSheet(sheetName);
    }
    DataFormatter formatter = new DataFormatter(Locale.ROOT);
    List<ExecutionRecord> records = new ArrayList<>();
    List<FormProblem> problems = new ArrayList<>();
    for (int i = headerRow + 1; i <= sheet.getLastRowNum(); i++) {
      Row row = sheet.getRow(i);
      if (row == null) {
        continue;
      }
      Cell doneCell = row.getCell(DONE_ON);
      String evidence = formatter.formatCellValue(row.getCell(EVIDENCE)).strip();
      boolean dated = !isBlank(doneCell, formatter);
      if (!dated && evidence.isEmpty()) {
        continue;
      }
      int excelRow = i + 1;
      int before = problems.size();
      LocalDate doneOn = null;
      if (dated) {
        doneOn = date(doneCell, formatter);
        if (doneOn == null) {
          problems.add(problem(sheetName, excelRow, DONE_ON, "problem.notDate",
              formatter.formatCellValue(doneCell).strip()));
        }
      } else {
        problems.add(problem(sheetName, excelRow, DONE_ON, "problem.noDate"));
      }
      if (dated && evidence.isEmpty()) {
        problems.add(problem(sheetName, excelRow, EVIDENCE, "problem.noEvidence"));
      }
      String id = formatter.formatCellValue(row.getCell(ID)).strip();
      String yearText = formatter.formatCellValue(row.getCell(YEAR)).strip();
      Key key = byRow.get(id + "|" + yearText);
      if (key == null) {
        problems.add(problem(sheetName, excelRow, ID, "problem.unknownActivity", id, yearText));
      } else if (key.start().isEmpty()) {
        problems.add(problem(sheetName, excelRow, ID, "problem.noOccurrence", id, yearText));
      }
      if (problems.size() == before && doneOn != null && key != null) {
        ExecutionRecord r = ExecutionRecord.of(id, LocalDate.parse(key.start()), doneOn, evidence);
        records.add(key.recordYear() == 0 ? r : r.withYear(key.recordYear()));
      }
    }
    if (!problems.isEmpty()) {
      problems.sort((x, y) -> x.row() != y.row() ? Integer.compare(x.row(), y.row())
          : x.column().length() != y.column().length() ? Integer.compare(x.column().length(), y.column().length())
          : x.column().compareTo(y.column()));
      throw MonitoringFormException.problems(problems, records);
    }
    return Collections.unmodifiableList(records);
  }

  private static FormProblem problem(String sheet, int row, int column, String key, String... arguments) {
    return new FormProblem(sheet, row, CellReference.convertNumToColString(column), key, arguments);
  }

  private static boolean isBlank(@Nullable Cell cell, DataFormatter formatter) {
    return cell == null || cell.getCellType() == CellType.BLANK || formatter.formatCellValue(cell).isBlank();
  }

  /** The date in a cell: an Excel date, or text {@code 20.09.2023} or {@code 2023-09-20}; null for anything else. */
  private static @Nullable LocalDate date(Cell cell, DataFormatter formatter) {
    CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    if (type == CellType.NUMERIC) {
      return DateUtil.isCellDateFormatted(cell) && DateUtil.isValidExcelDate(cell.getNumericCellValue())
          ? cell.getLocalDateTimeCellValue().toLocalDate() : null;
    }
    if (type == CellType.STRING) {
      String text = cell.getStringCellValue().strip();
      try {
        if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
          return LocalDate.parse(text);
        }
        if (text.matches("\\d{1,2}\\.\\d{1,2}\\.\\d{4}")) {
          return LocalDate.parse(text, RUSSIAN_DATE);
        }
      } catch (DateTimeParseException e) {
        return null;
      }
    }
    return null;
  }

  private static String string(@Nullable Cell cell) {
    return cell == null || cell.getCellType() != CellType.STRING ? "" : cell.getStringCellValue();
  }

  private static int number(@Nullable Cell cell) {
    return cell == null || cell.getCellType() != CellType.NUMERIC ? -1 : (int) cell.getNumericCellValue();
  }
}
