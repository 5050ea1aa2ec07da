package org.eduroadmap.validation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eduroadmap.calendar.RussianProductionCalendar;
import org.eduroadmap.roadmap.RoadmapPeriod;
import org.eduroadmap.validation.ViolationCode;

/**
 * {@code PROVISIONAL_CALENDAR}: the period has years for which no approved production calendar is
 * shipped, so their due dates are computed from the Labour Code and may move. One warning naming
 * the years, such as «2028–2029», not one per activity: the cause is the calendar, not a row.
 */
final class ProvisionalCalendarRule implements Rule {

  @Override
  public void check(RuleContext context) {
    RoadmapPeriod period = context.roadmap().period();
    if (!period.isValid()) {
      return; // PERIOD_REVERSED says what is wrong
    }
    RussianProductionCalendar calendar = RussianProductionCalendar.get();
    List<Integer> years = new ArrayList<>();
    for (int year = period.first().getYear(); year <= period.last().getYear(); year++) {
      // A year that cannot be meant is YEAR_IMPLAUSIBLE's to report.
      if (year >= RussianProductionCalendar.MIN_YEAR && year <= RussianProductionCalendar.MAX_YEAR
          && calendar.isProvisional(year)) {
        years.add(year);
      }
    }
    if (!years.isEmpty()) {
      context.report(ViolationCode.PROVISIONAL_CALENDAR, "period", Optional.empty(), null,
          "years", ranges(years), "covered", ranges(List.copyOf(calendar.years())));
    }
  }

  /** {@code 2012, 2028–2029}: runs of consecutive years as ranges. */
  static String ranges(List<Integer> years) {
    StringBuilder s = new StringBuilder();
    int i = 0;
    while (i < years.size()) {
      int j = i;
      while (j + 1 < years.size() && years.get(j + 1) == years.get(j) + 1) {
        j++;
      }
      s.append(s.length() == 0 ? "" : ", ").append(years.get(i));
      if (j > i) {
        s.append('–').append(years.get(j));
      }
      i = j + 1;
    }
    return s.toString();
  }
}
