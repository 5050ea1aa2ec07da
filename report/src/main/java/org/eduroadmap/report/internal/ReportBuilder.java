package org.eduroadmap.report.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.TreeMap;
import org.eduroadmap.roadmap.Activity;
import org.eduroadmap.roadmap.ApprovingOrder;
import org.eduroadmap.roadmap.GlossaryEntry;
import org.eduroadmap.roadmap.Roadmap;
import org.eduroadmap.roadmap.Section;
import org.eduroadmap.schedule.ExecutionRecord;
import org.eduroadmap.schedule.Occurrence;
import org.eduroadmap.schedule.OccurrenceStatus;
import org.eduroadmap.schedule.OnTimeRate;
import org.eduroadmap.schedule.Progress;
import org.eduroadmap.schedule.ScheduleCalculator;
import org.eduroadmap.schedule.Unscheduled;
import org.eduroadmap.validation.ValidationReport;
import org.eduroadmap.validation.Violation;
import org.jspecify.annotations.Nullable;

/**
 * Works out everything the report shows for one roadmap: the order, the timeline's geometry, progress,
 * the unscheduled activities, the validation findings and each party's agenda.
 */
public final class ReportBuilder {

  private static final OccurrenceStatus[] LEGEND_STATUSES = {OccurrenceStatus.PLANNED,
      OccurrenceStatus.DUE_SOON, OccurrenceStatus.OVERDUE, OccurrenceStatus.DONE_ON_TIME,
      OccurrenceStatus.DONE_LATE};

  private final ScheduleCalculator calculator;
  private final Labels l;
  private final @Nullable List<ExecutionRecord> records;
  private final LocalDate today;
  private final @Nullable ValidationReport validation;

  /**
   * A builder of reports: statuses from {@code records} when given (none when {@code null}), as they
   * stand on {@code today}; validation findings when {@code validation} is given.
   */
  public ReportBuilder(ScheduleCalculator calculator, Locale locale, @Nullable List<ExecutionRecord> records,
      LocalDate today, @Nullable ValidationReport validation) {
    this.calculator = calculator;
    this.l = Labels.of(locale);
    this.records = records;
    this.today = today;
    this.validation = validation;
  }

  /** The report of {@code roadmap}. */
  public View.Report build(Roadmap roadmap) {
    Progress progress = records == null ? null : calculator.progress(roadmap, records);
    List<Occurrence> schedule = progress != null ? progress.schedule() : calculator.schedule(roadmap).toList();
    Map<Occurrence, OccurrenceStatus> statuses = progress == null ? null : progress.statuses(today);
    List<Unscheduled> unscheduled = calculator.unscheduled(roadmap);

    Timeline timeline = Timeline.of(l, roadmap, schedule);
    List<View.Chart> charts = charts(roadmap, schedule, statuses, timeline);

    Optional<String> todayNote = Optional.empty();
    if (!timeline.contains(today)) {
      todayNote = Optional.of(l.f(today.isBefore(timeline.first()) ? "timeline.todayBefore" : "timeline.todayAfter",
          l.date(today)));
    }
    return new View.Report(l, roadmap.title().strip(), order(roadmap.order()),
        roadmap.order().title().map(String::strip),
        l.span(roadmap.period().first(), roadmap.period().last()), roadmap.goals(), roadmap.tasks(),
        facts(roadmap, schedule, unscheduled),
        l.f("report.generated", l.date(today)), charts, legend(statuses != null), statuses != null,
        Optional.ofNullable(progress).map(p -> progress(roadmap, p)), unscheduled(unscheduled),
        Optional.ofNullable(validation).map(this::findings), agenda(roadmap, schedule, statuses, progress),
        todayNote);
  }

  private List<View.Fact> order(ApprovingOrder order) {
    List<View.Fact> out = new ArrayList<>();
    out.add(new View.Fact(l.t("order.authority"), order.authority().strip()));
    out.add(new View.Fact(l.t("order.document"), l.f("order.kindNumber", order.kind().strip(),
        order.number().strip())));
    out.add(new View.Fact(l.t("order.date"), order.date().map(l::longDate).orElse(l.t("order.noDate"))));
    order.place().ifPresent(p -> out.add(new View.Fact(l.t("order.place"), p.strip())));
    order.signatory().ifPresent(s -> out.add(new View.Fact(l.t("order.signatory"),
        order.signatoryPosition().map(p -> p.strip() + " ").orElse("") + s.strip())));
    return out;
  }

