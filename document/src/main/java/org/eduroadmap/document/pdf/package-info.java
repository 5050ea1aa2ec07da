/**
 * Reads the text layer of PDF files into a {@link org.eduroadmap.document.DocumentText}: see
 * {@link org.eduroadmap.document.pdf.PdfText}. Use {@link org.eduroadmap.document.RoadmapDocuments},
 * which picks this reader by the file's content.
 */
@NullMarked
package org.eduroadmap.document.pdf;

import org.jspecify.annotations.NullMarked;
