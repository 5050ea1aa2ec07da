/**
 * Reading OpenDocument texts (.odt, as LibreOffice, Р7-Офис and МойОфис save them) into a
 * {@link org.eduroadmap.document.structure.StructuredDocument}.
 *
 * <pre>{@code
 * StructuredDocument doc = OdtText.structure(bytes, ImportLimits.standard());
 * }</pre>
 *
 * <p>{@code content.xml} is read with the JDK's StAX parser, not an ODF library: paragraphs, lists,
 * tables and notes are a small and stable part of the OpenDocument schema (unchanged since ODF 1.0),
 * while a full ODF library (the ODF Toolkit) would bring a large dependency tree (Xerces, a DOM of the
 * whole schema, RDF support) into every embedder for it, and with it more XML parsers whose entity
 * handling would have to be locked down.
 */
@NullMarked
package org.eduroadmap.document.odt;

import org.jspecify.annotations.NullMarked;
