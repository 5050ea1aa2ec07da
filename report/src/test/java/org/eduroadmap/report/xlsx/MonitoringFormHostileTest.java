package org.eduroadmap.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eduroadmap.roadmap.Roadmap;
import org.eduroadmap.schedule.ExecutionRecord;
import org.eduroadmap.schedule.ScheduleCalculator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Filled forms made to mislead or exhaust the reader (issue 22): impossible Excel dates, formulas without a
 * value, HYPERLINK evidence, a tampered key sheet, too many rows, too many bytes, a long cell that
 * compresses well. Each bad cell is named; nothing is read as something else.
 */
class MonitoringFormHostileTest {

  private static final ScheduleCalculator CALCULATOR = ScheduleCalculator.standard();
  private static final MonitoringForm FORM = MonitoringForm.of(CALCULATOR);
  private static final Locale RU = Locale.forLanguageTag("ru");
  private static final Roadmap EAO = Seeds.roadmap("eao-2021");
  private static final List<MonitoringForm.FormRow> ROWS = FORM.rows(EAO);

  /** The sheet row (from 0) of the first form row with a deadline. */
  private static int dueRow() {
    for (int i = 0; i < ROWS.size(); i++) {
      if (ROWS.get(i).key() != null && ROWS.get(i).key().isDue()) {
        return MonitoringForm.HEADER_ROW + 1 + i;
      }
    }
    throw new AssertionError("no row with a deadline");
  }

  private static XSSFWorkbook blankForm() {
    return Seeds.open(Seeds.bytes(out -> FORM.write(EAO, out)));
  }

