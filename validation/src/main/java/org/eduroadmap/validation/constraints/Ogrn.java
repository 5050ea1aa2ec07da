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
import org.eduroadmap.validation.internal.OgrnValidator;

/**
 * The annotated text is an OGRN («ОГРН»): thirteen digits for an organisation, or an OGRNIP of
 * fifteen digits for an individual entrepreneur, with the check digit of the state register.
 * {@code null} is valid.
 *
 * <pre>{@code
 * record SchoolForm(@Ogrn String ogrn) {}
 * validator.validate(new SchoolForm("1027700132195")); // no violation
 * }</pre>
 */
@Documented
@Constraint(validatedBy = OgrnValidator.class)
@Target({METHOD, FIELD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface Ogrn {

  /** The message, by default {@code {org.eduroadmap.validation.constraints.Ogrn.message}}. */
  String message() default "{org.eduroadmap.validation.constraints.Ogrn.message}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};
}
