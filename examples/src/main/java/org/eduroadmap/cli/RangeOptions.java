package org.eduroadmap.cli;

import java.time.LocalDate;
import org.eduroadmap.calendar.DateRange;
import org.eduroadmap.roadmap.Roadmap;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Model.CommandSpec;

/** {@code --from}/{@code --to}: a range of days, by default the roadmap's period. */
final class RangeOptions {

  @Option(names = "--from", paramLabel = "DATE", descriptionKey = "from",
      description = "first day (2023-02-28 or 28.02.2023); default: the period's first day")
  LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", descriptionKey = "to",
      description = "last day (2023-02-28 or 28.02.2023); default: the period's last day")
  LocalDate to;

  DateRange resolve(CommandSpec spec, Roadmap roadmap) {
    LocalDate first = from != null ? from : roadmap.period().first();
    LocalDate last = to != null ? to : roadmap.period().last();
    if (last.isBefore(first)) {
      throw new ParameterException(spec.commandLine(), Lang.of(spec).t(
          "--to: последний день " + last + " раньше первого " + first,
          "--to: the range's last day " + last + " is before its first day " + first));
    }
    return DateRange.of(first, last);
  }
}
