package org.eduroadmap.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.eduroadmap.calendar.DateRange;
import org.eduroadmap.examples.SeedRoadmaps;
import org.eduroadmap.responsibility.ResponsibleParties;
import org.eduroadmap.roadmap.Roadmap;
import org.eduroadmap.schedule.Occurrence;
import org.eduroadmap.schedule.ScheduleCalculator;
import org.eduroadmap.validation.RoadmapValidator;
import org.eduroadmap.validation.ValidationReport;
import org.eduroadmap.validation.Violation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code demo}: loads, validates and schedules the bundled roadmaps, and shows for each its validation
 * errors first, then what is due in the three months from today in the roadmap's region, and who owes
 * it. A roadmap whose period does not hold today shows its first three months and says why.
 */
@Command(name = "demo", description = "Loads, validates and schedules the bundled roadmaps: what is due, and who owes it.")
final class DemoCommand implements Runnable {

  private static final int TITLE_WIDTH = 70;

  @Spec
  CommandSpec spec;

  @Mixin
  CommonOptions common;

  @Option(names = "--today", hidden = true, paramLabel = "DATE", description = "the day taken as today (for tests)")
  LocalDate today;

  private Lang lang;

  @Override
  public void run() {
    lang = common.lang();
    PrintWriter out = spec.commandLine().getOut();
    ScheduleCalculator calculator = ScheduleCalculator.standard();
    for (String name : SeedRoadmaps.names()) {
      Roadmap r = SeedRoadmaps.load(name);
      out.printf("■ %s — %s%n", name, r.title());
      out.printf("  %s № %s %s %s, %s; %s %s – %s; %s%n", r.order().kind(), r.order().number(),
          lang.t("от", "of"), r.order().date().map(this::date).orElse("—"), r.order().authority(),
          lang.t("период", "period"), date(r.period().first()), date(r.period().last()), activityCount(r));
      ValidationReport report = RoadmapValidator.standard().validate(r, lang.locale());
      out.printf("  %s %d, %s %d%n", lang.t("проверка: ошибок", "validation: errors"), report.errors().size(),
          lang.t("предупреждений", "warnings"), report.warnings().size());
      // The errors first: what must be fixed before the dates below can be trusted.
      for (Violation v : report.errors()) {
        out.printf("    %s %s: %s%n", lang.t("ошибка", "error"), v.activity().map(a -> "№ " + a).orElse(v.path()),
            v.message());
      }
      DateRange window = window(r, calculator, out);
      List<Occurrence> due = calculator.dueIn(r, window).collect(Collectors.toList());
      out.printf("  %s %s %s %s (%d):%n", lang.t("к сроку с", "due from"), date(window.first()),
          lang.t("по", "to"), date(window.last()), due.size());
      printGrouped(out, r, due);
      long unscheduled = calculator.unscheduled(r).size();
      out.printf("  %s %d%n%n", lang.t("без дат (по мере необходимости, по другому графику, не указан срок):",
          "without dates (on demand, by another schedule, no term given):"), unscheduled);
    }
    out.println(lang.t("Подробнее: ", "More: ")
        + "./eduroadmap schedule eao-2021 --unscheduled; ./eduroadmap validate katanga-2023;"
        + " ./eduroadmap ics olenegorsk-2021 --output plan.ics");
    out.flush();
  }

