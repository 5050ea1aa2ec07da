/** Eduroadmap iCalendar: a roadmap's schedule as an RFC 5545 file, written with ical4j. */
module org.eduroadmap.ical {
  // Nullness annotations, compile time only: embedders need not have JSpecify.
  requires static org.jspecify;
  requires transitive org.eduroadmap.core;
  requires ical4j.core;

  exports org.eduroadmap.ical;
}
