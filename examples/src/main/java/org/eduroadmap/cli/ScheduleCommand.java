package org.eduroadmap.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eduroadmap.calendar.DueDatePolicy;
import org.eduroadmap.roadmap.Roadmap;
import org.eduroadmap.responsibility.ResponsibleParties;
import org.eduroadmap.schedule.Occurrence;
import org.eduroadmap.schedule.ScheduleCalculator;
import org.eduroadmap.schedule.Unscheduled;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code schedule ROADMAP}: the occurrences that overlap a range. A due date computed on a year with
 * no approved production calendar is marked provisional: {@code "provisional": true} in jsonl, one
 * warning line on standard error in text mode.
 */
@Command(name = "schedule", description = {"The occurrences of a roadmap's activities in a range.",
    "Years without an approved production calendar (before 2013, after 2027) are computed by the"
        + " Labour Code: every jsonl line has \"provisional\" (true when the due date depends on"
        + " such a year); text mode adds one warning line on standard error."})
final class ScheduleCommand implements Runnable {

  /** The spec's short policy names. */
  enum Policy {
    previous(DueDatePolicy.PREVIOUS_WORKING_DAY),
    next(DueDatePolicy.NEXT_WORKING_DAY),
    none(DueDatePolicy.NONE);

    final DueDatePolicy policy;

    Policy(DueDatePolicy policy) {
      this.policy = policy;
    }
  }

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "ROADMAP", descriptionKey = "roadmap", description = "a bundled name or a roadmap JSON file")
  String roadmapName;

  @Mixin
  RangeOptions range;

  @Option(names = "--policy", defaultValue = "previous", paramLabel = "previous|next|none", descriptionKey = "policy", description = "previous (default), next or none")
  Policy policy;

  @Option(names = "--unscheduled", descriptionKey = "unscheduled", description = "also list activities with no dated occurrence")
  boolean unscheduled;

  @Option(names = "--format", defaultValue = "text", paramLabel = "text|jsonl", descriptionKey = "format",
      description = "text (default) or jsonl")
  OutputFormat format;

  @Mixin
  CommonOptions common;

  @Mixin
  OutputOptions output;

  private final ProvisionalNotice notice = new ProvisionalNotice();

  @Override
  public void run() {
    java.util.Locale locale = common.locale();
    Roadmap roadmap = RoadmapSource.load(spec, roadmapName);
    ScheduleCalculator calculator = ScheduleCalculator.standard().withPolicy(policy.policy);
    PrintWriter out = output.open();
    org.eduroadmap.calendar.DateRange asked = range.resolve(spec, roadmap);
    calculator.occurrences(roadmap, asked).forEachOrdered(o -> print(out, o));
    // A date written outside the plan's period (D63): never an occurrence of the period; with --unscheduled
    // it is reported, marked outside the period, even when the range asked does not reach it.
    if (unscheduled) calculator.occurrences(roadmap, org.eduroadmap.calendar.DateRange.of(java.time.LocalDate.of(1900, 1, 1),
            java.time.LocalDate.of(2100, 12, 31)))
        .filter(o -> isOutsidePeriod(o) && (o.end().isBefore(asked.first()) || o.start().isAfter(asked.last())))
        .forEachOrdered(o -> print(out, o));
    if (unscheduled) {
      for (Unscheduled u : calculator.unscheduled(roadmap)) {
        print(out, u);
      }
    }
    out.flush();
    output.commit(spec);
    if (format == OutputFormat.text) {
      notice.print(spec.commandLine().getErr(), locale);
    }
  }

  private void print(PrintWriter out, Occurrence o) {
    if (format == OutputFormat.jsonl) {
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("activity", o.activityKey());
      line.put("activityId", o.activityId());
      line.put("kind", o.kind().name());
      line.put("start", o.start());
      line.put("end", o.end());
      line.put("due", o.nominalDue().orElse(null));
      line.put("effectiveDue", o.effectiveDue().orElse(null));
      o.movedBy().ifPresent(c -> line.put("movedBy", c));
      o.year().ifPresent(y -> line.put("year", y));
      line.put("title", o.activity().title());
      // Who owes it: the row's own parties, else the plan's implementers ("responsibleSource": "PLAN").
      ResponsibleParties owed = o.responsible();
      line.put("responsible", owed.text());
      line.put("responsibleParties", owed.names());
      line.put("responsibleSource", owed.source().name());
      line.put("provisional", o.isProvisional());
      if (isOutsidePeriod(o)) {
        line.put("outsidePeriod", true);
      }
      JsonLines.write(out, line);
    } else {
      if (o.isProvisional()) {
        notice.add(o.end(), o.effectiveDue().orElse(null));
      }
      out.printf("%-6s %-10s %s – %s  " + common.lang().t("срок", "due ") + " %-10s  %s%n",
          TerminalText.field(o.activityKey()),
          kind(o.kind().name()), o.start(), o.end(),
          o.effectiveDue().map(Object::toString).orElse("—"), TerminalText.field(o.activity().title())
              + (isOutsidePeriod(o) ? common.lang().t("  [вне периода плана]", "  [outside the plan's period]") : ""));
    }
  }

  /** Whether the occurrence lies wholly outside its roadmap's period: a date written outside it (D63). */
  private static boolean isOutsidePeriod(Occurrence o) {
    var p = o.roadmap().period();
    return p.isValid() && (o.end().isBefore(p.first()) || o.start().isAfter(p.last()));
  }

  private String kind(String code) {
    return Labels.kind(common.lang(), code);
  }

  private String reason(String code) {
    return Labels.reason(common.lang(), code);
  }

  private void print(PrintWriter out, Unscheduled u) {
    if (format == OutputFormat.jsonl) {
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("activity", u.activityKey());
      line.put("activityId", u.activityId());
      line.put("kind", "UNSCHEDULED");
      line.put("reason", u.reason().name());
      line.put("text", u.text());
      u.schedule().ifPresent(s -> line.put("schedule", s));
      u.year().ifPresent(y -> line.put("year", y));
      JsonLines.write(out, line);
    } else {
      out.printf("%-6s %-10s %s: «%s»%n", TerminalText.field(u.activityKey()), kind("UNSCHEDULED"),
          reason(u.reason().name()), TerminalText.field(u.text()));
    }
  }
}
