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
import org.eduroadmap.validation.internal.PercentageValidator;

/**
 * Every percentage the annotated text writes (a number followed by {@code %}) lies between 0 and
 * 100. Text without a percentage is valid; so is {@code null}.
 *
 * <pre>{@code
 * record Target(@Percentage String text) {}
 * validator.validate(new Target("не менее 80%")); // no violation
 * validator.validate(new Target("120% школ"));    // в «120% школ» процент выходит за пределы от 0 до 100
 * }</pre>
 */
@Documented
@Constraint(validatedBy = PercentageValidator.class)
@Target({METHOD, FIELD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface Percentage {

  /** The message, by default {@code {org.eduroadmap.validation.constraints.Percentage.message}}. */
  String message() default "{org.eduroadmap.validation.constraints.Percentage.message}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};
}
