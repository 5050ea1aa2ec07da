package org.eduroadmap.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A table's header read by meaning: one to {@value #MAX_ROWS} rows, a title spanning several columns
 * («Сроки и исполнители» over «Срок исполнения | Ответственные») taken as a group over the columns
 * below it, each column labelled by its lowest header cell and given a role from that label; year columns
 * («2024», «2024 год», «2024 г.») under a group such as «Сроки».
 */
final class HeaderRows {

  /** The most header rows read: plans with deeper headers were not seen. */
  static final int MAX_ROWS = 3;

  /** A header cell longer than this, in characters, is text of a row, not a column's name. */
  static final int MAX_LABEL_LENGTH = 120;

  private static final Pattern YEAR = Pattern.compile("(?iu)^((?:19|20)\\d\\d)\\s*(?:г\\.?|год[а-я]*)?\\.?$");
  private static final Pattern ROW_NUMBER = Pattern.compile("(?u)^(?:п\\.\\s*)?\\d+(?:\\.\\d+)*\\.?$");

  /** Header rows found; 0 when the table has no header. */
  final int rows;
  final List<String> labels = new ArrayList<>();
  final List<String> groups = new ArrayList<>();
  final List<Table.Role> roles = new ArrayList<>();
  final Map<Integer, Integer> years = new LinkedHashMap<>();

  private HeaderRows(int rows) {
    this.rows = rows;
  }

  /** The header of {@code grid}; {@link #rows} is 0 when its first row is no header. */
  static HeaderRows of(TableGrid grid) {
    int count = count(grid);
    HeaderRows h = new HeaderRows(count);
    if (count > 0) {
      h.label(grid);
    }
    return h;
  }

  /** Whether the header names the columns of a plan: what to do, and when or by whom. */
  boolean isPlan() {
    return roles.contains(Table.Role.TITLE)
        && (roles.contains(Table.Role.TERM) || roles.contains(Table.Role.RESPONSIBLE) || !years.isEmpty());
  }

  int column(Table.Role role) {
    return roles.indexOf(role);
  }

  Table.Role role(int column) {
    return column < roles.size() ? roles.get(column) : Table.Role.UNKNOWN;
  }

  private static int count(TableGrid grid) {
    if (grid.height() == 0 || !isHeaderRow(grid.ownTexts(0), true)) {
      return 0;
    }
    int rows = 1;
    while (rows < MAX_ROWS && rows < grid.height()) {
      List<String> texts = grid.ownTexts(rows);
      if (texts.isEmpty() || ColumnNumberRow.is(texts)) {
        break;
      }
      if (spansRow(grid, rows) || !(hasGroupAbove(grid, rows) || isHeaderRow(texts, false))) {
        break;
      }
      rows++;
    }
    return rows;
  }

  /** Whether row {@code row} is one cell across the table: a section's heading. */
  private static boolean spansRow(TableGrid grid, int row) {
    TableGrid.Slot first = grid.slot(row, 0);
    return grid.width > 2 && first.span() >= grid.width - 1 && !first.continued();
  }

  /** Whether row {@code row}-1 has a cell spanning columns under which row {@code row} has its own text. */
  private static boolean hasGroupAbove(TableGrid grid, int row) {
    for (int c = 0; c < grid.width; c++) {
      TableGrid.Slot above = grid.slot(row - 1, c);
      TableGrid.Slot here = grid.slot(row, c);
      if (above.span() > 1 && !above.isEmpty() && !here.continued() && !here.isEmpty()
          && here.cellId() != above.cellId()) {
        return true;
      }
    }
    return false;
  }

  private static boolean isHeaderRow(List<String> texts, boolean first) {
    if (texts.isEmpty() || (first && texts.size() < 2 && !texts.get(0).contains("\t"))) {
      return false;
    }
    if (ROW_NUMBER.matcher(texts.get(0).strip()).matches()) {
      return false;
    }
    boolean named = false;
    for (String t : texts) {
      String s = t.strip();
      if (s.length() > MAX_LABEL_LENGTH) {
        return false;
      }
      Table.Role r = Table.roleOf(s.toLowerCase(Locale.ROOT), 1);
      boolean year = YEAR.matcher(s).matches();
      if ((r != Table.Role.UNKNOWN && r != Table.Role.NUMBER) || year) {
        named = true;
      } else if (!first && !s.startsWith("№") && !s.isEmpty()) {
        // A lower row holds only names of columns.
        return false;
      }
    }
    return named;
  }

  private void label(TableGrid grid) {
    for (int c = 0; c < grid.width; c++) {
      List<TableGrid.Slot> stack = new ArrayList<>();
      int lastId = Integer.MIN_VALUE;
      for (int r = 0; r < rows; r++) {
        TableGrid.Slot s = grid.slot(r, c);
        if (s.cellId() != lastId && !s.isEmpty()) {
          stack.add(s);
        }
        lastId = s.cellId();
      }
      String label = "";
      String group = "";
      if (!stack.isEmpty()) {
        TableGrid.Slot lowest = stack.get(stack.size() - 1);
        label = lowest.text().strip();
        List<String> above = new ArrayList<>();
        for (int i = 0; i < stack.size() - 1; i++) {
          above.add(stack.get(i).text().strip());
        }
        group = String.join(" ", above);
      }
      labels.add(label);
      groups.add(group);
      Matcher year = YEAR.matcher(label);
      if (year.matches()) {
        years.put(c, Integer.parseInt(year.group(1)));
        roles.add(Table.Role.YEAR);
        continue;
      }
      Table.Role role = Table.roleOf(label.toLowerCase(Locale.ROOT), c);
      if (role == Table.Role.UNKNOWN && !group.isEmpty()) {
        role = Table.roleOf((group + " " + label).toLowerCase(Locale.ROOT), c);
      }
      roles.add(role);
    }
  }
}
