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
import org.eduroadmap.validation.internal.InnValidator;

/**
 * The annotated text is an INN («ИНН»): ten digits for an organisation or twelve for a person,
 * with the check digits the Federal Tax Service computes. {@code null} is valid.
 *
 * <pre>{@code
 * record SchoolForm(@Inn String inn) {}
 * validator.validate(new SchoolForm("7707083893")); // no violation
 * validator.validate(new SchoolForm("7707083890")); // ИНН «7707083890» неверен: не сходится контрольная цифра
 * }</pre>
 */
@Documented
@Constraint(validatedBy = InnValidator.class)
@Target({METHOD, FIELD, PARAMETER, ANNOTATION_TYPE, TYPE_USE})
@Retention(RUNTIME)
public @interface Inn {

  /** The message, by default {@code {org.eduroadmap.validation.constraints.Inn.message}}. */
  String message() default "{org.eduroadmap.validation.constraints.Inn.message}";

  /** The validation groups. */
  Class<?>[] groups() default {};

  /** The payload. */
  Class<? extends Payload>[] payload() default {};
}
