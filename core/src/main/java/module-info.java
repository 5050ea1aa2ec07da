/**
 * Eduroadmap core: the domain model of roadmaps, the Russian term language and the scheduling
 * calculator. It needs nothing but the calendar: the JSON binding is the separate module
 * {@code org.eduroadmap.json}.
 */
module org.eduroadmap.core {
  // Nullness annotations, compile time only: embedders need not have JSpecify.
  requires static org.jspecify;
  requires transitive org.eduroadmap.calendar;
  // Annotation processing only: the generated classes carry no Immutables annotation (ValueStyle).
  requires static org.immutables.value;

  exports org.eduroadmap.responsibility;
  exports org.eduroadmap.roadmap;
  exports org.eduroadmap.schedule;
  exports org.eduroadmap.school;
  exports org.eduroadmap.support;
  exports org.eduroadmap.term;

  // Open to any binder, not to one named module: JSON, XML or a user's own mapper reaches the value
  // types' builders and generated classes by reflection, and core cannot know their module names.
  opens org.eduroadmap.responsibility;
  opens org.eduroadmap.roadmap;
  opens org.eduroadmap.school;
  opens org.eduroadmap.support;
  opens org.eduroadmap.term;
}
