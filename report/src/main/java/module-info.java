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

  // Each package is exported here when its first public type lands (an empty package cannot be).
  exports org.eduroadmap.report.xlsx;
}
