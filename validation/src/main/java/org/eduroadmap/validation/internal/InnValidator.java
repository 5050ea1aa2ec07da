package org.eduroadmap.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.eduroadmap.validation.constraints.Inn;

/** Validates {@link Inn}: length, digits only, check digits. */
public final class InnValidator implements ConstraintValidator<Inn, CharSequence> {

  private static final String DEFAULT = "{org.eduroadmap.validation.constraints.Inn.message}";
  private static final String LENGTH = "{org.eduroadmap.validation.constraints.Inn.length}";

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    String inn = value.toString();
    RussianIdentifiers.Check check = RussianIdentifiers.checkInn(inn);
    if (check == RussianIdentifiers.Check.OK) {
      return true;
    }
    Violations.describe(context, inn, DEFAULT,
        check == RussianIdentifiers.Check.WRONG_LENGTH ? LENGTH : null);
    return false;
  }
}
