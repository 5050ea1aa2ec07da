package org.eduroadmap.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LayoutColumnsTest {

  private static List<LayoutLine> lines(String... text) {
    return java.util.Arrays.stream(text).map(LayoutLine::of).toList();
  }

  private static final List<LayoutLine> TABLE = lines(
      "1.1   Формирование перечня       до 1 апреля      УО",
      "      ШНОР по результатам        2024 г.          НМЦ",
      "1.2   Назначение                 до 15 апреля     УО",
      "      муниципальных кураторов 2024 г.",
      "1.3   Разработка и утверждение до 1 мая 2024      ОО",
      "      программ антирисковых      г.");

  @Test
  void infer_startsSharedByLines_areTheColumns() {
    LayoutColumns c = LayoutColumns.infer(TABLE);

    assertThat(c.count()).isEqualTo(4);
    assertThat(c.start(1)).isEqualTo(6);
    assertThat(c.start(2)).isEqualTo(33);
  }

  @Test
  void cells_titleRunIntoTheTermWithOneSpace_isSplitWhereTheTermStarts() {
    LayoutColumns c = LayoutColumns.infer(TABLE);

    assertThat(c.cells(TABLE.get(3))).containsExactly("", "муниципальных кураторов", "2024 г.", "");
    assertThat(c.cells(TABLE.get(4))).containsExactly("1.3", "Разработка и утверждение", "до 1 мая 2024", "ОО");
  }

  @Test
  void columns_wrappedTitleLines_stayInTheTitleColumn() {
    LayoutColumns c = LayoutColumns.infer(TABLE);

    assertThat(c.cells(TABLE.get(1))).containsExactly("", "ШНОР по результатам", "2024 г.", "НМЦ");
    assertThat(c.cells(TABLE.get(5))).containsExactly("", "программ антирисковых", "г.", "");
  }

  @Test
  void infer_linesSetACharacterAskew_keepTheirColumns() {
    List<LayoutLine> askew = lines(
        "1     Проведение                 апрель           УО",
        "      семинаров                  2024 г.",
        "2      Проведение                 май              НМЦ",
        "       совещаний                  2024 г.");

    LayoutColumns c = LayoutColumns.infer(askew);

    assertThat(c.count()).isEqualTo(4);
    assertThat(c.cells(askew.get(3))).containsExactly("", "совещаний", "2024 г.", "");
  }

  @Test
  void infer_oneColumn_isNoTable() {
    assertThat(LayoutColumns.infer(lines("Текст приказа", "ещё текст")).count()).isZero();
  }
}
