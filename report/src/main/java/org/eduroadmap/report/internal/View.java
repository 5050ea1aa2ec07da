package org.eduroadmap.report.internal;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the report's templates show, worked out beforehand: every text in the report's language, every
 * date formatted, every coordinate of the timeline computed. The templates only place it.
 */
public final class View {

  private View() {}

  /** The whole report. */
  public record Report(Labels l, String title, List<Fact> order, Optional<String> orderTitle, String period,
      List<String> goals, List<String> tasks, List<Fact> facts, String generated, List<Chart> charts,
      List<LegendItem> legend, boolean statuses, Optional<ProgressView> progress,
      List<UnscheduledRow> unscheduled, Optional<List<FindingRow>> findings, List<AgendaGroup> agenda,
      Optional<String> todayNote) {}

  /** A label and its value: «Номер» 94. */
  public record Fact(String label, String value) {}

  /** One key of the legend: a swatch (its CSS class and shape) and what it means. */
  public record LegendItem(String cssClass, String shape, String text) {}

  /**
   * One timeline picture: a section of the roadmap (or a part of a long one), with its own month axis.
   * Coordinates are in the SVG's user units, as strings ready to print.
   */
  public record Chart(String id, String title, String desc, String width, String height, String chartLeft,
      String chartRight, String chartWidth, String axisTop, String lanesTop, String lanesBottom, String lanesHeight, String labelsWidth, String axisFirst,
      String axisEnd, List<YearTick> years, List<MonthTick> months, List<Shade> shades, List<Row> rows,
      Optional<TodayLine> today) {}

  /** A year over its months: its label at the middle of its span. */
  public record YearTick(String label, String x, String labelX, String width, String stripe) {}

  /** The first day of a month on the axis: a tick line at {@code x}, the label in the month's middle. */
  public record MonthTick(String date, String x, String labelX, String label, boolean yearStart) {}

  /** A shaded span across the lanes: non-working days, or days outside the roadmap's period. */
  public record Shade(String cssClass, String first, String last, String x, String width) {}

  /** The line of today. */
  public record TodayLine(String date, String x, String label, String labelX, String anchor) {}

  /** A row of the timeline: a section's heading, or an activity's lane. */
  public record Row(boolean heading, String text, @Nullable String activityId, String number, String label,
      String fullTitle, String y, String height, String textY, String midY, boolean odd, List<Bar> bars,
      String note) {}

  /**
   * One occurrence in its lane: a bar over its days (a light band for a continuous span, a thin line
   * for a deadline's run-up, a full bar for a window), and a mark on its effective due day.
   */
  public record Bar(String cssClass, String kind, String start, String end, @Nullable String due,
      @Nullable String effectiveDue, @Nullable String status, String label, boolean hasBar, String x, String y,
      String width, String height, boolean hasMark, String markClass, String mark, boolean moved,
      String nominalMark, String link) {}

  /** Progress: the whole roadmap, then each section and each party. */
  public record ProgressView(String today, RateRow total, List<RateRow> bySection, List<RateRow> byParty,
      List<String> unmatched) {}

  /** An on-time rate in a table row. */
  public record RateRow(String name, int onTime, int late, int overdue, String rate, String barWidth,
      String barClass) {}

  /** An activity with no dated occurrence, and why. */
  public record UnscheduledRow(String activityId, String number, String title, String term, String reason) {}

  /** A validation finding. */
  public record FindingRow(String severity, String severityClass, String code, String activity,
      String path, String message) {}

  /** One party's agenda; {@code note} says when some of it is the plan's, by the order. */
  public record AgendaGroup(String id, String party, Optional<String> fullName, Optional<String> note,
      List<AgendaRow> rows) {}

  /** One occurrence on a party's agenda; {@code byOrder} marks a row owed as the plan's implementers. */
  public record AgendaRow(String activityId, String due, String number, String title, String kind,
      String span, String status, String statusClass, String evidence, Optional<String> byOrder) {}
}
