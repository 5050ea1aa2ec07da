package org.eduroadmap.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TabAlignedParagraphTest {

  @Test
  void pieces_dateAndNumberAlignedByTabs_areTwoStatements() {
    assertThat(TabAlignedParagraph.pieces("15.03.2024\t\t\t\t№ 112")).containsExactly("15.03.2024", "№ 112");
  }

  @Test
  void pieces_signatureLine_isPositionAndName() {
    assertThat(TabAlignedParagraph.pieces("Начальник управления\t\t\tА.Б. Петрова"))
        .containsExactly("Начальник управления", "А.Б. Петрова");
  }

  @Test
  void pieces_tabAfterListNumber_onlyIndents() {
    assertThat(TabAlignedParagraph.pieces("1.\tУтвердить план мероприятий")).containsExactly("1. Утвердить план мероприятий");
    assertThat(TabAlignedParagraph.pieces("-\tпроведение семинаров")).containsExactly("- проведение семинаров");
  }

  @Test
  void pieces_noTab_isTheLine() {
    assertThat(TabAlignedParagraph.pieces("ПРИКАЗ")).containsExactly("ПРИКАЗ");
  }
}
