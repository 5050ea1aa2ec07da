package org.eduroadmap.cli;

import java.time.LocalDate;
import org.eduroadmap.calendar.DateRange;
import org.eduroadmap.roadmap.Roadmap;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Model.CommandSpec;

/** {@code --from}/{@code --to}: a range of days, by default the roadmap's period. */
final class RangeOptions {

  @Option(names = "--from", description = "first day (ISO date); default: the period's first day")
  LocalDate from;

  @Option(names = "--to", description = "last day (ISO date); default: the period's last day")
  LocalDate to;

  DateRange resolve(CommandSpec spec, Roadmap roadmap) {
    LocalDate first = from != null ? from : roadmap.period().first();
    LocalDate last = to != null ? to : roadmap.period().last();
    if (last.isBefore(first)) {
      throw new ParameterException(spec.commandLine(),
          "The range's last day " + last + " is before its first day " + first);
    }
    return DateRange.of(first, last);
  }
}
