/** The five seed roadmaps as data, runnable examples and the command-line tool. */
module org.eduroadmap.examples {
  requires transitive org.eduroadmap.core;
  requires org.eduroadmap.json;
  requires org.eduroadmap.calendar;
  requires org.eduroadmap.validation;
  requires org.eduroadmap.document;
  requires org.eduroadmap.ical;
  requires org.eduroadmap.report;
  requires org.eduroadmap.seeds;
  requires info.picocli;
  requires java.logging;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires com.fasterxml.jackson.datatype.jdk8;

  exports org.eduroadmap.examples;

  // picocli instantiates and injects the commands by reflection.
  opens org.eduroadmap.cli to info.picocli;
}
