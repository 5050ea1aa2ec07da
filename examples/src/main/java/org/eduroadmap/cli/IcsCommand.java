package org.eduroadmap.cli;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.eduroadmap.ical.ICalendarExport;
import org.eduroadmap.roadmap.Roadmap;
import org.eduroadmap.schedule.ScheduleCalculator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code ics ROADMAP}: an iCalendar (RFC 5545) file on standard output or in a file. Deadlines and windows
 * are all-day events on their effective due day unless {@code --todo} asks for tasks.
 */
@Command(name = "ics",
    description = "The schedule as an iCalendar (RFC 5545) file: every deadline and window an all-day event "
        + "on its effective due day (--todo: tasks instead).")
final class IcsCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "ROADMAP", descriptionKey = "roadmap", description = "a bundled name or a roadmap JSON file")
  String roadmapName;

  @Mixin
  RangeOptions range;

  @Option(names = "--todo", descriptionKey = "todo", description = "deadlines and windows as VTODO tasks (for task clients) instead of "
      + "all-day events")
  boolean todo;

  @Option(names = "--alarm", paramLabel = "N", descriptionKey = "alarm", description = "a reminder (VALARM) at 09:00, N working days "
      + "before each due day (0-60)")
  Integer alarmWorkingDays;

  @Option(names = "--dtstamp", paramLabel = "INSTANT", descriptionKey = "dtstamp", description = "the DTSTAMP of every component, e.g. "
      + "2026-01-01T00:00:00Z, for reproducible files; default: now")
  Instant dtstamp;

  @Mixin
  CommonOptions common;

  @Mixin
  OutputOptions output;

  @Override
  public void run() {
    Roadmap roadmap = RoadmapSource.load(spec, roadmapName);
    ICalendarExport export = ICalendarExport.of(ScheduleCalculator.standard())
        .withLocale(common.locale());
    Lang lang = common.lang();
    if (todo) {
      export = export.withStyle(ICalendarExport.Style.TODOS);
    }
    if (alarmWorkingDays != null) {
      if (alarmWorkingDays < 0 || alarmWorkingDays > 60) {
        throw new ParameterException(spec.commandLine(), lang.t(
            "--alarm: число рабочих дней должно быть от 0 до 60, указано " + alarmWorkingDays,
            "--alarm: the number of working days must be 0 to 60, not " + alarmWorkingDays));
      }
      export = export.withReminder(alarmWorkingDays);
    }
    if (dtstamp != null) {
      export = export.withClock(Clock.fixed(dtstamp, ZoneOffset.UTC));
    }
    // Built whole before anything is written: nothing goes half-way to standard output or the file.
    String ics = export.toIcs(roadmap, range.resolve(spec, roadmap));
    output.write(spec, ics);
  }
}
