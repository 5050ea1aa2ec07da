package org.eduroadmap.report.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eduroadmap.EduroadmapException;
import org.eduroadmap.calendar.WorkingCalendar;
import org.eduroadmap.roadmap.Activity;
import org.eduroadmap.roadmap.Roadmap;
import org.eduroadmap.roadmap.RoadmapPeriod;
import org.eduroadmap.schedule.Occurrence;
import org.eduroadmap.schedule.OccurrenceStatus;
import org.eduroadmap.term.OccurrenceKind;
import org.jspecify.annotations.Nullable;

/**
 * The timeline's geometry: months across the axis, one lane per activity grouped by section, a bar or
 * band per occurrence and a mark on its effective due day. Everything is in SVG user units; a day
 * {@code d} starts at {@code x(d)} and ends at {@code x(d + 1)}, so a bar from {@code start} to
 * {@code end} covers whole days.
 */
final class Timeline {

  /** The SVG's width in user units (the page scales it to its width). */
  static final double WIDTH = 1120;
  /** Where the lanes' labels end and the chart begins. */
  static final double CHART_LEFT = 340;
  static final double CHART_RIGHT = WIDTH - 12;
  static final double AXIS_TOP = 2;
  static final double LANES_TOP = 38;
  static final double LANE = 20;
  static final double HEADING = 22;
  static final double BOTTOM = 18;
  /** Rows (lanes and headings) in one picture at most: one picture stays on one printed page. */
  static final int ROWS_PER_CHART = 26;
  /** A run of non-working days is shaded only when it is at least this wide: visible at the zoom. */
  static final double VISIBLE = 2.4;
  /** Characters of an activity's title in its lane's label; the whole title is its tooltip. */
  static final int LABEL_CHARS = 44;
  /** Characters of a section's heading across the picture. */
  static final int HEADING_CHARS = 140;

  private final Labels l;
  private final LocalDate axisFirst;
  private final LocalDate axisEnd;
  private final double dayWidth;

  private Timeline(Labels l, LocalDate axisFirst, LocalDate axisEnd) {
    this.l = l;
    this.axisFirst = axisFirst;
    this.axisEnd = axisEnd;
    this.dayWidth = (CHART_RIGHT - CHART_LEFT) / ChronoUnit.DAYS.between(axisFirst, axisEnd);
  }

  /**
   * The axis of {@code roadmap}: its period in whole months, widened to the occurrences that fall
   * outside it (an explicit date, a report due the year after), by a year at most on either side.
   */
  static Timeline of(Labels l, Roadmap roadmap, List<Occurrence> schedule) {
    RoadmapPeriod period = roadmap.period();
    LocalDate first = period.first();
    LocalDate last = period.last();
    LocalDate floor = period.first().minusYears(1);
    LocalDate ceiling = period.last().plusYears(1);
    for (Occurrence o : schedule) {
      LocalDate end = o.effectiveDue().filter(d -> d.isAfter(o.end())).orElse(o.end());
      if (o.start().isBefore(first) && !end.isBefore(floor)) {
        first = max(o.start(), floor);
      }
      if (end.isAfter(last) && !o.start().isAfter(ceiling)) {
        last = min(end, ceiling);
      }
    }
    return new Timeline(l, first.withDayOfMonth(1), last.withDayOfMonth(1).plusMonths(1));
  }

  LocalDate first() {
    return axisFirst;
  }

  /** The day after the axis's last. */
  LocalDate end() {
    return axisEnd;
  }

  boolean contains(LocalDate day) {
    return !day.isBefore(axisFirst) && day.isBefore(axisEnd);
  }

  /** Where {@code day} starts. */
  double x(LocalDate day) {
    return CHART_LEFT + ChronoUnit.DAYS.between(axisFirst, day) * dayWidth;
  }

  /** The middle of {@code day}. */
  double mid(LocalDate day) {
    return x(day) + dayWidth / 2;
  }

  double dayWidth() {
    return dayWidth;
  }

  /** The year labels over the months. */
  List<View.YearTick> years() {
    List<View.YearTick> out = new ArrayList<>();
    for (int y = axisFirst.getYear(); y <= axisEnd.minusDays(1).getYear(); y++) {
      LocalDate from = max(LocalDate.of(y, 1, 1), axisFirst);
      LocalDate to = min(LocalDate.of(y + 1, 1, 1), axisEnd);
      double x0 = x(from);
      double x1 = x(to);
      out.add(new View.YearTick(Integer.toString(y), n(x0), n((x0 + x1) / 2), n(x1 - x0),
          y % 2 == 0 ? "year-even" : "year-odd"));
    }
    return out;
  }

