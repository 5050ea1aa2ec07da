package org.eduroadmap.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.eduroadmap.EduroadmapException;
import org.eduroadmap.schedule.ExecutionRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

class ExecutionRecordsJsonTest {

  private static final Locale RU = Locale.forLanguageTag("ru");
  private static final ExecutionRecordsJson JSON = ExecutionRecordsJson.standard();

  private static final ExecutionRecord ELEVEN = ExecutionRecord.of("11", LocalDate.of(2023, 9, 1),
      LocalDate.of(2023, 9, 20), "Приказ № 5");

  @Test
  void toLine_recordWithYear_isTheDocumentedLine() {
    assertThat(JSON.toLine(ELEVEN.withYear(2023))).isEqualTo(
        "{\"activityId\":\"11\",\"occurrenceStart\":\"2023-09-01\",\"year\":2023,\"doneOn\":\"2023-09-20\","
            + "\"evidence\":\"Приказ № 5\"}");
  }

  @Test
  void toLine_recordWithoutYear_leavesYearOut() {
    assertThat(JSON.toLine(ELEVEN)).isEqualTo(
        "{\"activityId\":\"11\",\"occurrenceStart\":\"2023-09-01\",\"doneOn\":\"2023-09-20\","
            + "\"evidence\":\"Приказ № 5\"}");
  }

  @Test
  void read_linesWithBlankLinesAndBom_skipsTheBlankOnes() {
    String text = "\uFEFF" + JSON.toLine(ELEVEN) + "\n\n   \r\n" + JSON.toLine(ELEVEN.withYear(2023)) + "\n";
    assertThat(JSON.read(new StringReader(text))).containsExactly(ELEVEN, ELEVEN.withYear(2023));
  }

  @Test
  void read_fieldsInAnyOrder_readsTheRecord() {
    String line = "{\"evidence\":\"Приказ № 5\",\"doneOn\":\"2023-09-20\",\"year\":2023,"
        + "\"occurrenceStart\":\"2023-09-01\",\"activityId\":\"11\"}";
    assertThat(JSON.read(new StringReader(line))).containsExactly(ELEVEN.withYear(2023));
  }

