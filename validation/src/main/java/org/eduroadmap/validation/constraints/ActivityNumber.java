package org.eduroadmap.validation.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.eduroadmap.validation.internal.ActivityNumberValidator;

/**
 * The annotated text is an activity number as roadmaps print it: numbers separated by dots, with or
 * without a trailing dot ({@code 1}, {@code 1.}, {@code 1.1.}), or a point of the approving order
 * ({@code п. 3.4}). {@code null} is valid.
 *
 * <pre>{@code
 * record Row(@ActivityNumber String number) {}
 * validator.validate(new Row("1.1."));  // no violation
 * validator.validate(new Row("1..2"));  // номер «1..2» не похож на номер мероприятия …
 * }</pre>
 */
@Documented
@Constraint(validatedBy = ActivityNumberValidator.class)
@Target({METHOD, FIELD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface ActivityNumber {

  /** The message, by default {@code {org.eduroadmap.validation.constraints.ActivityNumber.message}}. */
  String message() default "{org.eduroadmap.validation.constraints.ActivityNumber.message}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};
}
