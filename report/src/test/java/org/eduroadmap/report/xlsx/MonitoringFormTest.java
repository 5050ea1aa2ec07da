package org.eduroadmap.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eduroadmap.EduroadmapException;
import org.eduroadmap.roadmap.Activity;
import org.eduroadmap.roadmap.Roadmap;
import org.eduroadmap.schedule.ExecutionRecord;
import org.eduroadmap.schedule.OccurrenceStatus;
import org.eduroadmap.schedule.OnTimeRate;
import org.eduroadmap.schedule.Progress;
import org.eduroadmap.schedule.ScheduleCalculator;
import org.eduroadmap.testsupport.BundleCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MonitoringFormTest {

  private static final ScheduleCalculator CALCULATOR = ScheduleCalculator.standard();
  private static final MonitoringForm FORM = MonitoringForm.of(CALCULATOR);
  private static final Locale RU = Locale.forLanguageTag("ru");
  /** A day after every seed roadmap's period: every status is final. */
  private static final LocalDate LATER = LocalDate.of(2030, 1, 1);

  static List<String> seeds() {
    return Seeds.names();
  }

  private static byte[] form(Roadmap roadmap) {
    return Seeds.bytes(out -> FORM.write(roadmap, out));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void write_seedRoadmap_oneRowPerActivityAndYearWithItsKey(String name) {
    Roadmap roadmap = Seeds.roadmap(name);
    List<MonitoringForm.FormRow> rows = FORM.rows(roadmap);
    XSSFSheet sheet = Seeds.open(form(roadmap)).getSheet("Мониторинг");

    assertThat(sheet.getLastRowNum()).isEqualTo(MonitoringForm.HEADER_ROW + rows.size());
    List<String> ids = new ArrayList<>();
    Map<String, List<Integer>> years = new LinkedHashMap<>();
    for (int i = MonitoringForm.HEADER_ROW + 1; i <= sheet.getLastRowNum(); i++) {
      Row row = sheet.getRow(i);
      String id = row.getCell(MonitoringForm.ID).getStringCellValue();
      int year = (int) row.getCell(MonitoringForm.YEAR).getNumericCellValue();
      years.computeIfAbsent(id, k -> new ArrayList<>()).add(year);
      if (!ids.contains(id)) {
        ids.add(id);
      }
      Cell deadline = row.getCell(MonitoringForm.DEADLINE);
      if (deadline.getCellType() != CellType.BLANK) {
        assertThat(DateUtil.isCellDateFormatted(deadline)).isTrue();
        assertThat(deadline.getLocalDateTimeCellValue().getYear()).as("deadline of %s in %s", id, year)
            .isEqualTo(rows.get(i - MonitoringForm.HEADER_ROW - 1).activity().hasYearCells() ? deadline.getLocalDateTimeCellValue().getYear() : year);
      }
      for (int c = MonitoringForm.DONE_ON; c <= MonitoringForm.COMMENT; c++) {
        assertThat(row.getCell(c).getCellType()).isEqualTo(CellType.BLANK);
      }
    }
    assertThat(ids).containsExactlyElementsOf(roadmap.allActivities().stream().map(Activity::id).toList());
    years.values().forEach(y -> assertThat(y).isSorted().doesNotHaveDuplicates());
  }

  @Test
  void write_recurringAndOneOff_rowsPerYearOfTheirDueDates() {
    Roadmap roadmap = Seeds.roadmap("olenegorsk-2021");
    List<MonitoringForm.FormRow> rows = FORM.rows(roadmap);
    for (Activity a : roadmap.allActivities()) {
      List<Integer> due = CALCULATOR.schedule(roadmap).filter(o -> o.activityId().equals(a.id()) && o.isDue())
          .map(o -> o.effectiveDue().orElseThrow().getYear()).distinct().sorted().toList();
      List<Integer> formYears = rows.stream().filter(r -> r.activity().id().equals(a.id())).map(r -> r.year()).toList();
      if (!due.isEmpty() && CALCULATOR.schedule(roadmap).noneMatch(o -> o.activityId().equals(a.id()) && !o.isDue())) {
        assertThat(formYears).as("activity %s", a.id()).isEqualTo(due);
      }
    }
  }

  @Test
  void write_perYearColumns_rowPerCellWithTheCellsResult() {
    Roadmap roadmap = Seeds.roadmap("yakovlevsky-2020");
    List<MonitoringForm.FormRow> rows = FORM.rows(roadmap);
    int checked = 0;
    for (Activity a : roadmap.allActivities()) {
      if (!a.hasYearCells()) {
        continue;
      }
      List<MonitoringForm.FormRow> mine = rows.stream().filter(r -> r.activity().id().equals(a.id())).toList();
      assertThat(mine).hasSameSizeAs(a.yearCells());
      for (MonitoringForm.FormRow r : mine) {
        var cell = a.yearCell(r.year()).orElseThrow();
        assertThat(r.term()).isEqualTo(cell.term().text());
        cell.result().ifPresent(result -> assertThat(r.result()).isEqualTo(result));
        if (r.key() != null) {
          assertThat(r.key().year()).hasValue(r.year());
          assertThat(r.recordYear()).isEqualTo(r.year());
        }
        checked++;
      }
    }
    assertThat(checked).isPositive();
  }

  @Test
  void write_sheetProtectedExceptTheFillInColumns_keysVeryHidden() {
    XSSFWorkbook book = Seeds.open(form(Seeds.roadmap("eao-2021")));
    XSSFSheet sheet = book.getSheetAt(0);
    assertThat(sheet.getProtect()).isTrue();
    assertThat(sheet.isAutoFilterLocked()).isFalse();
    assertThat(book.getSheetVisibility(book.getSheetIndex(MonitoringForm.KEY_SHEET)))
        .isEqualTo(SheetVisibility.VERY_HIDDEN);
    assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 3);
    assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).startsWith("A3:K");
    assertThat(sheet.getDataValidations()).hasSize(1);
    Row row = sheet.getRow(MonitoringForm.HEADER_ROW + 1);
    for (int c = 0; c < MonitoringForm.COLUMNS.size(); c++) {
      boolean fillIn = c >= MonitoringForm.DONE_ON;
      assertThat(row.getCell(c).getCellStyle().getLocked()).as("column %d locked", c).isEqualTo(!fillIn);
    }
    assertThat(row.getCell(MonitoringForm.DONE_ON).getCellStyle().getDataFormatString()).isEqualTo("dd.mm.yyyy");
    assertThat(sheet.getRow(MonitoringForm.HEADER_ROW).getCell(MonitoringForm.DONE_ON).getStringCellValue())
        .isEqualTo("Дата исполнения");
  }

  @Test
  void write_english_headersInEnglish() {
    Roadmap roadmap = Seeds.roadmap("eao-2021");
    XSSFWorkbook book = Seeds.open(Seeds.bytes(out -> FORM.withLocale(Locale.ENGLISH).write(roadmap, out)));
    XSSFSheet sheet = book.getSheet("Monitoring");
    List<String> headers = new ArrayList<>();
    sheet.getRow(MonitoringForm.HEADER_ROW).forEach(c -> headers.add(c.getStringCellValue()));
    assertThat(headers).containsExactly("Key", "No.", "Activity", "Year", "Term as written", "Planned result",
        "Deadline", "Due dates in the year", "Date done", "Evidence (document)", "Comment");
    assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).endsWith(": monitoring form");
  }

  // ---- the round trip: write, fill in as a municipality would, read back, progress ----

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void fillAndRead_seedRoadmap_progressIsWhatWasFilled(String name) {
    Roadmap roadmap = Seeds.roadmap(name);
    List<MonitoringForm.FormRow> rows = FORM.rows(roadmap);
    XSSFWorkbook book = Seeds.open(form(roadmap));
    XSSFSheet sheet = book.getSheetAt(0);
    int onTime = 0;
    int late = 0;
    List<MonitoringForm.FormRow> filled = new ArrayList<>();
    List<Boolean> filledLate = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      MonitoringForm.FormRow r = rows.get(i);
      if (r.key() == null || !r.key().isDue() || i % 3 == 2) {
        continue;
      }
      boolean isLate = i % 3 == 1;
      LocalDate deadline = r.key().effectiveDue().orElseThrow();
      Row row = sheet.getRow(MonitoringForm.HEADER_ROW + 1 + i);
      row.getCell(MonitoringForm.DONE_ON).setCellValue(isLate ? deadline.plusDays(3) : deadline);
      row.getCell(MonitoringForm.EVIDENCE).setCellValue("Приказ № " + i);
      row.getCell(MonitoringForm.COMMENT).setCellValue("комментарий");
      filled.add(r);
      filledLate.add(isLate);
      if (isLate) {
        late++;
      } else {
        onTime++;
      }
    }
    assertThat(filled).isNotEmpty();
    byte[] back = Seeds.save(book);

    List<ExecutionRecord> records = FORM.read(new ByteArrayInputStream(back));

    assertThat(records).hasSize(filled.size());
    Progress progress = CALCULATOR.progress(roadmap, records);
    for (int i = 0; i < filled.size(); i++) {
      assertThat(progress.status(filled.get(i).key(), LATER)).as("row of %s %d", filled.get(i).activity().id(),
              filled.get(i).year())
          .isEqualTo(filledLate.get(i) ? OccurrenceStatus.DONE_LATE : OccurrenceStatus.DONE_ON_TIME);
      assertThat(records.get(i).evidence()).startsWith("Приказ № ");
    }
    OnTimeRate rate = progress.onTimeRate(LATER);
    assertThat(rate.onTime()).isEqualTo(onTime);
    assertThat(rate.late()).isEqualTo(late);
  }

  @Test
  void read_unfilledForm_noRecords() {
    assertThat(FORM.read(new ByteArrayInputStream(form(Seeds.roadmap("kizel-2021"))))).isEmpty();
  }

  @Test
  void read_textDatesAndSortedRows_stillTheRightOccurrences() {
    Roadmap roadmap = Seeds.roadmap("eao-2021");
    List<MonitoringForm.FormRow> rows = FORM.rows(roadmap);
    XSSFWorkbook book = Seeds.open(form(roadmap));
    XSSFSheet sheet = book.getSheetAt(0);
    int first = firstDueRow(rows);
    LocalDate deadline = rows.get(first).key().effectiveDue().orElseThrow();
    // A filler typed the date as text in Russian, and moved the row to the bottom.
    Row moved = sheet.createRow(sheet.getLastRowNum() + 5);
    Row original = sheet.getRow(MonitoringForm.HEADER_ROW + 1 + first);
    for (int c = 0; c < MonitoringForm.COLUMNS.size(); c++) {
      Cell from = original.getCell(c);
      Cell to = moved.createCell(c);
      if (from.getCellType() == CellType.NUMERIC) {
        to.setCellValue(from.getNumericCellValue());
      } else if (from.getCellType() == CellType.STRING) {
        to.setCellValue(from.getStringCellValue());
      }
    }
    sheet.removeRow(original);
    moved.getCell(MonitoringForm.DONE_ON).setCellValue(
        String.format("%02d.%02d.%d", deadline.getDayOfMonth(), deadline.getMonthValue(), deadline.getYear()));
    moved.getCell(MonitoringForm.EVIDENCE).setCellValue("Протокол № 3");

    List<ExecutionRecord> records = FORM.read(new ByteArrayInputStream(Seeds.save(book)));

    assertThat(records).containsExactly(ExecutionRecord.of(rows.get(first).key(), deadline, "Протокол № 3"));
  }

  private static int firstDueRow(List<MonitoringForm.FormRow> rows) {
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).key() != null && rows.get(i).key().isDue()) {
        return i;
      }
    }
    throw new AssertionError("no row with a deadline");
  }

  @Test
  void read_badlyFilledRows_everyProblemWithSheetRowAndColumn_goodRowsKept() {
    Roadmap roadmap = Seeds.roadmap("eao-2021");
    List<MonitoringForm.FormRow> rows = FORM.rows(roadmap);
    XSSFWorkbook book = Seeds.open(form(roadmap));
    XSSFSheet sheet = book.getSheetAt(0);
    List<Integer> due = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).key() != null && rows.get(i).key().isDue()) {
        due.add(MonitoringForm.HEADER_ROW + 1 + i);
      }
    }
    LocalDate day = LocalDate.of(2021, 10, 1);
    // A good row.
    sheet.getRow(due.get(0)).getCell(MonitoringForm.DONE_ON).setCellValue(day);
    sheet.getRow(due.get(0)).getCell(MonitoringForm.EVIDENCE).setCellValue("Приказ № 1");
    // A date without evidence.
    sheet.getRow(due.get(1)).getCell(MonitoringForm.DONE_ON).setCellValue(day);
    // Evidence without a date.
    sheet.getRow(due.get(2)).getCell(MonitoringForm.EVIDENCE).setCellValue("Протокол");
    // Not a date.
    sheet.getRow(due.get(3)).getCell(MonitoringForm.DONE_ON).setCellValue("вчера");
    sheet.getRow(due.get(3)).getCell(MonitoringForm.EVIDENCE).setCellValue("Протокол");
    // An activity the form does not have.
    sheet.getRow(due.get(4)).getCell(MonitoringForm.ID).setCellValue("99-нет");
    sheet.getRow(due.get(4)).getCell(MonitoringForm.DONE_ON).setCellValue(day);
    sheet.getRow(due.get(4)).getCell(MonitoringForm.EVIDENCE).setCellValue("Протокол");
    // A number in a date cell without a date format.
    Cell plain = sheet.getRow(due.get(5)).getCell(MonitoringForm.DONE_ON);
    plain.setCellStyle(sheet.getRow(due.get(5)).getCell(MonitoringForm.EVIDENCE).getCellStyle());
    plain.setCellValue(42);
    sheet.getRow(due.get(5)).getCell(MonitoringForm.EVIDENCE).setCellValue("Протокол");

    MonitoringFormException e = catchThrowableOfType(MonitoringFormException.class,
        () -> FORM.read(new ByteArrayInputStream(Seeds.save(book))));

    assertThat(e).isNotNull().isInstanceOf(EduroadmapException.class);
    assertThat(e.problems()).extracting(FormProblem::cell).containsExactly(
        "J" + (due.get(1) + 1), "I" + (due.get(2) + 1), "I" + (due.get(3) + 1), "A" + (due.get(4) + 1),
        "I" + (due.get(5) + 1));
    assertThat(e.problems()).extracting(FormProblem::key).containsExactly("problem.noEvidence", "problem.noDate",
        "problem.notDate", "problem.unknownActivity", "problem.notDate");
    assertThat(e.problems()).allSatisfy(p -> assertThat(p.sheet()).isEqualTo("Мониторинг"));
    assertThat(e.records()).containsExactly(ExecutionRecord.of(rows.get(due.get(0) - MonitoringForm.HEADER_ROW - 1).key(), day, "Приказ № 1"));
    assertThat(e.where()).contains("Мониторинг!J" + (due.get(1) + 1));
    assertThat(e.getMessage()).startsWith("The monitoring form cannot be read: 5 problem(s): sheet 'Мониторинг', row "
        + (due.get(1) + 1) + ", column J: a date done is given but no evidence document; ");
    assertThat(e.getMessage()).contains("'вчера' is not a date", "activity '99-нет' for the year");
    assertThat(e.getMessage(RU)).startsWith("Форму мониторинга не удалось прочитать, ошибок: 5. лист «Мониторинг», строка "
        + (due.get(1) + 1) + ", столбец J: указана дата исполнения, но нет подтверждающего документа; ");
    assertThat(e.getMessage(RU)).contains("«вчера» — не дата", "мероприятия «99-нет» на");
    for (String message : List.of(e.getMessage(), e.getMessage(RU))) {
      assertThat(message).doesNotContain("poi", "POI", "Exception", "org.", "null");
    }
    assertThat(e.getMessage(RU)).doesNotContainPattern("\\b(sheet|row|column|date|evidence)\\b");
  }

  @Test
  void read_rowWithNoDatedTerm_isAProblemNotARecord() {
    Roadmap roadmap = Seeds.roadmap("eao-2021");
    List<MonitoringForm.FormRow> rows = FORM.rows(roadmap);
    int none = -1;
    for (int i = 0; i < rows.size() && none < 0; i++) {
      if (rows.get(i).key() == null) {
        none = i;
      }
    }
    if (none < 0) {
      return;  // every activity of this seed has a dated term
    }
    XSSFWorkbook book = Seeds.open(form(roadmap));
    Row row = book.getSheetAt(0).getRow(MonitoringForm.HEADER_ROW + 1 + none);
    assertThat(row.getCell(MonitoringForm.DONE_ON).getCellStyle().getLocked()).isTrue();
    row.getCell(MonitoringForm.DONE_ON).setCellValue(LocalDate.of(2021, 10, 1));
    row.getCell(MonitoringForm.EVIDENCE).setCellValue("Приказ");

    MonitoringFormException e = catchThrowableOfType(MonitoringFormException.class,
        () -> FORM.read(new ByteArrayInputStream(Seeds.save(book))));
    assertThat(e.problems()).extracting(FormProblem::key).containsExactly("problem.noOccurrence");
  }

  @Test
  void read_notAWorkbook_isNamedSo() {
    MonitoringFormException e = catchThrowableOfType(MonitoringFormException.class,
        () -> FORM.read(new ByteArrayInputStream("activity;done\n".getBytes(StandardCharsets.UTF_8))));
    assertThat(e.key()).isEqualTo("form.notWorkbook");
    assertThat(e.getMessage()).isEqualTo("The file is not an Excel workbook (.xlsx)");
    assertThat(e.getMessage(RU)).isEqualTo("Файл не является книгой Excel (.xlsx)");
    assertThat(e.problems()).isEmpty();
  }

  @Test
  void read_workbookThatIsNoForm_isNamedSo() {
    XSSFWorkbook other = new XSSFWorkbook();
    other.createSheet("Лист1").createRow(0).createCell(0).setCellValue("Дата");
    MonitoringFormException e = catchThrowableOfType(MonitoringFormException.class,
        () -> FORM.read(new ByteArrayInputStream(Seeds.save(other))));
    assertThat(e.key()).isEqualTo("form.notForm");
    // A schedule workbook is no form either.
    Roadmap roadmap = Seeds.roadmap("eao-2021");
    byte[] schedule = Seeds.bytes(out -> ScheduleWorkbook.of(CALCULATOR).write(roadmap, out));
    assertThat(catchThrowableOfType(MonitoringFormException.class,
        () -> FORM.read(new ByteArrayInputStream(schedule))).key()).isEqualTo("form.notForm");
  }

  @Test
  void bundles_haveEveryKeyInBothLanguages_andRussianIsRussian() {
    BundleCheck.check("org/eduroadmap/report/xlsx/messages");
  }

  @Test
  void write_instructions_visibleAboveTheHeaderAcrossTheSheet() {
    XSSFSheet sheet = Seeds.open(form(Seeds.roadmap("eao-2021"))).getSheetAt(0);

    Row instructions = sheet.getRow(MonitoringForm.INSTRUCTIONS_ROW);
    assertThat(instructions.getCell(0).getStringCellValue()).startsWith("Заполните жёлтые столбцы I–K")
        .contains("20.09.2023");
    assertThat(instructions.getZeroHeight()).isFalse();
    assertThat(sheet.getMergedRegions()).anySatisfy(m -> assertThat(m.formatAsString())
        .isEqualTo("A" + (MonitoringForm.INSTRUCTIONS_ROW + 1) + ":K" + (MonitoringForm.INSTRUCTIONS_ROW + 1)));
    assertThat(instructions.getHeightInPoints()).as("two lines at least").isGreaterThan(24);
    assertThat(sheet.getRepeatingRows().formatAsString()).isEqualTo("3:3");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void write_results_joinedWithoutDoubleSemicolons(String name) {
    XSSFSheet sheet = Seeds.open(form(Seeds.roadmap(name))).getSheetAt(0);

    for (int i = MonitoringForm.HEADER_ROW + 1; i <= sheet.getLastRowNum(); i++) {
      String result = sheet.getRow(i).getCell(5).getStringCellValue();
      assertThat(result).as("row %d", i + 1).doesNotContain(";;").doesNotContain("; ;").doesNotEndWith(";");
    }
  }

  @Test
  void joinResults_itemsEndingWithSemicolons_joinedOnce() {
    assertThat(MonitoringForm.joinResults(List.of("Приказ (размещение на сайте Института);", " План ", "",
        "Отчёт;  "))).isEqualTo("Приказ (размещение на сайте Института); План; Отчёт");
    assertThat(MonitoringForm.joinResults(List.of())).isEmpty();
  }
}
