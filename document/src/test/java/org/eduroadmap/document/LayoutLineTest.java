package org.eduroadmap.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LayoutLineTest {

  @Test
  void of_runsOfTwoSpaces_separateChunksWithTheirPositions() {
    LayoutLine l = LayoutLine.of("  1     Приведение базы      в течение");

    assertThat(l.chunks()).extracting(LayoutLine.Chunk::text).containsExactly("1", "Приведение базы", "в течение");
    assertThat(l.chunks()).extracting(LayoutLine.Chunk::start).containsExactly(2, 8, 29);
  }

  @Test
  void of_formFeed_takesNoPosition() {
    assertThat(LayoutLine.of("\f    Приложение").indent()).isEqualTo(4);
  }

  @Test
  void words_ofAChunk_keepTheirPositions() {
    LayoutLine.Chunk c = LayoutLine.of("   до 25 числа").chunks().get(0);

    assertThat(c.words()).extracting(LayoutLine.Chunk::start).containsExactly(3, 6, 9);
  }
}
