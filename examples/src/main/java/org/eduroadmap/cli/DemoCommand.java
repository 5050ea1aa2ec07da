package org.eduroadmap.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.eduroadmap.calendar.DateRange;
import org.eduroadmap.examples.SeedRoadmaps;
import org.eduroadmap.roadmap.Roadmap;
import org.eduroadmap.schedule.Occurrence;
import org.eduroadmap.schedule.ScheduleCalculator;
import org.eduroadmap.validation.RoadmapValidator;
import org.eduroadmap.validation.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code demo}: loads, validates and schedules the bundled roadmaps, and shows for each what is due
 * in the three months from 1 October of its first year, and who owes it.
 */
@Command(name = "demo", description = "Loads, validates and schedules the bundled roadmaps: what is due, and who owes it.")
final class DemoCommand implements Runnable {

  private static final int TITLE_WIDTH = 70;

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    ScheduleCalculator calculator = ScheduleCalculator.standard();
    for (String name : SeedRoadmaps.names()) {
      Roadmap r = SeedRoadmaps.load(name);
      out.printf("■ %s — %s%n", name, r.title());
      out.printf("  %s № %s от %s, %s; период %s – %s; мероприятий: %d%n", r.order().kind(),
          r.order().number(), r.order().date().map(Object::toString).orElse("—"), r.order().authority(), r.period().first(),
          r.period().last(), r.activities().size());
      ValidationReport report = RoadmapValidator.standard().validate(r, Locale.forLanguageTag("ru"));
      out.printf("  проверка: ошибок %d, предупреждений %d%s%n", report.errors().size(),
          report.warnings().size(), report.violations().isEmpty() ? ""
              : "; первое: " + report.violations().get(0).message());
      // A fixed date, so the demo shows the same thing every day it is run.
      LocalDate from = LocalDate.of(r.period().first().getYear(), 10, 1);
      DateRange next3Months = DateRange.of(from, from.plusMonths(3).minusDays(1));
      List<Occurrence> due = calculator.dueIn(r, next3Months).collect(Collectors.toList());
      out.printf("  к сроку с %s по %s (%d):%n", next3Months.first(), next3Months.last(), due.size());
      for (Occurrence o : due) {
        String column = o.activity().hasYearCells() && o.year().isPresent() ? " [столбец " + o.year().getAsInt() + "]" : "";
        // A date from the Labour Code alone may still move when the year's calendar is approved.
        String provisional = o.isProvisional() ? " (предварительно)" : "";
        out.printf("    %s%s  %-5s %s%s%n             → %s%n", o.effectiveDue().orElseThrow(),
            provisional, o.activityKey(), shorten(o.activity().title()), column, owner(r, o));
      }
      long unscheduled = calculator.unscheduled(r).size();
      out.printf("  без дат (по мере необходимости, по другому графику, не указан срок): %d%n%n",
          unscheduled);
    }
    out.println("Подробнее: ./eduroadmap schedule eao-2021 --unscheduled; ./eduroadmap validate katanga-2023;"
        + " ./eduroadmap ics olenegorsk-2021 > plan.ics");
    out.flush();
  }

  private static String owner(Roadmap r, Occurrence o) {
    String cell = o.activity().responsibility().text();
    if (!cell.isBlank()) {
      return cell;
    }
    String whole = r.implementers().text();
    return whole.isBlank() ? "(ответственный не указан)" : whole + " (по приказу)";
  }

  private static String shorten(String title) {
    return title.length() <= TITLE_WIDTH ? title : title.substring(0, TITLE_WIDTH - 1) + "…";
  }
}
