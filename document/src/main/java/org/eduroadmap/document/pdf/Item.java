package org.eduroadmap.document.pdf;

import java.util.List;

/** What a page gives at its top {@code y}: a table row ({@code cells}) or a line of text outside tables. */
record Item(float y, List<PdfCell> cells, TextLine line) {}
