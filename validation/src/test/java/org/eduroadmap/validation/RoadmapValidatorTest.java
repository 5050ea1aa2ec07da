package org.eduroadmap.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.eduroadmap.roadmap.Roadmap;
import org.junit.jupiter.api.Test;

class RoadmapValidatorTest {

  private static final Locale RU = Locale.forLanguageTag("ru");

  @Test
  void validate_minimalRoadmap_reportsNothing() {
    ValidationReport report = RoadmapValidator.standard().validate(TestRoadmaps.numbered("1", "2", "3"), RU);
    assertThat(report.violations()).isEmpty();
    assertThat(report.hasErrors()).isFalse();
  }

  @Test
  void validate_blankActivityTitle_reportsBeanViolationWithPathAndActivity() {
    Roadmap r = TestRoadmaps.of(TestRoadmaps.activity("1"), TestRoadmaps.activity("2").withTitle(" "));
    ValidationReport report = RoadmapValidator.standard().validate(r, RU);
    assertThat(report.violations()).singleElement().satisfies(v -> {
      assertThat(v.code()).isEqualTo(ViolationCode.REQUIRED_TEXT_BLANK);
      assertThat(v.severity()).isEqualTo(Severity.ERROR);
      assertThat(v.path()).isEqualTo("sections[0].activities[1].title");
      assertThat(v.activity()).contains("2");
      assertThat(v.message()).isEqualTo("Мероприятие 2: не указано название мероприятия");
    });
  }
}
