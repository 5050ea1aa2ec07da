package org.eduroadmap.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.eduroadmap.json.RoadmapJson;
import org.eduroadmap.json.RoadmapJsonException;
import org.eduroadmap.roadmap.Roadmap;

/**
 * Fuzzes JSON reading and validation together: whatever a portal sends, reading either gives a
 * roadmap or a {@link RoadmapJsonException} with a message in both languages, and validating a
 * roadmap never throws and gives every violation a path and a message in the language asked for.
 *
 * <p>Without {@code JAZZER_FUZZ=1} it replays the committed inputs in
 * {@code src/test/resources/org/eduroadmap/validation/RoadmapValidatorFuzzTestInputs/validate/}: two
 * seed roadmaps, which the fuzzer mutates into near-valid ones.
 */
class RoadmapValidatorFuzzTest {

  private static final Locale RU = Locale.forLanguageTag("ru");
  private static final RoadmapValidator VALIDATOR = RoadmapValidator.standard();

  @FuzzTest(maxDuration = "3m")
  void validate(byte[] input) {
    Roadmap roadmap;
    try {
      roadmap = RoadmapJson.standard().read(new String(input, StandardCharsets.UTF_8));
    } catch (RoadmapJsonException e) {
      assertThat(e.getMessage(RU)).isNotBlank();
      assertThat(e.getMessage(Locale.ENGLISH)).isNotBlank();
      return;
    }
    for (Locale locale : new Locale[] {RU, Locale.ENGLISH}) {
      ValidationReport report = VALIDATOR.validate(roadmap, locale);
      assertThat(report.violations()).allSatisfy(v -> {
        assertThat(v.path()).isNotBlank();
        assertThat(v.message()).isNotBlank();
      });
      assertThat(report.hasErrors()).isEqualTo(report.violations().stream().anyMatch(Violation::isError));
    }
  }
}
