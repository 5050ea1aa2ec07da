/** The five seed roadmaps as data, runnable examples and the command-line tool. */
module org.eduroadmap.examples {
  requires transitive org.eduroadmap.core;
  requires org.eduroadmap.calendar;
  requires info.picocli;

  exports org.eduroadmap.examples;
}
