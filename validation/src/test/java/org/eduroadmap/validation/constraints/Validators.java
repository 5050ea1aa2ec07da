package org.eduroadmap.validation.constraints;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Locale;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/** A plain Hibernate Validator, as an application would build it, for the annotations on records. */
final class Validators {

  private static final jakarta.validation.ValidatorFactory FACTORY = Validation.byProvider(HibernateValidator.class)
      .configure()
      .messageInterpolator(new ParameterMessageInterpolator())
      .buildValidatorFactory();

  private Validators() {}

  /** The messages of the violations of {@code bean}, in {@code locale}. */
  static <T> List<String> messages(T bean, Locale locale) {
    Validator v = FACTORY.usingContext().messageInterpolator(new jakarta.validation.MessageInterpolator() {
      @Override
      public String interpolate(String template, Context context) {
        return FACTORY.getMessageInterpolator().interpolate(template, context, locale);
      }

      @Override
      public String interpolate(String template, Context context, Locale l) {
        return FACTORY.getMessageInterpolator().interpolate(template, context, locale);
      }
    }).getValidator();
    return v.validate(bean).stream().map(ConstraintViolation::getMessage).toList();
  }

  static final Locale RU = Locale.forLanguageTag("ru");
}
