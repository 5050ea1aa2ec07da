/**
 * Eduroadmap document import: a roadmap document, the approving order and its table, read into a roadmap
 * with what the reader had to guess.
 */
module org.eduroadmap.document {
  // Nullness annotations, compile time only: embedders need not have JSpecify.
  requires static org.jspecify;
  requires transitive org.eduroadmap.core;
  requires com.github.albfernandez.juniversalchardet;
  requires org.apache.poi.ooxml;
  requires org.apache.poi.poi;
  // HWPF, for old Word documents (.doc).
  requires org.apache.poi.scratchpad;
  requires org.apache.xmlbeans;
  requires org.apache.poi.ooxml.schemas;
  requires org.apache.pdfbox;
  // PDFBox is an automatic module: it reads every module but requires none, so its logging library
  // (a named module since 1.3) is resolved on the module path only if a module requires it.
  requires org.apache.commons.logging;
  // StAX, for OpenDocument texts (.odt).
  requires java.xml;
  // PDFBox passes points as java.awt.geom.Point2D.
  requires java.desktop;

  exports org.eduroadmap.document;
  exports org.eduroadmap.document.doc;
  exports org.eduroadmap.document.docx;
  exports org.eduroadmap.document.odt;
  exports org.eduroadmap.document.pdf;
  exports org.eduroadmap.document.structure;
}
