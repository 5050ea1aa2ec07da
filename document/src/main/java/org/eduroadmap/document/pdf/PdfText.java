package org.eduroadmap.document.pdf;
/** Placeholder. */
public final class PdfText { private PdfText() {} }
