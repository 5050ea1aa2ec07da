package org.eduroadmap.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgrammeIndicatorTest {

  private static final ProgrammeIndicator SHARE_AT_RISK =
      ProgrammeIndicator.of("Доля обучающихся с рисками учебной неуспешности, %", 2021, 28)
          .withDirection(IndicatorDirection.LOWER_IS_BETTER)
          .withTargets(Map.of(2022, 24.0, 2023, 20.0, 2024, 18.0))
          .withMeasured(Map.of(2022, 24.0, 2023, 21.5));

  @Test
  void status_lowerIsBetter_metAtOrUnderTarget() {
    assertThat(SHARE_AT_RISK.status(2022)).isEqualTo(IndicatorStatus.MET);
    assertThat(SHARE_AT_RISK.status(2023)).isEqualTo(IndicatorStatus.NOT_MET);
    assertThat(SHARE_AT_RISK.status(2024)).isEqualTo(IndicatorStatus.NOT_YET_MEASURED);
  }

  @Test
  void status_higherIsBetter_metAtOrOverTarget() {
    ProgrammeIndicator trained = ProgrammeIndicator.of("Доля педагогов, прошедших КПК, %", 2021, 30)
        .withTargets(Map.of(2022, 60.0, 2023, 80.0)).withMeasured(Map.of(2022, 60.0, 2023, 79.9));
    assertThat(trained.direction()).isEqualTo(IndicatorDirection.HIGHER_IS_BETTER);
    assertThat(trained.statuses()).containsExactly(Map.entry(2022, IndicatorStatus.MET),
        Map.entry(2023, IndicatorStatus.NOT_MET));
  }

  @Test
  void attainment_countsEveryTargetYear() {
    assertThat(SHARE_AT_RISK.attainment()).isEqualTo(Attainment.of(1, 1, 1));
    assertThat(SHARE_AT_RISK.attainment().rate()).hasValue(0.5);
  }

  @Test
  void attainment_asOfAYear_countsLaterTargetYearsAsNotYetMeasured() {
    assertThat(SHARE_AT_RISK.attainment(2022)).isEqualTo(Attainment.of(1, 0, 2));
    assertThat(SHARE_AT_RISK.attainment(2021)).isEqualTo(Attainment.of(0, 0, 3));
    assertThat(SHARE_AT_RISK.attainment(2030)).isEqualTo(SHARE_AT_RISK.attainment());
  }

  @Test
  void status_yearWithoutTarget_isRefusedNamingTheYears() {
    assertThatThrownBy(() -> SHARE_AT_RISK.status(2025)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2025").hasMessageContaining("[2022, 2023, 2024]");
  }

  @Test
  void of_notFiniteValue_isRefused() {
    assertThatThrownBy(() -> SHARE_AT_RISK.withMeasured(Map.of(2022, Double.NaN)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2022");
  }
}
