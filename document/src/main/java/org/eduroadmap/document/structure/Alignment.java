package org.eduroadmap.document.structure;

/**
 * How a paragraph is aligned on its line; documents put an order's authority and kind in the centre,
 * the approval stamp at the right.
 *
 * <pre>{@code
 * Paragraph.of("УТВЕРЖДЁН", origin).withAlignment(Alignment.END).alignment(); // END
 * }</pre>
 */
public enum Alignment {
  /** Left, the default. */
  START,
  /** Centred. */
  CENTER,
  /** Right. */
  END,
  /** Justified to both margins. */
  JUSTIFIED
}
