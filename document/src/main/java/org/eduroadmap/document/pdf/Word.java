package org.eduroadmap.document.pdf;

/** A word of a line (or a piece, words a narrow gap apart): its text and where it starts and ends, in points. */
record Word(float x0, float x1, String text) {}
