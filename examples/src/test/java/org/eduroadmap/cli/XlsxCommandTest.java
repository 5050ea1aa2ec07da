package org.eduroadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eduroadmap.json.ExecutionRecordsJson;
import org.eduroadmap.schedule.ExecutionRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code xlsx}: the schedule and the monitoring form as workbooks, a filled form back to JSON lines. */
class XlsxCommandTest {

  @TempDir
  Path dir;

  private static CliRun run(String... args) {
    return CliRun.of("", args);
  }

  private static XSSFWorkbook open(Path file) throws Exception {
    try (InputStream in = Files.newInputStream(file)) {
      return new XSSFWorkbook(in);
    }
  }

  private static String date(Cell cell) {
    if (cell == null || cell.getCellType() == CellType.BLANK) {
      return null;
    }
    assertThat(DateUtil.isCellDateFormatted(cell)).as("%s is a date", cell.getAddress()).isTrue();
    return cell.getLocalDateTimeCellValue().toLocalDate().toString();
  }

  private static String text(JsonNode node) {
    return node == null || node.isNull() ? null : node.asText();
  }

  @Test
  void xlsx_eao_datesAreThoseOfSchedule() throws Exception {
    Path file = dir.resolve("eao.xlsx");

    CliRun run = run("xlsx", "eao-2021", "--output", file.toString());

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).isEmpty();
    List<JsonNode> schedule = run("schedule", "eao-2021", "--format", "jsonl").lines();
    XSSFSheet sheet = open(file).getSheetAt(0);
    assertThat(sheet.getSheetName()).isEqualTo("График");
    assertThat(sheet.getLastRowNum()).isEqualTo(schedule.size());
    for (int i = 0; i < schedule.size(); i++) {
      JsonNode o = schedule.get(i);
      Row row = sheet.getRow(i + 1);
      assertThat(row.getCell(0).getStringCellValue().replaceFirst("\\.$", "")).isEqualTo(o.get("activity").asText());
      assertThat(date(row.getCell(4))).isEqualTo(o.get("start").asText());
      assertThat(date(row.getCell(5))).isEqualTo(o.get("end").asText());
      assertThat(date(row.getCell(6))).isEqualTo(text(o.get("due")));
      assertThat(date(row.getCell(7))).isEqualTo(text(o.get("effectiveDue")));
    }
  }

  @Test
  void xlsx_policyNext_effectiveDatesAreThoseOfScheduleWithNext() throws Exception {
    Path file = dir.resolve("next.xlsx");

    CliRun run = run("xlsx", "kizel-2021", "--policy", "next", "--output", file.toString());

    assertThat(run.status()).as(run.err()).isZero();
    List<JsonNode> schedule = run("schedule", "kizel-2021", "--policy", "next", "--format", "jsonl").lines();
    XSSFSheet sheet = open(file).getSheetAt(0);
    assertThat(sheet.getLastRowNum()).isEqualTo(schedule.size());
    for (int i = 0; i < schedule.size(); i++) {
      assertThat(date(sheet.getRow(i + 1).getCell(7))).isEqualTo(text(schedule.get(i).get("effectiveDue")));
    }
  }

  @Test
  void xlsx_rangeAndEnglish_onlyThatRangeWithEnglishHeaders() throws Exception {
    Path file = dir.resolve("nov.xlsx");

    CliRun run = run("xlsx", "olenegorsk-2021", "--from", "01.11.2021", "--to", "2021-11-30", "--lang", "en",
        "--output", file.toString());

    assertThat(run.status()).as(run.err()).isZero();
    int expected = run("schedule", "olenegorsk-2021", "--from", "2021-11-01", "--to", "2021-11-30", "--format",
        "jsonl").lines().size();
    XSSFSheet sheet = open(file).getSheet("Schedule");
    assertThat(sheet.getLastRowNum()).isEqualTo(expected);
    assertThat(sheet.getRow(0).getCell(7).getStringCellValue()).isEqualTo("Effective due");
  }

  @Test
  void xlsx_recordsAndToday_statusColumn() throws Exception {
    List<JsonNode> schedule = run("schedule", "eao-2021", "--format", "jsonl").lines();
    JsonNode first = schedule.stream().filter(o -> !o.get("effectiveDue").isNull()).findFirst().orElseThrow();
    LocalDate due = LocalDate.parse(first.get("effectiveDue").asText());
    Path records = dir.resolve("records.jsonl");
    Files.writeString(records, ExecutionRecordsJson.standard().toLine(ExecutionRecord.of(first.get("activityId").asText(),
        LocalDate.parse(first.get("start").asText()), due, "Приказ № 1")) + "\n");
    Path file = dir.resolve("status.xlsx");

    CliRun run = run("xlsx", "eao-2021", "--records", records.toString(), "--today", due.plusDays(1).toString(),
        "--output", file.toString());

    assertThat(run.status()).as(run.err()).isZero();
    XSSFSheet sheet = open(file).getSheetAt(0);
    assertThat(sheet.getRow(schedule.indexOf(first) + 1).getCell(9).getStringCellValue()).isEqualTo("выполнено в срок");
  }

  @Test
  void xlsx_badRecordsFile_exit3NamingTheLine() throws Exception {
    Path records = dir.resolve("records.jsonl");
    Files.writeString(records, "{\"activityId\":\"1\",\"occurrenceStart\":\"2021-13-01\",\"doneOn\":\"2021-10-01\","
        + "\"evidence\":\"x\"}\n");

    CliRun run = run("xlsx", "eao-2021", "--records", records.toString(), "--output", dir.resolve("x.xlsx").toString());

    assertThat(run.status()).isEqualTo(3);
    assertThat(run.err()).contains("records.jsonl", "«2021-13-01» — не дата", "строка 1");
    assertThat(Files.exists(dir.resolve("x.xlsx"))).isFalse();
  }

  @Test
  void xlsx_withoutOutput_isAUsageError() {
    CliRun run = run("xlsx", "eao-2021");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("нужен --output FILE.xlsx");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void xlsx_neitherRoadmapNorRead_isAUsageError() {
    CliRun run = run("xlsx", "--output", dir.resolve("x.xlsx").toString(), "--lang", "en");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("ROADMAP is missing");
  }

  @Test
  void xlsx_readWithRoadmap_isAUsageError() throws Exception {
    Path form = dir.resolve("form.xlsx");
    assertThat(run("xlsx", "eao-2021", "--form", "--output", form.toString()).status()).isZero();
    CliRun run = run("xlsx", "eao-2021", "--read", form.toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("--read");
  }

  @Test
  void xlsx_formFilledAndReadBack_jsonLinesOfTheRecords() throws Exception {
    Path form = dir.resolve("form.xlsx");
    assertThat(run("xlsx", "yakovlevsky-2020", "--form", "--output", form.toString()).status()).isZero();
    XSSFWorkbook book = open(form);
    XSSFSheet sheet = book.getSheet("Мониторинг");
    List<String> filledIds = new ArrayList<>();
    for (int i = 3; i <= sheet.getLastRowNum() && filledIds.size() < 3; i++) {
      Row row = sheet.getRow(i);
      Cell deadline = row.getCell(6);
      if (deadline.getCellType() == CellType.NUMERIC) {
        row.getCell(8).setCellValue(deadline.getLocalDateTimeCellValue().toLocalDate());
        row.getCell(9).setCellValue("Приказ № " + i);
        filledIds.add(row.getCell(0).getStringCellValue());
      }
    }
    Path filled = dir.resolve("filled.xlsx");
    try (OutputStream out = Files.newOutputStream(filled)) {
      book.write(out);
    }

    CliRun run = run("xlsx", "--read", filled.toString());

    assertThat(run.status()).as(run.err()).isZero();
    List<ExecutionRecord> records = ExecutionRecordsJson.standard().read(new StringReader(run.out()));
    assertThat(records).extracting(ExecutionRecord::activityId).containsExactlyElementsOf(filledIds);
    assertThat(records).allSatisfy(r -> assertThat(r.doneOn()).isAfterOrEqualTo(r.occurrenceStart()));

    Path out = dir.resolve("records.jsonl");
    CliRun toFile = run("xlsx", "--read", filled.toString(), "--output", out.toString());
    assertThat(toFile.status()).isZero();
    assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo(run.out());
  }

  @Test
  void xlsx_readBadlyFilledForm_exit3WithEveryCell() throws Exception {
    Path form = dir.resolve("form.xlsx");
    assertThat(run("xlsx", "eao-2021", "--form", "--output", form.toString()).status()).isZero();
    XSSFWorkbook book = open(form);
    XSSFSheet sheet = book.getSheetAt(0);
    // Row 1 names the roadmap, row 2 says how to fill the form in, row 3 is the header.
    sheet.getRow(3).getCell(8).setCellValue(LocalDate.of(2021, 10, 1));
    sheet.getRow(4).getCell(8).setCellValue("завтра");
    sheet.getRow(4).getCell(9).setCellValue("Протокол");
    Path filled = dir.resolve("filled.xlsx");
    try (OutputStream out = Files.newOutputStream(filled)) {
      book.write(out);
    }

    CliRun ru = run("xlsx", "--read", filled.toString());
    CliRun en = run("xlsx", "--read", filled.toString(), "--lang", "en");

    assertThat(ru.status()).isEqualTo(3);
    assertThat(ru.out()).isEmpty();
    assertThat(ru.err()).contains("filled.xlsx", "ошибок: 2", "строка 4, столбец J", "строка 5, столбец I",
        "«завтра» — не дата");
    assertThat(en.status()).isEqualTo(3);
    assertThat(en.err()).contains("2 problem(s)", "row 4, column J", "row 5, column I", "'завтра' is not a date");
    assertThat(ru.err() + en.err()).doesNotContain("Exception", "poi");
  }

  @Test
  void xlsx_readNotAWorkbook_exit3() throws Exception {
    Path text = dir.resolve("form.xlsx");
    Files.writeString(text, "не книга");
    CliRun run = run("xlsx", "--read", text.toString());
    assertThat(run.status()).isEqualTo(3);
    assertThat(run.err()).contains("Файл не является книгой Excel (.xlsx)");
  }

  @Test
  void xlsx_readMissingFile_isAUsageError() {
    CliRun run = run("xlsx", "--read", dir.resolve("nowhere.xlsx").toString(), "--lang", "en");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("--read: no such file");
  }

  @Test
  void help_listsXlsx_andItsHelpIsRussianByDefault() {
    assertThat(run("--help").out()).contains("xlsx");
    CliRun ru = run("xlsx", "--help");
    assertThat(ru.status()).isZero();
    assertThat(ru.out()).contains("График плана в виде книги Excel", "--form", "--read", "--records", "--today");
    CliRun en = run("help", "xlsx", "--lang", "en");
    assertThat(en.out()).contains("The schedule of a roadmap as an Excel workbook");
  }
}
