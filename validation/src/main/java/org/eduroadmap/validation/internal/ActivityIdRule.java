package org.eduroadmap.validation.internal;

import java.util.HashMap;
import java.util.Map;
import org.eduroadmap.validation.ViolationCode;

/**
 * {@code ACTIVITY_ID_DUPLICATE}: two activities (rows of the table or the order's reporting duties)
 * with the same identifier. Execution records, schedules and calendar UIDs key on the identifier, so a
 * record for one would count for both. The roadmap makes identifiers taken from the number unique
 * itself; an identifier chosen apart from the number is kept as written, and only those can repeat.
 */
final class ActivityIdRule implements Rule {

  @Override
  public void check(RuleContext context) {
    Map<String, Row> first = new HashMap<>();
    for (Row row : context.allRows()) {
      Row earlier = first.putIfAbsent(row.activity().id(), row);
      if (earlier != null) {
        context.report(ViolationCode.ACTIVITY_ID_DUPLICATE, row, "id",
            "id", row.activity().id(), "other", earlier.path());
      }
    }
  }
}
