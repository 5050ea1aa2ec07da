package org.eduroadmap.validation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.eduroadmap.calendar.WorkingCalendar;
import org.eduroadmap.roadmap.Activity;
import org.eduroadmap.roadmap.Roadmap;
import org.eduroadmap.schedule.Occurrence;
import org.eduroadmap.schedule.ScheduleCalculator;
import org.eduroadmap.school.School;
import org.eduroadmap.support.ActivityRef;
import org.eduroadmap.support.CycleRecord;
import org.eduroadmap.support.Delegation;
import org.eduroadmap.support.ProgrammeIndicator;
import org.eduroadmap.support.ProgrammeKind;
import org.eduroadmap.support.RiskFactorCatalogue;
import org.eduroadmap.support.RiskLevel;
import org.eduroadmap.support.RiskProfile;
import org.eduroadmap.support.SchoolProgramme;
import org.eduroadmap.support.SupportCycle;
import org.eduroadmap.validation.Violation;
import org.eduroadmap.validation.ViolationCode;

/**
 * The rules of a support cycle: codes resolve (factors, schools, cascade links, records), each high
 * risk of a school's current profile has an anti-risk programme, every indicator has a target for each
 * year of its programme, and a delegated deadline comes before its parent's by the lead time.
 *
 * <p>Which parent occurrence a delegated one feeds: the first parent occurrence of the same calendar
 * year (of the due dates) whose latest allowed day (its effective due date minus the lead time in
 * working days) is not before the delegated due date; when no parent occurrence of that year allows it,
 * the last one of that year is the one it misses. Years without a parent occurrence are not checked;
 * occurrences without a due date (CONTINUOUS) neither. One violation a link: the first occurrence
 * late.
 */
public final class CycleRules {

  private CycleRules() {}

  /** Every violation of {@code cycle}; {@code others} holds the roadmaps it only names. */
  public static List<Violation> check(SupportCycle cycle, Map<String, Roadmap> others, ScheduleCalculator calculator,
      int leadTime, Messages messages) {
    List<Violation> out = new ArrayList<>();
    RiskFactorCatalogue catalogue = cycle.catalogue();
    List<String> schools = cycle.schools().stream().map(School::shortName).toList();
    String schoolList = String.join(", ", schools);
    for (int i = 0; i < schools.size(); i++) {
      int first = schools.indexOf(schools.get(i));
      if (first < i) {
        out.add(Violation.of(ViolationCode.CYCLE_SCHOOL_DUPLICATE.severity(), ViolationCode.CYCLE_SCHOOL_DUPLICATE,
            "schools[" + i + "].shortName", capitalize(messages.format("CYCLE_SCHOOL_DUPLICATE",
                "school", schools.get(i), "first", "schools[" + first + "]"))));
      }
    }

    for (int i = 0; i < cycle.profiles().size(); i++) {
      RiskProfile p = cycle.profiles().get(i);
      school(out, messages, schools, schoolList, p.school(), "profiles[" + i + "].school");
      for (String code : p.levels().keySet()) {
        factor(out, messages, catalogue, code, "profiles[" + i + "].levels." + code);
      }
    }
    for (int i = 0; i < cycle.programmes().size(); i++) {
      SchoolProgramme p = cycle.programmes().get(i);
      school(out, messages, schools, schoolList, p.school(), "programmes[" + i + "].school");
      int index = i;
      p.riskFactor().ifPresent(code -> factor(out, messages, catalogue, code, "programmes[" + index + "].riskFactor"));
      targets(out, messages, p, i);
    }
    highRisks(out, messages, cycle, catalogue);

    Map<String, Roadmap> roadmaps = new LinkedHashMap<>(others);
    roadmaps.putAll(cycle.roadmaps());
    for (int i = 0; i < cycle.delegations().size(); i++) {
      Delegation d = cycle.delegations().get(i);
      String path = "delegations[" + i + "]";
      Optional<Activity> parent = resolve(out, messages, roadmaps, d.parent(), path + ".parent");
      Optional<Activity> child = resolve(out, messages, roadmaps, d.activity(), path + ".activity");
      for (int j = 0; j < d.assignees().size(); j++) {
        school(out, messages, schools, schoolList, d.assignees().get(j), path + ".assignees[" + j + "]");
      }
      if (parent.isPresent() && child.isPresent()) {
        deadline(out, messages, calculator, leadTime, roadmaps, d, path);
      }
    }
    for (int i = 0; i < cycle.records().size(); i++) {
      CycleRecord r = cycle.records().get(i);
      Roadmap roadmap = cycle.roadmaps().get(r.roadmap());
      if (roadmap == null || roadmap.activityById(r.activityId()).isEmpty()) {
        out.add(Violation.of(ViolationCode.RECORD_UNKNOWN_ACTIVITY.severity(), ViolationCode.RECORD_UNKNOWN_ACTIVITY,
            "records[" + i + "].activityId", capitalize(messages.format("RECORD_UNKNOWN_ACTIVITY",
                "evidence", r.evidence(), "activity", r.activityId(), "roadmap", r.roadmap()))));
      }
      int index = i;
      r.school().ifPresent(s -> school(out, messages, schools, schoolList, s, "records[" + index + "].school"));
    }
    return out;
  }