  /** Three months from today in the roadmap's region; the plan's first three when today is outside it. */
  private DateRange window(Roadmap r, ScheduleCalculator calculator, PrintWriter out) {
    LocalDate now = today != null ? today : LocalDate.now(Clock.systemUTC().withZone(calculator.zoneOf(r)));
    LocalDate from;
    if (!now.isBefore(r.period().first()) && !now.isAfter(r.period().last())) {
      from = now;
      out.printf("  %s %s%n", lang.t("сегодня", "today is"), date(now));
    } else {
      // The plan's first three months with something due: its first month may have nothing.
      from = calculator.dueIn(r, r.period().toDateRange()).map(o -> o.effectiveDue().orElseThrow())
          .min(LocalDate::compareTo).map(d -> d.withDayOfMonth(1)).orElse(r.period().first());
      if (from.isBefore(r.period().first())) {
        from = r.period().first();
      }
      String where = now.isAfter(r.period().last())
          ? lang.t("после срока плана", "after the plan's period")
          : lang.t("план ещё не начался", "before the plan's period");
      out.printf("  %s %s — %s; %s%n", lang.t("сегодня", "today is"), date(now), where,
          lang.t("показаны первые три месяца плана, в которые что-то к сроку",
              "showing the plan's first three months with something due"));
    }
    LocalDate to = from.plusMonths(3).minusDays(1);
    if (to.isAfter(r.period().last())) {
      to = r.period().last();
    }
    return DateRange.of(from, to);
  }

  /**
   * One line per day and activity: a per-year roadmap's cells due the same day for the same activity
   * are one line naming their columns, not one line each.
   */
  private void printGrouped(PrintWriter out, Roadmap r, List<Occurrence> due) {
    Map<LocalDate, Map<String, List<Occurrence>>> byDay = new TreeMap<>();
    for (Occurrence o : due) {
      byDay.computeIfAbsent(o.effectiveDue().orElseThrow(), d -> new LinkedHashMap<>())
          .computeIfAbsent(o.activityId(), id -> new ArrayList<>()).add(o);
    }
    for (Map.Entry<LocalDate, Map<String, List<Occurrence>>> day : byDay.entrySet()) {
      boolean provisional = day.getValue().values().stream().flatMap(List::stream).anyMatch(Occurrence::isProvisional);
      // A date from the Labour Code alone may still move when the year's calendar is approved.
      out.printf("    %s%s%n", date(day.getKey()), provisional ? lang.t(" (предварительно)", " (provisional)") : "");
      for (List<Occurrence> same : day.getValue().values()) {
        Occurrence o = same.get(0);
        List<String> years = same.stream().filter(x -> x.activity().hasYearCells() && x.year().isPresent())
            .map(x -> String.valueOf(x.year().getAsInt())).distinct().collect(Collectors.toList());
        String columns = years.isEmpty() ? ""
            : " [" + (years.size() == 1 ? lang.t("столбец ", "column ") : lang.t("столбцы ", "columns "))
                + String.join(", ", years) + "]";
        out.printf("      %-5s %s%s%n            → %s%n", o.activityKey(), shorten(o.activity().title()), columns,
            owner(o));
      }
    }
  }

  /**
   * The count the report gives too: every activity, the table's rows and the order's own duties
   * ({@link Roadmap#allActivities()}), saying how many of each when the order sets any.
   */
  private String activityCount(Roadmap r) {
    String all = lang.t("мероприятий: ", "activities: ") + r.allActivities().size();
    if (r.reportingDuties().isEmpty()) {
      return all;
    }
    return all + lang.t(" (в таблице " + r.activities().size() + ", по приказу " + r.reportingDuties().size() + ")",
        " (" + r.activities().size() + " in the table, " + r.reportingDuties().size() + " set by the order)");
  }

  private String date(LocalDate d) {
    return Dates.format(d, lang);
  }

  /** Who owes it ({@link Occurrence#responsible()}), the plan's implementers marked «по приказу». */
  private String owner(Occurrence o) {
    ResponsibleParties owed = o.responsible();
    if (owed.isEmpty()) {
      return lang.t("(ответственный не указан)", "(no one named responsible)");
    }
    return owed.text() + (owed.isFromPlan() ? lang.t(" (по приказу)", " (by the order)") : "");
  }

  private static String shorten(String title) {
    return title.length() <= TITLE_WIDTH ? title : title.substring(0, TITLE_WIDTH - 1) + "…";
  }
}
