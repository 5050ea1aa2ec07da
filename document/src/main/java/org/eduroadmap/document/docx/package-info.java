/**
 * Reading Word documents (.docx) into {@link org.eduroadmap.document.DocumentText}, with Apache POI.
 *
 * <pre>{@code
 * DocumentText text = DocxText.read(bytes, ImportLimits.standard());
 * }</pre>
 */
@NullMarked
package org.eduroadmap.document.docx;

import org.jspecify.annotations.NullMarked;
