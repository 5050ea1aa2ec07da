package org.eduroadmap.document;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of space-aligned text ({@code pdftotext -layout}) as the pieces that stand where the page put
 * them: a chunk is text between runs of two or more spaces (words of one cell line are one space apart),
 * each with the character position where it starts and ends.
 */
record LayoutLine(String text, List<LayoutLine.Chunk> chunks) {

  private static final Pattern CHUNK = Pattern.compile("\\S+(?: \\S+)*");
  private static final Pattern WORD = Pattern.compile("\\S+");

  /** Text from {@code start} (inclusive) to {@code end} (exclusive) on its line. */
  record Chunk(int start, int end, String text) {
    /** The words of this chunk, each a chunk of its own with its position on the line. */
    List<Chunk> words() {
      List<Chunk> out = new ArrayList<>();
      Matcher m = WORD.matcher(text);
      while (m.find()) {
        out.add(new Chunk(start + m.start(), start + m.end(), m.group()));
      }
      return out;
    }

    /** The chunk made of words {@code from} (inclusive) to {@code to} (exclusive) of {@code words}. */
    static Chunk of(List<Chunk> words, int from, int to) {
      StringBuilder sb = new StringBuilder();
      for (int i = from; i < to; i++) {
        if (i > from) {
          sb.append(' ');
        }
        sb.append(words.get(i).text());
      }
      return new Chunk(words.get(from).start(), words.get(to - 1).end(), sb.toString());
    }
  }

  /**
   * The chunks of {@code line}; a form feed (a page break, which pdftotext puts before the next page's
   * first line without taking a position) is dropped, a no-break space is a space.
   */
  static LayoutLine of(String line) {
    String t = line.replace("\f", "").replace('\u00A0', ' ');
    List<Chunk> chunks = new ArrayList<>();
    Matcher m = CHUNK.matcher(t);
    while (m.find()) {
      chunks.add(new Chunk(m.start(), m.end(), m.group()));
    }
    return new LayoutLine(t, List.copyOf(chunks));
  }

  boolean isBlank() {
    return chunks.isEmpty();
  }

  /** Where the text starts; -1 for a blank line. */
  int indent() {
    return chunks.isEmpty() ? -1 : chunks.get(0).start();
  }

  /** The words of the line joined by single spaces. */
  String words() {
    return String.join(" ", text.strip().split("\\s+"));
  }
}
