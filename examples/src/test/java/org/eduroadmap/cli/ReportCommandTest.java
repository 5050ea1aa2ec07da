package org.eduroadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

  private static CliRun run(String... args) {
    return CliRun.of("", args);
  }

  @Test
  void report_bundledRoadmap_writesOneHtmlFileInRussian(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("eao.html");
    CliRun run = run("report", "eao-2021", "--today", "01.03.2022", "--output", file.toString());

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).isEmpty();
    String html = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"ru\">").contains("<svg class=\"timeline\"")
        .contains("сегодня, 01.03.2022").doesNotContain("<script");
  }

  @Test
  void report_withoutOutput_writesToStandardOutputInEnglish() {
    CliRun run = run("report", "katanga-2023", "--lang", "en");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("<html lang=\"en\">").contains("Timeline");
  }

  @Test
  void report_records_coloursTheOccurrencesByStatus(@TempDir Path dir) throws Exception {
    Path records = dir.resolve("done.jsonl");
    Files.writeString(records, """
        {"activityId":"1","occurrenceStart":"2021-01-01","doneOn":"2021-02-10","evidence":"Приказ № 94"}

        {"activityId":"2","occurrenceStart":"2021-01-01","year":2021,"doneOn":"2021-03-01","evidence":"Письмо № 7"}
        """, StandardCharsets.UTF_8);
    CliRun run = run("report", "eao-2021", "--records", records.toString(), "--today", "2021-06-01");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("data-status=\"DONE_ON_TIME\"").contains("data-status=\"OVERDUE\"")
        .contains("Ход исполнения").contains("Приказ № 94");
  }

  @Test
  void report_recordsNamingNothing_eachIsReportedOnStandardErrorAndInThePage(@TempDir Path dir) throws Exception {
    Path records = dir.resolve("done.jsonl");
    Files.writeString(records, """
        {"activityId":"1","occurrenceStart":"2021-01-01","doneOn":"2021-02-10","evidence":"Приказ № 94"}
        {"activityId":"88","occurrenceStart":"2021-01-01","doneOn":"2021-02-10","evidence":"Письмо"}
        {"activityId":"1","occurrenceStart":"2021-01-02","doneOn":"2021-02-10","evidence":"Письмо"}
        """, StandardCharsets.UTF_8);
    CliRun run = run("report", "eao-2021", "--records", records.toString(), "--today", "2021-06-01");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.err().lines().filter(l -> l.startsWith("eduroadmap: " + records)).toList()).hasSize(2);
    assertThat(run.err()).contains("мероприятия «88» со сроком, начинающимся 2021-01-01")
        .contains("нет мероприятия с таким идентификатором")
        .contains("мероприятия «1» со сроком, начинающимся 2021-01-02")
        .contains("ближайший начинается 2021-01-01");
    assertThat(run.out()).contains("id=\"unmatched-records\"").contains("не относящиеся ни к одному сроку");
  }

  @Test
  void report_recordsFileMissing_isAUsageError(@TempDir Path dir) {
    CliRun run = run("report", "eao-2021", "--records", dir.resolve("none.jsonl").toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("--records: нет такого файла").contains("none.jsonl");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void report_recordsLineMalformed_isUnreadableInputNamingTheLine(@TempDir Path dir) throws Exception {
    Path records = dir.resolve("bad.jsonl");
    Files.writeString(records, "{\"activityId\":\"1\",\"occurrenceStart\":\"2021-01-01\",\"doneOn\":\"2021-02-10\","
        + "\"evidence\":\"Приказ\"}\n{\"activityId\":\"1\",\"doneOn\":\"вчера\"}\n", StandardCharsets.UTF_8);
    CliRun run = run("report", "eao-2021", "--records", records.toString(), "--lang", "en");

    assertThat(run.status()).isEqualTo(3);
    assertThat(run.err()).contains("bad.jsonl: ").contains("line 2");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void report_unknownRoadmap_isAUsageError() {
    CliRun run = run("report", "nowhere-2099");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("nowhere-2099");
  }

  @Test
  void report_help_namesItsOptionsInTheLanguageAsked() {
    CliRun ru = run("report", "--help");
    CliRun en = run("report", "--help", "--lang", "en");

    assertThat(ru.status()).isZero();
    assertThat(ru.out()).contains("--records", "--today", "--output", "отметки об исполнении");
    assertThat(en.out()).contains("execution records, one JSON object a line");
  }

  @Test
  void report_supportCycle_writesTheCycleReport(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("cycle.html");
    CliRun run = run("report", "eao-cycle-example", "--today", "2022-12-31", "--output", file.toString());

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).isEmpty();
    String html = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"ru\">")
        .contains("Сводка по муниципалитету").contains("МБОУ СОШ № 1 (пример)")
        .contains("Рисковый профиль").doesNotContain("<script").doesNotContain("<svg class=\"timeline\"");
    // The figures rollup prints for that day: all schools 22 on time, 5 late, 7 overdue, 65 %.
    assertThat(html).containsPattern("<tr data-key=\"[^\"]+\" class=\"total\"><td>Итого по школам района</td>"
        + "<td class=\"num\">22</td><td class=\"num\">5</td><td class=\"num\">7</td>");
  }

  @Test
  void report_supportCycleFile_inEnglish(@TempDir Path dir) throws Exception {
    Path json = dir.resolve("my-cycle.json");
    Files.writeString(json, org.eduroadmap.seeds.SeedDocuments.supportCycleJson("eao-cycle-example"),
        StandardCharsets.UTF_8);
    CliRun run = run("report", json.toString(), "--today", "2022-06-01", "--lang", "en");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("<html lang=\"en\">").contains("Dashboard of the municipality")
        .contains("anti-risk programme");
  }

  @Test
  void report_supportCycleWithRecords_isAUsageError(@TempDir Path dir) throws Exception {
    Path records = dir.resolve("done.jsonl");
    Files.writeString(records, "", StandardCharsets.UTF_8);
    CliRun run = run("report", "eao-cycle-example", "--records", records.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("--records").contains("цикла сопровождения");
    assertThat(run.out()).isEmpty();
  }
}
