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
import org.eduroadmap.validation.internal.PlausibleYearValidator;

/**
 * The annotated year is one a roadmap can mean: between {@link #min()} and {@link #max()}, by
 * default 1990 and 2100. {@code null} is valid.
 *
 * <pre>{@code
 * record Column(@PlausibleYear int year) {}
 * validator.validate(new Column(2021)); // no violation
 * validator.validate(new Column(202));  // год «202» не похож на настоящий …
 * }</pre>
 */
@Documented
@Constraint(validatedBy = PlausibleYearValidator.class)
@Target({METHOD, FIELD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface PlausibleYear {

  /** The message, by default {@code {org.eduroadmap.validation.constraints.PlausibleYear.message}}. */
  String message() default "{org.eduroadmap.validation.constraints.PlausibleYear.message}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};

  /** The first plausible year. */
  int min() default 1990;

  /** The last plausible year. */
  int max() default 2100;
}
