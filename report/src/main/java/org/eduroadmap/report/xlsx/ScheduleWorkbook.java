package org.eduroadmap.report.xlsx;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.eduroadmap.calendar.DateRange;
import org.eduroadmap.responsibility.ResponsibleParties;
import org.eduroadmap.roadmap.Activity;
import org.eduroadmap.roadmap.Roadmap;
import org.eduroadmap.roadmap.YearCell;
import org.eduroadmap.schedule.ExecutionRecord;
import org.eduroadmap.schedule.Occurrence;
import org.eduroadmap.schedule.Progress;
import org.eduroadmap.schedule.ScheduleCalculator;
import org.jspecify.annotations.Nullable;

/**
 * A roadmap's schedule in a range as an Excel workbook (.xlsx) of one sheet: a row per occurrence, as
 * {@link ScheduleCalculator#occurrences(Roadmap, DateRange)} gives them and {@code eduroadmap schedule}
 * prints them.
 *
 * <pre>{@code
 * ScheduleWorkbook workbook = ScheduleWorkbook.of(ScheduleCalculator.standard())
 *     .withLocale(Locale.ENGLISH)                         // Russian by default
 *     .withRecords(ExecutionRecordsJson.standard().read(Path.of("records.jsonl")))
 *     .withToday(LocalDate.of(2022, 3, 1));               // the status column's day; default: today
 * try (OutputStream out = Files.newOutputStream(Path.of("eao.xlsx"))) {
 *   workbook.write(roadmap, DateRange.of(LocalDate.of(2021, 9, 1), LocalDate.of(2022, 8, 31)), out);
 * }
 * }</pre>
 *
 * <p>The columns: number (as printed), activity, term as written (the year cell's term for a per-year
 * column), kind, start, end, due (nominal), effective due (moved off a non-working day by the
 * calculator's policy), responsible (the row's cell as written, or else the plan's implementers marked «по приказу»: see
 * {@link Occurrence#responsible()}) and status on the day. An effective due date
 * computed on a year without an approved production calendar (by the Labour Code, so it may move: see
 * {@link Occurrence#isProvisional()}) carries a note saying so. Dates are real Excel
 * dates (numbers formatted {@code DD.MM.YYYY} in Russian, {@code YYYY-MM-DD} in English), empty for a
 * continuous span, which has no due date. The header row is frozen and filtered; long texts wrap, and every
 * row is as tall as its wrapped texts need (a column that does not wrap is as wide as its longest text), so
 * that nothing prints over the next row or is cut. The sheet prints on A4 landscape, one page wide, with
 * the header on every page and a footer naming the roadmap and the page.
 *
 * <p>The status is {@link Progress#status(Occurrence, LocalDate)} given the records (none by default) on
 * the day given by {@link #withToday(LocalDate)}, or else on today's date in the roadmap region's time
 * zone when the workbook is written.
 *
 * <p>This class is immutable and thread-safe; {@code with*} methods return changed copies.
 */
public final class ScheduleWorkbook {

  static final List<Sheets.Column> COLUMNS = List.of(
      new Sheets.Column("column.number", 7),
      new Sheets.Column("column.activity", 60),
      new Sheets.Column("column.term", 28),
      new Sheets.Column("column.kind", 11),
      new Sheets.Column("column.start", 11),
      new Sheets.Column("column.end", 11),
      new Sheets.Column("column.due", 11),
      new Sheets.Column("column.effectiveDue", 11),
      new Sheets.Column("column.responsible", 40),
      new Sheets.Column("column.status", 14));

  private final ScheduleCalculator calculator;
  private final Locale locale;
  private final List<ExecutionRecord> records;
  private final @Nullable LocalDate today;

  private ScheduleWorkbook(ScheduleCalculator calculator, Locale locale, List<ExecutionRecord> records,
      @Nullable LocalDate today) {
    this.calculator = calculator;
    this.locale = locale;
    this.records = records;
    this.today = today;
  }

  /** The schedule of {@code calculator} (its calendar and due-date policy), in Russian, with no records. */
  public static ScheduleWorkbook of(ScheduleCalculator calculator) {
    return new ScheduleWorkbook(Objects.requireNonNull(calculator, "calculator"), Locale.forLanguageTag("ru"),
        List.of(), null);
  }

  /** A copy whose headers and labels are Russian for a {@code ru} locale and English for any other. */
  public ScheduleWorkbook withLocale(Locale newLocale) {
    return new ScheduleWorkbook(calculator, Objects.requireNonNull(newLocale, "locale"), records, today);
  }

