package org.eduroadmap.document.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * The header rows of the table being read, to drop them where a page repeats them: a table's first
 * {@value #MAX_ROWS} rows on the page where it starts; at the top of a further page, rows equal to them
 * in order are the header once more (Word's and LibreOffice's «repeat heading rows»).
 *
 * <pre>{@code
 * RepeatedHeader h = new RepeatedHeader();
 * h.newPage(); h.row("№\tМероприятие", true); h.row("1\tСовещание", false);
 * h.newPage(); h.repeats("№\tМероприятие"); // true
 * }</pre>
 */
final class RepeatedHeader {

  /** Header trees are one to three rows deep. */
  static final int MAX_ROWS = 3;

  private List<String> rows = new ArrayList<>();
  private boolean open;
  private int repeated;

  /** A page starts: the header is compared from its first row again, and no longer collected. */
  void newPage() {
    open = false;
    repeated = 0;
  }

  /** Whether {@code text}, a row at the top of a page continuing a table, is the next header row repeated. */
  boolean repeats(String text) {
    if (repeated < rows.size() && rows.get(repeated).equals(text)) {
      repeated++;
      return true;
    }
    return false;
  }

  /** A row kept; {@code startsTable} when it is the first of a table. */
  void row(String text, boolean startsTable) {
    if (startsTable) {
      rows = new ArrayList<>();
      open = true;
    }
    if (open && rows.size() < MAX_ROWS) {
      rows.add(text);
    }
  }
}
