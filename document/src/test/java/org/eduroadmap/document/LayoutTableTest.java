package org.eduroadmap.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.eduroadmap.document.structure.GridCell;
import org.eduroadmap.document.structure.GridRow;
import org.eduroadmap.document.structure.GridTable;
import org.junit.jupiter.api.Test;

class LayoutTableTest {

  private static List<List<String>> texts(GridTable t) {
    return t.rows().stream().map(r -> r.cells().stream().map(GridCell::text).toList()).toList();
  }

  private static LayoutTable.Found find(String text) {
    return LayoutTable.find(DocumentText.ofPlainText(text).lines()).orElseThrow();
  }

  @Test
  void find_wrappedRows_areRowsWithTheirCellsJoined() {
    LayoutTable.Found found = find(String.join("\n",
        "   План мероприятий на 2014 год",
        "                                                             Ответственные",
        "N п/п      Направления деятельности            Сроки",
        "                                                                   лица",
        "           I. Нормативно-правовое и методическое сопровождение ГИА",
        "  1     Приведение региональной базы      в течение всего  Б.С. Муртазов",
        "        нормативно-правовых               периода",
        "        документов",
        "  2     Подготовка материалов по          январь-февраль   Б.С. Муртазов",
        "        проведению информационно-         2014",
        "        разъяснительной работы",
        "",
        "Используемые сокращения:"));

    assertThat(found.first()).isEqualTo(1);
    assertThat(found.last()).isEqualTo(10);
    assertThat(found.wrapped()).isTrue();
    assertThat(texts(found.table())).containsExactly(
        List.of("N п/п", "Направления деятельности", "Сроки", "Ответственные лица"),
        List.of("I. Нормативно-правовое и методическое сопровождение ГИА"),
        List.of("1", "Приведение региональной базы нормативно-правовых документов", "в течение всего периода",
            "Б.С. Муртазов"),
        List.of("2", "Подготовка материалов по проведению информационно-разъяснительной работы",
            "январь-февраль 2014", "Б.С. Муртазов"));
    assertThat(found.table().rows().get(1).cells().get(0).columnSpan()).isEqualTo(4);
  }

  @Test
  void find_headerOverTwoColumns_isAGroupOverTheirNames() {
    LayoutTable.Found found = find(String.join("\n",
        "                                      Сроки и исполнители",
        "№         Наименование                                          Ожидаемый",
        "                                      Срок",
        "п/п       мероприятия                           Ответственные    результат",
        "1.1   Формирование перечня       до 1 апреля   УО               Приказ УО",
        "      ШНОР                       2024 г.                        об утверждении",
        "1.2   Назначение кураторов       до 15 апреля  НМЦ              Приказ",
        "      ШНОР                       2024 г.                        о назначении"));

    List<GridRow> rows = found.table().rows();
    assertThat(rows.get(0).cells().get(2).text()).isEqualTo("Сроки и исполнители");
    assertThat(rows.get(0).cells().get(2).columnSpan()).isEqualTo(2);
    assertThat(texts(found.table()).get(1)).containsExactly("", "", "Срок", "Ответственные", "");
    assertThat(rows.get(1).cells().get(0).isContinuation()).isTrue();
  }

  @Test
  void find_headerRepeatedOnTheNextPage_isLeftOutAndTheRowGoesOn() {
    LayoutTable.Found found = find(String.join("\n",
        "№     Мероприятие                 Срок            Результат",
        "1.    Организация и проведение    декабрь 2023    Результаты",
        "      тренировочных               года            тренировочных",
        "\f№     Мероприятие                 Срок            Результат",
        "      мероприятий                                 мероприятий",
        "2.    Сбор заявлений              до 1 февраля    Сведения"));

    assertThat(texts(found.table())).containsExactly(
        List.of("№", "Мероприятие", "Срок", "Результат"),
        List.of("1.", "Организация и проведение тренировочных мероприятий", "декабрь 2023 года",
            "Результаты тренировочных мероприятий"),
        List.of("2.", "Сбор заявлений", "до 1 февраля", "Сведения"));
  }

  @Test
  void find_noNumberedRows_findsNoTable() {
    assertThat(LayoutTable.find(DocumentText.ofPlainText("ПРИКАЗ\n20.12.2013      № 1021\nТекст").lines()))
        .isEmpty();
  }

  @Test
  void pageColumns_pageShiftedAFewCharacters_isReadByItsOwnColumns() {
    LayoutColumns table = LayoutColumns.of(List.of(0, 6, 40, 60), List.of(4, 38, 58, 80));
    LayoutColumns page = LayoutColumns.of(List.of(0, 6, 37, 58), List.of(4, 35, 56, 78));
    assertThat(LayoutTable.pageColumns(table, page)).isSameAs(page);
  }

  @Test
  void pageColumns_pageWithOtherColumns_isReadByTheTables() {
    LayoutColumns table = LayoutColumns.of(List.of(0, 6, 40, 60), List.of(4, 38, 58, 80));
    assertThat(LayoutTable.pageColumns(table, LayoutColumns.of(List.of(0, 6, 40), List.of(4, 38, 58)))).isSameAs(table);
    assertThat(LayoutTable.pageColumns(table, LayoutColumns.of(List.of(0, 6, 30, 60), List.of(4, 28, 58, 80))))
        .isSameAs(table);
  }

  @Test
  void pageColumns_pageOffByNoMoreThanAColumnsCluster_isReadByTheTables() {
    LayoutColumns table = LayoutColumns.of(List.of(0, 6, 40, 60), List.of(4, 38, 58, 80));
    assertThat(LayoutTable.pageColumns(table, LayoutColumns.of(List.of(0, 6, 41, 62), List.of(4, 39, 60, 80))))
        .isSameAs(table);
  }
}
