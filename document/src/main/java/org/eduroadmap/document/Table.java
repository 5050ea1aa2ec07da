package org.eduroadmap.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The table of a roadmap document: its header, the roles of its columns, and its rows with the
 * fragments a page break left joined back together.
 *
 * <p>A row starts with a non-empty first cell; a line whose first cell is empty (after a page break:
 * a blank line, then leading tabs) continues the row above, cell by cell. A row with text in its first
 * cell only is a section heading.
 */
final class Table {

  enum Role { NUMBER, TITLE, TERM, RESPONSIBLE, RESULTS, EVIDENCE, INDICATORS, YEAR, UNKNOWN }

  /** A row: its first line and its cells, fragments joined by a space. */
  static final class Row {
    final int line;
    final List<StringBuilder> cells = new ArrayList<>();
    final boolean section;

    Row(int line, boolean section) {
      this.line = line;
      this.section = section;
    }

    void append(int column, String text) {
      while (cells.size() <= column) {
        cells.add(new StringBuilder());
      }
      String t = text.strip();
      if (t.isEmpty()) {
        return;
      }
      StringBuilder cell = cells.get(column);
      if (cell.length() > 0) {
        cell.append(' ');
      }
      cell.append(t);
    }

    String cell(int column) {
      return column < cells.size() ? cells.get(column).toString().strip() : "";
    }
  }

  private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");
  private static final Pattern ROW_NUMBER = Pattern.compile("(?u)^(?:п\\.\\s*)?\\d+(?:\\.\\d+)*\\.?$");

  final List<String> columns = new ArrayList<>();
  final List<Role> roles = new ArrayList<>();
  /** The header text of each column of {@link #roles}, for messages. */
  final List<String> headers = new ArrayList<>();
  final Map<Integer, Integer> yearOfColumn = new TreeMap<>();
  final List<Row> rows = new ArrayList<>();
  int firstLine;
  int lastLine;

  /** Reads the tab lines {@code from} (inclusive) to {@code to} (inclusive) of {@code text}. */
  static Table read(SourceText text, int from, int to, Problems problems) {
    return read(text, from, to, problems, false);
  }

  /**
   * Reads the tab lines {@code from} to {@code to}; with {@code rowPerLine} (a table read from a document's
   * structure, where a line is a whole row) a line with a title starts a row even without a number.
   */
  static Table read(SourceText text, int from, int to, Problems problems, boolean rowPerLine) {
    Table t = new Table();
    List<SourceText.Line> lines = text.lines();
    t.firstLine = lines.get(from).number();
    t.lastLine = lines.get(to).number();
    int i = from;
    String[] header = cells(lines.get(i).text());
    boolean hasHeader = !ROW_NUMBER.matcher(header[0].strip()).matches()
        && Arrays.stream(header).anyMatch(Table::isHeaderWord);
    String[] years = new String[0];
    if (hasHeader) {
      i++;
      if (i <= to) {
        String[] next = cells(lines.get(i).text());
        if (Arrays.stream(next).anyMatch(c -> YEAR.matcher(c.strip()).matches())
            && Arrays.stream(next).allMatch(c -> c.isBlank() || YEAR.matcher(c.strip()).matches())) {
          years = next;
          i++;
        }
      }
      t.setColumns(header, years, lines.get(from).number(), problems);
    } else {
      String[] defaults = {"№", "Мероприятие", "Срок", "Ответственные", "Результат"};
      String[] padded = Arrays.copyOf(defaults, Math.max(defaults.length, header.length));
      Arrays.fill(padded, defaults.length, padded.length, "");
      t.setColumns(padded, years, lines.get(from).number(), problems);
      t.columns.clear();
      problems.add(lines.get(from).number(), ImportProblemKind.COLUMNS_GUESSED, String.join(" | ", defaults));
    }
    // A header repeated on every page is skipped; without a header, the first line is a row.
    String headerLine = hasHeader ? lines.get(from).text() : null;
    Row current = null;
    // A number column empty in every row numbers nothing: rows then start with a title.
    boolean titleStarts = rowPerLine;
    int numberCol = t.column(Role.NUMBER);
    if (numberCol >= 0) {
      boolean numbered = false;
      for (int k = i; k <= to && !numbered; k++) {
        String[] cs = cells(lines.get(k).text());
        numbered = numberCol < cs.length && ROW_NUMBER.matcher(cs[numberCol].strip()).matches();
      }
      titleStarts = !numbered;
    }
    for (; i <= to; i++) {
      SourceText.Line line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      if (!line.hasCells()) {
        if (current != null && !current.section) {
          int last = Math.max(1, current.cells.size() - 1);
          while (last > 1 && current.cell(last).isEmpty()) {
            last--;
          }
          current.append(last, line.text());
          problems.add(line.number(), ImportProblemKind.GUESSED_CELL, line.text());
        } else {
          problems.add(line.number(), ImportProblemKind.UNPLACED_ROW, line.text());
        }
        continue;
      }
      if (line.text().equals(headerLine) && i != from) {
        continue;
      }
      String[] cells = t.fitted(cells(line.text()), line.number(), problems);
      int numberColumn = t.column(Role.NUMBER);
      int startColumn = numberColumn >= 0 ? numberColumn : 0;
      long filled = Arrays.stream(cells).filter(c -> !c.isBlank()).count();
      if (filled == 0) {
        continue;
      }
      boolean section = filled == 1 && !cells[0].isBlank() && !ROW_NUMBER.matcher(cells[0].strip()).matches();
      int titleColumn = t.column(Role.TITLE);
      boolean starts = section || (startColumn < cells.length && !cells[startColumn].isBlank())
          || (titleStarts && titleColumn >= 0 && titleColumn < cells.length && !cells[titleColumn].isBlank());
      if (starts) {
        current = new Row(line.number(), section);
        t.rows.add(current);
        if (!section && numberCol >= 0 && (numberCol >= cells.length || cells[numberCol].isBlank())) {
          problems.add(line.number(), ImportProblemKind.ROW_WITHOUT_NUMBER, line.text().replace('\t', '|'));
        }
      } else if (current == null || current.section) {
        current = new Row(line.number(), false);
        t.rows.add(current);
        problems.add(line.number(), ImportProblemKind.ROW_WITHOUT_NUMBER, line.text().replace('\t', '|'));
      }
      for (int c = 0; c < cells.length; c++) {
        current.append(c, cells[c]);
      }
    }
    return t;
  }

