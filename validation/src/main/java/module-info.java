/** Jakarta Bean Validation constraints and roadmap rules, with Russian and English messages. */
module org.eduroadmap.validation {
  // Nullness annotations, compile time only: embedders need not have JSpecify.
  requires static org.jspecify;
  requires transitive org.eduroadmap.core;
  requires transitive jakarta.validation;
  requires org.hibernate.validator;

  exports org.eduroadmap.validation;
  exports org.eduroadmap.validation.constraints;

  // Hibernate Validator instantiates the constraint validators by reflection.
  opens org.eduroadmap.validation.internal to org.hibernate.validator;
}
