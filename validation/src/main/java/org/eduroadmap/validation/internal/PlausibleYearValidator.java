package org.eduroadmap.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.eduroadmap.validation.constraints.PlausibleYear;

/** Validates {@link PlausibleYear}. */
public final class PlausibleYearValidator implements ConstraintValidator<PlausibleYear, Integer> {

  private static final String DEFAULT = "{org.eduroadmap.validation.constraints.PlausibleYear.message}";

  private int min;
  private int max;

  @Override
  public void initialize(PlausibleYear annotation) {
    this.min = annotation.min();
    this.max = annotation.max();
  }

  @Override
  public boolean isValid(Integer value, ConstraintValidatorContext context) {
    if (value == null || (value >= min && value <= max)) {
      return true;
    }
    // A string, so that no interpolator formats the year as "2,021".
    Violations.describe(context, String.valueOf(value), DEFAULT, null);
    return false;
  }
}
