package org.eduroadmap.document.structure;

import java.util.Objects;
import org.eduroadmap.document.DocumentText;

/**
 * A paragraph outside tables: its text as written, TABs kept (a TAB is alignment on the line, such as
 * the date left and «№ 112» right, never a cell boundary), a line break inside it as {@code \n}.
 *
 * <pre>{@code
 * Paragraph p = Paragraph.of("15.03.2024\t\t\t№ 112", DocumentText.Origin.ofParagraph(5));
 * p.segments(); // ["15.03.2024", "№ 112"]
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class Paragraph implements Block {
  private final String text;
  private final Alignment alignment;
  private final DocumentText.Origin origin;

  private Paragraph(String text, Alignment alignment, DocumentText.Origin origin) {
    this.text = Objects.requireNonNull(text, "text");
    this.alignment = Objects.requireNonNull(alignment, "alignment");
    this.origin = Objects.requireNonNull(origin, "origin");
  }

  /** A left-aligned paragraph. */
  public static Paragraph of(String text, DocumentText.Origin origin) {
    return new Paragraph(text, Alignment.START, origin);
  }

  /** This paragraph aligned {@code alignment}. */
  public Paragraph withAlignment(Alignment alignment) {
    return new Paragraph(text, alignment, origin);
  }

  /** The text, TABs and line breaks ({@code \n}) as written. */
  public String text() {
    return text;
  }

  /** The alignment. */
  public Alignment alignment() {
    return alignment;
  }

  @Override
  public DocumentText.Origin origin() {
    return origin;
  }

  /**
   * The parts a run of TABs separates, stripped, empty ones left out: what a reader sees as separate
   * pieces of text on one line.
   */
  public java.util.List<String> segments() {
    java.util.List<String> out = new java.util.ArrayList<>();
    for (String s : text.split("\t+")) {
      String t = s.strip();
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Paragraph p && text.equals(p.text) && alignment == p.alignment && origin.equals(p.origin);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text, alignment, origin);
  }

  @Override
  public String toString() {
    return "Paragraph[" + alignment + ", " + text.replace("\t", "\\t") + "]";
  }
}
