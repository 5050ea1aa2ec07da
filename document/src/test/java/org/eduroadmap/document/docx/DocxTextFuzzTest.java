package org.eduroadmap.document.docx;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Locale;
import org.eduroadmap.document.DocumentText;
import org.eduroadmap.document.ImportLimits;
import org.eduroadmap.document.RoadmapDocumentException;

/**
 * Fuzzes the .docx reader: any bytes give text or a {@link RoadmapDocumentException}, nothing else.
 * Without {@code JAZZER_FUZZ=1} it replays the committed inputs in
 * {@code src/test/resources/org/eduroadmap/document/docx/DocxTextFuzzTestInputs/read/}.
 */
class DocxTextFuzzTest {

  private static final ImportLimits LIMITS = ImportLimits.standard().withMaxTextBytes(256 * 1024);

  @FuzzTest(maxDuration = "3m")
  void read(byte[] input) {
    try {
      DocumentText text = DocxText.read(input, LIMITS);
      assertThat(text.toPlainText().length()).isLessThanOrEqualTo(256 * 1024);
    } catch (RoadmapDocumentException e) {
      assertThat(e.getMessage(Locale.forLanguageTag("ru"))).isNotBlank();
      assertThat(e.getMessage(Locale.ENGLISH)).isNotBlank();
    }
  }
}
