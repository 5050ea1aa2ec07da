package org.eduroadmap.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eduroadmap.calendar.DateRange;
import org.eduroadmap.roadmap.Roadmap;
import org.eduroadmap.schedule.ExecutionRecord;
import org.eduroadmap.schedule.Occurrence;
import org.eduroadmap.schedule.ScheduleCalculator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ScheduleWorkbookTest {

  private static final ScheduleCalculator CALCULATOR = ScheduleCalculator.standard();
  private static final LocalDate TODAY = LocalDate.of(2022, 3, 1);

  static List<String> seeds() {
    return Seeds.names();
  }

  private static XSSFSheet write(ScheduleWorkbook workbook, Roadmap roadmap, DateRange range) {
    XSSFWorkbook book = Seeds.open(Seeds.bytes(out -> workbook.write(roadmap, range, out)));
    assertThat(book.getNumberOfSheets()).isEqualTo(1);
    return book.getSheetAt(0);
  }

  private static LocalDate date(Cell cell) {
    assertThat(cell.getCellType()).as("cell %s", cell.getAddress()).isEqualTo(CellType.NUMERIC);
    assertThat(DateUtil.isCellDateFormatted(cell)).as("date format of %s", cell.getAddress()).isTrue();
    return cell.getLocalDateTimeCellValue().toLocalDate();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void write_seedRoadmap_datesAreExcelDates(String name) {
    Roadmap roadmap = Seeds.roadmap(name);
    DateRange period = roadmap.period().toDateRange();
    List<Occurrence> expected = CALCULATOR.occurrences(roadmap, period).toList();
    XSSFSheet sheet = write(ScheduleWorkbook.of(CALCULATOR).withToday(TODAY), roadmap, period);

    assertThat(sheet.getLastRowNum()).isEqualTo(expected.size());
    for (int i = 0; i < expected.size(); i++) {
      Occurrence o = expected.get(i);
      Row row = sheet.getRow(i + 1);
      assertThat(row.getCell(0).getStringCellValue()).isEqualTo(o.activity().number());
      assertThat(row.getCell(1).getStringCellValue()).isEqualTo(o.activity().title());
      assertThat(date(row.getCell(4))).as("start of %s", o).isEqualTo(o.start());
      assertThat(date(row.getCell(5))).as("end of %s", o).isEqualTo(o.end());
      if (o.isDue()) {
        assertThat(date(row.getCell(6))).as("due of %s", o).isEqualTo(o.nominalDue().orElseThrow());
        assertThat(date(row.getCell(7))).as("effective due of %s", o).isEqualTo(o.effectiveDue().orElseThrow());
      } else {
        assertThat(row.getCell(6).getCellType()).isEqualTo(CellType.BLANK);
        assertThat(row.getCell(7).getCellType()).isEqualTo(CellType.BLANK);
      }
      assertThat(row.getCell(8).getStringCellValue()).isEqualTo(
          o.responsible().isFromPlan() ? o.responsible().text() + " (по приказу)" : o.responsible().text());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void write_seedRoadmap_headerFrozenFilteredAndWrapped(String name) {
    Roadmap roadmap = Seeds.roadmap(name);
    XSSFSheet sheet = write(ScheduleWorkbook.of(CALCULATOR), roadmap, roadmap.period().toDateRange());

    PaneInformation pane = sheet.getPaneInformation();
    assertThat(pane).isNotNull();
    assertThat(pane.isFreezePane()).isTrue();
    assertThat(pane.getHorizontalSplitTopRow()).isEqualTo((short) 1);
    assertThat(pane.getVerticalSplitLeftColumn()).isEqualTo((short) 0);
    assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isTrue();
    assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:J" + (sheet.getLastRowNum() + 1));
    assertThat(sheet.getColumnWidth(1)).as("activity column").isGreaterThan(40 * 256);
    assertThat(sheet.getColumnWidth(4)).as("date column").isBetween(10 * 256, 14 * 256);
    if (sheet.getLastRowNum() > 0) {
      assertThat(sheet.getRow(1).getCell(1).getCellStyle().getWrapText()).isTrue();
    }
  }

  @Test
  void write_defaultLocale_headersRussian_english_headersEnglish() {
    Roadmap roadmap = Seeds.roadmap("eao-2021");
    DateRange period = roadmap.period().toDateRange();
    XSSFSheet ru = write(ScheduleWorkbook.of(CALCULATOR), roadmap, period);
    XSSFSheet en = write(ScheduleWorkbook.of(CALCULATOR).withLocale(Locale.ENGLISH), roadmap, period);

    assertThat(ru.getSheetName()).isEqualTo("График");
    assertThat(headers(ru)).containsExactly("№ п/п", "Мероприятие", "Срок (как в документе)", "Вид срока",
        "Начало", "Окончание", "Срок исполнения", "Срок с учётом выходных", "Ответственные", "Статус");
    assertThat(en.getSheetName()).isEqualTo("Schedule");
    assertThat(headers(en)).containsExactly("No.", "Activity", "Term as written", "Kind", "Start", "End", "Due",
        "Effective due", "Responsible", "Status");
    assertThat(ru.getRow(1).getCell(4).getCellStyle().getDataFormatString()).isEqualTo("dd.mm.yyyy");
    assertThat(en.getRow(1).getCell(4).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
  }

  private static List<String> headers(XSSFSheet sheet) {
    List<String> out = new ArrayList<>();
    sheet.getRow(0).forEach(c -> out.add(c.getStringCellValue()));
    return out;
  }

  @Test
  void write_recordsAndToday_statusSaysDoneOnTimeLateOverdueAndPlanned() {
    Roadmap roadmap = Seeds.roadmap("eao-2021");
    DateRange period = roadmap.period().toDateRange();
    List<Occurrence> due = CALCULATOR.occurrences(roadmap, period).filter(Occurrence::isDue).toList();
    Occurrence onTime = due.get(0);
    Occurrence late = due.get(1);
    LocalDate today = due.get(2).effectiveDue().orElseThrow().plusDays(1);
    List<ExecutionRecord> records = List.of(
        ExecutionRecord.of(onTime, onTime.effectiveDue().orElseThrow(), "Приказ № 1"),
        ExecutionRecord.of(late, late.effectiveDue().orElseThrow().plusDays(1), "Приказ № 2"));
    List<Occurrence> all = CALCULATOR.occurrences(roadmap, period).toList();
    XSSFSheet sheet = write(ScheduleWorkbook.of(CALCULATOR).withRecords(records).withToday(today), roadmap, period);

    assertThat(status(sheet, all.indexOf(onTime))).isEqualTo("выполнено в срок");
    assertThat(status(sheet, all.indexOf(late))).isEqualTo("выполнено с опозданием");
    assertThat(status(sheet, all.indexOf(due.get(2)))).isEqualTo("просрочено");
    assertThat(status(sheet, all.indexOf(due.get(due.size() - 1)))).isEqualTo("запланировано");
  }

  private static String status(XSSFSheet sheet, int index) {
    assertThat(index).isNotNegative();
    return sheet.getRow(index + 1).getCell(9).getStringCellValue();
  }

  @Test
  void write_range_onlyTheOccurrencesOverlappingIt() {
    Roadmap roadmap = Seeds.roadmap("olenegorsk-2021");
    DateRange november = DateRange.of(LocalDate.of(2021, 11, 1), LocalDate.of(2021, 11, 30));
    List<Occurrence> expected = CALCULATOR.occurrences(roadmap, november).toList();
    XSSFSheet sheet = write(ScheduleWorkbook.of(CALCULATOR), roadmap, november);

    assertThat(expected).isNotEmpty();
    assertThat(sheet.getLastRowNum()).isEqualTo(expected.size());
    for (int i = 0; i < expected.size(); i++) {
      assertThat(date(sheet.getRow(i + 1).getCell(4))).isEqualTo(expected.get(i).start());
    }
  }

  @Test
  void write_perYearColumns_termIsTheYearCellsTerm() {
    Roadmap roadmap = Seeds.roadmap("yakovlevsky-2020");
    DateRange period = roadmap.period().toDateRange();
    List<Occurrence> expected = CALCULATOR.occurrences(roadmap, period).toList();
    XSSFSheet sheet = write(ScheduleWorkbook.of(CALCULATOR), roadmap, period);

    int checked = 0;
    for (int i = 0; i < expected.size(); i++) {
      Occurrence o = expected.get(i);
      if (o.activity().hasYearCells() && o.year().isPresent()) {
        String cellTerm = o.activity().yearCell(o.year().getAsInt()).orElseThrow().term().text();
        assertThat(sheet.getRow(i + 1).getCell(2).getStringCellValue()).isEqualTo(cellTerm);
        checked++;
      }
    }
    assertThat(checked).isPositive();
  }

  @Test
  void withCopies_leaveTheOriginalAlone() {
    ScheduleWorkbook base = ScheduleWorkbook.of(CALCULATOR);
    ScheduleWorkbook changed = base.withLocale(Locale.ENGLISH).withToday(TODAY)
        .withRecords(List.of(ExecutionRecord.of("1", TODAY, TODAY, "x")));
    assertThat(base.locale().getLanguage()).isEqualTo("ru");
    assertThat(base.today()).isEmpty();
    assertThat(base.records()).isEmpty();
    assertThat(changed.locale()).isEqualTo(Locale.ENGLISH);
    assertThat(changed.today()).contains(TODAY);
    assertThat(changed.records()).hasSize(1);
    assertThat(changed.calculator()).isSameAs(CALCULATOR);
  }

  @Test
  void write_emptyRange_headerOnly() {
    Roadmap roadmap = Seeds.roadmap("eao-2021");
    DateRange before = DateRange.of(LocalDate.of(1990, 1, 1), LocalDate.of(1990, 1, 31));
    XSSFSheet sheet = write(ScheduleWorkbook.of(CALCULATOR), roadmap, before);
    assertThat(sheet.getLastRowNum()).isZero();
    assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
  }

  @Test
  void dateCell_dayExcelCannotHold_isIsoTextNotABrokenNumber() {
    Sheets sheets = new Sheets(Texts.of(Locale.ENGLISH));
    Row row = sheets.workbook.createSheet("s").createRow(0);
    Sheets.date(row, 0, LocalDate.of(1899, 2, 16), sheets.date);
    Sheets.date(row, 1, LocalDate.of(1900, 1, 1), sheets.date);
    assertThat(row.getCell(0).getStringCellValue()).isEqualTo("1899-02-16");
    assertThat(date(row.getCell(1))).isEqualTo(LocalDate.of(1900, 1, 1));
  }

  @Test
  void write_provisionalDueDate_carriesANote_approvedOneNone() {
    Roadmap roadmap = Roadmap.builder().title("План").level(org.eduroadmap.roadmap.RoadmapLevel.SCHOOL)
        .order(org.eduroadmap.roadmap.ApprovingOrder.builder().authority("Школа").kind("Приказ").number("1").build())
        .period(org.eduroadmap.roadmap.RoadmapPeriod.ofYears(2026, 2029))
        .addSections(org.eduroadmap.roadmap.Section.untitled(List.of(org.eduroadmap.roadmap.Activity.of("1.",
            "Анализ", org.eduroadmap.term.Term.of("ежегодно (ноябрь)")))))
        .build();
    List<Occurrence> expected = CALCULATOR.occurrences(roadmap, roadmap.period().toDateRange()).toList();
    XSSFSheet sheet = write(ScheduleWorkbook.of(CALCULATOR).withToday(TODAY), roadmap, roadmap.period().toDateRange());

    assertThat(expected).extracting(Occurrence::isProvisional).containsExactly(false, false, true, true);
    for (int i = 0; i < expected.size(); i++) {
      var comment = sheet.getRow(i + 1).getCell(7).getCellComment();
      if (expected.get(i).isProvisional()) {
        assertThat(comment).isNotNull();
        assertThat(comment.getString().getString()).startsWith("Предварительно: на " + (2026 + i) + " год");
      } else {
        assertThat(comment).isNull();
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void write_wrappedTitle_rowHeightFitsItsLines(String name) {
    Roadmap roadmap = Seeds.roadmap(name);
    XSSFSheet sheet = write(ScheduleWorkbook.of(CALCULATOR).withToday(TODAY), roadmap, roadmap.period().toDateRange());

    for (Row row : sheet) {
      for (Cell cell : row) {
        if (cell.getCellType() != CellType.STRING) {
          continue;
        }
        String text = cell.getStringCellValue();
        if (cell.getCellStyle().getWrapText()) {
          int lines = CellFit.lines(text, CellFit.textWidth(sheet.getColumnWidth(cell.getColumnIndex())), 10,
              row.getRowNum() == 0);
          assertThat(row.getHeightInPoints()).as("height of row %d for %s (%d lines)", row.getRowNum() + 1,
              cell.getAddress(), lines).isGreaterThanOrEqualTo(CellFit.height(lines, 10));
        } else {
          assertThat(CellFit.textWidth(sheet.getColumnWidth(cell.getColumnIndex())))
              .as("width of %s for «%s»", cell.getAddress(), text)
              .isGreaterThanOrEqualTo(CellFit.width(text, 10, false));
        }
      }
    }
  }

  @Test
  void write_everyStatus_fitsItsColumnOnOneLine() {
    // «выполнено с опозданием», the longest status, ran past its column before.
    Roadmap roadmap = Seeds.roadmap("eao-2021");
    Occurrence first = CALCULATOR.schedule(roadmap).filter(Occurrence::isDue).findFirst().orElseThrow();
    XSSFSheet sheet = write(ScheduleWorkbook.of(CALCULATOR).withToday(TODAY).withRecords(List.of(
        ExecutionRecord.of(first, first.effectiveDue().orElseThrow().plusDays(3), "Протокол"))), roadmap,
        roadmap.period().toDateRange());

    assertThat(CellFit.textWidth(sheet.getColumnWidth(9)))
        .isGreaterThanOrEqualTo(CellFit.width("выполнено с опозданием", 10, false));
  }

  @Test
  void write_printSetup_a4LandscapeOnePageWideHeaderRepeatedFooterWithRoadmapAndPage() {
    Roadmap roadmap = Seeds.roadmap("eao-2021");
    XSSFSheet sheet = write(ScheduleWorkbook.of(CALCULATOR), roadmap, roadmap.period().toDateRange());

    assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
    assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
    assertThat(sheet.getFitToPage()).isTrue();
    assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
    assertThat(sheet.getPrintSetup().getFitHeight()).isEqualTo((short) 0);
    assertThat(sheet.getRepeatingRows().getFirstRow()).isZero();
    assertThat(sheet.getRepeatingRows().getLastRow()).isZero();
    assertThat(sheet.getMargin(org.apache.poi.ss.usermodel.PageMargin.BOTTOM)).isGreaterThan(0.5);
    assertThat(sheet.getFooter().getLeft()).startsWith("ПЛАН МЕРОПРИЯТИЙ («Дорожная карта»)").hasSizeLessThan(130);
    assertThat(sheet.getFooter().getRight()).isEqualTo("Страница &P из &N");
  }

  @Test
  void footerText_ampersandAndLongTitle_doubledAndShortened() {
    assertThat(Sheets.footerText("План & программа")).isEqualTo("План && программа");
    assertThat(Sheets.footerText("а".repeat(300))).hasSize(120).endsWith("…");
  }

  @Test
  void write_rowsNamingNoOne_responsibleIsThePlansImplementersByTheOrder() {
    Roadmap roadmap = Seeds.roadmap("eao-2021");
    XSSFSheet sheet = write(ScheduleWorkbook.of(CALCULATOR), roadmap, roadmap.period().toDateRange());
    XSSFSheet en = write(ScheduleWorkbook.of(CALCULATOR).withLocale(Locale.ENGLISH), roadmap,
        roadmap.period().toDateRange());

    List<String> responsible = new ArrayList<>();
    for (int i = 1; i <= sheet.getLastRowNum(); i++) {
      responsible.add(sheet.getRow(i).getCell(8).getStringCellValue());
    }
    assertThat(responsible).allMatch(r -> !r.isBlank())
        .contains(roadmap.implementers().text() + " (по приказу)")
        .contains("руководителям муниципальных отделов образования, управления образования");
    assertThat(en.getRow(1).getCell(8).getStringCellValue()).endsWith(" (by the order)");
  }
}