  private static void school(List<Violation> out, Messages messages, List<String> schools, String list,
      String school, String path) {
    if (!schools.contains(school)) {
      out.add(Violation.of(ViolationCode.SCHOOL_UNKNOWN.severity(), ViolationCode.SCHOOL_UNKNOWN, path,
          capitalize(messages.format("SCHOOL_UNKNOWN", "school", school, "schools", list))));
    }
  }

  private static void factor(List<Violation> out, Messages messages, RiskFactorCatalogue catalogue, String code,
      String path) {
    if (!catalogue.contains(code)) {
      out.add(Violation.of(ViolationCode.RISK_FACTOR_UNKNOWN.severity(), ViolationCode.RISK_FACTOR_UNKNOWN, path,
          capitalize(messages.format("RISK_FACTOR_UNKNOWN", "code", code, "version", catalogue.version()))));
    }
  }

  private static void targets(List<Violation> out, Messages messages, SchoolProgramme p, int i) {
    for (int j = 0; j < p.indicators().size(); j++) {
      ProgrammeIndicator indicator = p.indicators().get(j);
      Set<Integer> missing = new TreeSet<>(p.years());
      missing.removeAll(indicator.targets().keySet());
      if (!missing.isEmpty()) {
        out.add(Violation.of(ViolationCode.INDICATOR_TARGET_MISSING.severity(), ViolationCode.INDICATOR_TARGET_MISSING,
            "programmes[" + i + "].indicators[" + j + "].targets",
            capitalize(messages.format("INDICATOR_TARGET_MISSING", "indicator", indicator.name(),
                "programme", p.id(), "years", missing.stream().map(String::valueOf).collect(Collectors.joining(", ")),
                "from", String.valueOf(p.years().get(0)), "to", String.valueOf(p.years().get(p.years().size() - 1))))));
      }
    }
  }

  /** Each HIGH factor of each school's latest profile needs an anti-risk programme of that school answering it. */
  private static void highRisks(List<Violation> out, Messages messages, SupportCycle cycle, RiskFactorCatalogue catalogue) {
    Map<String, Integer> latest = new HashMap<>();
    for (int i = 0; i < cycle.profiles().size(); i++) {
      RiskProfile p = cycle.profiles().get(i);
      Integer before = latest.get(p.school());
      if (before == null || cycle.profiles().get(before).year() < p.year()) {
        latest.put(p.school(), i);
      }
    }
    for (int i = 0; i < cycle.profiles().size(); i++) {
      RiskProfile p = cycle.profiles().get(i);
      if (latest.get(p.school()) != i) {
        continue;
      }
      for (String code : p.factorsAt(RiskLevel.HIGH)) {
        boolean answered = cycle.programmesOf(p.school()).stream()
            .anyMatch(g -> g.kind() == ProgrammeKind.ANTI_RISK && g.riskFactor().equals(Optional.of(code)));
        if (!answered) {
          String name = catalogue.factor(code).map(f -> f.name(messages.locale())).orElse(code);
          out.add(Violation.of(ViolationCode.HIGH_RISK_WITHOUT_PROGRAMME.severity(),
              ViolationCode.HIGH_RISK_WITHOUT_PROGRAMME, "profiles[" + i + "].levels." + code,
              capitalize(messages.format("HIGH_RISK_WITHOUT_PROGRAMME", "year", String.valueOf(p.year()),
                  "school", p.school(), "factor", name, "code", code))));
        }
      }
    }
  }

