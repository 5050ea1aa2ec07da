package org.eduroadmap.validation.internal;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eduroadmap.validation.constraints.Percentage;

/** Validates {@link Percentage}: every {@code N%} in the text has 0 ≤ N ≤ 100. */
public final class PercentageValidator implements ConstraintValidator<Percentage, CharSequence> {

  /** A number, with a decimal point or comma, then {@code %} (spaces allowed before it). */
  static final Pattern PERCENT = Pattern.compile("(-?\\d+(?:[.,]\\d+)?)\\s*%");

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final String DEFAULT = "{org.eduroadmap.validation.constraints.Percentage.message}";

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    Matcher m = PERCENT.matcher(value);
    while (m.find()) {
      BigDecimal n = new BigDecimal(m.group(1).replace(',', '.'));
      if (n.signum() < 0 || n.compareTo(HUNDRED) > 0) {
        Violations.describe(context, value.toString(), DEFAULT, null);
        return false;
      }
    }
    return true;
  }
}
