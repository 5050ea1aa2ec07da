package org.eduroadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eduroadmap.examples.SeedRoadmaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line contract of spec/cli.md: commands, fields, exit statuses. */
class EduroadmapCommandTest {

  @Test
  void describe_aLibraryError_isItsMessageInTheLanguageAsked_notAnInternalError() {
    org.eduroadmap.EduroadmapException error = org.junit.jupiter.api.Assertions.assertThrows(
        org.eduroadmap.term.TermParseException.class,
        () -> org.eduroadmap.term.TermReader.strict().read("ежегодно (нябрь)"));
    assertThat(EduroadmapCommand.describe(error, Lang.ru))
        .isEqualTo(error.getMessage(java.util.Locale.forLanguageTag("ru"))).contains("нябрь")
        .doesNotContain("внутренняя ошибка");
    assertThat(EduroadmapCommand.describe(error, Lang.en)).isEqualTo(error.getMessage(java.util.Locale.ENGLISH));
  }


  private static final ObjectMapper JSON = new ObjectMapper();

  private static CliRun run(String stdin, String... args) {
    return CliRun.of(stdin, args);
  }

  @Test
  void list_jsonl_namesEveryBundledRoadmapWithItsPeriod() throws Exception {
    // The roadmaps' lines are the ones with "name" (the support-cycle examples follow under "supportCycle").
    List<JsonNode> lines = run("", "list", "--format", "jsonl").lines().stream().filter(n -> n.has("name")).toList();
    assertThat(lines).extracting(n -> n.get("name").asText()).containsExactlyElementsOf(SeedRoadmaps.names());
    assertThat(lines.get(0).get("from").asText()).isEqualTo("2021-01-01");
    assertThat(lines.get(0).get("to").asText()).isEqualTo("2023-12-31");
  }

