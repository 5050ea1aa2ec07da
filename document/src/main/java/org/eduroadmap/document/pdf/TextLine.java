package org.eduroadmap.document.pdf;

import java.util.List;

/**
 * A line of text: its words joined by a space, where it starts and ends, its baseline and size (points),
 * the width of the first thing a line break could have moved up to the line before (the first word, or
 * its part up to a hyphen) and of its first character, its words, and whether the file sets a space after its last character (a line
 * wrapped at a space).
 */
record TextLine(
    String text, float x0, float x1, float base, float size, float firstWordWidth, float firstGlyphWidth,
    List<Word> words, boolean spaceAtEnd) {

  float width() {
    return x1 - x0;
  }
}
