package org.eduroadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eduroadmap.seeds.SeedDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 22: hostile and huge input given to the command-line tool. */
class HostileInputTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static CliRun run(String... args) {
    return CliRun.of("", args);
  }

  private static ObjectNode exampleCycle() throws Exception {
    return (ObjectNode) JSON.readTree(SeedDocuments.supportCycleJson("eao-cycle-example"));
  }

  private static Path write(Path dir, String name, ObjectNode json) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, JSON.writeValueAsString(json), StandardCharsets.UTF_8);
    return file;
  }

  // ---- point 15: a support cycle listing a school or a programme twice ----

  @Test
  void rollup_cycleListingASchoolTwice_exitsWithThreeNamingIt(@TempDir Path dir) throws Exception {
    ObjectNode cycle = exampleCycle();
    ArrayNode schools = (ArrayNode) cycle.get("schools");
    schools.add(schools.get(0).deepCopy());
    Path file = write(dir, "twice.json", cycle);
    CliRun run = run("rollup", file.toString(), "--today", "2022-12-31");
    assertThat(run.status()).isEqualTo(3);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains(file.toString()).contains("МБОУ СОШ № 1 (пример)").contains("schools[3]")
        .contains("дважды");
    CliRun english = run("rollup", file.toString(), "--today", "2022-12-31", "--lang", "en");
    assertThat(english.status()).isEqualTo(3);
    assertThat(english.err()).contains("МБОУ СОШ № 1 (пример)").contains("twice");
  }

  @Test
  void report_cycleListingASchoolTwice_exitsWithThreeNamingIt(@TempDir Path dir) throws Exception {
    ObjectNode cycle = exampleCycle();
    ArrayNode schools = (ArrayNode) cycle.get("schools");
    schools.add(schools.get(1).deepCopy());
    Path file = write(dir, "twice.json", cycle);
    Path html = dir.resolve("cycle.html");
    CliRun run = run("report", file.toString(), "--today", "2022-12-31", "--output", html.toString());
    assertThat(run.status()).isEqualTo(3);
    assertThat(run.err()).contains("МБОУ СОШ № 2 (пример)").contains("дважды");
    assertThat(html).doesNotExist();
  }

  @Test
  void rollup_cycleListingAProgrammeTwice_exitsWithThreeNamingIt(@TempDir Path dir) throws Exception {
    ObjectNode cycle = exampleCycle();
    ArrayNode programmes = (ArrayNode) cycle.get("programmes");
    programmes.add(programmes.get(2).deepCopy());
    Path file = write(dir, "twice.json", cycle);
    CliRun run = run("rollup", file.toString(), "--today", "2022-12-31");
    assertThat(run.status()).isEqualTo(3);
    assertThat(run.err()).contains(file.toString()).contains("s1-medium-term").contains("$.programmes[7]")
        .doesNotContain("проверку модели");
    CliRun english = run("report", file.toString(), "--today", "2022-12-31", "--lang", "en");
    assertThat(english.status()).isEqualTo(3);
    assertThat(english.err()).contains("s1-medium-term").contains("twice");
  }

  @Test
  void rollup_bundledCycle_stillValid() {
    assertThat(run("rollup", "eao-cycle-example", "--today", "2022-12-31").status()).isZero();
  }

  // ---- point 10: sizes checked before reading ----

  /** A 400 MB file of nothing, sparse on disk: reading it whole would cost 400 MB and seconds. */
  private static Path huge(Path dir, String name) throws Exception {
    Path file = dir.resolve(name);
    try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(file.toFile(), "rw")) {
      f.setLength(400L * 1000 * 1000);
    }
    return file;
  }

  @Test
  void report_roadmapFileOf400Megabytes_isRefusedByItsSizeBeforeReading(@TempDir Path dir) throws Exception {
    Path file = huge(dir, "huge.json");
    for (String command : java.util.List.of("report", "validate", "schedule")) {
      CliRun run = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofMillis(1500),
          () -> run(command, file.toString()));
      assertThat(run.status()).as(command).isEqualTo(3);
      assertThat(run.err()).as(command).contains(file.toString()).contains("длиннее").contains("8 MiB");
    }
  }

  @Test
  void report_recordsFileOf400Megabytes_isRefusedByItsSizeBeforeReading(@TempDir Path dir) throws Exception {
    Path records = huge(dir, "done.jsonl");
    for (String command : java.util.List.of("report", "xlsx")) {
      CliRun run = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofMillis(1500),
          () -> run(command, "kizel-2021", "--records", records.toString(), "--output",
              dir.resolve("out." + (command.equals("xlsx") ? "xlsx" : "html")).toString()));
      assertThat(run.status()).as(command).isEqualTo(3);
      assertThat(run.err()).as(command).contains(records.toString()).contains("400000000").contains("32 МиБ")
          .doesNotContain("строка 0");
    }
  }

  @Test
  void report_recordsNotInUtf8_namesTheFileAndTheLine(@TempDir Path dir) throws Exception {
    Path records = dir.resolve("cp1251.jsonl");
    Files.write(records, "{\"activityId\":\"1\",\"occurrenceStart\":\"2021-09-01\",\"doneOn\":\"2021-09-01\",\"evidence\":\"\u041f\u0440\u0438\u043a\u0430\u0437\"}\n"
        .getBytes(java.nio.charset.Charset.forName("windows-1251")));
    CliRun run = run("report", "kizel-2021", "--records", records.toString(), "--output",
        dir.resolve("out.html").toString());
    assertThat(run.status()).isEqualTo(3);
    assertThat(run.err()).contains(records.toString()).contains("UTF-8").contains("строка 1")
        .doesNotContain("ввода-вывода");
  }

  @Test
  void terms_standardInputPastTheLimit_isRefusedWithoutReadingTheRest() {
    long[] consumed = {0};
    java.io.InputStream endless = new java.io.InputStream() {
      @Override
      public int read() {
        consumed[0]++;
        return consumed[0] % 40 == 0 ? '\n' : 'a';
      }

      @Override
      public int read(byte[] b, int off, int len) {
        for (int i = 0; i < len; i++) {
          b[off + i] = (byte) read();
        }
        return len;
      }
    };
    java.io.InputStream saved = System.in;
    System.setIn(endless);
    CliRun run;
    try {
      run = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(5),
          () -> {
            picocli.CommandLine cl = EduroadmapCommand.commandLine();
            java.io.StringWriter out = new java.io.StringWriter();
            java.io.StringWriter err = new java.io.StringWriter();
            cl.setOut(new java.io.PrintWriter(out));
            cl.setErr(new java.io.PrintWriter(err));
            int status = cl.execute("terms");
            return new CliRun(status, out.toString(), err.toString());
          });
    } finally {
      System.setIn(saved);
    }
    assertThat(run.status()).isEqualTo(3);
    assertThat(run.err()).contains("стандартный ввод длиннее").contains("1 МиБ");
    assertThat(consumed[0]).isLessThan(2L * 1024 * 1024);
  }

  // ---- point 11: what import writes, the other commands read ----

  @Test
  void import_planWhoseJsonWouldPassTheReadersLimit_exitsWithThreeSayingSo(@TempDir Path dir) throws Exception {
    StringBuilder text = new StringBuilder("КОМИТЕТ ПО ОБРАЗОВАНИЮ АДМИНИСТРАЦИИ ГОРОДА ПЕНЗЫ\n\nПРИКАЗ\n\n15.12.2020\n\n"
        + "№ 576\n\nОб утверждении плана\n\nВ целях поддержки школ ПРИКАЗЫВАЮ:\n\n1. Утвердить план мероприятий.\n\n"
        + "Председатель комитета\n\nИ.И. Иванов\n\nПлан мероприятий на 2021-2023 годы\n\n"
        + "№ п/п\tМероприятие\tСроки исполнения\tОтветственные\tРезультат\n");
    // Short rows, within the text reader's 2 Mi characters: each becomes an activity of some 250 characters of JSON.
    for (int i = 1; text.length() < 1_100_000; i++) {
      text.append(i).append(".\tСеминар\tмай 2021\tИМЦ\tСправка\n");
    }
    Path plan = dir.resolve("huge-plan.txt");
    Files.writeString(plan, text, StandardCharsets.UTF_8);
    Path json = dir.resolve("huge-plan.json");
    CliRun run = run("import", plan.toString(), "--output", json.toString());
    assertThat(run.status()).isEqualTo(3);
    assertThat(json).doesNotExist();
    assertThat(run.err()).contains(plan.toString()).contains("8 MiB").contains("читают");
  }

  // ---- point 17: terms text mode prints the occurrences jsonl computes ----

  @Test
  void terms_textWithAPeriod_printsTheMonthlyOccurrencesAsJsonlComputesThem() throws Exception {
    String stdin = "до 20 числа каждого месяца\n";
    CliRun jsonl = CliRun.of(stdin, "terms", "--from", "2022-01-01", "--to", "2022-03-31", "--format", "jsonl");
    com.fasterxml.jackson.databind.JsonNode occurrences = jsonl.lines().get(0).get("occurrences");
    assertThat(occurrences).hasSize(3);
    CliRun text = CliRun.of(stdin, "terms", "--from", "2022-01-01", "--to", "2022-03-31");
    assertThat(text.status()).isZero();
    for (com.fasterxml.jackson.databind.JsonNode o : occurrences) {
      String due = java.time.LocalDate.parse(o.get("effectiveDue").asText())
          .format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.uuuu"));
      assertThat(text.out()).contains(due);
    }
    assertThat(text.out()).contains("20.01.2022");
  }
}
