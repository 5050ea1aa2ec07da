/**
 * Eduroadmap core: the domain model of roadmaps, the Russian term language, the scheduling calculator
 * and the JSON binding.
 */
module org.eduroadmap.core {
  requires transitive org.eduroadmap.calendar;
  requires transitive com.fasterxml.jackson.annotation;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires static tools.jackson.databind;
  requires static org.immutables.value;

  exports org.eduroadmap.json;
  exports org.eduroadmap.responsibility;
  exports org.eduroadmap.roadmap;
  exports org.eduroadmap.schedule;
  exports org.eduroadmap.school;
  exports org.eduroadmap.term;

  // Jackson 2 and 3 read and write the generated value classes by reflection.
  opens org.eduroadmap.responsibility to com.fasterxml.jackson.databind, tools.jackson.databind;
  opens org.eduroadmap.roadmap to com.fasterxml.jackson.databind, tools.jackson.databind;
  opens org.eduroadmap.school to com.fasterxml.jackson.databind, tools.jackson.databind;
  opens org.eduroadmap.term to com.fasterxml.jackson.databind, tools.jackson.databind;
}
