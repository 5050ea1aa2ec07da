package org.eduroadmap.term;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Fuzzes the reader. Without {@code JAZZER_FUZZ=1} it replays the committed inputs in
 * {@code src/test/resources/org/eduroadmap/term/TermReaderFuzzTestInputs/read/}.
 */
class TermReaderFuzzTest {

  @FuzzTest(maxDuration = "3m")
  void read(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);

    TermRule lenient = TermReader.lenient().read(text);
    assertThat(lenient.toRussian()).isNotNull();
    assertThat(lenient.toEnglish()).isNotNull();

    try {
      TermRule rule = TermReader.strict().read(text);
      assertThat(rule).isEqualTo(lenient);
      // whatever reads, writes back to text that reads to the same rule
      assertThat(TermReader.strict().read(rule.toRussian())).isEqualTo(rule);
    } catch (TermParseException e) {
      assertThat(lenient).isInstanceOf(TermRule.Unparsed.class);
      assertThat(e.position()).isBetween(0, Math.max(text.length(), TermReader.MAX_LENGTH));
      assertThat(e.getMessage(Locale.forLanguageTag("ru"))).isNotBlank();
    }

    YearCell cell = YearCell.split(text);
    cell.term().ifPresent(term -> assertThat(term.rule().isParsed()).isTrue());
  }
}
