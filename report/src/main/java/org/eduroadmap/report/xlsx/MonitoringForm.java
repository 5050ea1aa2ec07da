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

  /**
   * Default bound on a filled form's size: 32 MiB. A form of 5 000 activities over ten years is about 4 MiB;
   * a larger file is refused before it is read ({@link #withMaxBytes}).
   */
  public static final long DEFAULT_MAX_BYTES = 32L * 1024 * 1024;

  /**
   * Default bound on the rows of each sheet of a filled form: 100 000, twice the rows a form of 5 000
   * activities over ten years has ({@link #withMaxRows}). The sheets are read as a stream, a row at a
   * time, and the reading stops at the first row over the bound.
   */
  public static final int DEFAULT_MAX_ROWS = 100_000;

  /** The years a form's dates may fall in: the working calendar's range. */
  static final int FIRST_YEAR = 1900;
  static final int LAST_YEAR = 2100;

  private final ScheduleCalculator calculator;
  private final Locale locale;
  private final long maxBytes;
  private final int maxRows;

  private MonitoringForm(ScheduleCalculator calculator, Locale locale, long maxBytes, int maxRows) {
    this.calculator = calculator;
    this.locale = locale;
    this.maxBytes = maxBytes;
    this.maxRows = maxRows;
  }

  /** The form of {@code calculator}'s schedule (its calendar and policy give the deadlines), in Russian. */
  public static MonitoringForm of(ScheduleCalculator calculator) {
    return new MonitoringForm(Objects.requireNonNull(calculator, "calculator"), Locale.forLanguageTag("ru"),
        DEFAULT_MAX_BYTES, DEFAULT_MAX_ROWS);
  }

  /** A copy whose headers and texts are Russian for a {@code ru} locale and English for any other. */
  public MonitoringForm withLocale(Locale newLocale) {
    return new MonitoringForm(calculator, Objects.requireNonNull(newLocale, "locale"), maxBytes, maxRows);
  }

  /**
   * A copy that reads filled forms of at most {@code bytes} bytes (default {@link #DEFAULT_MAX_BYTES}).
   *
   * <pre>{@code
   * MonitoringForm.of(calculator).withMaxBytes(64L * 1024 * 1024).read(in);
   * }</pre>
   *
   * @throws IllegalArgumentException if {@code bytes} is not positive
   */
  public MonitoringForm withMaxBytes(long bytes) {
    if (bytes < 1) {
      throw new IllegalArgumentException("maxBytes must be positive: " + bytes);
    }
    return new MonitoringForm(calculator, locale, bytes, maxRows);
  }

  /**
   * A copy that reads filled forms of at most {@code rows} rows per sheet (default {@link #DEFAULT_MAX_ROWS}).
   *
   * <pre>{@code
   * MonitoringForm.of(calculator).withMaxRows(200_000).read(in);
   * }</pre>
   *
   * @throws IllegalArgumentException if {@code rows} is not positive
   */
  public MonitoringForm withMaxRows(int rows) {
    if (rows < 1) {
      throw new IllegalArgumentException("maxRows must be positive: " + rows);
    }
    return new MonitoringForm(calculator, locale, maxBytes, rows);
  }

  /** The largest filled form read, in bytes. */
  public long maxBytes() {
    return maxBytes;
  }

  /** The most rows a sheet of a filled form may have. */
  public int maxRows() {
    return maxRows;
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

  /** What the key sheet says one row of the form records: the occurrence's start, null for nothing to record. */
  private record Key(@Nullable LocalDate start, int recordYear) {}

  /**
   * Reads the execution records a filler entered into a form {@link #write written} by this class, in
   * row order. The stream is read to its end, not closed.
   *
   * <p>Reading is bounded and checks every value: a file over {@link #maxBytes()} is refused before it is
   * read; the sheets are read as a stream of rows, at most {@link #maxRows()} each; a date done must be a
   * day from 1900 to 2100 (an Excel date number such as 3e6 or 0, or 60, Excel's 29 February 1900, is
   * refused); a formula counts by the value Excel last showed (a {@code HYPERLINK}'s text, not the formula),
   * and a formula without such a value is refused; the hidden key sheet is checked cell by cell (a year or
   * date outside 1900 – 2100, a moved header row, a repeated key). Each bad cell is named.
   *
   * @throws MonitoringFormException if the stream is not an .xlsx workbook, not such a form, over a limit
   *     (the message names the limit and how to raise it), or any row is filled wrongly (every such cell is
   *     named, and {@link MonitoringFormException#records()} keeps the good rows' records)
   * @throws java.io.UncheckedIOException if the stream cannot be read
   */
  public List<ExecutionRecord> read(InputStream in) {
    return readForm(null, in);
  }

  /**
   * Reads a filled form as {@link #read(InputStream)} does, and checks each key of the hidden key sheet
   * against {@code roadmap}: every row must be one the form of this roadmap has (its activity, its year
   * and the occurrence it records), so a form of another roadmap, or a tampered one, is refused naming the
   * key cell.
   *
   * <pre>{@code
   * List<ExecutionRecord> records = MonitoringForm.of(calculator).read(roadmap, in);
   * }</pre>
   *
   * @throws MonitoringFormException as {@link #read(InputStream)}, and for every key not of this roadmap
   */
  public List<ExecutionRecord> read(Roadmap roadmap, InputStream in) {
    return readForm(Objects.requireNonNull(roadmap, "roadmap"), in);
  }

  private List<ExecutionRecord> readForm(@Nullable Roadmap roadmap, InputStream in) {
    Objects.requireNonNull(in, "in");
    byte[] bytes = bounded(in);
    if (bytes.length >= 4 && (bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF
        && (bytes[2] & 0xFF) == 0x11 && (bytes[3] & 0xFF) == 0xE0) {
      throw MonitoringFormException.of("form.oldOrEncrypted", null);
    }
    try {
      FormWorkbook book = FormWorkbook.open(bytes, maxRows);
      return new Reading(book, roadmap == null ? null : expectedKeys(roadmap)).read();
    } catch (FormWorkbook.Unreadable e) {
      throw MonitoringFormException.of(e.getMessage().equals("not a zip package") ? "form.notWorkbook"
          : "form.damaged", e.getCause() == null ? e : e.getCause());
    } catch (FormWorkbook.OverLimit e) {
      throw MonitoringFormException.of(e.key, null, e.arguments);
    }
  }

  /** The stream's bytes, or a refusal as soon as there are more than {@link #maxBytes()}. */
  private byte[] bounded(InputStream in) {
    try {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxBytes + 1));
      if (bytes.length > maxBytes) {
        throw MonitoringFormException.of("form.tooLarge", null, maxBytes);
      }
      return bytes;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The keys the form of {@code roadmap} has: activity id and year to the occurrence recorded. */
  private Map<String, Key> expectedKeys(Roadmap roadmap) {
    Map<String, Key> out = new HashMap<>();
    for (FormRow f : rows(roadmap)) {
      out.put(f.activity().id() + "|" + f.year(),
          new Key(f.key() == null ? null : f.key().start(), f.recordYear()));
    }
    return out;
  }

  /** One reading of one workbook: the keys, the problems, the records. */
  private static final class Reading {
    private final FormWorkbook book;
    private final @Nullable Map<String, Key> expected;
    private final Map<String, Key> keys = new LinkedHashMap<>();
    private final Map<String, Integer> keyRows = new HashMap<>();
    private final List<FormProblem> problems = new ArrayList<>();
    private final List<ExecutionRecord> records = new ArrayList<>();
    private boolean marked;
    private boolean ours = true;
    private String sheetName = "";
    private int headerRow = HEADER_ROW;

    Reading(FormWorkbook book, @Nullable Map<String, Key> expected) {
      this.book = book;
      this.expected = expected;
    }

    List<ExecutionRecord> read() throws FormWorkbook.Unreadable {
      if (!book.hasSheet(KEY_SHEET)) {
        throw MonitoringFormException.notForm();
      }
      book.sheets(Map.of(KEY_SHEET, this::keyRow));
      if (!marked || !ours) {
        throw MonitoringFormException.notForm();
      }
      if (!sheetName.isEmpty()) {
        if (!book.hasSheet(sheetName)) {
          throw MonitoringFormException.noSheet(sheetName);
        }
        book.sheets(Map.of(sheetName, this::formRow));
      }
      if (!problems.isEmpty()) {
        problems.sort((x, y) -> !x.sheet().equals(y.sheet()) ? (x.sheet().equals(KEY_SHEET) ? -1 : 1)
            : x.row() != y.row() ? Integer.compare(x.row(), y.row())
            : x.column().length() != y.column().length() ? Integer.compare(x.column().length(), y.column().length())
            : x.column().compareTo(y.column()));
        throw MonitoringFormException.problems(problems, records);
      }
      return Collections.unmodifiableList(records);
    }

    // ---- the key sheet

    private void keyRow(FormWorkbook.SheetRow row) {
      if (row.number() == 1) {
        mark(row);
        return;
      }
      FormWorkbook.CellValue idCell = row.cells().get(0);
      String id = idCell == null || !isText(idCell) ? null : text(idCell);
      if (id == null || id.isBlank()) {
        keyProblem(row.number(), 0, "problem.keyNotText", shown(idCell));
        return;
      }
      Integer year = year(row.cells().get(1));
      if (year == null) {
        keyProblem(row.number(), 1, "problem.keyNotYear", shown(row.cells().get(1)));
        return;
      }
      FormWorkbook.CellValue startCell = row.cells().get(2);
      Key key;
      if (startCell == null || startCell.value() == null) {
        key = new Key(null, 0);
      } else {
        LocalDate start = isText(startCell) ? iso(text(startCell)) : null;
        if (start == null) {
          keyProblem(row.number(), 2, "problem.keyNotDate", shown(startCell));
          return;
        }
        FormWorkbook.CellValue recordYearCell = row.cells().get(3);
        Integer recordYear = recordYearCell != null && recordYearCell.isNumber()
            && "0".equals(FormWorkbook.plainNumber(String.valueOf(recordYearCell.value()))) ? Integer.valueOf(0)
            : year(recordYearCell);
        if (recordYear == null) {
          keyProblem(row.number(), 3, "problem.keyNotYear", shown(recordYearCell));
          return;
        }
        key = new Key(start, recordYear);
      }
      String k = id + "|" + year;
      Integer earlier = keyRows.putIfAbsent(k, row.number());
      if (earlier != null) {
        keyProblem(row.number(), 0, "problem.keyRepeated", id, String.valueOf(year), String.valueOf(earlier));
        keys.remove(k);
        return;
      }
      if (expected != null && !key.equals(expected.get(k))) {
        keyProblem(row.number(), expected.containsKey(k) ? 2 : 0, "problem.keyNotInRoadmap", id, String.valueOf(year));
        return;
      }
      keys.put(k, key);
    }

    private void mark(FormWorkbook.SheetRow row) {
      marked = true;
      FormWorkbook.CellValue a = row.cells().get(0);
      FormWorkbook.CellValue b = row.cells().get(1);
      if (a == null || !isText(a) || !MARK.equals(text(a)) || b == null || !b.isNumber()
          || !String.valueOf(VERSION).equals(FormWorkbook.plainNumber(String.valueOf(b.value())))) {
        ours = false;
        return;
      }
      FormWorkbook.CellValue c = row.cells().get(2);
      String name = c == null || !isText(c) ? null : text(c);
      if (name == null || name.isBlank()) {
        keyProblem(1, 2, "problem.keyNotText", shown(c));
      } else {
        sheetName = name;
      }
      FormWorkbook.CellValue d = row.cells().get(3);
      String header = d == null ? "" : FormWorkbook.plainNumber(String.valueOf(d.value()));
      if (d == null || !d.isNumber() || !header.equals(String.valueOf(HEADER_ROW))) {
        // The form is written with its header in row 2; another row would skip or misread every filled row.
        keyProblem(1, 3, "problem.keyHeaderRow", shown(d), String.valueOf(HEADER_ROW));
      }
    }

    private void keyProblem(int row, int column, String key, String... arguments) {
      problems.add(problem(KEY_SHEET, row, column, key, arguments));
    }

    // ---- the form sheet

    private void formRow(FormWorkbook.SheetRow row) {
      if (row.number() <= headerRow + 1) {
        return;
      }
      FormWorkbook.CellValue doneCell = row.cells().get(DONE_ON);
      FormWorkbook.CellValue evidenceCell = row.cells().get(EVIDENCE);
      boolean dated = !blank(doneCell);
      boolean evidenced = !blank(evidenceCell);
      if (!dated && !evidenced) {
        return;
      }
      int excelRow = row.number();
      int before = problems.size();
      LocalDate doneOn = null;
      if (dated) {
        doneOn = doneOn(excelRow, doneCell);
      } else {
        problems.add(problem(sheetName, excelRow, DONE_ON, "problem.noDate"));
      }
      String evidence = evidenced ? value(excelRow, EVIDENCE, evidenceCell) : null;
      if (dated && !evidenced) {
        problems.add(problem(sheetName, excelRow, EVIDENCE, "problem.noEvidence"));
      }
      FormWorkbook.CellValue idCell = row.cells().get(ID);
      String id = idCell == null || idCell.value() == null ? "" : String.valueOf(text(idCell)).strip();
      FormWorkbook.CellValue yearCell = row.cells().get(YEAR);
      String yearText = yearCell == null || yearCell.value() == null ? "" : String.valueOf(text(yearCell)).strip();
      Key key = keys.get(id + "|" + yearText);
      if (key == null) {
        problems.add(problem(sheetName, excelRow, ID, "problem.unknownActivity", id, yearText));
      } else if (key.start() == null) {
        problems.add(problem(sheetName, excelRow, ID, "problem.noOccurrence", id, yearText));
      }
      if (problems.size() == before && doneOn != null && key != null && key.start() != null && evidence != null) {
        ExecutionRecord r = ExecutionRecord.of(id, key.start(), doneOn, evidence.strip());
        records.add(key.recordYear() == 0 ? r : r.withYear(key.recordYear()));
      }
    }

    /** The text a person saw in a cell, or null (with the problem reported) when it has none to trust. */
    private @Nullable String value(int row, int column, FormWorkbook.CellValue cell) {
      if (cell.formula() && cell.value() == null) {
        problems.add(problem(sheetName, row, column, "problem.formulaWithoutValue"));
        return null;
      }
      if (cell.type().equals("e")) {
        problems.add(problem(sheetName, row, column, "problem.errorValue", String.valueOf(cell.value())));
        return null;
      }
      String text = text(cell);
      if (text == null) {
        problems.add(problem(sheetName, row, column, "problem.noText"));
      }
      return text;
    }

    private @Nullable LocalDate doneOn(int row, FormWorkbook.CellValue cell) {
      if (cell.isNumber() && cell.value() != null) {
        String number = FormWorkbook.plainNumber(cell.value());
        if (!book.isDateStyle(cell.style())) {
          problems.add(problem(sheetName, row, DONE_ON, "problem.notDate", number));
          return null;
        }
        double serial;
        try {
          serial = Double.parseDouble(cell.value().strip());
        } catch (NumberFormatException e) {
          problems.add(problem(sheetName, row, DONE_ON, "problem.notDate", number));
          return null;
        }
        if (!book.isDate1904() && serial >= 60 && serial < 61) {
          problems.add(problem(sheetName, row, DONE_ON, "problem.february1900", number));
          return null;
        }
        LocalDate date = excelDate(serial, book.isDate1904());
        if (date == null) {
          problems.add(problem(sheetName, row, DONE_ON, "problem.dateNumberOutOfRange", number,
              String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR)));
        }
        return date;
      }
      String text = value(row, DONE_ON, cell);
      if (text == null) {
        return null;
      }
      LocalDate date = textDate(text.strip());
      if (date == null) {
        problems.add(problem(sheetName, row, DONE_ON, "problem.notDate", text.strip()));
      } else if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
        problems.add(problem(sheetName, row, DONE_ON, "problem.dateOutOfRange", text.strip(),
            String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR)));
        return null;
      }
      return date;
    }

    // ---- cells

    private boolean isText(FormWorkbook.CellValue cell) {
      return switch (cell.type()) {
        case "s", "inlineStr", "str" -> cell.value() != null && text(cell) != null;
        default -> false;
      };
    }

    /** The cell's value as text: a shared text looked up, a number as Excel shows a whole one; null if none. */
    private @Nullable String text(FormWorkbook.CellValue cell) {
      String v = cell.value();
      if (v == null) {
        return null;
      }
      return switch (cell.type()) {
        case "s" -> {
          try {
            yield book.sharedString(Integer.parseInt(v.strip()));
          } catch (NumberFormatException e) {
            yield null;
          }
        }
        case "b" -> "1".equals(v.strip()) ? "TRUE" : "FALSE";
        case "n" -> FormWorkbook.plainNumber(v);
        default -> v;
      };
    }

    private boolean blank(FormWorkbook.CellValue cell) {
      if (cell == null) {
        return true;
      }
      if (cell.formula()) {
        return false;
      }
      String text = text(cell);
      return cell.value() == null || text != null && text.isBlank();
    }

    /** What a key cell holds, shown in a message. */
    private String shown(FormWorkbook.CellValue cell) {
      if (cell == null || cell.value() == null) {
        return "";
      }
      String text = text(cell);
      return text == null ? cell.value() : text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }

    /** A year of the calendar's range, written as a whole number; null otherwise. */
    private @Nullable Integer year(FormWorkbook.CellValue cell) {
      if (cell == null || !cell.isNumber() || cell.value() == null) {
        return null;
      }
      String n = FormWorkbook.plainNumber(cell.value());
      if (!n.matches("\\d{4}")) {
        return null;
      }
      int year = Integer.parseInt(n);
      return year >= FIRST_YEAR && year <= LAST_YEAR ? year : null;
    }
  }

  private static FormProblem problem(String sheet, int row, int column, String key, String... arguments) {
    return new FormProblem(sheet, row, CellReference.convertNumToColString(column), key, arguments);
  }

  /** The day of an Excel date number, in the calendar's range; null outside it. */
  static @Nullable LocalDate excelDate(double serial, boolean date1904) {
    if (!Double.isFinite(serial) || serial < 1 || serial > 1_000_000) {
      return null;
    }
    long days = (long) Math.floor(serial);
    LocalDate date = date1904 ? LocalDate.of(1904, 1, 1).plusDays(days)
        // 1900 system: 1 is 1900-01-01; Excel counts a 29 February 1900 (60), so from 61 on it is one ahead.
        : days < 60 ? LocalDate.of(1899, 12, 31).plusDays(days) : LocalDate.of(1899, 12, 30).plusDays(days);
    return date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR ? date : null;
  }

  /** An ISO date of the calendar's range: {@code 2023-09-20}; null otherwise. */
  private static @Nullable LocalDate iso(@Nullable String text) {
    if (text == null || !text.matches("\\d{4}-\\d{2}-\\d{2}")) {
      return null;
    }
    try {
      LocalDate date = LocalDate.parse(text);
      return date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR ? date : null;
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** Text {@code 20.09.2023} or {@code 2023-09-20}; null for anything else. */
  private static @Nullable LocalDate textDate(String text) {
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
    return null;
  }
}
