package org.eduroadmap.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.eduroadmap.term.TermReader;

/**
 * Places the cells of a row that has more or fewer cells than the header has columns by what they
 * hold rather than by position: a number to the number column, a term («май 2022», «ежегодно») to
 * the term column, a list of parties («ИМЦ, ОО», «Комитет образования») to the responsible column.
 *
 * <p>The cells keep their order. Of all placements in order — a cell may join its neighbour in one
 * column, a column may stay empty — the one whose cells fit their columns best wins; a join and an
 * empty column each cost a little, so a row that fits by position stays as it is. A missing cell then
 * no longer shifts the responsible parties into the results column, and an extra one (a TAB typed
 * inside the activity) joins the activity instead of pushing the term aside.
 */
final class CellAlignment {

  private CellAlignment() {}

  private enum Kind { BLANK, NUMBER, TERM, PARTY, TEXT }

  private static final Pattern ROW_NUMBER = Pattern.compile("(?u)^(?:п\\.\\s*)?\\d+(?:\\.\\d+)*\\.?$");
  private static final Pattern TERM_WORD = Pattern.compile(
      "(?iu)(январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр|ежегодно|ежемесячно"
          + "|ежеквартально|еженедельно|постоянно|в течение|по мере|квартал|полугоди|(?<!\\d)20\\d\\d(?!\\d)"
          + "|\\d{1,2}\\.\\d{1,2}\\.\\d{2,4})");
  private static final Pattern ABBREVIATION = Pattern.compile("(?u)^[А-ЯЁA-Z][А-ЯЁA-Z0-9«»\"№ -]*[А-ЯЁA-Z0-9»\"]$");
  private static final Pattern ORGANISATION = Pattern.compile(
      "(?iu)^(комитет|управлени|отдел|сектор|министерств|департамент|руководител|директор|администраци"
          + "|специалист|заместител|методист|педагог|учител|образовательн|муниципальн|центр|начальник"
          + "|консультант|председател|служб|ОО|ИМЦ|МОУО|ОУ|ППМС|ЦНППМ|ИРО)");

  private static final double JOIN = 1.5;
  private static final double EMPTY_COLUMN = 1.0;

  /** Where each cell went: {@code column[i]} is the column of cell {@code i}. */
  record Placement(int[] column) {
    /** The cells placed: each column's cells joined by a space. */
    String[] cells(String[] cells, int width) {
      String[] out = new String[width];
      for (int c = 0; c < width; c++) {
        out[c] = "";
      }
      for (int i = 0; i < cells.length; i++) {
        String t = cells[i].strip();
        if (!t.isEmpty()) {
          int c = column[i];
          out[c] = out[c].isEmpty() ? t : out[c] + " " + t;
        }
      }
      return out;
    }
  }

  /** The best placement of {@code cells} into columns of {@code roles}, in order. */
  static Placement place(String[] cells, List<Table.Role> roles) {
    int m = cells.length;
    int n = roles.size();
    Kind[] kinds = new Kind[m];
    for (int i = 0; i < m; i++) {
      kinds[i] = kind(cells[i]);
    }
    double[][] best = new double[m][n];
    int[][] from = new int[m][n];
    for (int j = 0; j < n; j++) {
      best[0][j] = fit(kinds[0], roles.get(j)) - EMPTY_COLUMN * j;
      from[0][j] = -1;
    }
    for (int i = 1; i < m; i++) {
      for (int j = 0; j < n; j++) {
        double fit = fit(kinds[i], roles.get(j));
        double bestScore = best[i - 1][j] + fit - (kinds[i] == Kind.BLANK ? 0 : JOIN);
        int bestFrom = j;
        for (int k = 0; k < j; k++) {
          double s = best[i - 1][k] + fit - EMPTY_COLUMN * (j - k - 1);
          if (s > bestScore) {
            bestScore = s;
            bestFrom = k;
          }
        }
        best[i][j] = bestScore;
        from[i][j] = bestFrom;
      }
    }
    int end = 0;
    double endScore = Double.NEGATIVE_INFINITY;
    for (int j = 0; j < n; j++) {
      double s = best[m - 1][j] - EMPTY_COLUMN * (n - 1 - j);
      if (s > endScore) {
        endScore = s;
        end = j;
      }
    }
    int[] column = new int[m];
    for (int i = m - 1, j = end; i >= 0; i--) {
      column[i] = j;
      j = from[i][j];
    }
    return new Placement(column);
  }

