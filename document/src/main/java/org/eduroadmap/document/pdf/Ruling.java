package org.eduroadmap.document.pdf;

/** A horizontal ({@code at} is y) or vertical ({@code at} is x) ruling from {@code from} to {@code to}, in points. */
record Ruling(float at, float from, float to) {}
