/**
 * The structure of a document as every format's reader builds it: paragraphs (with their alignment, tab
 * stops kept as TABs) and tables (a grid of cells with horizontal spans and vertical merges, each cell
 * its paragraphs). The roadmap reader reads tables by their header's meaning from this structure, the
 * same way for .docx, .odt, .doc, PDF and text.
 *
 * <pre>{@code
 * StructuredDocument doc = StructuredDocument.of(List.of(
 *     Paragraph.of("15.03.2024\t\t№ 112", DocumentText.Origin.ofParagraph(3)),
 *     GridTable.of(List.of(GridRow.of(List.of(GridCell.of("№"), GridCell.of("Мероприятие")),
 *         DocumentText.Origin.ofTableRow(1, 1, 4))), DocumentText.Origin.ofTableRow(1, 0, 4))));
 * }</pre>
 */
@NullMarked
package org.eduroadmap.document.structure;

import org.jspecify.annotations.NullMarked;
