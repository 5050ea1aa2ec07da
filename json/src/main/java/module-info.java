/**
 * Eduroadmap JSON: {@code RoadmapJson} reads and writes roadmaps as JSON; the Jackson 2 and 3
 * modules let a user's own mapper bind the model types. Jackson 3 is optional.
 */
module org.eduroadmap.json {
  // Nullness annotations, compile time only: embedders need not have JSpecify.
  requires static org.jspecify;
  requires transitive org.eduroadmap.core;
  // RoadmapJson.copyOfMapper() returns an ObjectMapper; the module is a Jackson Module.
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires com.fasterxml.jackson.datatype.jdk8;
  // Optional, and not transitive: `requires static transitive` makes javac demand Jackson 3 of every
  // module that reads this one (the consumer check proves it). Who uses EduroadmapJackson3Module has it.
  requires static tools.jackson.databind;

  exports org.eduroadmap.json;
  exports org.eduroadmap.json.jackson3;

  // Jackson instantiates and calls the builders of the value types that have no public builder,
  // and the filter that leaves an empty responsibility out.
  opens org.eduroadmap.json.internal to com.fasterxml.jackson.databind, tools.jackson.databind;

  provides com.fasterxml.jackson.databind.Module with org.eduroadmap.json.EduroadmapJacksonModule;
  // No `provides tools.jackson.databind.JacksonModule`: the module system then insists on reading
  // Jackson 3 at start-up ("does not read a module that exports tools.jackson.databind") and Jackson 3
  // could no longer be optional. On the class path META-INF/services finds it; on the module path,
  // add EduroadmapJackson3Module to the JsonMapper yourself.
}
