package org.eduroadmap.document.odt;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Locale;
import org.eduroadmap.document.ImportLimits;
import org.eduroadmap.document.RoadmapDocumentException;
import org.eduroadmap.document.structure.StructuredDocument;

/**
 * Fuzzes the .odt reader: any bytes give a structure or a {@link RoadmapDocumentException}, nothing else.
 * Without {@code JAZZER_FUZZ=1} it replays the committed inputs in
 * {@code src/test/resources/org/eduroadmap/document/odt/OdtTextFuzzTestInputs/structure/}.
 */
class OdtTextFuzzTest {

  private static final ImportLimits LIMITS = ImportLimits.standard().withMaxTextBytes(256 * 1024);

  @FuzzTest(maxDuration = "3m")
  void structure(byte[] input) {
    try {
      StructuredDocument doc = OdtText.structure(input, LIMITS);
      assertThat(doc.blocks()).isNotNull();
    } catch (RoadmapDocumentException e) {
      assertThat(e.getMessage(Locale.forLanguageTag("ru"))).isNotBlank();
      assertThat(e.getMessage(Locale.ENGLISH)).isNotBlank();
    }
  }
}
