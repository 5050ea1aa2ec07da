package org.eduroadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RollupCommandTest {

  private static CliRun run(String... args) {
    return CliRun.of("", args);
  }

  @Test
  void list_showsTheSupportCycleExample_apartFromTheRoadmaps() throws Exception {
    List<JsonNode> lines = run("list", "--format", "jsonl").lines();
    JsonNode last = lines.get(lines.size() - 1);
    assertThat(last.has("name")).isFalse();
    assertThat(last.get("supportCycle").asText()).isEqualTo("eao-cycle-example");
    assertThat(last.get("title").asText()).startsWith("Иллюстративный пример");
    assertThat(run("list").out()).contains("eao-cycle-example").contains("[цикл сопровождения, для rollup]");
    assertThat(run("list", "--lang", "en").out()).contains("[support cycle, for rollup]");
  }

  @Test
  void rollup_text_perSchoolFactorAndActivity() {
    CliRun run = run("rollup", "eao-cycle-example", "--today", "2022-12-31");
    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).startsWith("Условный муниципальный район (пример) — на 31.12.2022\n"
        + "Иллюстративный пример: сопровождение ШНОР в условном муниципальном районе ЕАО, 2021 — 2022\n")
        .contains("  МБОУ СОШ № 1 (пример)\n      в срок 12 из 15 (80 %), с опозданием 1, просрочено 2; "
            + "показатели: достигнуто 3 из 5 (60 %), ещё не измерено 1\n")
        .contains("  Итого по школам района\n      в срок 22 из 34 (65 %)")
        .contains("По факторам риска (антирисковые программы)\n  HIGH_SHARE_AT_RISK Высокая доля обучающихся")
        .contains("  municipal/1 Назначение школьных координаторов по работе со ШНОР\n"
            + "      в срок 2 из 3 (67 %), с опозданием 1\n");
  }

  @Test
  void rollup_english() {
    CliRun run = run("rollup", "eao-cycle-example", "--today", "31.12.2022", "--lang", "en");
    assertThat(run.out()).contains("— as of 2022-12-31").contains("By school").contains("By risk factor")
        .contains("LOW_EQUIPMENT Low equipment of the school")
        .contains("on time 22 of 34 (65 %), late 5, overdue 7; indicators: met 5 of 10 (50 %), not yet measured 2");
  }

  @Test
  void rollup_jsonl_schoolsSumToTheMunicipality() throws Exception {
    List<JsonNode> lines = run("rollup", "eao-cycle-example", "--today", "2022-12-31", "--format", "jsonl").lines();
    List<JsonNode> schools = lines.stream().filter(n -> n.get("scope").asText().equals("school")).toList();
    JsonNode municipality = lines.stream().filter(n -> n.get("scope").asText().equals("municipality")).findFirst()
        .orElseThrow();
    assertThat(schools).hasSize(3);
    for (String field : List.of("onTime", "late", "overdue", "met", "notMet", "notYetMeasured")) {
      assertThat(schools.stream().mapToInt(n -> n.get(field).asInt()).sum()).as(field)
          .isEqualTo(municipality.get(field).asInt());
    }
    assertThat(municipality.get("today").asText()).isEqualTo("2022-12-31");
    assertThat(municipality.get("onTimeRate").asDouble()).isBetween(0.0, 1.0);
    assertThat(lines).anySatisfy(n -> {
      assertThat(n.get("scope").asText()).isEqualTo("factor");
      assertThat(n.get("name").asText()).isEqualTo("LOW_MOTIVATION");
      assertThat(n.get("title").asText()).isEqualTo("Низкая учебная мотивация обучающихся");
    });
  }

  @Test
  void rollup_withoutToday_afterThePlan_saysWhichDayItShows() {
    CliRun run = run("rollup", "eao-cycle-example");
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("— на 31.12.2022");
    assertThat(run.err()).contains("после периода муниципального плана; показано на 31.12.2022");
  }

  @Test
  void rollup_unknownName_isAUsageErrorListingTheExamples() {
    CliRun run = run("rollup", "nosuch", "--lang", "en");
    assertThat(run.status()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).contains("no bundled support-cycle example and no file named 'nosuch'; bundled: eao-cycle-example");
  }

  @Test
  void rollup_brokenFile_isUnreadableInputNamingThePath(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("cycle.json");
    Files.writeString(file, "{\"municipality\": \"Р\", \"profiles\": [{\"school\": \"Ш\", \"year\": \"2022\"}]}");
    CliRun run = run("rollup", file.toString());
    assertThat(run.status()).isEqualTo(ExitCodes.INPUT_UNREADABLE);
    assertThat(run.err()).contains(file.toString()).contains("$.profiles[0].year");
  }
}
