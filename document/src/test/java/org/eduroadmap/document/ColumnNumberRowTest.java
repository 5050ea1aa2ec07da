package org.eduroadmap.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnNumberRowTest {

  @Test
  void is_numbersOneToFiveInOrder_isTheColumnNumberRow() {
    assertThat(ColumnNumberRow.is(List.of("1", "2", "3", "4", "5"))).isTrue();
    assertThat(ColumnNumberRow.is(List.of("1.", "2.", "3."))).isTrue();
  }

  @Test
  void is_anActivityNumberedOne_isNot() {
    assertThat(ColumnNumberRow.is(List.of("1", "Семинар", "май 2024"))).isFalse();
    assertThat(ColumnNumberRow.is(List.of("1", "2"))).isFalse();
    assertThat(ColumnNumberRow.is(List.of("1", "3", "4"))).isFalse();
  }
}
