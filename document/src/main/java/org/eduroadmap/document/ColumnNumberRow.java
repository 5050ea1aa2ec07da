package org.eduroadmap.document;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The row of column numbers many Russian tables put under the header («1 | 2 | 3 | 4 | 5»): a row whose
 * cells are the numbers 1, 2, 3… in order. It is no activity and no section.
 */
final class ColumnNumberRow {

  /** The fewest numbered cells taken for such a row: a row «1 | 2» may be an activity numbered 1. */
  static final int MIN_COLUMNS = 3;

  private static final Pattern NUMBER = Pattern.compile("\\d{1,2}\\.?");

  private ColumnNumberRow() {}

  /** Whether the non-empty cells {@code texts}, left to right, are 1, 2, 3… */
  static boolean is(List<String> texts) {
    if (texts.size() < MIN_COLUMNS) {
      return false;
    }
    for (int i = 0; i < texts.size(); i++) {
      String t = texts.get(i).strip();
      if (!NUMBER.matcher(t).matches() || Integer.parseInt(t.replace(".", "")) != i + 1) {
        return false;
      }
    }
    return true;
  }
}
