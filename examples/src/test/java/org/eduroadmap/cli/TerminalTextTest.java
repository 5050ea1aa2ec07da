package org.eduroadmap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TerminalTextTest {

  @Test
  void field_everyControlCharacter_isShownAsAnEscape() {
    assertThat(TerminalText.field("a\u001b[31mb\u0000c\rd\ne\tf\u009bg\u2028"))
        .isEqualTo("a\\u001b[31mb\\u0000c\\rd\\ne\\tf\\u009bg\\u2028");
  }

  @Test
  void lines_keepsTheLineBreaksAndTabs_andEscapesTheRest() {
    assertThat(TerminalText.lines("a\tb\r\nc\nd\re\u001b")).isEqualTo("a\tb\r\nc\nd\\re\\u001b");
  }

  @Test
  void lines_plainText_isTheSameString() {
    String text = "Совещание\n";
    assertThat(TerminalText.lines(text)).isSameAs(text);
  }

  @Test
  void schedule_titleWithTerminalEscapes_printsThemEscaped(@TempDir Path dir) throws Exception {
    String json = org.eduroadmap.seeds.SeedDocuments.json("kizel-2021")
        .replaceFirst("\"title\" *: *\"Включение", "\"title\": \"\\\\u001b[31mКРАСНЫЙ\\\\u0000\\\\nпоследняя строка\\\\rВключение");
    Path file = Files.writeString(dir.resolve("hostile.json"), json);

    CliRun run = CliRun.of("", "schedule", file.toString());

    assertThat(run.status()).isZero();
    assertThat(run.out()).doesNotContain("\u001b", "\u0000", "\r")
        .contains("\\u001b[31mКРАСНЫЙ\\u0000\\nпоследняя строка\\rВключение");
  }
}