  /** A tick on the first day of every month of the axis, and the last one at its end. */
  List<View.MonthTick> months() {
    List<View.MonthTick> out = new ArrayList<>();
    long count = ChronoUnit.MONTHS.between(YearMonth.from(axisFirst), YearMonth.from(axisEnd));
    double monthWidth = (CHART_RIGHT - CHART_LEFT) / Math.max(1, count);
    for (LocalDate m = axisFirst; m.isBefore(axisEnd); m = m.plusMonths(1)) {
      String name = l.month(m.getMonthValue());
      String label = monthWidth >= 20 ? name : monthWidth >= 7 ? name.substring(0, 1).toUpperCase(java.util.Locale.ROOT) : "";
      out.add(new View.MonthTick(m.toString(), n(x(m)), n((x(m) + x(m.plusMonths(1))) / 2), label,
          m.getMonthValue() == 1));
    }
    out.add(new View.MonthTick(axisEnd.toString(), n(x(axisEnd)), n(x(axisEnd)), "", axisEnd.getMonthValue() == 1));
    return out;
  }

  /**
   * The shaded spans: days outside the roadmap's period, and runs of non-working days wide enough to see
   * (at a three-year zoom the New Year and May holidays, at a year's every weekend).
   */
  List<View.Shade> shades(RoadmapPeriod period, WorkingCalendar calendar) {
    List<View.Shade> out = new ArrayList<>();
    if (period.first().isAfter(axisFirst)) {
      out.add(shade("outside", axisFirst, min(period.first(), axisEnd)));
    }
    if (period.last().plusDays(1).isBefore(axisEnd)) {
      out.add(shade("outside", max(period.last().plusDays(1), axisFirst), axisEnd));
    }
    int minRun = (int) Math.ceil(VISIBLE / dayWidth);
    LocalDate runStart = null;
    for (LocalDate d = axisFirst; !d.isAfter(axisEnd); d = d.plusDays(1)) {
      boolean off = d.isBefore(axisEnd) && !working(calendar, d);
      if (off && runStart == null) {
        runStart = d;
      } else if (!off && runStart != null) {
        if (ChronoUnit.DAYS.between(runStart, d) >= minRun) {
          out.add(shade("nonworking", runStart, d));
        }
        runStart = null;
      }
    }
    return out;
  }

  private static boolean working(WorkingCalendar calendar, LocalDate d) {
    try {
      return calendar.isWorkingDay(d);
    } catch (EduroadmapException e) {
      // A strict calendar without data for the year: nothing to shade there.
      return true;
    }
  }

  private View.Shade shade(String css, LocalDate from, LocalDate toExclusive) {
    return new View.Shade(css, from.toString(), toExclusive.minusDays(1).toString(), n(x(from)),
        n(x(toExclusive) - x(from)));
  }

  /** The line of today, when today is on the axis. */
  Optional<View.TodayLine> today(LocalDate today) {
    if (!contains(today)) {
      return Optional.empty();
    }
    double x = mid(today);
    boolean nearRight = x > CHART_RIGHT - 120;
    return Optional.of(new View.TodayLine(today.toString(), n(x), l.f("timeline.today", l.date(today)),
        n(nearRight ? x - 4 : x + 4), nearRight ? "end" : "start"));
  }

  /**
   * The lane of {@code activity} at {@code y}, with a bar for each of its occurrences and, when
   * {@code statuses} is given, each coloured by its status.
   */
  View.Row lane(Activity activity, double y, boolean odd, List<Occurrence> occurrences,
      @Nullable Map<Occurrence, OccurrenceStatus> statuses) {
    List<View.Bar> bars = new ArrayList<>();
    for (Occurrence o : occurrences) {
      LocalDate lastDay = o.effectiveDue().filter(d -> d.isAfter(o.end())).orElse(o.end());
      if (o.start().isAfter(axisEnd.minusDays(1)) || lastDay.isBefore(axisFirst)) {
        continue;
      }
      bars.add(bar(o, y, statuses == null ? null : statuses.get(o)));
    }
    String title = activity.title().strip().replaceAll("\\s+", " ");
    String label = title.length() > LABEL_CHARS ? title.substring(0, LABEL_CHARS - 1).strip() + "…" : title;
    return new View.Row(false, "", activity.id(), number(activity), label, title, n(y), n(LANE),
        n(y + LANE / 2 + 4), n(y + LANE / 2), odd, bars, bars.isEmpty() ? l.t("timeline.noDates") : "");
  }

  /** A section's heading row at {@code y}. */
  View.Row heading(String text, double y) {
    String whole = text.replaceAll("\\s+", " ");
    String shown = whole.length() > HEADING_CHARS ? whole.substring(0, HEADING_CHARS - 1).strip() + "…" : whole;
    return new View.Row(true, shown, null, "", shown, whole, n(y), n(HEADING), n(y + HEADING / 2 + 4),
        n(y + HEADING / 2), false, List.of(), "");
  }

  static String number(Activity a) {
    String n = a.number().strip();
    return n.isEmpty() ? a.id() : n;
  }

