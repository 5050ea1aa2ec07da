package org.eduroadmap.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eduroadmap.calendar.RussianProductionCalendar;
import org.eduroadmap.calendar.SpecialDay;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code calendar --year Y}: the days that differ from a plain Monday–Friday week. */
@Command(name = "calendar", description = "Days of a year that differ from a plain Monday–Friday week.")
final class CalendarCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Option(names = "--year", required = true, description = "the year, 2020–2027 shipped")
  int year;

  @Option(names = "--format", defaultValue = "text", description = "text or jsonl")
  OutputFormat format;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    for (SpecialDay day : RussianProductionCalendar.get().specialDays(year)) {
      if (format == OutputFormat.jsonl) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("date", day.date());
        line.put("kind", day.code());
        line.put("name", day.name().orElse(null));
        line.put("from", day.transferredFrom().orElse(null));
        JsonLines.write(out, line);
      } else {
        out.printf("%s  %-18s %s%n", day.date(), day.code(), day.name().orElse(day.note().orElse("")));
      }
    }
    out.flush();
  }
}
