package org.eduroadmap.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.regex.Pattern;
import org.eduroadmap.validation.constraints.ActivityNumber;

/**
 * Validates {@link ActivityNumber}. A blank number is left to {@code @NotBlank}: it is missing, not
 * malformed.
 */
public final class ActivityNumberValidator implements ConstraintValidator<ActivityNumber, CharSequence> {

  /** {@code 1}, {@code 1.}, {@code 1.1.}, {@code п. 3.4}, {@code п.3.4}. */
  static final Pattern NUMBER = Pattern.compile("(?:п\\.\\s*)?\\d{1,4}(?:\\.\\d{1,4})*\\.?");

  private static final String DEFAULT = "{org.eduroadmap.validation.constraints.ActivityNumber.message}";

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    String number = value.toString().strip();
    if (number.isEmpty() || NUMBER.matcher(number).matches()) {
      return true;
    }
    Violations.describe(context, value.toString(), DEFAULT, null);
    return false;
  }
}
