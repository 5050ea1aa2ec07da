package org.eduroadmap.validation.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eduroadmap.roadmap.RoadmapPeriod;
import org.eduroadmap.school.School;
import org.eduroadmap.school.SchoolStatus;
import org.eduroadmap.validation.ViolationCode;

/**
 * The schools a roadmap names: {@code SCHOOL_DUPLICATE} (the same name, ignoring case, «ё», quotes
 * and spacing, or the same INN) and {@code SCHOOL_STATUS_OUTSIDE_PERIOD}. Check digits of INN and
 * OGRN are the {@code @Inn} and {@code @Ogrn} constraints.
 */
final class SchoolRule implements Rule {

  @Override
  public void check(RuleContext context) {
    List<School> schools = context.roadmap().schools();
    Map<String, Integer> byName = new HashMap<>();
    Map<String, Integer> byInn = new HashMap<>();
    RoadmapPeriod period = context.roadmap().period();
    for (int i = 0; i < schools.size(); i++) {
      School school = schools.get(i);
      Integer index = i;
      Integer sameName = byName.putIfAbsent(normalize(school.shortName()), i);
      Integer sameInn = school.inn().map(inn -> byInn.putIfAbsent(inn.strip(), index)).orElse(null);
      Integer earlier = sameName != null ? sameName : sameInn;
      if (earlier != null) {
        context.report(ViolationCode.SCHOOL_DUPLICATE, "schools[" + i + "].shortName", Optional.empty(),
            null, "school", school.shortName().strip(),
            "other", schools.get(earlier).shortName().strip(), "position", String.valueOf(earlier + 1));
      }
      if (!period.isValid()) {
        continue;
      }
      int from = period.first().getYear();
      int to = period.last().getYear();
      for (int j = 0; j < school.statuses().size(); j++) {
        SchoolStatus status = school.statuses().get(j);
        if (status.year() < from || status.year() > to) {
          context.report(ViolationCode.SCHOOL_STATUS_OUTSIDE_PERIOD,
              "schools[" + i + "].statuses[" + j + "].year", Optional.empty(), null,
              "school", school.shortName().strip(), "year", String.valueOf(status.year()),
              "from", String.valueOf(from), "to", String.valueOf(to));
        }
      }
    }
  }

  private static String normalize(String name) {
    return name.toLowerCase(Locale.ROOT)
        .replace('ё', 'е')
        .replaceAll("[«»\"“”„']", "")
        .replaceAll("\\s+", " ")
        .strip();
  }
}
