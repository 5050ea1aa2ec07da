/** Jakarta Bean Validation constraints and roadmap rules, with Russian and English messages. */
module org.eduroadmap.validation {
  requires transitive org.eduroadmap.core;
  requires transitive jakarta.validation;
  requires org.hibernate.validator;

  // exports come with the validation issue
}
