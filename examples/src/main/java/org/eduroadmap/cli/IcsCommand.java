package org.eduroadmap.cli;

import java.io.PrintWriter;
import org.eduroadmap.roadmap.Roadmap;
import org.eduroadmap.schedule.ICalendarExport;
import org.eduroadmap.schedule.ScheduleCalculator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ics ROADMAP}: an iCalendar (RFC 5545) file on standard output. */
@Command(name = "ics", description = "The schedule as an iCalendar (RFC 5545) file on standard output.")
final class IcsCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "ROADMAP", description = "a bundled name or a roadmap JSON file")
  String roadmapName;

  @Mixin
  RangeOptions range;

  @Override
  public void run() {
    Roadmap roadmap = RoadmapSource.load(spec, roadmapName);
    // Built whole before anything is written: nothing goes half-way to standard output.
    String ics = ICalendarExport.of(ScheduleCalculator.standard()).toIcs(roadmap, range.resolve(spec, roadmap));
    PrintWriter out = spec.commandLine().getOut();
    out.print(ics);
    out.flush();
  }
}
