/**
 * Reading text PDF files, as Word and LibreOffice export them, with Apache PDFBox: into a
 * {@link org.eduroadmap.document.structure.StructuredDocument} (paragraphs with their alignment, tables
 * with spans, merges and cell paragraphs), or as {@link org.eduroadmap.document.DocumentText} laid out as
 * Word's «copy as text». Each heuristic is a unit of its own: {@code TextLines} (characters into lines,
 * words and TABs), {@code LineWraps} (a wrap or the author's break), {@code CellParagraphs} and
 * {@code PartyBreaks} (a cell's paragraphs), {@code RuledTables} and {@code Rulings} (tables from ruling
 * lines), {@code UnruledTables} (columns inferred from word positions), {@code PageFlow},
 * {@code RepeatedHeader} and {@code SplitRows} (paragraphs and rows across lines and pages).
 *
 * <pre>{@code
 * StructuredDocument doc = PdfText.structure(bytes, ImportLimits.standard());
 * DocumentText text = PdfText.read(bytes, ImportLimits.standard());
 * }</pre>
 */
@NullMarked
package org.eduroadmap.document.pdf;

import org.jspecify.annotations.NullMarked;