  private List<View.Fact> facts(Roadmap roadmap, List<Occurrence> schedule, List<Unscheduled> unscheduled) {
    List<View.Fact> out = new ArrayList<>();
    roadmap.region().ifPresent(r -> out.add(new View.Fact(l.t("facts.region"), r.strip())));
    roadmap.municipality().ifPresent(m -> out.add(new View.Fact(l.t("facts.municipality"), m.strip())));
    out.add(new View.Fact(l.t("facts.level"), l.t("level." + roadmap.level().name())));
    // The count the demo gives too: the table's rows and the order's own duties, saying how many of each.
    String activities = Integer.toString(roadmap.allActivities().size());
    if (!roadmap.reportingDuties().isEmpty()) {
      activities = l.f("facts.activitiesSplit", activities, Integer.toString(roadmap.activities().size()),
          Integer.toString(roadmap.reportingDuties().size()));
    }
    out.add(new View.Fact(l.t("facts.activities"), activities));
    out.add(new View.Fact(l.t("facts.occurrences"), Integer.toString(schedule.size())));
    out.add(new View.Fact(l.t("facts.unscheduled"), Integer.toString(unscheduled.size())));
    if (validation != null) {
      out.add(new View.Fact(l.t("facts.findings"), l.f("facts.findingsValue", validation.errors().size(),
          validation.warnings().size())));
    }
    if (records != null) {
      out.add(new View.Fact(l.t("facts.records"), Integer.toString(records.size())));
    }
    return out;
  }

  /** The roadmap's sections (and its reporting duties) as lanes, cut into pictures of a page each. */
  private List<View.Chart> charts(Roadmap roadmap, List<Occurrence> schedule,
      @Nullable Map<Occurrence, OccurrenceStatus> statuses, Timeline timeline) {
    Map<String, List<Occurrence>> byActivity = new LinkedHashMap<>();
    for (Occurrence o : schedule) {
      byActivity.computeIfAbsent(o.activityId(), k -> new ArrayList<>()).add(o);
    }
    List<Group> groups = new ArrayList<>();
    boolean headings = roadmap.sections().size() > 1 || !roadmap.reportingDuties().isEmpty()
        || roadmap.sections().stream().anyMatch(s -> s.title().isPresent());
    for (Section s : roadmap.sections()) {
      String title = (s.number().map(n -> n.strip() + " ").orElse("") + s.title().map(String::strip).orElse(""))
          .strip();
      groups.add(new Group(title.isEmpty() ? l.t("timeline.activities") : title, s.activities()));
    }
    if (!roadmap.reportingDuties().isEmpty()) {
      groups.add(new Group(l.t("timeline.reportingDuties"), roadmap.reportingDuties()));
    }
    List<List<Object>> pages = new ArrayList<>();
    List<Object> page = new ArrayList<>();
    for (Group g : groups) {
      if (headings) {
        if (page.size() >= Timeline.ROWS_PER_CHART - 1) {
          pages.add(page);
          page = new ArrayList<>();
        }
        page.add(g.title);
      }
      for (Activity a : g.activities) {
        if (page.size() >= Timeline.ROWS_PER_CHART) {
          pages.add(page);
          page = new ArrayList<>();
          if (headings) {
            page.add(g.title + " " + l.t("timeline.continued"));
          }
        }
        page.add(a);
      }
    }
    if (!page.isEmpty()) {
      pages.add(page);
    }
    List<View.Chart> charts = new ArrayList<>();
    String axisText = l.span(timeline.first(), timeline.end().minusDays(1));
    List<View.YearTick> years = timeline.years();
    List<View.MonthTick> months = timeline.months();
    List<View.Shade> shades = timeline.shades(roadmap.period(), calculator.calendar());
    Optional<View.TodayLine> todayLine = timeline.today(today);
    int lane = 0;
    for (int i = 0; i < pages.size(); i++) {
      double y = Timeline.LANES_TOP;
      List<View.Row> rows = new ArrayList<>();
      String firstNumber = "";
      String lastNumber = "";
      for (Object item : pages.get(i)) {
        if (item instanceof String heading) {
          rows.add(timeline.heading(heading, y));
          y += Timeline.HEADING;
        } else {
          Activity a = (Activity) item;
          rows.add(timeline.lane(a, y, lane++ % 2 == 1, byActivity.getOrDefault(a.id(), List.of()), statuses));
          y += Timeline.LANE;
          lastNumber = Timeline.number(a);
          if (firstNumber.isEmpty()) {
            firstNumber = lastNumber;
          }
        }
      }
      double height = y + Timeline.BOTTOM;
      String title = pages.size() == 1 ? l.t("timeline.svgTitle")
          : l.f("timeline.svgTitlePart", i + 1, pages.size());
      String desc = l.f("timeline.svgDesc", firstNumber, lastNumber, axisText)
          + (statuses != null ? " " + l.t("timeline.svgDescStatus") : "");
      charts.add(new View.Chart("timeline-" + (i + 1), title, desc, Timeline.n(Timeline.WIDTH), Timeline.n(height),
          Timeline.n(Timeline.CHART_LEFT), Timeline.n(Timeline.CHART_RIGHT),
          Timeline.n(Timeline.CHART_RIGHT - Timeline.CHART_LEFT), Timeline.n(Timeline.AXIS_TOP),
          Timeline.n(Timeline.LANES_TOP), Timeline.n(y), Timeline.n(y - Timeline.LANES_TOP),
          Timeline.n(Timeline.CHART_LEFT - 6), timeline.first().toString(),
          timeline.end().toString(), years, months, shades, rows, todayLine));
    }
    return charts;
  }