  /** Whether {@code cell} reads as a term: a date, a month, a frequency, short. */
  static boolean isTermLike(String cell) {
    String t = cell.strip();
    if (t.isEmpty() || t.length() > 80 || isPartyLike(t)) {
      return false;
    }
    return TERM_WORD.matcher(t).find() && (t.length() <= 40 || TermReader.lenient().read(t).isParsed());
  }

  /** Whether {@code cell} reads as responsible parties: abbreviations, bodies, positions, people. */
  static boolean isPartyLike(String cell) {
    String t = cell.strip();
    if (t.isEmpty() || t.length() > 200) {
      return false;
    }
    for (String item : t.split("[,;]|\\s+и\\s+")) {
      String s = item.strip().replaceAll("[.]$", "");
      if (s.isEmpty()) {
        continue;
      }
      if (!(ABBREVIATION.matcher(s).matches() || ORGANISATION.matcher(s).find() || Parties.isPerson(s))) {
        return false;
      }
    }
    return true;
  }

  private static Kind kind(String cell) {
    String t = cell.strip();
    if (t.isEmpty()) {
      return Kind.BLANK;
    }
    if (ROW_NUMBER.matcher(t).matches()) {
      return Kind.NUMBER;
    }
    if (isPartyLike(t)) {
      return Kind.PARTY;
    }
    if (isTermLike(t)) {
      return Kind.TERM;
    }
    return Kind.TEXT;
  }

  private static double fit(Kind kind, Table.Role role) {
    return switch (kind) {
      case BLANK -> 0;
      case NUMBER -> role == Table.Role.NUMBER ? 4 : role == Table.Role.YEAR ? 0 : -2;
      case TERM -> switch (role) {
        case TERM -> 3;
        case YEAR -> 2;
        case NUMBER -> -4;
        case RESPONSIBLE -> -2;
        default -> -1;
      };
      case PARTY -> switch (role) {
        case RESPONSIBLE -> 3;
        case NUMBER -> -4;
        case TERM -> -2;
        default -> -1;
      };
      case TEXT -> switch (role) {
        case TITLE -> 1;
        case NUMBER -> -4;
        case TERM, YEAR -> -2;
        case RESPONSIBLE -> -1;
        default -> 0;
      };
    };
  }

  /**
   * What was done, for the problem's subject: each moved or joined cell and its column's header,
   * «директоров» → «Мероприятие»; empty columns as ∅ → «Результат».
   */
  static String describe(String[] cells, Placement placement, List<String> headers) {
    List<String> parts = new ArrayList<>();
    boolean[] filled = new boolean[headers.size()];
    for (int i = 0; i < cells.length; i++) {
      String t = cells[i].strip();
      int c = placement.column()[i];
      if (t.isEmpty()) {
        continue;
      }
      // More cells than columns: name the joins; fewer: name the cells that moved.
      boolean report = cells.length > headers.size() ? filled[c] : i != c;
      if (report) {
        parts.add("«" + shorten(t) + "» → «" + header(headers, c) + "»");
      }
      filled[c] = true;
    }
    for (int c = 0; c < headers.size(); c++) {
      if (!filled[c] && cells.length < headers.size()) {
        parts.add("∅ → «" + header(headers, c) + "»");
      }
    }
    return String.join("; ", parts);
  }

  private static String header(List<String> headers, int c) {
    String h = c < headers.size() ? headers.get(c) : "";
    return h.isEmpty() ? "#" + (c + 1) : h;
  }

  private static String shorten(String t) {
    return t.length() > 40 ? t.substring(0, 40) + "…" : t;
  }
}