  private View.Bar bar(Occurrence o, double laneY, @Nullable OccurrenceStatus status) {
    OccurrenceKind kind = o.kind();
    String statusClass = status == null ? "plain" : "st-" + code(status);
    double x0 = clip(x(o.start()));
    double x1 = clip(x(o.end().plusDays(1)));
    double w = Math.max(x1 - x0, 1.5);
    double barY;
    double barH;
    String css;
    switch (kind) {
      case CONTINUOUS -> {
        barY = laneY + 3;
        barH = LANE - 6;
        css = "band";
      }
      case DEADLINE -> {
        barY = laneY + LANE / 2 - 2;
        barH = 4;
        css = "bar deadline " + statusClass;
      }
      case EVENT -> {
        barY = laneY + 5;
        barH = LANE - 10;
        css = "bar event " + statusClass;
      }
      default -> {
        barY = laneY + 5;
        barH = LANE - 10;
        css = "bar window " + statusClass;
      }
    }
    String mark = "";
    String nominalMark = "";
    String link = "";
    boolean moved = false;
    LocalDate effective = o.effectiveDue().orElse(null);
    LocalDate nominal = o.nominalDue().orElse(null);
    double cy = laneY + LANE / 2;
    if (effective != null && contains(effective)) {
      mark = shape(status, mid(effective), cy, 5.5);
      if (nominal != null && !nominal.equals(effective) && contains(nominal)) {
        moved = true;
        nominalMark = shape(null, mid(nominal), cy, 3.5);
        link = "M" + n(mid(nominal)) + "," + n(cy) + "L" + n(mid(effective)) + "," + n(cy);
      }
    }
    return new View.Bar(css, kind.name(), o.start().toString(), o.end().toString(),
        nominal == null ? null : nominal.toString(), effective == null ? null : effective.toString(),
        status == null ? null : status.name(), describe(o, status), true, n(x0), n(barY), n(w), n(barH),
        !mark.isEmpty(), "mark " + statusClass, mark, moved, nominalMark, link);
  }

  /** The occurrence in words, for its tooltip and for screen readers. */
  String describe(Occurrence o, @Nullable OccurrenceStatus status) {
    StringBuilder b = new StringBuilder();
    b.append(number(o.activity())).append(' ').append(o.activity().title().strip()).append(" — ")
        .append(l.t("kind." + o.kind().name())).append(": ").append(l.span(o.start(), o.end()));
    o.effectiveDue().ifPresent(due -> {
      b.append("; ").append(l.t("timeline.due")).append(' ').append(l.date(due));
      o.nominalDue().filter(n -> !n.equals(due))
          .ifPresent(n -> b.append(' ').append(l.f("timeline.moved", l.date(n))));
    });
    if (o.isProvisional()) {
      b.append("; ").append(l.t("timeline.provisional"));
    }
    if (status != null && status != OccurrenceStatus.NOT_APPLICABLE) {
      b.append("; ").append(l.t("status." + status.name()));
    }
    return b.toString();
  }

  private double clip(double x) {
    return Math.max(CHART_LEFT, Math.min(CHART_RIGHT, x));
  }

  /**
   * The mark of a status, a shape besides a colour: a diamond for a deadline not yet due (or with no
   * status), a triangle for one overdue, a circle for one done on time, a square for one done late.
   */
  static String shape(@Nullable OccurrenceStatus status, double cx, double cy, double r) {
    if (status == OccurrenceStatus.OVERDUE) {
      return "M" + n(cx - r) + "," + n(cy - r * 0.8) + "L" + n(cx + r) + "," + n(cy - r * 0.8) + "L" + n(cx) + ","
          + n(cy + r) + "Z";
    }
    if (status == OccurrenceStatus.DONE_ON_TIME) {
      double k = r * 0.9;
      return "M" + n(cx - k) + "," + n(cy) + "a" + n(k) + "," + n(k) + " 0 1,0 " + n(2 * k) + ",0a" + n(k) + ","
          + n(k) + " 0 1,0 " + n(-2 * k) + ",0Z";
    }
    if (status == OccurrenceStatus.DONE_LATE) {
      double k = r * 0.8;
      return "M" + n(cx - k) + "," + n(cy - k) + "h" + n(2 * k) + "v" + n(2 * k) + "h" + n(-2 * k) + "Z";
    }
    return "M" + n(cx) + "," + n(cy - r) + "L" + n(cx + r) + "," + n(cy) + "L" + n(cx) + "," + n(cy + r) + "L"
        + n(cx - r) + "," + n(cy) + "Z";
  }

  /** {@code DUE_SOON} as {@code due-soon}. */
  static String code(OccurrenceStatus status) {
    return status.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  /** A coordinate with two decimals at most, never in exponent form. */
  static String n(double v) {
    long hundredths = Math.round(v * 100);
    long whole = hundredths / 100;
    long frac = Math.abs(hundredths % 100);
    String sign = hundredths < 0 && whole == 0 ? "-" : "";
    if (frac == 0) {
      return sign + whole;
    }
    return sign + whole + "." + (frac < 10 ? "0" + frac : frac % 10 == 0 ? Long.toString(frac / 10) : Long.toString(frac));
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
