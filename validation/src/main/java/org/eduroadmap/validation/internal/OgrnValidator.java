package org.eduroadmap.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.eduroadmap.validation.constraints.Ogrn;

/** Validates {@link Ogrn}: length, digits only, check digits. */
public final class OgrnValidator implements ConstraintValidator<Ogrn, CharSequence> {

  private static final String DEFAULT = "{org.eduroadmap.validation.constraints.Ogrn.message}";
  private static final String LENGTH = "{org.eduroadmap.validation.constraints.Ogrn.length}";

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    String ogrn = value.toString();
    RussianIdentifiers.Check check = RussianIdentifiers.checkOgrn(ogrn);
    if (check == RussianIdentifiers.Check.OK) {
      return true;
    }
    Violations.describe(context, ogrn, DEFAULT,
        check == RussianIdentifiers.Check.WRONG_LENGTH ? LENGTH : null);
    return false;
  }
}
