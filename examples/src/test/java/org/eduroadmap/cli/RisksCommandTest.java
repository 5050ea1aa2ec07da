package org.eduroadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RisksCommandTest {

  private static CliRun run(String... args) {
    return CliRun.of("", args);
  }

  @Test
  void risks_text_listsTheCatalogueInRussian() {
    CliRun run = run("risks");
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("LOW_EQUIPMENT            все         Низкий уровень оснащения школы\n")
        .contains("LOW_MOTIVATION           2022–2024   Низкая учебная мотивация обучающихся\n");
    assertThat(run.out().lines()).hasSize(11);
  }

  @Test
  void risks_year_keepsThatCohortsFactors_inEnglish() {
    CliRun run = run("risks", "--year", "2021", "--lang", "en");
    assertThat(run.out()).contains("LOW_EQUIPMENT            all         Low equipment of the school")
        .doesNotContain("LOW_MOTIVATION");
  }

  @Test
  void risks_jsonl_codesNamesCohortsVersion() throws Exception {
    List<JsonNode> lines = run("risks", "--format", "jsonl").lines();
    JsonNode motivation = lines.get(lines.size() - 1);
    assertThat(motivation.get("code").asText()).isEqualTo("LOW_MOTIVATION");
    assertThat(motivation.get("en").asText()).isEqualTo("Low learning motivation of pupils");
    assertThat(motivation.get("cohorts").toString()).isEqualTo("[2022,2023,2024]");
    assertThat(motivation.get("version").asText()).isEqualTo("fioko-500plus-2021");
  }

  @Test
  void risks_add_regionsFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("region.txt");
    Files.writeString(file, "version = eao-2022\nEAO-01 | 2022 | Удалённость от районного центра | Remoteness\n");
    CliRun run = run("risks", "--add", file.toString(), "--year", "2022");
    assertThat(run.out()).contains("EAO-01                   2022        Удалённость от районного центра");
  }

  @Test
  void risks_add_badFile_isUnreadableInputNamingTheLine(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("region.txt");
    Files.writeString(file, "version = v\nEAO-01 | 20x | а | b\n");
    CliRun run = run("risks", "--add", file.toString());
    assertThat(run.status()).isEqualTo(ExitCodes.INPUT_UNREADABLE);
    assertThat(run.err()).contains(file + ", строка 2: «20x» — не годы когорт");
  }
}
