package org.eduroadmap.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.eduroadmap.document.structure.GridCell;
import org.eduroadmap.document.structure.GridRow;
import org.eduroadmap.document.structure.GridTable;
import org.junit.jupiter.api.Test;

class HeaderRowsTest {

  static GridTable table(List<List<GridCell>> rows) {
    List<GridRow> out = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      out.add(GridRow.of(rows.get(r), DocumentText.Origin.ofTableRow(1, r + 1, 1)));
    }
    return GridTable.of(out, DocumentText.Origin.ofTableRow(1, 0, 1));
  }

  static GridCell c(String text) {
    return GridCell.of(text);
  }

  @Test
  void of_spanningTitleOverTwoColumns_labelsEachColumnByTheCellBelow() {
    GridTable t = table(List.of(
        List.of(c("№ п/п"), c("Мероприятие"), c("Сроки и исполнители").withColumnSpan(2), c("Результат")),
        List.of(GridCell.continuation(), GridCell.continuation(), c("Срок исполнения"), c("Ответственные"),
            GridCell.continuation()),
        List.of(c("1."), c("Семинар"), c("май 2024"), c("ИМЦ"), c("Справка"))));

    HeaderRows h = HeaderRows.of(TableGrid.of(t));

    assertThat(h.rows).isEqualTo(2);
    assertThat(h.labels).containsExactly("№ п/п", "Мероприятие", "Срок исполнения", "Ответственные", "Результат");
    assertThat(h.roles).containsExactly(Table.Role.NUMBER, Table.Role.TITLE, Table.Role.TERM,
        Table.Role.RESPONSIBLE, Table.Role.RESULTS);
  }

  @Test
  void of_yearHeadersSpelledWithGod_areYearColumns() {
    GridTable t = table(List.of(
        List.of(c("№"), c("Содержание деятельности"), c("Сроки").withColumnSpan(2), c("Исполнитель")),
        List.of(GridCell.continuation(), GridCell.continuation(), c("2024 год"), c("2025 г."),
            GridCell.continuation()),
        List.of(c("1"), c("Семинар"), c("май"), c("май"), c("ИМЦ"))));

    HeaderRows h = HeaderRows.of(TableGrid.of(t));

    assertThat(h.rows).isEqualTo(2);
    assertThat(h.years).containsEntry(2, 2024).containsEntry(3, 2025);
    assertThat(h.isPlan()).isTrue();
  }

  @Test
  void of_columnsInAnyOrderWithExtraColumns_namesEachRole() {
    GridTable t = table(List.of(
        List.of(c("№"), c("Наименование мероприятия"), c("Ответственные исполнители"), c("Сроки проведения"),
            c("Целевая группа"), c("Форма отчётности"), c("Отметка о выполнении")),
        List.of(c("1"), c("Семинар"), c("ИМЦ"), c("май"), c("учителя"), c("справка"), c(""))));

    HeaderRows h = HeaderRows.of(TableGrid.of(t));

    assertThat(h.rows).isEqualTo(1);
    assertThat(h.roles).containsExactly(Table.Role.NUMBER, Table.Role.TITLE, Table.Role.RESPONSIBLE,
        Table.Role.TERM, Table.Role.UNKNOWN, Table.Role.RESULTS, Table.Role.UNKNOWN);
  }

  @Test
  void of_firstRowAnActivity_hasNoHeader() {
    GridTable t = table(List.of(List.of(c("1."), c("Семинар"), c("май 2024"))));

    assertThat(HeaderRows.of(TableGrid.of(t)).rows).isZero();
  }

  @Test
  void of_sectionRowUnderTheHeader_isNoHeaderRow() {
    GridTable t = table(List.of(
        List.of(c("№"), c("Мероприятие"), c("Срок"), c("Ответственный")),
        List.of(c("1. Организационные мероприятия").withColumnSpan(4)),
        List.of(c("1.1"), c("Семинар"), c("май"), c("ИМЦ"))));

    assertThat(HeaderRows.of(TableGrid.of(t)).rows).isEqualTo(1);
  }
}
