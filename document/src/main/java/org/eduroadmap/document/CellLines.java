package org.eduroadmap.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The lines of one table cell as a space-aligned copy wraps them, joined back into the cell's paragraphs.
 *
 * <ul>
 *   <li>A line ending in a hyphen after a letter («информационно-», «ГИА-») goes on without a space when
 *       the next starts with a lower-case letter or a digit: a compound word wrapped at its hyphen.
 *   <li>A line that is one word filling the column, followed by a fragment of at most
 *       {@value #MAX_FRAGMENT} letters starting lower-case, is a word the cell was too narrow for
 *       («Нижегородско» «й области»): joined without a space.
 *   <li>A line naming a person («Т.В.Лавринова», «Иванова Е.В.») is a paragraph of its own: a list of
 *       people set a name a line.
 *   <li>A name after a line ending in a lower-case word (a post: «Заместитель директора») goes on it.
 *   <li>Otherwise a line starting with a capital letter starts a paragraph when the line before ended a
 *       sentence, or when its first word would have fit on the line before (so that line did not wrap);
 *       a line starting lower-case, when its first word would have fit within the cell's widest line.
 * </ul>
 */
final class CellLines {

  /** The longest ending a word broken for lack of width leaves on the next line («й», «ции», «ли)»). */
  static final int MAX_FRAGMENT = 3;

  /**
   * Characters a line may fall short of its column's widest and still be «filling» it; none: a word
   * that fits its line with room to spare («антирисковых» before «мер») was not broken.
   */
  static final int FULL_LINE_SLACK = 0;

  private static final Pattern PERSON = Pattern.compile(
      "(?u)^(?:\\p{Lu}\\.\\s?\\p{Lu}\\.\\s?\\p{Lu}[\\p{Ll}-]+|\\p{Lu}[\\p{Ll}-]+\\s\\p{Lu}\\.\\s?\\p{Lu}\\.),?$");
  private static final Pattern ABBREVIATION = Pattern.compile("(?u)^\\p{Lu}{2,}(?:-?\\d+)?,?$");
  private static final Pattern INITIALS = Pattern.compile("(?u)^(?:\\p{Lu}\\.\\s?){1,2}$");
  private static final Pattern FRAGMENT = Pattern.compile("(?u)^\\p{Ll}{1," + MAX_FRAGMENT + "}[).,;:]*$");

  private CellLines() {}

  /** The paragraphs of a cell whose lines are {@code lines} in a column {@code width} characters wide. */
  static List<String> paragraphs(List<String> lines, int width) {
    List<String> out = new ArrayList<>();
    StringBuilder p = null;
    String previous = null;
    int linesSoFar = 0;
    int cellWidest = 0;
    for (String raw : lines) {
      cellWidest = Math.max(cellWidest, raw.strip().length());
    }
    for (String raw : lines) {
      String line = raw.strip();
      if (line.isEmpty()) {
        continue;
      }
      if (p == null) {
        p = new StringBuilder(line);
      } else if (hyphenated(previous, line) || brokenWord(previous, line, width)) {
        p.append(line);
      } else if (startsParagraph(previous, line, width, cellWidest, linesSoFar)) {
        out.add(p.toString());
        p = new StringBuilder(line);
        linesSoFar = 0;
      } else {
        p.append(' ').append(line);
      }
      linesSoFar++;
      previous = line;
    }
    if (p != null) {
      out.add(p.toString());
    }
    return out;
  }

  /** The cell's text: its paragraphs joined by a space. */
  static String text(List<String> lines, int width) {
    return String.join(" ", paragraphs(lines, width));
  }

  static boolean hyphenated(String previous, String next) {
    int n = previous.length();
    if (n < 2 || previous.charAt(n - 1) != '-' || !Character.isLetter(previous.charAt(n - 2))) {
      return false;
    }
    char first = next.charAt(0);
    return Character.isLowerCase(first) || Character.isDigit(first);
  }

  static boolean brokenWord(String previous, String next, int width) {
    if (previous.indexOf(' ') >= 0 || previous.length() < width - FULL_LINE_SLACK
        || !Character.isLetter(previous.charAt(previous.length() - 1))) {
      return false;
    }
    String first = next.split(" ", 2)[0];
    return FRAGMENT.matcher(first).matches();
  }

  private static String lastWord(String line) {
    String[] words = line.split(" ");
    return words[words.length - 1];
  }

  private static boolean startsParagraph(String previous, String next, int width, int cellWidest, int linesSoFar) {
    if (PERSON.matcher(previous).matches()) {
      return true;
    }
    if (PERSON.matcher(next).matches()) {
      // A name after a post set in lower case («Заместитель» «директора» «Григорьева К.И.») is the holder
      // of that post; after anything else it is a party of its own.
      return !(linesSoFar >= 1 && Character.isLowerCase(lastWord(previous).charAt(0))
          && !previous.endsWith(",") && !previous.endsWith("."));
    }
    // An abbreviation alone on the paragraph's first line is a party of its own («ГЭК» over «министерство
    // образования»); one after a paragraph of several lines is the next party, one after a single line
    // qualifies it («Руководители» «МТГ», «ГОУ ДПО» «НИРО»).
    if (ABBREVIATION.matcher(previous).matches() && linesSoFar == 1) {
      return true;
    }
    if (ABBREVIATION.matcher(next).matches()) {
      return linesSoFar >= 2 && !ABBREVIATION.matcher(lastWord(previous)).matches();
    }
    if (INITIALS.matcher(previous).matches()) {
      return false;
    }
    if (!Character.isUpperCase(next.charAt(0))) {
      // A line starting lower-case starts a party of its own when its first word would have fit on the
      // line before within the cell's widest line («Зам.директора по» «ВВР» «комиссия по контролю»): that
      // line did not wrap. The cell's widest, not the column's: a column is as wide as its longest line,
      // which may be another cell's run into the next column. A fragment («й области») is a broken word's
      // end, never a party.
      String first = next.split(" ", 2)[0];
      return Character.isLetter(next.charAt(0)) && !FRAGMENT.matcher(first).matches()
          && previous.length() + 1 + first.length() <= cellWidest;
    }
    if (previous.matches("(?s).*[.;!?]$") && !previous.matches("(?su).*\\b\\p{Lu}\\.$")) {
      return true;
    }
    String first = next.split(" ", 2)[0];
    return previous.length() + 1 + first.length() <= width - FULL_LINE_SLACK;
  }
}
