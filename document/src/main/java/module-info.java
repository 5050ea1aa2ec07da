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
  requires org.apache.xmlbeans;
  requires org.apache.poi.ooxml.schemas;
  requires org.apache.pdfbox;
  // PDFBox passes points as java.awt.geom.Point2D.
  requires java.desktop;

  exports org.eduroadmap.document;
  exports org.eduroadmap.document.docx;
  exports org.eduroadmap.document.pdf;
  exports org.eduroadmap.document.structure;
}
