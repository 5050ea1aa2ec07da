package org.eduroadmap.validation.internal;

import java.util.Optional;
import org.eduroadmap.roadmap.RoadmapPeriod;
import org.eduroadmap.validation.ViolationCode;

/** {@code PERIOD_REVERSED}: the period's first day after its last. */
final class PeriodRule implements Rule {

  @Override
  public void check(RuleContext context) {
    RoadmapPeriod period = context.roadmap().period();
    if (!period.isValid()) {
      Messages m = context.messages();
      context.report(ViolationCode.PERIOD_REVERSED, "period", Optional.empty(), null,
          "first", m.date(period.first()), "last", m.date(period.last()));
    }
  }
}
