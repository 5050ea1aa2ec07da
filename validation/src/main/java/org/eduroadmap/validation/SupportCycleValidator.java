package org.eduroadmap.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.eduroadmap.roadmap.Roadmap;
import org.eduroadmap.schedule.ScheduleCalculator;
import org.eduroadmap.support.SchoolProgramme;
import org.eduroadmap.support.SupportCycle;
import org.eduroadmap.validation.internal.DocumentOrder;
import org.eduroadmap.validation.internal.CycleRules;
import org.eduroadmap.validation.internal.Messages;

/**
 * Validates a support cycle: every code resolves (risk factors, schools, cascade links, records),
 * each high risk of a school's current profile has an anti-risk programme, every programme indicator
 * has a target for each year of its programme, a delegated deadline comes before its parent's by the
 * lead time in working days on the Russian calendar; and every roadmap of the cycle passes
 * {@link RoadmapValidator}, its violations under {@code municipalRoadmap.} and
 * {@code programmes[i].roadmap.}.
 *
 * <pre>{@code
 * SupportCycle cycle = SupportCycleJson.standard().read(Path.of("cycle.json"));
 * Roadmap eao = RoadmapJson.standard().read(Path.of("eao-2021.json"));
 * ValidationReport report = SupportCycleValidator.standard().withLeadTime(2)
 *     .validate(cycle, Map.of("eao-2021", eao), Locale.forLanguageTag("ru"));
 * report.violations().forEach(v -> System.out.println(v.code() + " " + v.path() + " " + v.message()));
 * // CASCADE_DEADLINE_AFTER_PARENT delegations[2] Срок мероприятия municipal/3 — 31 декабря 2021, позже …
 * }</pre>
 *
 * <p>The lead time is 0 by default: a delegated deadline may fall on its parent's day. The codes are
 * listed in {@code validation/README.md}. This class is immutable and thread-safe.
 */
public final class SupportCycleValidator {

  private static final SupportCycleValidator STANDARD = new SupportCycleValidator(ScheduleCalculator.standard(), 0);

  private final ScheduleCalculator calculator;
  private final int leadTime;

  private SupportCycleValidator(ScheduleCalculator calculator, int leadTime) {
    this.calculator = calculator;
    this.leadTime = leadTime;
  }

  /** Lead time 0, the standard calculator (Russian production calendar). */
  public static SupportCycleValidator standard() {
    return STANDARD;
  }

  /**
   * A copy requiring a delegated deadline at least {@code workingDays} working days before its parent's.
   *
   * @throws IllegalArgumentException if {@code workingDays} is negative or over 60
   */
  public SupportCycleValidator withLeadTime(int workingDays) {
    if (workingDays < 0 || workingDays > 60) {
      throw new IllegalArgumentException("Invalid lead time (0 to 60 working days): " + workingDays);
    }
    return new SupportCycleValidator(calculator, workingDays);
  }

  /** A copy computing dates with {@code value} (its calendar counts the working days of the lead time). */
  public SupportCycleValidator withCalculator(ScheduleCalculator value) {
    return new SupportCycleValidator(Objects.requireNonNull(value, "calculator"), leadTime);
  }

  /** The lead time in working days. */
  public int leadTime() {
    return leadTime;
  }

  /**
   * Every violation of {@code cycle}, with messages in {@code locale}'s language. {@code roadmaps}
   * gives the roadmaps the cycle only names, by name: the regional one ({@link SupportCycle#regionalRoadmap()}).
   */
  public ValidationReport validate(SupportCycle cycle, Map<String, Roadmap> roadmaps, Locale locale) {
    Objects.requireNonNull(cycle, "cycle");
    Objects.requireNonNull(roadmaps, "roadmaps");
    Objects.requireNonNull(locale, "locale");
    Messages messages = Messages.of(locale);
    List<Violation> all = new ArrayList<>(CycleRules.check(cycle, roadmaps, calculator, leadTime, messages));
    RoadmapValidator roadmapValidator = RoadmapValidator.standard();
    nested(all, "municipalRoadmap", roadmapValidator.validate(cycle.municipalRoadmap(), locale));
    for (int i = 0; i < cycle.programmes().size(); i++) {
      SchoolProgramme p = cycle.programmes().get(i);
      nested(all, "programmes[" + i + "].roadmap", roadmapValidator.validate(p.roadmap(), locale));
    }
    all.sort(ORDER);
    return ValidationReport.of(all);
  }

  /** Every violation of {@code cycle}, in Russian. */
  public ValidationReport validate(SupportCycle cycle, Map<String, Roadmap> roadmaps) {
    return validate(cycle, roadmaps, Messages.RUSSIAN);
  }

  private static void nested(List<Violation> all, String prefix, ValidationReport report) {
    for (Violation v : report.violations()) {
      String path = v.path().isEmpty() ? prefix : prefix + "." + v.path();
      all.add(v.activity().isPresent()
          ? Violation.of(v.severity(), v.code(), path, v.activity().get(), v.message())
          : Violation.of(v.severity(), v.code(), path, v.message()));
    }
  }

  private static final List<String> FIELDS = List.of("title", "notes", "region", "municipality", "riskFactors",
      "schools", "profiles", "programmes", "regionalRoadmap", "municipalRoadmapId", "municipalRoadmap",
      "delegations", "records");

  private static final Comparator<Violation> ORDER = DocumentOrder.of(FIELDS);
}
