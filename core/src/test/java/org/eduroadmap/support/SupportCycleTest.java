package org.eduroadmap.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.eduroadmap.support.SupportFixtures.S1;
import static org.eduroadmap.support.SupportFixtures.S2;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eduroadmap.calendar.DateRange;
import org.eduroadmap.roadmap.RoadmapLevel;
import org.eduroadmap.schedule.OnTimeRate;
import org.eduroadmap.schedule.ScheduleCalculator;
import org.junit.jupiter.api.Test;

class SupportCycleTest {

  private static final ScheduleCalculator CALCULATOR = ScheduleCalculator.standard();
  private static final SupportCycle CYCLE = SupportFixtures.cycle();

  @Test
  void history_ofOneSchool_oldestFirst() {
    assertThat(CYCLE.history(S1).profiles()).extracting(RiskProfile::year).containsExactly(2021, 2022);
    assertThat(CYCLE.history(S1).current().flatMap(p -> p.level("LOW_MOTIVATION"))).contains(RiskLevel.MEDIUM);
  }

  @Test
  void parentsOf_followsTheCascadeUp() {
    assertThat(CYCLE.parentsOf(ActivityRef.of("municipal", "1"))).containsExactly(ActivityRef.of("region", "8"));
    assertThat(CYCLE.parentsOf(ActivityRef.of("municipal", "2"))).isEmpty();
  }

  @Test
  void parentsOf_loopInTheLinks_stops() {
    SupportCycle loop = CYCLE.withDelegations(
        Delegation.of(ActivityRef.of("a", "1"), ActivityRef.of("b", "1")),
        Delegation.of(ActivityRef.of("b", "1"), ActivityRef.of("a", "1")));
    assertThat(loop.parentsOf(ActivityRef.of("b", "1"))).containsExactly(ActivityRef.of("a", "1"));
  }

  @Test
  void agenda_showsWhatTheSchoolOwesAtEveryLevel() {
    List<AgendaItem> agenda = CYCLE.agenda(S1, Map.of("region", SupportFixtures.regional()), CALCULATOR,
        DateRange.of(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31)));
    assertThat(agenda).extracting(i -> i.level() + " " + i.roadmap() + "/" + i.occurrence().activityId()
            + " " + i.occurrence().effectiveDue().orElseThrow() + " " + i.parents())
        .containsExactly(
            "SCHOOL s1-motivation/1 2022-03-31 []",
            "MUNICIPAL municipal/1 2022-10-31 [ActivityRef{roadmap=region, activityId=8}]");
  }

  @Test
  void dashboard_perSchoolPerFactorPerActivity() {
    Dashboard d = CYCLE.dashboard(CALCULATOR, LocalDate.of(2022, 12, 31));
    Rollup m = d.rollup();
    assertThat(m.level()).isEqualTo(RoadmapLevel.MUNICIPAL);
    assertThat(m.parts()).extracting(Rollup::name).containsExactly(S1, S2);
    Rollup s1 = m.parts().get(0);
    // programme activity done on time, delegated activity done on time
    assertThat(s1.total().onTime()).isEqualTo(OnTimeRate.of(2, 0, 0));
    assertThat(s1.byFactor().get("LOW_MOTIVATION").attainment()).isEqualTo(Attainment.of(1, 0, 1));
    Rollup s2 = m.parts().get(1);
    // programme activity overdue, delegated activity done late
    assertThat(s2.total().onTime()).isEqualTo(OnTimeRate.of(0, 1, 1));
    assertThat(m.byActivity().get("municipal/1").onTime()).isEqualTo(OnTimeRate.of(1, 1, 0));
    assertThat(m.total().onTime().rate()).hasValue(0.5);
    assertThat(d.own().onTime()).isEqualTo(OnTimeRate.of(1, 0, 0));
  }

  @Test
  void dashboard_beforeAMeasuredYear_doesNotCountItsMeasurement() {
    Rollup s1 = CYCLE.dashboard(CALCULATOR, LocalDate.of(2021, 12, 31)).rollup().parts().get(0);
    assertThat(s1.byFactor().get("LOW_MOTIVATION").attainment()).isEqualTo(Attainment.of(0, 0, 2));
  }

  @Test
  void catalogue_addsTheRegionsFactors() {
    SupportCycle c = CYCLE.withRiskFactors(RiskFactor.of("EAO-01", "Удалённость", "Remoteness"));
    assertThat(c.catalogue().contains("EAO-01")).isTrue();
    assertThat(c.catalogue().contains("LOW_MOTIVATION")).isTrue();
  }

  @Test
  void build_programmeNamedLikeTheMunicipalRoadmap_isRefused() {
    assertThatThrownBy(() -> CYCLE.withProgrammes(SupportFixtures.programme("municipal", S1, "LOW_MOTIVATION")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("municipal");
  }
}
