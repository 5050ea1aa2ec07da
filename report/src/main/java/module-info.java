/**
 * Eduroadmap reports: a roadmap's timeline as one self-contained HTML file, and the Excel workbooks
 * authorities exchange (the schedule and the monitoring form, read back as execution records).
 */
module org.eduroadmap.report {
  // Nullness annotations, compile time only: embedders need not have JSpecify.
  requires static org.jspecify;
  requires transitive org.eduroadmap.core;
  requires transitive org.eduroadmap.validation;
  requires org.apache.poi.ooxml;
  requires org.apache.poi.poi;
  // A filled form is read with StAX, a row at a time (FormWorkbook), not through POI's object model.
  requires java.xml;
  // The HTML report's templates, generated into Java at build time; only jte's runtime ships.
  requires gg.jte.runtime;
  // The generated templates carry @javax.annotation.processing.Generated (source retention): compile time only.
  requires static java.compiler;

  // Each package is exported here when its first public type lands (an empty package cannot be).
  exports org.eduroadmap.report;
  exports org.eduroadmap.report.xlsx;

  // jte's runtime loads the precompiled templates by name and calls their render methods reflectively.
  opens org.eduroadmap.report.internal.templates to gg.jte.runtime;
}
