package org.eduroadmap.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.eduroadmap.json.RoadmapJson;

/**
 * Fuzzes the reader: arbitrary text never crashes it — it gives a roadmap or a
 * {@link RoadmapDocumentException} saying, in Russian and English, why there is none. Without {@code JAZZER_FUZZ=1} it replays the
 * committed inputs in {@code src/test/resources/org/eduroadmap/document/RoadmapDocumentReaderFuzzTestInputs/read/}.
 */
class RoadmapDocumentReaderFuzzTest {

  private static final RoadmapDocumentReader READER = RoadmapDocumentReader.withMaxLength(64 * 1024);

  @FuzzTest(maxDuration = "3m")
  void read(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    if (text.length() > READER.maxLength()) {
      return;
    }
    ImportResult result;
    try {
      result = READER.read(text);
    } catch (RoadmapDocumentException e) {
      assertThat(e.getMessage(Locale.forLanguageTag("ru"))).isNotBlank().containsPattern("[а-я]{3}");
      assertThat(e.getMessage()).isNotBlank();
      return;
    }

    long lines = text.split("\r\n|\r|\n", -1).length;
    assertThat(result.problems()).allSatisfy(p -> {
      assertThat(p.line()).isBetween(0, (int) lines);
      assertThat(p.getMessage(Locale.forLanguageTag("ru"))).isNotBlank();
      assertThat(p.getMessage(Locale.ENGLISH)).isNotBlank();
    });
    // Whatever was read is a roadmap the JSON binding writes and reads back unchanged.
    String json = RoadmapJson.standard().write(result.roadmap());
    assertThat(RoadmapJson.standard().read(json)).isEqualTo(result.roadmap());
  }
}