  @Test
  void writeThenReadFile_records_areTheSameInOrder(@TempDir Path dir) throws IOException {
    List<ExecutionRecord> records = List.of(ELEVEN, ELEVEN.withYear(2024),
        ExecutionRecord.of("11-2", LocalDate.of(2021, 1, 1), LocalDate.of(2020, 12, 30), "«Протокол» \"№ 1\"\nстр. 2"));
    Path file = dir.resolve("records.jsonl");
    try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      JSON.write(records, out);
    }
    assertThat(Files.readAllLines(file, StandardCharsets.UTF_8)).hasSize(3);
    assertThat(JSON.read(file)).isEqualTo(records);
  }

  @Test
  void write_noRecords_writesNothing() {
    StringWriter out = new StringWriter();
    JSON.write(List.of(), out);
    assertThat(out.toString()).isEmpty();
    assertThat(JSON.read(new StringReader(""))).isEmpty();
  }

  static Stream<Arguments> badLines() {
    String good = "\"activityId\":\"11\",\"occurrenceStart\":\"2023-09-01\",\"doneOn\":\"2023-09-20\"";
    return Stream.of(
        Arguments.of("unknown field", "{" + good + ",\"evidence\":\"x\",\"done\":true}", "done", null,
            "Unknown field 'done'", "Неизвестное поле «done»"),
        Arguments.of("missing evidence", "{" + good + "}", "evidence", null,
            "Required field 'evidence' missing", "Нет обязательного поля «evidence»"),
        Arguments.of("null evidence", "{" + good + ",\"evidence\":null}", "evidence", null,
            "Required field 'evidence' missing", "Нет обязательного поля «evidence»"),
        Arguments.of("bad date", "{\"activityId\":\"11\",\"occurrenceStart\":\"2023-09-01\",\"doneOn\":\"2023-09-31\","
                + "\"evidence\":\"x\"}", "doneOn", "2023-09-31",
            "Field 'doneOn': '2023-09-31' is not a date", "Поле «doneOn»: «2023-09-31» — не дата"),
        Arguments.of("Russian date", "{\"activityId\":\"11\",\"occurrenceStart\":\"01.09.2023\",\"doneOn\":\"2023-09-20\","
                + "\"evidence\":\"x\"}", "occurrenceStart", "01.09.2023",
            "Field 'occurrenceStart': '01.09.2023' is not a date", "«01.09.2023» — не дата"),
        Arguments.of("number for text", "{" + good.replace("\"11\"", "11") + ",\"evidence\":\"x\"}", "activityId", "11",
            "Field 'activityId': expected text, found '11'", "ожидается строка"),
        Arguments.of("year as text", "{" + good + ",\"year\":\"2023\",\"evidence\":\"x\"}", "year", "2023",
            "Field 'year': '2023' is not a year", "Поле «year»: «2023» — не год"),
        Arguments.of("year zero", "{" + good + ",\"year\":0,\"evidence\":\"x\"}", "year", "0",
            "Field 'year': '0' is not a year", "не год"),
        Arguments.of("blank evidence", "{" + good + ",\"evidence\":\"  \"}", "evidence", "  ",
            "Field 'evidence' is blank", "Поле «evidence» пустое"),
        Arguments.of("field twice", "{" + good + ",\"evidence\":\"x\",\"evidence\":\"y\"}", "evidence", null,
            "The field 'evidence' appears twice", "Поле «evidence» указано в отметке дважды"),
        Arguments.of("a list", "[1, 2]", null, "[", "Expected one execution record object per line",
            "ожидается один объект"),
        Arguments.of("broken JSON", "{\"activityId\": ", null, null, "Malformed JSON", "Ошибка синтаксиса JSON"),
        Arguments.of("two objects", "{" + good + ",\"evidence\":\"x\"} {}", null, null,
            "More text after the record's object", "После объекта отметки есть ещё текст"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badLines")
  void read_badLine_isAnErrorNamingLineFieldAndValue(String name, String line, String field, String value,
      String english, String russian) {
    String text = JSON.toLine(ELEVEN) + "\n\n" + line + "\n" + JSON.toLine(ELEVEN);
    ExecutionRecordsJsonException e = catchThrowableOfType(ExecutionRecordsJsonException.class,
        () -> JSON.read(new StringReader(text)));
    assertThat(e).as(name).isNotNull();
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.field()).isEqualTo(java.util.Optional.ofNullable(field));
    assertThat(e.value()).isEqualTo(java.util.Optional.ofNullable(value));
    assertThat(e.getMessage()).contains(english).contains("line 3");
    assertThat(e.getMessage(RU)).contains(russian).contains("строка 3");
    for (String message : List.of(e.getMessage(), e.getMessage(RU))) {
      assertThat(message).doesNotContain("com.fasterxml", "Jackson", "JsonToken", "Exception", "org.eduroadmap");
    }
    assertThat(e.getMessage(RU)).doesNotContainPattern("\\b(expected|found|field|value|line)\\b");
  }

  @Test
  void read_badDate_columnPointsAtTheValue() {
    String line = "{\"activityId\":\"11\",\"occurrenceStart\":\"2023-09-01\",\"doneOn\":\"2023-13-01\",\"evidence\":\"x\"}";
    ExecutionRecordsJsonException e = catchThrowableOfType(ExecutionRecordsJsonException.class,
        () -> JSON.read(new StringReader(line)));
    assertThat(line.substring(e.column() - 1)).startsWith("\"2023-13-01\"");
    assertThat(e).isInstanceOf(EduroadmapException.class);
    assertThat(e.where()).contains("line 1, doneOn");
  }

  // ---- property: any record survives a round trip ----

  private static final Gen<String> TEXT = SourceDSL.strings().basicMultilingualPlaneAlphabet()
      .ofLengthBetween(0, 16)
      .mix(SourceDSL.arbitrary().pick("Приказ № 5", "«Протокол» \"1\"", "\\n\t\r\n", "\u2028", "11-2"), 30);
  private static final Gen<LocalDate> DATE =
      SourceDSL.integers().between(-40000, 40000).map(d -> LocalDate.of(2021, 1, 1).plusDays(d));
  private static final Gen<ExecutionRecord> RECORD = in -> {
    ExecutionRecord r = ExecutionRecord.of("x" + TEXT.generate(in).strip(), DATE.generate(in), DATE.generate(in),
        "э" + TEXT.generate(in));
    int year = SourceDSL.integers().between(0, 9999).generate(in);
    return r.withYear(year);
  };

  @Test
  void writeThenRead_anyGeneratedRecords_areTheSameRecords() {
    qt().withExamples(300).forAll(SourceDSL.lists().of(RECORD).ofSizeBetween(0, 6)).checkAssert(records -> {
      StringWriter out = new StringWriter();
      JSON.write(records, out);
      assertThat(out.toString().lines()).hasSize(records.size());
      assertThat(JSON.read(new StringReader(out.toString()))).isEqualTo(records);
    });
  }
}
