/**
 * Reads Word 2007+ ({@code .docx}) files into a {@link org.eduroadmap.document.DocumentText}: see
 * {@link org.eduroadmap.document.docx.DocxText}. Use {@link org.eduroadmap.document.RoadmapDocuments},
 * which picks this reader by the file's content.
 */
@NullMarked
package org.eduroadmap.document.docx;

import org.jspecify.annotations.NullMarked;
