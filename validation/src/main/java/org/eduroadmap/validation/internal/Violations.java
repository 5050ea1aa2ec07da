package org.eduroadmap.validation.internal;

import jakarta.validation.ConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** Helpers for the constraint validators: quote the bad value, pick a more precise message. */
final class Violations {

  private Violations() {}

  /**
   * Makes the bad {@code value} available to the message as {@code {value}} and, when the
   * constraint still has its default message, replaces it with {@code preciseTemplate}.
   */
  static void describe(
      ConstraintValidatorContext context, Object value, String defaultTemplate, String preciseTemplate) {
    if (context instanceof HibernateConstraintValidatorContext hv) {
      hv.addMessageParameter("value", escape(String.valueOf(value)));
    }
    if (preciseTemplate != null && defaultTemplate.equals(context.getDefaultConstraintMessageTemplate())) {
      context.disableDefaultConstraintViolation();
      context.buildConstraintViolationWithTemplate(preciseTemplate).addConstraintViolation();
    }
  }

  /**
   * Escapes what the interpolator would read as syntax: an unbalanced «{» in a roadmap's text
   * would otherwise leave the whole message uninterpolated. The interpolator removes the escapes.
   */
  static String escape(String value) {
    StringBuilder sb = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\\' || c == '{' || c == '}' || c == '$') {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.toString();
  }
}
