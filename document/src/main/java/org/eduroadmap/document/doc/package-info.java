/**
 * Reading old binary Word documents (.doc, Word 97–2003) into a
 * {@link org.eduroadmap.document.structure.StructuredDocument}, with Apache POI's HWPF.
 *
 * <pre>{@code
 * StructuredDocument doc = DocText.structure(bytes, ImportLimits.standard());
 * }</pre>
 */
@NullMarked
package org.eduroadmap.document.doc;

import org.jspecify.annotations.NullMarked;
