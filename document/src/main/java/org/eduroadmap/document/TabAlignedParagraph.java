package org.eduroadmap.document;

import java.util.List;
import java.util.regex.Pattern;
import org.eduroadmap.document.structure.Paragraph;

/**
 * A paragraph whose pieces TAB stops set apart on one line: an order's «15.03.2024 ⇥⇥⇥ № 112», the
 * signature «Начальник управления ⇥⇥⇥ А.Б. Петрова». The pieces are separate statements (a date and a
 * number, a position and a name) and read as separate paragraphs; never as table cells. A TAB after a
 * list number or a bullet («1.⇥Утвердить…») only indents, and becomes a space.
 */
final class TabAlignedParagraph {

  private static final Pattern LIST_MARK = Pattern.compile("(?u)^(?:\\d{1,3}(?:\\.\\d{1,3})*[.)]?|[-–—•·*]|[а-яa-z]\\))$");

  private TabAlignedParagraph() {}

  /** The paragraphs {@code line} (one line of {@code p}'s text) reads as, TABs gone. */
  static List<String> pieces(String line) {
    String[] parts = line.split("\t+");
    List<String> kept = new java.util.ArrayList<>();
    for (String part : parts) {
      if (!part.isBlank()) {
        kept.add(part.strip());
      }
    }
    if (kept.size() <= 1) {
      return List.of(line.replace('\t', ' ').strip());
    }
    if (LIST_MARK.matcher(kept.get(0)).matches()) {
      return List.of(String.join(" ", kept));
    }
    return List.copyOf(kept);
  }

  /** Whether {@code p} has a TAB between two pieces of text. */
  static boolean isAligned(Paragraph p) {
    return p.segments().size() > 1;
  }
}
