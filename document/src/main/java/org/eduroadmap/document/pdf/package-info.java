/**
 * Reading text PDF files, as Word exports them, into {@link org.eduroadmap.document.DocumentText}, with
 * Apache PDFBox: the table is rebuilt from where the text and the ruling lines are on the page.
 *
 * <pre>{@code
 * DocumentText text = PdfText.read(bytes, ImportLimits.standard());
 * }</pre>
 */
@NullMarked
package org.eduroadmap.document.pdf;

import org.jspecify.annotations.NullMarked;