  private static Optional<Activity> resolve(List<Violation> out, Messages messages, Map<String, Roadmap> roadmaps,
      ActivityRef ref, String path) {
    Roadmap roadmap = roadmaps.get(ref.roadmap());
    if (roadmap == null) {
      out.add(Violation.of(ViolationCode.CASCADE_UNKNOWN_ACTIVITY.severity(), ViolationCode.CASCADE_UNKNOWN_ACTIVITY,
          path + ".roadmap", capitalize(messages.format("CASCADE_UNKNOWN_ACTIVITY.roadmap", "roadmap", ref.roadmap()))));
      return Optional.empty();
    }
    Optional<Activity> activity = roadmap.activityById(ref.activityId());
    if (activity.isEmpty()) {
      out.add(Violation.of(ViolationCode.CASCADE_UNKNOWN_ACTIVITY.severity(), ViolationCode.CASCADE_UNKNOWN_ACTIVITY,
          path + ".activityId", capitalize(messages.format("CASCADE_UNKNOWN_ACTIVITY", "roadmap", ref.roadmap(),
              "activity", ref.activityId()))));
    }
    return activity;
  }

  private static void deadline(List<Violation> out, Messages messages, ScheduleCalculator calculator, int leadTime,
      Map<String, Roadmap> roadmaps, Delegation d, String path) {
    List<Occurrence> parents = occurrences(calculator, roadmaps.get(d.parent().roadmap()), d.parent().activityId());
    List<Occurrence> children = occurrences(calculator, roadmaps.get(d.activity().roadmap()), d.activity().activityId());
    WorkingCalendar calendar = calculator.calendar();
    for (Occurrence child : children) {
      LocalDate due = child.effectiveDue().orElseThrow();
      List<Occurrence> sameYear = parents.stream()
          .filter(p -> p.effectiveDue().orElseThrow().getYear() == due.getYear()).toList();
      if (sameYear.isEmpty()) {
        continue;
      }
      Occurrence fed = sameYear.get(sameYear.size() - 1);
      for (Occurrence p : sameYear) {
        if (!limit(calendar, p, leadTime).isBefore(due)) {
          fed = p;
          break;
        }
      }
      LocalDate limit = limit(calendar, fed, leadTime);
      if (due.isAfter(limit)) {
        String parentDue = messages.date(fed.effectiveDue().orElseThrow());
        String text = leadTime == 0
            ? messages.format("CASCADE_DEADLINE_AFTER_PARENT.noLead", "activity", d.activity().key(),
                "due", messages.date(due), "parent", d.parent().key(), "parentDue", parentDue)
            : messages.format("CASCADE_DEADLINE_AFTER_PARENT", "activity", d.activity().key(),
                "due", messages.date(due), "limit", messages.date(limit),
                "lead", messages.count("CASCADE_DEADLINE_AFTER_PARENT.lead", leadTime),
                "parent", d.parent().key(), "parentDue", parentDue);
        out.add(Violation.of(ViolationCode.CASCADE_DEADLINE_AFTER_PARENT.severity(),
            ViolationCode.CASCADE_DEADLINE_AFTER_PARENT, path, capitalize(text)));
        return;
      }
    }
  }

  private static LocalDate limit(WorkingCalendar calendar, Occurrence parent, int leadTime) {
    LocalDate day = parent.effectiveDue().orElseThrow();
    for (int i = 0; i < leadTime; i++) {
      day = calendar.previousWorkingDay(day);
    }
    return day;
  }

  private static List<Occurrence> occurrences(ScheduleCalculator calculator, Roadmap roadmap, String activityId) {
    return calculator.schedule(roadmap).filter(o -> o.activityId().equals(activityId) && o.isDue()).toList();
  }

  private static String capitalize(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