  /** A copy whose status column counts {@code newRecords} as done. */
  public ScheduleWorkbook withRecords(Collection<ExecutionRecord> newRecords) {
    return new ScheduleWorkbook(calculator, locale, List.copyOf(newRecords), today);
  }

  /** A copy whose status column is as of {@code day} rather than the day the workbook is written. */
  public ScheduleWorkbook withToday(LocalDate day) {
    return new ScheduleWorkbook(calculator, locale, records, Objects.requireNonNull(day, "day"));
  }

  /** The calculator. */
  public ScheduleCalculator calculator() {
    return calculator;
  }

  /** The locale of the headers and labels. */
  public Locale locale() {
    return locale;
  }

  /** The execution records the status column counts. */
  public List<ExecutionRecord> records() {
    return records;
  }

  /** The day of the status column, when one was given; otherwise today when written. */
  public Optional<LocalDate> today() {
    return Optional.ofNullable(today);
  }

  /**
   * Writes the schedule of {@code roadmap}'s whole period to {@code out} (not closed).
   *
   * @throws java.io.UncheckedIOException if {@code out} fails
   */
  public void write(Roadmap roadmap, OutputStream out) {
    write(roadmap, roadmap.period().toDateRange(), out);
  }

  /**
   * Writes the occurrences of {@code roadmap} that overlap {@code range} to {@code out} (not closed), as
   * an .xlsx workbook.
   *
   * @throws java.io.UncheckedIOException if {@code out} fails
   * @throws org.eduroadmap.schedule.ScheduleException if the roadmap's period is invalid
   */
  public void write(Roadmap roadmap, DateRange range, OutputStream out) {
    Objects.requireNonNull(out, "out");
    Texts texts = Texts.of(locale);
    List<Occurrence> occurrences = calculator.occurrences(roadmap, range).toList();
    Progress progress = calculator.progress(roadmap, records);
    LocalDate day = today != null ? today : progress.today(Clock.systemUTC());

    Sheets sheets = new Sheets(texts);
    sheets.workbook.getProperties().getCoreProperties().setTitle(
        texts.get("title.schedule", roadmap.title(), texts.date(range.first()), texts.date(range.last())));
    XSSFSheet sheet = sheets.workbook.createSheet(texts.get("sheet.schedule"));
    sheets.header(sheet, 0, COLUMNS, texts, roadmap.title());
    int r = 1;
    for (Occurrence o : occurrences) {
      Row row = sheet.createRow(r++);
      Activity a = o.activity();
      Sheets.text(row, 0, a.number(), sheets.text);
      Sheets.text(row, 1, a.title(), sheets.wrapped);
      Sheets.text(row, 2, termAsWritten(o), sheets.wrapped);
      Sheets.text(row, 3, texts.get("kind." + o.kind().name()), sheets.text);
      Sheets.date(row, 4, o.start(), sheets.date);
      Sheets.date(row, 5, o.end(), sheets.date);
      if (o.isDue()) {
        Sheets.date(row, 6, o.nominalDue().orElseThrow(), sheets.date);
        Cell effective = Sheets.date(row, 7, o.effectiveDue().orElseThrow(), sheets.date);
        if (o.isProvisional()) {
          // A year without an approved production calendar: the day may move when its decree appears.
          sheets.note(sheet, effective, texts.get("note.provisional", String.valueOf(o.end().getYear())));
        }
      } else {
        Sheets.blank(row, 6, sheets.date);
        Sheets.blank(row, 7, sheets.date);
      }
      Sheets.text(row, 8, responsible(o, texts), sheets.wrapped);
      Sheets.text(row, 9, texts.get("status." + progress.status(o, day).name()), sheets.text);
    }
    Sheets.filter(sheet, 0, r - 1, COLUMNS.size());
    sheets.fit(sheet);
    sheets.writeTo(out);
  }

  /**
   * Who owes {@code o} ({@link Occurrence#responsible()}): the row's own cell, or else the plan's
   * implementers followed by «(по приказу)»; empty when no one is named.
   */
  static String responsible(Occurrence o, Texts texts) {
    ResponsibleParties owed = o.responsible();
    return owed.isFromPlan() ? texts.get("responsible.byOrder", owed.text()) : owed.text();
  }

  /** The term as the document wrote it: the year cell's for an occurrence of a per-year column. */
  static String termAsWritten(Occurrence o) {
    Activity a = o.activity();
    if (a.hasYearCells() && o.year().isPresent()) {
      Optional<YearCell> cell = a.yearCell(o.year().getAsInt());
      if (cell.isPresent()) {
        return cell.get().term().text();
      }
    }
    return a.term().text();
  }
}
