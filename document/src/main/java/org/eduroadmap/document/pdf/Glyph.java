package org.eduroadmap.document.pdf;

/**
 * A character and its box, in points from the page's top left: where it starts and ends, its baseline and
 * size; and whether the file sets a space right after it (where a line wrapped at a space, LibreOffice and
 * Word write the space at the line's end).
 */
record Glyph(float x0, float x1, float base, float size, String text, boolean spaceAfter) {

  Glyph(float x0, float x1, float base, float size, String text) {
    this(x0, x1, base, size, text, false);
  }

  Glyph withSpaceAfter() {
    return new Glyph(x0, x1, base, size, text, true);
  }

  /** How far above the baseline a glyph's middle is, in font sizes: about half an x-height. */
  static final float MIDDLE_ABOVE_BASE = 0.3f;

  float middleX() {
    return (x0 + x1) / 2;
  }

  float middleY() {
    return base - size * MIDDLE_ABOVE_BASE;
  }
}
