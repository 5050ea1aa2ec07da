package org.eduroadmap.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eduroadmap.roadmap.RoadmapLevel;
import org.eduroadmap.schedule.OnTimeRate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

class RollupTest {

  private static final List<String> FACTORS = List.of("LOW_MOTIVATION", "LOW_EQUIPMENT", "TEACHER_SHORTAGE");
  private static final List<String> ACTIVITIES = List.of("municipal/1", "municipal/2", "s/1");

  private static Gen<Performance> performances() {
    Gen<Integer> n = SourceDSL.integers().between(0, 20);
    return n.zip(n, n, (a, b, c) -> OnTimeRate.of(a, b, c))
        .zip(n.zip(n, n, (a, b, c) -> Attainment.of(a, b, c)), Performance::of);
  }

  private static Gen<Map<String, Performance>> figuresBy(List<String> keys) {
    Gen<Performance> p = performances();
    Gen<Boolean> present = SourceDSL.booleans().all();
    return in -> {
      Map<String, Performance> m = new TreeMap<>();
      for (String k : keys) {
        if (present.generate(in)) {
          m.put(k, p.generate(in));
        }
      }
      return m;
    };
  }

  private static Gen<Rollup> schools() {
    Gen<Integer> id = SourceDSL.integers().between(1, 999);
    return in -> Rollup.leaf("Школа " + id.generate(in), performances().generate(in),
        figuresBy(FACTORS).generate(in), figuresBy(ACTIVITIES).generate(in));
  }

  private static Gen<List<Rollup>> schoolLists() {
    return SourceDSL.lists().of(schools()).ofSizeBetween(0, 6);
  }

  @Test
  void rollup_rates_areBetweenZeroAndOne() {
    qt().withExamples(500).forAll(schoolLists()).checkAssert(schools -> {
      Rollup m = Rollup.of("Район", RoadmapLevel.MUNICIPAL, schools);
      List<Performance> all = new ArrayList<>(m.byFactor().values());
      all.addAll(m.byActivity().values());
      all.add(m.total());
      for (Performance p : all) {
        p.onTime().rate().ifPresent(r -> assertThat(r).isBetween(0.0, 1.0));
        p.attainment().rate().ifPresent(r -> assertThat(r).isBetween(0.0, 1.0));
      }
    });
  }

  @Test
  void rollup_oneSchool_equalsThatSchool() {
    qt().withExamples(500).forAll(schools()).checkAssert(school -> {
      Rollup m = Rollup.of("Район", RoadmapLevel.MUNICIPAL, List.of(school));
      assertThat(m.hasSameFiguresAs(school)).isTrue();
      assertThat(m.total()).isEqualTo(school.total());
      assertThat(m.parts()).containsExactly(school);
    });
  }

  @Test
  void rollup_mergingTwoMunicipalities_equalsRollingUpTheirSchools() {
    qt().withExamples(500).forAll(schoolLists(), schoolLists()).checkAssert((a, b) -> {
      Rollup first = Rollup.of("Первый район", RoadmapLevel.MUNICIPAL, a);
      Rollup second = Rollup.of("Второй район", RoadmapLevel.MUNICIPAL, b);
      Rollup merged = Rollup.of("Область", RoadmapLevel.REGIONAL, List.of(first, second));
      List<Rollup> allSchools = new ArrayList<>(a);
      allSchools.addAll(b);
      assertThat(merged.hasSameFiguresAs(Rollup.of("Область", RoadmapLevel.REGIONAL, allSchools))).isTrue();
    });
  }

  @Test
  void rollup_noSchools_countsNothing() {
    Rollup m = Rollup.of("Район", RoadmapLevel.MUNICIPAL, List.of());
    assertThat(m.total()).isEqualTo(Performance.none());
    assertThat(m.total().onTime().rate()).isEmpty();
    assertThat(m.byFactor()).isEmpty();
  }

  @Test
  void rollup_weightsByCounts_notByAveragingRates() {
    Rollup a = Rollup.leaf("А", Performance.of(OnTimeRate.of(1, 0, 0), Attainment.none()), Map.of(), Map.of());
    Rollup b = Rollup.leaf("Б", Performance.of(OnTimeRate.of(0, 0, 3), Attainment.none()), Map.of(), Map.of());
    assertThat(Rollup.of("Р", RoadmapLevel.MUNICIPAL, List.of(a, b)).total().onTime().rate()).hasValue(0.25);
  }
}
