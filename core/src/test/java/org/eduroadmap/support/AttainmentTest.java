package org.eduroadmap.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AttainmentTest {

  @Test
  void rate_metOutOfMeasured() {
    assertThat(Attainment.of(3, 1, 5).rate()).hasValue(0.75);
    assertThat(Attainment.of(0, 0, 5).rate()).isEmpty();
    assertThat(Attainment.none().rate()).isEmpty();
  }

  @Test
  void plus_addsCounts() {
    assertThat(Attainment.of(1, 2, 3).plus(Attainment.of(IndicatorStatus.MET))).isEqualTo(Attainment.of(2, 2, 3));
    assertThat(Attainment.of(IndicatorStatus.NOT_YET_MEASURED)).isEqualTo(Attainment.of(0, 0, 1));
  }

  @Test
  void of_negative_isRefused() {
    assertThatThrownBy(() -> Attainment.of(-1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
