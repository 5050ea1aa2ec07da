package org.eduroadmap.report.internal;

import java.util.List;
import java.util.Optional;

/**
 * What the cycle report's template shows, worked out beforehand (as {@link View} for a roadmap): every
 * text in the report's language, every figure formatted.
 */
public final class CycleView {

  private CycleView() {}

  /** The whole cycle report. */
  public record Report(Labels l, String title, String municipality, List<String> notes, List<View.Fact> facts,
      String generated, String asOf, List<PerfRow> bySchool, List<PerfRow> byFactor, List<PerfRow> byActivity,
      List<SchoolView> schools) {}

  /**
   * One row of the dashboard: on-time counts and rate, indicator attainment and rate; {@code key} (a
   * school, a factor code, {@code roadmap/activity}) for tests and tools.
   */
  public record PerfRow(String key, String code, String name, boolean total, int onTime, int late, int overdue,
      String onTimeRate, String onTimeWidth, String onTimeClass, int met, int notMet, int notYetMeasured,
      String attainmentRate, String attainmentWidth, String attainmentClass) {}

  /** A school: its risk profile over the years and its programmes. */
  public record SchoolView(String id, String name, Optional<String> fullName, List<Integer> years,
      List<RiskRow> risks, List<String> sources, List<ProgrammeView> programmes) {}

  /** One factor of a school's risk profile: its level each year ({@code years} of the school). */
  public record RiskRow(String code, String name, List<LevelCell> levels) {}

  /** A factor's level in one year; empty texts when the profile of that year does not assess it. */
  public record LevelCell(String level, String text, String cssClass) {}

  /** A school programme and its indicators. */
  public record ProgrammeView(String id, String title, String kind, String factorCode, String factor,
      String period, List<Integer> years, List<IndicatorRow> indicators) {}

  /** An indicator: its baseline, then target, measured value and status per year of the programme. */
  public record IndicatorRow(String name, String baseline, List<YearCell> years) {}

  /** An indicator's year; {@code hasTarget} false when the year has no target. */
  public record YearCell(int year, boolean hasTarget, String target, String measured, String status,
      String statusText, String statusClass) {}
}
