package org.eduroadmap.validation.internal;

import java.util.Locale;
import java.util.regex.Pattern;
import org.eduroadmap.roadmap.Indicator;
import org.eduroadmap.validation.ViolationCode;

/**
 * {@code INDICATOR_TARGET_NOT_NUMERIC}: an indicator that measures a share («Доля …», «Процент …»,
 * «Удельный вес …») or a count («Количество …», «Число …») has a target without any number. A
 * target such as «100% школ» or «не менее 80» is fine; «все школы» is not. Indicators of other kinds
 * («Наличие плана») may have any target.
 */
final class IndicatorRule implements Rule {

  private static final Pattern SHARE =
      Pattern.compile("^(доля|процент|удельный вес|share|percentage|proportion)(?!\\p{L}).*", Pattern.DOTALL);
  private static final Pattern COUNT =
      Pattern.compile("^(количество|число|count|number)(?!\\p{L}).*", Pattern.DOTALL);
  private static final Pattern DIGIT = Pattern.compile("\\d");

  @Override
  public void check(RuleContext context) {
    for (Row row : context.allRows()) {
      var indicators = row.activity().indicators();
      for (int i = 0; i < indicators.size(); i++) {
        Indicator indicator = indicators.get(i);
        if (indicator.target().isEmpty() || DIGIT.matcher(indicator.target().get()).find()) {
          continue;
        }
        String name = indicator.name().strip().toLowerCase(Locale.ROOT);
        String key = SHARE.matcher(name).matches() ? "INDICATOR_TARGET_NOT_NUMERIC.share"
            : COUNT.matcher(name).matches() ? "INDICATOR_TARGET_NOT_NUMERIC.count" : null;
        if (key != null) {
          context.report(ViolationCode.INDICATOR_TARGET_NOT_NUMERIC, row.path("indicators[" + i + "].target"),
              row.concerned(), key, "indicator", indicator.name().strip(),
              "target", indicator.target().get().strip());
        }
      }
    }
  }
}