  private static MonitoringFormException refusal(byte[] bytes) {
    MonitoringFormException e = catchThrowableOfType(MonitoringFormException.class,
        () -> FORM.read(new ByteArrayInputStream(bytes)));
    assertThat(e).as("refused").isNotNull();
    return e;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"3e6, problem.dateNumberOutOfRange", "1e9, problem.dateNumberOutOfRange",
      "0, problem.dateNumberOutOfRange", "60, problem.february1900", "-5, problem.dateNumberOutOfRange"})
  void read_dateCellHoldingAnImpossibleExcelNumber_isRefusedNamingTheCell(double serial, String key) {
    XSSFWorkbook book = blankForm();
    Row row = book.getSheetAt(0).getRow(dueRow());
    row.getCell(MonitoringForm.DONE_ON).setCellValue(serial);   // keeps the cell's date format
    row.getCell(MonitoringForm.EVIDENCE).setCellValue("Приказ № 94");

    MonitoringFormException e = refusal(Seeds.save(book));

    assertThat(e.problems()).extracting(FormProblem::cell, FormProblem::key)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("I" + (dueRow() + 1), key));
    assertThat(e.getMessage(RU)).contains("столбец I").containsAnyOf("не день с 1900 по 2100", "29 февраля 1900");
    assertThat(e.records()).isEmpty();
  }

  @Test
  void read_dateCellWithAFormulaWithoutCachedValue_isRefusedNamingTheCell() {
    int row = dueRow() + 1;
    byte[] bytes = patch(filled(), "xl/worksheets/sheet1.xml", xml -> xml.replaceFirst(
        "<c r=\"I" + row + "\"([^>]*)><v>[^<]*</v></c>", "<c r=\"I" + row + "\"$1><f>DATE(2021,10,1)</f></c>"));

    MonitoringFormException e = refusal(bytes);

    assertThat(e.problems()).extracting(FormProblem::cell).containsExactly("I" + row);
    assertThat(e.problems()).extracting(FormProblem::key).containsExactly("problem.formulaWithoutValue");
    assertThat(e.getMessage(RU)).contains("формула без вычисленного Excel значения");
  }

  @Test
  void read_evidenceAsAHyperlinkFormula_keepsTheTextThePersonSaw() {
    int row = dueRow() + 1;
    byte[] bytes = patch(filled(), "xl/worksheets/sheet1.xml", xml -> java.util.regex.Pattern.compile(
        "<c r=\"J" + row + "\"([^>]*)><v>[^<]*</v></c>").matcher(xml).replaceFirst(m ->
        "<c r=\"J" + row + "\"" + m.group(1).replace(" t=\"s\"", "") + " t=\"str\">"
            + "<f>HYPERLINK(\"https://example.org/94\",\"Приказ № 94\")</f><v>Приказ № 94</v></c>"));

    List<ExecutionRecord> records = FORM.read(new ByteArrayInputStream(bytes));

    assertThat(records).extracting(ExecutionRecord::evidence).containsExactly("Приказ № 94");
  }

  /** The form with its first due row filled: done 2021-10-01, «Приказ № 1». */
  private static byte[] filled() {
    XSSFWorkbook book = blankForm();
    Row row = book.getSheetAt(0).getRow(dueRow());
    row.getCell(MonitoringForm.DONE_ON).setCellValue(LocalDate.of(2021, 10, 1));
    row.getCell(MonitoringForm.EVIDENCE).setCellValue("Приказ № 1");
    return Seeds.save(book);
  }

  @ParameterizedTest(name = "keys!{0} = {1}")
  @CsvSource({"B2, 99999, problem.keyNotYear", "B2, -7, problem.keyNotYear", "D1, 99999, problem.keyHeaderRow",
      "D1, 7, problem.keyHeaderRow", "C2, 2021-13-45, problem.keyNotDate", "C2, +99999-01-01, problem.keyNotDate",
      "B1, 2, notForm"})
  void read_tamperedKeySheet_isRefusedNamingTheKeyCell(String cell, String value, String key) {
    XSSFWorkbook book = Seeds.open(filled());
    XSSFSheet keys = book.getSheet(MonitoringForm.KEY_SHEET);
    org.apache.poi.ss.util.CellReference ref = new org.apache.poi.ss.util.CellReference(cell);
    Row row = keys.getRow(ref.getRow());
    if (value.matches("-?\\d+")) {
      row.getCell(ref.getCol()).setCellValue(Double.parseDouble(value));
    } else {
      row.getCell(ref.getCol()).setCellValue(value);
    }

    MonitoringFormException e = refusal(Seeds.save(book));

    if (key.equals("notForm")) {
      assertThat(e.key()).isEqualTo("form.notForm");
      return;
    }
    assertThat(e.problems()).extracting(FormProblem::sheet).contains("keys");
    assertThat(e.problems().get(0).cell()).isEqualTo(cell);
    assertThat(e.problems().get(0).key()).isEqualTo(key);
    assertThat(e.getMessage(RU)).contains("служебный лист изменён").contains(value.replace("+", ""));
  }

  @Test
  void readAgainstTheRoadmap_aFormOfAnotherRoadmap_isRefusedNamingEachKey() {
    MonitoringFormException e = catchThrowableOfType(MonitoringFormException.class,
        () -> FORM.read(Seeds.roadmap("kizel-2021"), new ByteArrayInputStream(filled())));

    assertThat(e.problems()).filteredOn(p -> p.sheet().equals("keys")).isNotEmpty()
        .allSatisfy(p -> assertThat(p.key()).isEqualTo("problem.keyNotInRoadmap"));
    assertThat(e.getMessage(RU)).contains("лист «keys», строка 2, столбец A: ключа мероприятия «1» на 2021 год нет");
    assertThat(FORM.read(EAO, new ByteArrayInputStream(filled()))).hasSize(1);
  }

  @Test
  void read_sheetOverTheRowLimit_isRefusedNamingTheLimitQuickly() {
    StringBuilder rows = new StringBuilder();
    for (int r = 3; r < 3 + MonitoringForm.DEFAULT_MAX_ROWS; r++) {
      rows.append("<row r=\"").append(r).append("\"><c r=\"K").append(r)
          .append("\" t=\"inlineStr\"><is><t>комментарий</t></is></c></row>");
    }
    byte[] bytes = patch(Seeds.bytes(out -> FORM.write(EAO, out)), "xl/worksheets/sheet1.xml",
        xml -> xml.replace("</sheetData>", rows + "</sheetData>"));

    long start = System.nanoTime();
    MonitoringFormException e = refusal(bytes);
    long millis = (System.nanoTime() - start) / 1_000_000;

    assertThat(e.key()).isEqualTo("form.tooManyRows");
    assertThat(e.getMessage()).contains("more than 100000 rows").contains("MonitoringForm.withMaxRows");
    assertThat(e.getMessage(RU)).contains("больше 100000 строк");
    assertThat(millis).as("ms").isLessThan(20_000);
    assertThat(FORM.withMaxRows(200_000).read(new ByteArrayInputStream(bytes))).isEmpty();
  }

  @Test
  void read_overTheByteLimit_isRefusedBeforeReadingTheRest() {
    byte[] bytes = filled();
    int[] read = {0};
    java.io.InputStream endless = new java.io.InputStream() {
      @Override
      public int read() {
        read[0]++;
        return 'x';
      }
    };

    MonitoringFormException e = catchThrowableOfType(MonitoringFormException.class,
        () -> FORM.withMaxBytes(1000).read(endless));

    assertThat(e.key()).isEqualTo("form.tooLarge");
    assertThat(read[0]).isLessThanOrEqualTo(1001 + 8192);
    assertThat(e.getMessage()).contains("larger than 1000 bytes").contains("MonitoringForm.withMaxBytes");
    assertThat(FORM.withMaxBytes(bytes.length).read(new ByteArrayInputStream(bytes))).hasSize(1);
  }

  @Test
  void read_aGenuineFormWithOneLongCell_isReadNotCalledDamaged() {
    XSSFWorkbook book = Seeds.open(filled());
    book.getSheetAt(0).getRow(dueRow()).getCell(MonitoringForm.COMMENT).setCellValue("Протокол ".repeat(3_640));
    book.getSheetAt(0).getRow(dueRow()).getCell(MonitoringForm.EVIDENCE).setCellValue("а".repeat(32_767));

    List<ExecutionRecord> records = FORM.read(new ByteArrayInputStream(Seeds.save(book)));

    assertThat(records).extracting(ExecutionRecord::evidence).containsExactly("а".repeat(32_767));
  }

  @Test
  void read_doctypeInASheet_isDamagedNothingExpanded() {
    byte[] bytes = patch(filled(), "xl/worksheets/sheet1.xml", xml -> xml.replaceFirst("<worksheet",
        "<!DOCTYPE worksheet [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]><worksheet"));

    MonitoringFormException e = refusal(bytes);

    assertThat(e.key()).isEqualTo("form.damaged");
    assertThat(e.getMessage(RU)).isEqualTo("Файл .xlsx повреждён: не читается его архив или одна из частей");
  }

  @Test
  void read_anOldOrEncryptedWorkbook_saysSo() {
    byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    assertThat(refusal(ole2).key()).isEqualTo("form.oldOrEncrypted");
  }

  /** {@code bytes} with the zip entry {@code part} rewritten by {@code edit}. */
  static byte[] patch(byte[] bytes, String part, UnaryOperator<String> edit) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    boolean[] found = {false};
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] content = in.readAllBytes();
        if (e.getName().equals(part)) {
          String before = new String(content, StandardCharsets.UTF_8);
          String after = edit.apply(before);
          assertThat(after).as("the patch changed " + part).isNotEqualTo(before);
          content = after.getBytes(StandardCharsets.UTF_8);
          found[0] = true;
        }
        zip.putNextEntry(new ZipEntry(e.getName()));
        zip.write(content);
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(found[0]).as(part).isTrue();
    return out.toByteArray();
  }

}
