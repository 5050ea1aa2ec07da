package org.eduroadmap.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.eduroadmap.roadmap.Activity;
import org.eduroadmap.roadmap.Roadmap;
import org.eduroadmap.schedule.OnTimeRate;
import org.eduroadmap.schedule.ScheduleCalculator;
import org.eduroadmap.support.Attainment;
import org.eduroadmap.support.Dashboard;
import org.eduroadmap.support.Performance;
import org.eduroadmap.support.Rollup;
import org.eduroadmap.support.SupportCycle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rollup EXAMPLE [--today D]}: a municipality's dashboard of its support cycle. */
@Command(name = "rollup", description = {
    "A municipality's dashboard of its support cycle: per school, per risk factor and per activity, the on-time"
        + " rate of activities and the attainment of indicators, rolled up to the municipality.",
    "EXAMPLE is a bundled support-cycle example (see list) or a support-cycle JSON file. Without --today: today in"
        + " the region, or the last day of the municipal roadmap when today is after it (said on standard error)."})
final class RollupCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "EXAMPLE", descriptionKey = "example",
      description = "a bundled support-cycle example or a support-cycle JSON file")
  String example;

  @Option(names = "--today", paramLabel = "D", descriptionKey = "rollup.today",
      description = "the day statuses are taken on (2022-12-31 or 31.12.2022)")
  LocalDate today;

  @Option(names = "--format", defaultValue = "text", paramLabel = "text|jsonl", descriptionKey = "format",
      description = "text (default) or jsonl")
  OutputFormat format;

  @Mixin
  CommonOptions common;

  @Mixin
  OutputOptions output;

  @Override
  public void run() {
    Lang lang = common.lang();
    SupportCycle cycle = CycleSource.load(spec, example);
    ScheduleCalculator calculator = ScheduleCalculator.standard();
    LocalDate day = today != null ? today : defaultDay(spec, cycle, calculator, lang);
    Dashboard d = cycle.dashboard(calculator, day);
    PrintWriter out = output.open();
    if (format == OutputFormat.jsonl) {
      jsonl(out, cycle, d, lang);
    } else {
      text(out, cycle, d, lang);
    }
    out.flush();
    output.commit(spec);
  }

  /**
   * The day a cycle is shown on without --today: today in the region, or the last day of the municipal
   * roadmap when today is after it (said on standard error).
   */
  static LocalDate defaultDay(CommandSpec spec, SupportCycle cycle, ScheduleCalculator calculator, Lang lang) {
    LocalDate now = LocalDate.now(Clock.systemUTC().withZone(calculator.zoneOf(cycle.municipalRoadmap())));
    LocalDate last = cycle.municipalRoadmap().period().last();
    if (!now.isAfter(last)) {
      return now;
    }
    spec.commandLine().getErr().println(lang.t(
        "сегодня " + date(now, lang) + " — после периода муниципального плана; показано на " + date(last, lang),
        "today is " + date(now, lang) + ", after the municipal roadmap's period; shown as of " + date(last, lang)));
    spec.commandLine().getErr().flush();
    return last;
  }

  private static void text(PrintWriter out, SupportCycle cycle, Dashboard d, Lang lang) {
    out.printf("%s — %s %s%n", d.municipality(), lang.t("на", "as of"), date(d.today(), lang));
    out.println(cycle.title());
    out.println();
    out.println(lang.t("По школам", "By school"));
    for (Rollup school : d.rollup().parts()) {
      row(out, school.name(), school.total(), lang);
    }
    row(out, lang.t("Итого по школам района", "All schools of the municipality"), d.rollup().total(), lang);
    row(out, lang.t("Собственные мероприятия района", "The municipality's own activities"), d.own(), lang);
    out.println();
    out.println(lang.t("По факторам риска (антирисковые программы)", "By risk factor (anti-risk programmes)"));
    d.rollup().byFactor().forEach((code, p) -> row(out,
        code + " " + cycle.catalogue().factor(code).map(f -> f.name(lang.locale())).orElse(""), p, lang));
    out.println();
    out.println(lang.t("По мероприятиям", "By activity"));
    d.rollup().byActivity().forEach((key, p) -> row(out, key + " " + title(cycle, key).orElse(""), p, lang));
  }

  private static void row(PrintWriter out, String name, Performance p, Lang lang) {
    out.printf("  %s%n      %s%n", name, figures(p, lang));
  }

  static String figures(Performance p, Lang lang) {
    OnTimeRate t = p.onTime();
    Attainment a = p.attainment();
    String onTime = lang.t("в срок ", "on time ") + t.onTime() + lang.t(" из ", " of ") + t.total()
        + " (" + percent(t.rate(), lang) + ")"
        + (t.late() > 0 ? lang.t(", с опозданием ", ", late ") + t.late() : "")
        + (t.overdue() > 0 ? lang.t(", просрочено ", ", overdue ") + t.overdue() : "");
    if (a.measured() + a.notYetMeasured() == 0) {
      return onTime;
    }
    return onTime + lang.t("; показатели: достигнуто ", "; indicators: met ") + a.met() + lang.t(" из ", " of ")
        + a.measured() + " (" + percent(a.rate(), lang) + ")"
        + (a.notYetMeasured() > 0 ? lang.t(", ещё не измерено ", ", not yet measured ") + a.notYetMeasured() : "");
  }

  private static String percent(OptionalDouble rate, Lang lang) {
    return rate.isPresent() ? Math.round(rate.getAsDouble() * 100) + " %" : lang.t("нет данных", "no data");
  }

  private static Optional<String> title(SupportCycle cycle, String key) {
    int slash = key.lastIndexOf('/');
    Roadmap r = cycle.roadmaps().get(key.substring(0, slash));
    return r == null ? Optional.empty() : r.activityById(key.substring(slash + 1)).map(Activity::title);
  }

  private static void jsonl(PrintWriter out, SupportCycle cycle, Dashboard d, Lang lang) {
    for (Rollup school : d.rollup().parts()) {
      line(out, d, "school", school.name(), null, school.total());
    }
    line(out, d, "municipality", d.municipality(), null, d.rollup().total());
    line(out, d, "own", d.municipality(), null, d.own());
    d.rollup().byFactor().forEach((code, p) -> line(out, d, "factor", code,
        cycle.catalogue().factor(code).map(f -> f.name(lang.locale())).orElse(null), p));
    d.rollup().byActivity().forEach((key, p) -> line(out, d, "activity", key, title(cycle, key).orElse(null), p));
  }

  private static void line(PrintWriter out, Dashboard d, String scope, String name, String title, Performance p) {
    Map<String, Object> line = new LinkedHashMap<>();
    line.put("today", d.today());
    line.put("scope", scope);
    line.put("name", name);
    line.put("title", title);
    line.put("onTime", p.onTime().onTime());
    line.put("late", p.onTime().late());
    line.put("overdue", p.onTime().overdue());
    line.put("onTimeRate", rate(p.onTime().rate()));
    line.put("met", p.attainment().met());
    line.put("notMet", p.attainment().notMet());
    line.put("notYetMeasured", p.attainment().notYetMeasured());
    line.put("attainmentRate", rate(p.attainment().rate()));
    JsonLines.write(out, line);
  }

  private static Double rate(OptionalDouble rate) {
    return rate.isPresent() ? rate.getAsDouble() : null;
  }

  private static String date(LocalDate day, Lang lang) {
    return Dates.format(day, lang);
  }

}
