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
}
