/**
 * Working-day calendars, the academic year and due-date policies.
 *
 * <p>Useful on its own to anyone who needs Russian working days: see
 * {@link org.eduroadmap.calendar}.
 */
module org.eduroadmap.calendar {
  // Nullness annotations, compile time only: embedders need not have JSpecify.
  requires static org.jspecify;
  requires java.xml; // xmlcalendar files, read with the JDK's own SAX parser

  exports org.eduroadmap;
  exports org.eduroadmap.calendar;
}