  /**
   * The cells of a line as many as the columns: a line with more or fewer is placed by content
   * ({@link CellAlignment}) and reported with what was done. A heading (text in the first cell only)
   * and trailing empty cells are not a mismatch.
   */
  private String[] fitted(String[] cells, int line, Problems problems) {
    int width = roles.size();
    int m = cells.length;
    while (m > width && cells[m - 1].isBlank()) {
      m--;
    }
    if (m == width || width == 0) {
      return m == cells.length ? cells : Arrays.copyOf(cells, m);
    }
    String[] used = Arrays.copyOf(cells, m);
    long filled = Arrays.stream(used).filter(c -> !c.isBlank()).count();
    if (m < width && filled <= 1 && !used[0].isBlank()) {
      return used;
    }
    if (filled == 0) {
      return used;
    }
    CellAlignment.Placement placement = CellAlignment.place(used, roles);
    String what = CellAlignment.describe(used, placement, headers);
    String row = String.join(" | ", Arrays.stream(used).map(String::strip).toList());
    problems.add(line, m > width ? ImportProblemKind.EXTRA_CELLS : ImportProblemKind.MISSING_CELLS,
        what.isEmpty() ? row : what + " (" + row + ")");
    return placement.cells(used, width);
  }

  private static String[] cells(String line) {
    return line.split("\t", -1);
  }

  private static boolean isHeaderWord(String h) {
    if (h.strip().length() > 80) {
      return false;
    }
    Role r = roleOf(h.strip().toLowerCase(Locale.ROOT), 1);
    return r != Role.UNKNOWN && r != Role.NUMBER;
  }

  private void setColumns(String[] header, String[] years, int line, Problems problems) {
    int width = Math.max(header.length, years.length);
    for (int c = 0; c < width; c++) {
      String h = c < header.length ? header[c].strip() : "";
      String y = c < years.length ? years[c].strip() : "";
      if (!y.isEmpty() && YEAR.matcher(y).matches()) {
        yearOfColumn.put(c, Integer.parseInt(y));
        roles.add(Role.YEAR);
        headers.add(y);
        if (!h.isEmpty()) {
          columns.add(h);
        }
        continue;
      }
      Role role = roleOf(h.toLowerCase(Locale.ROOT), c);
      if (role == Role.UNKNOWN && h.isEmpty() && c == header.length - 1 && c > 0) {
        // A trailing tab after the last header.
        roles.add(role);
        headers.add(h);
        continue;
      }
      roles.add(role);
      headers.add(h);
      columns.add(h);
      if (role == Role.UNKNOWN) {
        problems.add(line, ImportProblemKind.UNKNOWN_COLUMN, h.isEmpty() ? "#" + (c + 1) : h);
      }
    }
  }

  /** The role of a column headed {@code h} (lower case) at {@code column}. */
  static Role roleOf(String h, int column) {
    if (h.isEmpty()) {
      return column == 0 ? Role.NUMBER : Role.UNKNOWN;
    }
    if (h.startsWith("№") || h.contains("п/п") || h.contains("п.п") || h.equals("n") || h.startsWith("n ")
        || h.equals("номер")) {
      return Role.NUMBER;
    }
    if (h.contains("документ")) {
      return Role.EVIDENCE;
    }
    if (h.contains("ответствен") || h.contains("исполнител")) {
      return Role.RESPONSIBLE;
    }
    if (h.contains("срок") || h.contains("дата") || h.contains("период")) {
      return Role.TERM;
    }
    if (h.contains("показател") || h.contains("индикатор")) {
      return Role.INDICATORS;
    }
    // «Форма отчётности» names what the activity produces («Аналитическая справка»): its result.
    if (h.contains("результат") || h.contains("форма отч") || h.contains("отчетност") || h.contains("отчётност")
        || h.contains("итог")) {
      return Role.RESULTS;
    }
    if (h.contains("мероприят") || h.contains("содержание") || h.contains("наименование")
        || h.contains("деятельност") || h.equals("действия")) {
      return Role.TITLE;
    }
    return Role.UNKNOWN;
  }

  int column(Role role) {
    return roles.indexOf(role);
  }

  Role role(int column) {
    return column < roles.size() ? roles.get(column) : Role.UNKNOWN;
  }

  private static final Pattern SECTION = Pattern.compile(
      "(?iu)^(?:(?:направление|раздел|блок|часть)\\s*)?(№\\s*\\d+(?:\\.\\d+)*|\\d+(?:\\.\\d+)*\\.?|[IVX]+\\.?)\\s*[:.)]?\\s*(.*)$");

  /** The number and title of a section heading: «Направление № 1: …» → {@code № 1}, «…». */
  static String[] section(String text) {
    Matcher m = SECTION.matcher(text.strip());
    if (m.matches() && !m.group(2).isBlank()) {
      return new String[] {m.group(1).strip(), m.group(2).strip()};
    }
    return new String[] {null, text.strip()};
  }
}