  private record Group(String title, List<Activity> activities) {}

  private List<View.LegendItem> legend(boolean statuses) {
    List<View.LegendItem> out = new ArrayList<>();
    if (statuses) {
      for (OccurrenceStatus s : LEGEND_STATUSES) {
        out.add(new View.LegendItem("mark st-" + Timeline.code(s), Timeline.shape(s, 8, 8, 6),
            l.t("status." + s.name())));
      }
    } else {
      out.add(new View.LegendItem("mark plain", Timeline.shape(null, 8, 8, 6), l.t("legend.due")));
    }
    out.add(new View.LegendItem("bar window plain", "M0,4h16v8h-16Z", l.t("legend.window")));
    out.add(new View.LegendItem("bar deadline plain", "M0,6h16v4h-16Z", l.t("legend.deadline")));
    out.add(new View.LegendItem("band", "M0,2h16v12h-16Z", l.t("legend.continuous")));
    out.add(new View.LegendItem("nominal", Timeline.shape(null, 8, 8, 4), l.t("legend.nominal")));
    out.add(new View.LegendItem("nonworking", "M3,0h10v16h-10Z", l.t("legend.nonworking")));
    out.add(new View.LegendItem("outside", "M0,0h16v16h-16Z", l.t("legend.outside")));
    out.add(new View.LegendItem("today-swatch", "M7,0h2v16h-2Z", l.t("legend.today")));
    return out;
  }

  private View.ProgressView progress(Roadmap roadmap, Progress progress) {
    Map<String, OnTimeRate> byActivity = progress.onTimeRateByActivity(today);
    List<View.RateRow> sections = new ArrayList<>();
    for (Section s : roadmap.sections()) {
      OnTimeRate rate = OnTimeRate.none();
      for (Activity a : s.activities()) {
        rate = rate.plus(byActivity.getOrDefault(a.id(), OnTimeRate.none()));
      }
      String name = (s.number().map(n -> n.strip() + " ").orElse("") + s.title().map(String::strip).orElse(""))
          .strip();
      sections.add(rate(name.isEmpty() ? l.t("timeline.activities") : name, rate));
    }
    if (!roadmap.reportingDuties().isEmpty()) {
      OnTimeRate rate = OnTimeRate.none();
      for (Activity a : roadmap.reportingDuties()) {
        rate = rate.plus(byActivity.getOrDefault(a.id(), OnTimeRate.none()));
      }
      sections.add(rate(l.t("timeline.reportingDuties"), rate));
    }
    List<View.RateRow> parties = new ArrayList<>();
    Set<String> byOrder = onlyByOrder(progress.schedule());
    progress.onTimeRateByParty(today).forEach((party, rate) -> parties.add(
        rate(byOrder.contains(party) ? party + " " + l.t("agenda.byOrder") : party, rate)));
    return new View.ProgressView(l.f("progress.asOf", l.date(today)), rate(l.t("progress.total"),
        progress.onTimeRate(today)), sections, parties,
        progress.unmatchedRecords().stream().map(u -> u.message(l.language().bundleLocale())).toList());
  }

  private View.RateRow rate(String name, OnTimeRate rate) {
    if (rate.rate().isEmpty()) {
      return new View.RateRow(name, 0, 0, 0, "—", "0", "rate-none");
    }
    double r = rate.rate().getAsDouble();
    long percent = Math.round(r * 100);
    String css = r >= 0.8 ? "rate-good" : r >= 0.5 ? "rate-fair" : "rate-poor";
    return new View.RateRow(name, rate.onTime(), rate.late(), rate.overdue(), percent + " %",
        Long.toString(percent), css);
  }

