package org.eduroadmap.validation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class NumberingRuleTest {

  @ParameterizedTest(name = "{0} → {1}: {2}")
  @CsvSource({
      "1, 2, true", "1, 3, false", "1, 1.1, true", "1, 1.2, false", "1.2, 1.3, true", "1.2, 2, true",
      "1.2, 2.1, true", "1.2, 2.2, false", "1.2, 3.1, false", "1.2.3, 1.3, true", "1.2.3, 2, true",
      "1.5, 1.4, false", "2, 1, false", "9, 10, true", "1.9, 1.10, true"})
  void follows_table(String previous, String next, boolean expected) {
    assertThat(NumberingRule.follows(NumberingRule.parse(previous), NumberingRule.parse(next))).isEqualTo(expected);
  }

  @Test
  void follows_nextNumberAtTheSameLevel_always() {
    qt().forAll(integers().between(1, 500), integers().between(1, 500))
        .check((a, b) -> NumberingRule.follows(new int[] {a, b}, new int[] {a, b + 1})
            && NumberingRule.follows(new int[] {a, b}, new int[] {a + 1, 1})
            && !NumberingRule.follows(new int[] {a, b}, new int[] {a, b}));
  }

  @ParameterizedTest
  @CsvSource({"1.2.,", "'п. 3.4',", "а),", "'',"})
  void parse_onlyDottedIntegers(String key) {
    assertThat(NumberingRule.parse(key)).isNull();
  }
}