  @Test
  void terms_oneLinePerInputLine_withKindCanonicalTextsAndOccurrences() throws Exception {
    CliRun run = run("ежегодно (ноябрь)\nнябрь 2021\n", "terms", "--from", "2021-01-01", "--to", "2022-12-31",
        "--format", "jsonl");
    List<JsonNode> lines = run.lines();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0).get("ok").asBoolean()).isTrue();
    assertThat(lines.get(0).get("kind").asText()).isEqualTo("WINDOW");
    assertThat(lines.get(0).get("ru").asText()).isEqualTo("ежегодно (ноябрь)");
    assertThat(lines.get(0).get("en").asText()).isEqualTo("every year in November");
    assertThat(lines.get(0).get("occurrences")).hasSize(2);
    assertThat(lines.get(0).get("occurrences").get(1).get("due").asText()).isEqualTo("2022-11-30");
    assertThat(lines.get(1).get("ok").asBoolean()).isFalse();
    assertThat(lines.get(1).get("error").asText()).contains("нябрь").contains("ноябрь");
  }

  @Test
  void terms_dateOutsideThePeriod_isReportedAsOutsideNotAsAnOccurrence() throws Exception {
    CliRun run = run("10 ноября 2020 года\n10 ноября 2021 года\n", "terms", "--from", "2021-01-01", "--to", "2022-12-31",
        "--format", "jsonl");
    List<JsonNode> lines = run.lines();
    assertThat(lines.get(0).get("occurrences")).isEmpty();
    assertThat(lines.get(0).get("outsidePeriod").get(0).get("start").asText()).isEqualTo("2020-11-10");
    assertThat(lines.get(1).get("occurrences")).hasSize(1);
    assertThat(lines.get(1).has("outsidePeriod")).isFalse();
    CliRun text = run("10 ноября 2020 года\n", "terms", "--from", "2021-01-01", "--to", "2022-12-31");
    assertThat(text.out()).contains("вне периода: 2020-11-10 – 2020-11-10");
  }

  @Test
  void terms_yearAlone_readsAsThatColumnsYear() throws Exception {
    List<JsonNode> lines = run("В течение учебного года\nВ течение года\n", "terms", "--year", "2021", "--format", "jsonl").lines();
    assertThat(lines.get(0).get("occurrences").get(0).get("start").asText()).isEqualTo("2021-09-01");
    assertThat(lines.get(0).get("occurrences").get(0).get("end").asText()).isEqualTo("2022-08-31");
    assertThat(lines.get(1).get("occurrences")).hasSize(1);
    assertThat(lines.get(1).get("occurrences").get(0).get("end").asText()).isEqualTo("2021-12-31");
  }

  @Test
  void schedule_jsonl_givesTheContractFields_andNullEffectiveDueForContinuous() throws Exception {
    List<JsonNode> lines = run("", "schedule", "olenegorsk-2021", "--format", "jsonl").lines();
    assertThat(lines).isNotEmpty().allSatisfy(n -> assertThat(n.fieldNames()).toIterable()
        .contains("activity", "kind", "start", "end", "due", "effectiveDue"));
    assertThat(lines).filteredOn(n -> n.get("kind").asText().equals("CONTINUOUS"))
        .isNotEmpty().allSatisfy(n -> assertThat(n.get("effectiveDue").isNull()).isTrue());
    // «Ноябрь 2021, далее - ежегодно»: activity 3, November 2021, due 30 November 2021 (a Tuesday).
    assertThat(lines).anySatisfy(n -> {
      assertThat(n.get("activity").asText()).isEqualTo("3");
      assertThat(n.get("start").asText()).isEqualTo("2021-11-01");
      assertThat(n.get("effectiveDue").asText()).isEqualTo("2021-11-30");
    });
  }

  @Test
  void schedule_jsonl_rowsNamingNoOne_areThePlansImplementersBySource() throws Exception {
    // eao-2021's table names no one; the order names the plan's implementers.
    List<JsonNode> lines = run("", "schedule", "eao-2021", "--format", "jsonl").lines();

    assertThat(lines).isNotEmpty().allSatisfy(n -> assertThat(n.get("responsible").asText()).isNotBlank());
    assertThat(lines).filteredOn(n -> n.get("responsibleSource").asText().equals("PLAN")).isNotEmpty()
        .allSatisfy(n -> {
          assertThat(n.get("responsible").asText()).startsWith("Отделу общего образования (Дорохова В.В.)");
          assertThat(n.get("responsibleParties").get(0).asText()).isEqualTo("Отдел общего образования");
        });
    assertThat(lines).filteredOn(n -> n.get("activity").asText().equals("п. 3.4")).isNotEmpty()
        .allSatisfy(n -> assertThat(n.get("responsibleSource").asText()).isEqualTo("ACTIVITY"));
  }

  @Test
  void schedule_policyNext_movesADueDateOnADayOffForward() throws Exception {
    // «два раза в год», second half of 2021 is due 31 Dec 2021, a day off: previous → 30 Dec, next → 10 Jan 2022.
    List<JsonNode> previous = run("", "schedule", "eao-2021", "--from", "2021-07-01", "--to", "2021-12-31",
        "--format", "jsonl").lines();
    List<JsonNode> next = run("", "schedule", "eao-2021", "--from", "2021-07-01", "--to", "2021-12-31",
        "--policy", "next", "--format", "jsonl").lines();
    assertThat(previous).filteredOn(n -> n.get("activity").asText().equals("14"))
        .extracting(n -> n.get("effectiveDue").asText()).contains("2021-12-30");
    assertThat(next).filteredOn(n -> n.get("activity").asText().equals("14"))
        .extracting(n -> n.get("effectiveDue").asText()).contains("2022-01-10");
  }

  @Test
  void schedule_unscheduled_listsReasons() throws Exception {
    List<JsonNode> lines = run("", "schedule", "katanga-2023", "--unscheduled", "--format", "jsonl").lines();
    assertThat(lines).filteredOn(n -> n.get("kind").asText().equals("UNSCHEDULED"))
        .extracting(n -> n.get("reason").asText()).contains("EXTERNAL", "ON_DEMAND");
  }

  @Test
  void validate_roadmapWithAnError_exitsWithOne() throws Exception {
    CliRun run = run("", "validate", "katanga-2023", "--format", "jsonl");
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.lines()).anySatisfy(n -> {
      assertThat(n.get("severity").asText()).isEqualTo("ERROR");
      assertThat(n.get("code").asText()).isEqualTo("NUMBER_DUPLICATE");
      assertThat(n.get("activity").asText()).isEqualTo("11");
      assertThat(n.get("path").asText()).startsWith("sections[0].activities[");
    });
  }

  @Test
  void validate_roadmapWithoutErrors_exitsWithZero() {
    assertThat(run("", "validate", "olenegorsk-2021").status()).isZero();
  }

  @Test
  void calendar_2026_listsSpecialDaysWithContractKinds() throws Exception {
    List<JsonNode> lines = run("", "calendar", "--year", "2026", "--format", "jsonl").lines();
    assertThat(lines).extracting(n -> n.get("kind").asText())
        .allMatch(k -> List.of("holiday", "transfer_day_off", "non_working_decree", "working_weekend",
            "shortened").contains(k));
    assertThat(lines).anySatisfy(n -> assertThat(n.get("date").asText()).isEqualTo("2026-01-01"));
    assertThat(lines).noneSatisfy(n -> assertThat(n.get("date").asText()).isEqualTo("2026-01-12"));
  }

  @Test
  void ics_writesOneCalendarOfAllDayEventsByDefault() {
    CliRun run = run("", "ics", "olenegorsk-2021", "--from", "2021-10-01", "--to", "2021-11-30");
    assertThat(run.status()).isZero();
    assertThat(run.out()).startsWith("BEGIN:VCALENDAR").contains("BEGIN:VEVENT").doesNotContain("VTODO")
        .contains("END:VCALENDAR");
  }

  @Test
  void ics_todo_writesTasks() {
    CliRun run = run("", "ics", "olenegorsk-2021", "--todo", "--from", "2021-10-01", "--to", "2021-11-30");
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("BEGIN:VTODO").contains("DUE;VALUE=DATE:");
  }

  @Test
  void ics_alarmAndDtstamp_areWrittenAndTheFileIsReproducible() {
    String[] args = {"ics", "kizel-2021", "--alarm", "2", "--dtstamp", "2026-01-01T00:00:00Z"};
    CliRun first = run("", args);
    CliRun second = run("", args);
    assertThat(first.status()).isZero();
    assertThat(first.out()).contains("BEGIN:VALARM").contains("DTSTAMP:20260101T000000Z");
    assertThat(second.out()).isEqualTo(first.out());
  }

  @Test
  void ics_alarmOutOfRange_isAUsageErrorNamingTheValue() {
    CliRun run = run("", "ics", "kizel-2021", "--alarm", "99");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("99");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void ics_output_writesTheFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("plan.ics");
    CliRun run = run("", "ics", "eao-2021", "--output", file.toString());
    assertThat(run.status()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(Files.readString(file)).startsWith("BEGIN:VCALENDAR");
  }

  @Test
  void import_seedText_writesRoadmapJson(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("doc.txt");
    Files.writeString(file, "КОМИТЕТ ПО ОБРАЗОВАНИЮ\n\nПРИКАЗ\n\n15.12.2020\n\n№ 576\n\n"
        + "План мероприятий на 2021-2023 годы\n\n№ п/п\tМероприятие\tСроки исполнения\tОтветственные\n"
        + "1.\tФормирование списка ШНОР\tОктябрь 2021, далее - ежегодно\tКомитет, ИМЦ\n");
    CliRun run = run("", "import", file.toString());
    assertThat(run.status()).isZero();
    JsonNode roadmap = JSON.readTree(run.out());
    assertThat(roadmap.at("/sections/0/activities/0/term").asText()).isEqualTo("Октябрь 2021, далее - ежегодно");
  }

  @Test
  void unknownRoadmap_isAnErrorNamingIt_withNothingOnStandardOutput() {
    CliRun run = run("", "schedule", "nowhere-2020");
    assertThat(run.status()).isNotZero();
    assertThat(run.err()).contains("nowhere-2020");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void schedule_jsonl_namesEachActivityByAUniqueId() throws Exception {
    List<JsonNode> lines = run("", "schedule", "katanga-2023", "--unscheduled", "--format", "jsonl").lines();
    assertThat(lines).allSatisfy(n -> assertThat(n.hasNonNull("activityId")).isTrue());
    assertThat(lines).filteredOn(n -> n.get("activity").asText().equals("11"))
        .extracting(n -> n.get("activityId").asText()).contains("11", "11-2");
  }

  static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> badJson() {
    String base = org.eduroadmap.json.RoadmapJson.standard().write(SeedRoadmaps.load("katanga-2023"));
    return java.util.stream.Stream.of(
        org.junit.jupiter.params.provider.Arguments.of("null", "null", "$"),
        org.junit.jupiter.params.provider.Arguments.of("array", "[1, 2]", "$"),
        org.junit.jupiter.params.provider.Arguments.of("number", "42", "$"),
        org.junit.jupiter.params.provider.Arguments.of("title as number",
            base.replaceFirst("\"title\" : \"[^\"]*\"", "\"title\" : 42"), "$.title"),
        org.junit.jupiter.params.provider.Arguments.of("duplicate key",
            base.replaceFirst("\"title\" : ", "\"title\" : \"x\", \"title\" : "), "$.title"),
        org.junit.jupiter.params.provider.Arguments.of("missing title",
            base.replaceFirst("\"title\" : \"[^\"]*\",", ""), "$.title"),
        org.junit.jupiter.params.provider.Arguments.of("over 8 MiB",
            " ".repeat(9 * 1024 * 1024) + base, "8 388 608 characters (8 MiB)"));
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.MethodSource("badJson")
  void schedule_badRoadmapJson_isAnErrorNamingTheFileAndPath(String name, String json, String names,
      @TempDir Path dir) throws Exception {
    Path file = dir.resolve("roadmap.json");
    Files.writeString(file, json);
    CliRun run = run("", "schedule", file.toString(), "--format", "jsonl", "--lang", "en");
    // Malformed roadmap JSON is an input that is not a roadmap: exit status 3 (docs/cli.md).
    assertThat(run.status()).isEqualTo(3);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains(file.toString()).contains(names)
        .doesNotContain("`", "com.fasterxml", "Jackson", "JsonToken", "Exception", "Feature");
  }

  private static String roadmap2026to2029() throws Exception {
    return Path.of(EduroadmapCommandTest.class.getResource("roadmap-2026-2029.json").toURI()).toString();
  }

  @Test
  void schedule_roadmapTo2029_jsonl_marksTheDueDatesOf2028And2029Provisional() throws Exception {
    CliRun run = run("", "schedule", roadmap2026to2029(), "--format", "jsonl");
    assertThat(run.status()).isZero();
    List<JsonNode> lines = run.lines();
    assertThat(lines).hasSize(8).allSatisfy(n -> assertThat(n.get("provisional").isBoolean()).isTrue());
    assertThat(lines).filteredOn(n -> n.get("activity").asText().equals("1"))
        .extracting(n -> n.get("effectiveDue").asText() + " " + n.get("provisional").asBoolean())
        .containsExactly("2026-11-03 false", "2027-11-03 false", "2028-11-03 true", "2029-11-02 true");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void schedule_roadmapTo2029_text_warnsOnceOnStandardErrorNamingTheYears() throws Exception {
    CliRun ru = run("", "schedule", roadmap2026to2029());
    assertThat(ru.status()).isZero();
    assertThat(ru.out()).contains("2029-11-02");
    assertThat(ru.err().strip()).isEqualTo("Внимание: даты 2028–2029 гг. рассчитаны по Трудовому кодексу"
        + " без утверждённого производственного календаря и могут сдвинуться");
    CliRun en = run("", "schedule", roadmap2026to2029(), "--lang", "en", "--to", "2028-12-31");
    assertThat(en.err().strip()).isEqualTo("Warning: dates in 2028 are computed by the Labour Code"
        + " without an approved production calendar and may move");
    assertThat(run("", "schedule", roadmap2026to2029(), "--to", "2027-12-31").err()).isEmpty();
  }

  @Test
  void terms_jsonl_occurrenceInAYearWithoutCalendar_isProvisional() throws Exception {
    List<JsonNode> lines = run("ежегодно (ноябрь)\n", "terms", "--from", "2027-01-01", "--to", "2028-12-31",
        "--format", "jsonl").lines();
    JsonNode occurrences = lines.get(0).get("occurrences");
    assertThat(occurrences.get(0).get("provisional").asBoolean()).isFalse();
    assertThat(occurrences.get(1).get("provisional").asBoolean()).isTrue();
  }

  @Test
  void calendar_2013to2019_listTheirSpecialDays_notProvisional() throws Exception {
    for (int year = 2013; year <= 2019; year++) {
      CliRun run = run("", "calendar", "--year", String.valueOf(year), "--format", "jsonl");
      assertThat(run.status()).isZero();
      String newYear = year + "-01-01";
      assertThat(run.lines()).isNotEmpty()
          .allSatisfy(n -> assertThat(n.get("provisional").asBoolean()).isFalse())
          .anySatisfy(n -> assertThat(n.get("date").asText()).isEqualTo(newYear));
    }
    // ПП РФ №1048: Saturday 5 January 2013 moved to Thursday 2 May
    assertThat(run("", "calendar", "--year", "2013", "--format", "jsonl").lines()).anySatisfy(n -> {
      assertThat(n.get("date").asText()).isEqualTo("2013-05-02");
      assertThat(n.get("kind").asText()).isEqualTo("transfer_day_off");
      assertThat(n.get("from").asText()).isEqualTo("2013-01-05");
    });
    CliRun text = run("", "calendar", "--year", "2015");
    assertThat(text.out()).contains("2015-01-09  transfer_day_off").doesNotContain("предварительно");
    assertThat(text.err()).isEmpty();
  }

  @Test
  void calendar_yearWithoutApprovedCalendar_saysProvisional() throws Exception {
    CliRun text = run("", "calendar", "--year", "2028");
    assertThat(text.status()).isZero();
    assertThat(text.out()).contains("2028-01-01  holiday").contains("[предварительно]");
    assertThat(text.err()).contains("2028 г.").contains("Трудовому кодексу");
    assertThat(run("", "calendar", "--year", "2028", "--format", "jsonl").lines())
        .isNotEmpty().allSatisfy(n -> assertThat(n.get("provisional").asBoolean()).isTrue());
    assertThat(run("", "calendar", "--year", "2028", "--lang", "en").err()).contains("Warning: dates in 2028");
  }

  @Test
  void calendar_yearThatCannotBeMeant_isAnErrorNamingTheValue() {
    CliRun ru = run("", "calendar", "--year", "1899");
    assertThat(ru.status()).isNotZero();
    assertThat(ru.err()).contains("1899").contains("1900–2100");
    assertThat(ru.out()).isEmpty();
    CliRun en = run("", "calendar", "--year", "20026", "--lang", "en");
    assertThat(en.status()).isNotZero();
    assertThat(en.err()).contains("(valid values 1900 - 2100): 20026");
    CliRun terms = run("В течение года\n", "terms", "--year", "2101");
    assertThat(terms.status()).isNotZero();
    assertThat(terms.err()).contains("2101");
  }
}