  private List<View.UnscheduledRow> unscheduled(List<Unscheduled> unscheduled) {
    List<View.UnscheduledRow> out = new ArrayList<>();
    for (Unscheduled u : unscheduled) {
      String term = u.text().isBlank() ? l.t("unscheduled.blank") : "«" + u.text().strip() + "»";
      if (u.year().isPresent()) {
        term = u.year().getAsInt() + ": " + term;
      }
      String reason = l.t("reason." + u.reason().name());
      if (u.schedule().isPresent()) {
        reason = l.f("reason.EXTERNAL.schedule", u.schedule().get().strip());
      }
      out.add(new View.UnscheduledRow(u.activityId(), Timeline.number(u.activity()), u.activity().title().strip(),
          term, reason));
    }
    return out;
  }

  private List<View.FindingRow> findings(ValidationReport report) {
    List<View.FindingRow> out = new ArrayList<>();
    for (Violation v : report.violations()) {
      out.add(new View.FindingRow(l.t("severity." + v.severity().name()),
          v.isError() ? "finding-error" : "finding-warning", v.code().name(), v.activity().orElse("—"), v.path(),
          v.message()));
    }
    return out;
  }

  /**
   * Each party's occurrences by effective due day (a continuous span by its end), parties by name. Who owes
   * an occurrence is {@link Occurrence#responsible()}: the plan's implementers stand in for a row that names
   * no one, and their heading and rows say «по приказу».
   */
  private List<View.AgendaGroup> agenda(Roadmap roadmap, List<Occurrence> schedule,
      @Nullable Map<Occurrence, OccurrenceStatus> statuses, @Nullable Progress progress) {
    Map<String, List<Occurrence>> byParty = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    List<Occurrence> nobody = new ArrayList<>();
    for (Occurrence o : schedule) {
      List<String> names = o.responsible().names();
      if (names.isEmpty()) {
        nobody.add(o);
      }
      for (String name : names) {
        List<Occurrence> list = byParty.computeIfAbsent(name, k -> new ArrayList<>());
        if (list.isEmpty() || list.get(list.size() - 1) != o) {
          list.add(o);
        }
      }
    }
    Comparator<Occurrence> order = Comparator
        .comparing((Occurrence o) -> o.effectiveDue().orElse(o.end()))
        .thenComparing(Occurrence::start).thenComparingInt(Occurrence::position);
    List<View.AgendaGroup> out = new ArrayList<>();
    int index = 1;
    for (Map.Entry<String, List<Occurrence>> e : byParty.entrySet()) {
      Optional<String> full = roadmap.resolve(e.getKey()).map(GlossaryEntry::meaning).map(String::strip)
          .filter(m -> !m.equalsIgnoreCase(e.getKey()));
      boolean fromPlan = e.getValue().stream().anyMatch(o -> o.responsible().isFromPlan());
      out.add(new View.AgendaGroup("party-" + index++, e.getKey(), full,
          fromPlan ? Optional.of(l.t("agenda.byOrderNote")) : Optional.empty(),
          rows(e.getValue(), order, statuses, progress)));
    }
    if (!nobody.isEmpty()) {
      out.add(new View.AgendaGroup("party-" + index, l.t("agenda.nobody"), Optional.empty(), Optional.empty(),
          rows(nobody, order, statuses, progress)));
    }
    return out;
  }

  /** The parties owed only as the plan's implementers (never by a row of their own), by name. */
  private static Set<String> onlyByOrder(List<Occurrence> schedule) {
    Set<String> plan = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    Set<String> own = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    for (Occurrence o : schedule) {
      (o.responsible().isFromPlan() ? plan : own).addAll(o.responsible().names());
    }
    plan.removeAll(own);
    return plan;
  }

  private List<View.AgendaRow> rows(List<Occurrence> occurrences, Comparator<Occurrence> order,
      @Nullable Map<Occurrence, OccurrenceStatus> statuses, @Nullable Progress progress) {
    List<Occurrence> sorted = new ArrayList<>(occurrences);
    sorted.sort(order);
    List<View.AgendaRow> rows = new ArrayList<>(sorted.size());
    for (Occurrence o : sorted) {
      OccurrenceStatus status = statuses == null ? null : statuses.get(o);
      String statusText = status == null || status == OccurrenceStatus.NOT_APPLICABLE ? "—"
          : l.t("status." + status.name());
      String evidence = progress == null ? "" : progress.record(o, today)
          .map(r -> l.date(r.doneOn()) + ", " + r.evidence().strip()).orElse("");
      rows.add(new View.AgendaRow(o.activityId(), o.effectiveDue().map(l::date).orElse("—"),
          Timeline.number(o.activity()), o.activity().title().strip(), l.t("kind." + o.kind().name()),
          l.span(o.start(), o.end()), statusText, status == null ? "" : "st-" + Timeline.code(status), evidence,
          o.responsible().isFromPlan() ? Optional.of(l.t("agenda.byOrder")) : Optional.empty()));
    }
    return rows;
  }
}
