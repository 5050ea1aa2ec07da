package org.eduroadmap.document;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The document's text cleaned of copy artefacts, as numbered lines and paragraphs.
 *
 * <p>Markup a copy from Word brings ({@code **bold**}, {@code <b>…</b>}), non-breaking spaces and
 * trailing spaces are removed; tabs, which separate table cells, are kept.
 */
final class SourceText {

  private static final Pattern BOLD_STARS = Pattern.compile("\\*\\*(?=\\S)|(?<=\\S)\\*\\*");
  private static final Pattern TAGS = Pattern.compile("</?(?:b|i|u|strong|em|br|p|span)\\s*/?>",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern TRAILING_SPACE = Pattern.compile("[ \\u00A0\\u200B\\uFEFF]+$");

  /** A line: its number from 1 and its cleaned text. */
  record Line(int number, String text) {
    boolean isBlank() {
      return text.isBlank();
    }

    boolean hasCells() {
      return text.indexOf('\t') >= 0;
    }
  }

  /** Consecutive non-blank lines without cells, joined by spaces. */
  record Paragraph(int line, List<String> lines) {
    String text() {
      return String.join(" ", lines).strip();
    }
  }

  private final List<Line> lines;

  private SourceText(List<Line> lines) {
    this.lines = lines;
  }

  /** The lines of {@code text}, numbered by their position in it from 1 (their origins are kept there). */
  static SourceText of(DocumentText text) {
    List<DocumentText.Line> raw = text.lines();
    List<Line> lines = new ArrayList<>(raw.size());
    for (int i = 0; i < raw.size(); i++) {
      // A line break inside a Word cell or PDF row must not split a table row here.
      lines.add(new Line(i + 1, clean(raw.get(i).text().replaceAll("[\r\n]+", " "))));
    }
    return new SourceText(Collections.unmodifiableList(lines));
  }

  static String clean(String line) {
    String s = BOLD_STARS.matcher(line).replaceAll("");
    s = TAGS.matcher(s).replaceAll("");
    s = s.replace('\u00A0', ' ').replace("\u200B", "").replace("\uFEFF", "");
    return TRAILING_SPACE.matcher(s).replaceAll("");
  }

  List<Line> lines() {
    return lines;
  }

  /** The paragraphs of lines {@code from} (inclusive) to {@code to} (exclusive), by list index. */
  List<Paragraph> paragraphs(int from, int to) {
    List<Paragraph> result = new ArrayList<>();
    List<String> current = new ArrayList<>();
    int start = -1;
    for (int i = from; i < to; i++) {
      Line l = lines.get(i);
      if (l.isBlank()) {
        if (!current.isEmpty()) {
          result.add(new Paragraph(start, List.copyOf(current)));
          current.clear();
        }
        continue;
      }
      if (current.isEmpty()) {
        start = l.number();
      }
      current.add(l.text().replace('\t', ' ').strip());
    }
    if (!current.isEmpty()) {
      result.add(new Paragraph(start, List.copyOf(current)));
    }
    return result;
  }

  /** The whole text, cleaned, lines joined by newlines. */
  String joined() {
    StringBuilder sb = new StringBuilder();
    for (Line l : lines) {
      sb.append(l.text()).append('\n');
    }
    return sb.toString();
  }
}
