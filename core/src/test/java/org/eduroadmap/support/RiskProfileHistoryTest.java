package org.eduroadmap.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RiskProfileHistoryTest {

  private static final RiskProfile Y2022 = RiskProfile.of("Ш", 2022, Map.of("M", RiskLevel.MEDIUM));
  private static final RiskProfile Y2021 = RiskProfile.of("Ш", 2021, Map.of("M", RiskLevel.HIGH));

  @Test
  void of_sortsByYear_currentIsLatest() {
    RiskProfileHistory h = RiskProfileHistory.of("Ш", List.of(Y2022, Y2021));
    assertThat(h.profiles()).containsExactly(Y2021, Y2022);
    assertThat(h.current()).contains(Y2022);
    assertThat(h.at(2021)).contains(Y2021);
    assertThat(h.levelsOf("M")).containsExactly(Map.entry(2021, RiskLevel.HIGH), Map.entry(2022, RiskLevel.MEDIUM));
  }

  @Test
  void of_noProfile_hasNoCurrent() {
    assertThat(RiskProfileHistory.of("Ш", List.of()).current()).isEmpty();
  }

  @Test
  void of_otherSchoolOrSameYear_isRefused() {
    assertThatThrownBy(() -> RiskProfileHistory.of("Другая", List.of(Y2021)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Ш");
    assertThatThrownBy(() -> RiskProfileHistory.of("Ш", List.of(Y2021, Y2021)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2021");
  }
}
