package org.eduroadmap.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.eduroadmap.roadmap.RoadmapLevel;
import org.junit.jupiter.api.Test;

class SchoolProgrammeTest {

  @Test
  void antiRisk_namesItsFactor_yearsOfItsPeriod() {
    SchoolProgramme p = SupportFixtures.programme("s1", "Ш", "LOW_MOTIVATION");
    assertThat(p.kind()).isEqualTo(ProgrammeKind.ANTI_RISK);
    assertThat(p.riskFactor()).contains("LOW_MOTIVATION");
    assertThat(p.years()).containsExactly(2022, 2023);
    assertThat(p.attainment()).isEqualTo(Attainment.of(1, 0, 1));
  }

  @Test
  void of_roadmapNotAtSchoolLevel_isRefused() {
    assertThatThrownBy(() -> SchoolProgramme.of("c", ProgrammeKind.CONCEPT, "Ш", SupportFixtures.municipal()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MUNICIPAL");
  }

  @Test
  void of_antiRiskWithoutFactor_orConceptWithFactor_isRefused() {
    SchoolProgramme p = SupportFixtures.programme("s1", "Ш", "LOW_MOTIVATION");
    assertThatThrownBy(() -> SchoolProgramme.of("s1", ProgrammeKind.ANTI_RISK, "Ш", p.roadmap()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("s1");
    assertThatThrownBy(() -> p.withKind(ProgrammeKind.CONCEPT)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void of_concept_hasNoFactor() {
    SchoolProgramme p = SchoolProgramme.of("c", ProgrammeKind.CONCEPT, "Ш",
        SupportFixtures.roadmap(RoadmapLevel.SCHOOL, "Концептуальный документ"));
    assertThat(p.riskFactor()).isEmpty();
  }
}
