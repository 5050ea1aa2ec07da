package org.eduroadmap.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RiskProfileTest {

  @Test
  void level_assessedOrNot() {
    RiskProfile p = RiskProfile.of("Школа", 2022, Map.of("B", RiskLevel.HIGH, "A", RiskLevel.LOW, "C", RiskLevel.HIGH))
        .withSource("Анкетирование, март 2022");
    assertThat(p.level("A")).contains(RiskLevel.LOW);
    assertThat(p.level("Z")).isEmpty();
    assertThat(p.factorsAt(RiskLevel.HIGH)).containsExactly("B", "C");
    assertThat(p.levels().keySet()).containsExactly("A", "B", "C");
    assertThat(p.source()).contains("Анкетирование, март 2022");
  }

  @Test
  void of_blankSchool_isRefused() {
    assertThatThrownBy(() -> RiskProfile.of(" ", 2022, Map.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2022");
  }
}
