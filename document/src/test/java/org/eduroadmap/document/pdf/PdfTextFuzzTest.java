package org.eduroadmap.document.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Locale;
import org.eduroadmap.document.DocumentText;
import org.eduroadmap.document.ImportLimits;
import org.eduroadmap.document.RoadmapDocumentException;

/**
 * Fuzzes the PDF reader: any bytes give text or a {@link RoadmapDocumentException}, nothing else.
 * Without {@code JAZZER_FUZZ=1} it replays the committed inputs in
 * {@code src/test/resources/org/eduroadmap/document/pdf/PdfTextFuzzTestInputs/read/}.
 */
class PdfTextFuzzTest {

  private static final ImportLimits LIMITS =
      ImportLimits.standard().withMaxTextBytes(256 * 1024).withMaxPdfPages(20);

  @FuzzTest(maxDuration = "3m")
  void read(byte[] input) {
    try {
      DocumentText text = PdfText.read(input, LIMITS);
      assertThat(text.lines()).isNotNull();
    } catch (RoadmapDocumentException e) {
      assertThat(e.getMessage(Locale.forLanguageTag("ru"))).isNotBlank();
      assertThat(e.getMessage(Locale.ENGLISH)).isNotBlank();
    }
  }
}
