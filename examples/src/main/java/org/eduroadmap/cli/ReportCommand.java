package org.eduroadmap.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.eduroadmap.json.ExecutionRecordsJson;
import org.eduroadmap.json.ExecutionRecordsJsonException;
import org.eduroadmap.report.RoadmapReport;
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
 * {@code report ROADMAP}: the roadmap as one self-contained HTML page (order, timeline, progress with
 * {@code --records}, activities without dates, validation findings, agenda per party), on standard
 * output or in {@code --output FILE.html}.
 *
 * <pre>{@code
 * ./eduroadmap report eao-2021 --output eao.html
 * ./eduroadmap report kizel-2021 --records done.jsonl --today 2022-03-01 --lang en --output kizel.html
 * }</pre>
 */
@Command(name = "report", description = {"The roadmap as one self-contained HTML page to look at and print "
    + "(A4 landscape): the order, a timeline, activities without dates, validation findings, an agenda per "
    + "responsible party; with --records, each occurrence's status and the on-time rates."})
final class ReportCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "ROADMAP", descriptionKey = "roadmap",
      description = "a bundled name or a roadmap JSON file")
  String roadmapName;

  @Option(names = "--records", paramLabel = "FILE", descriptionKey = "records",
      description = "execution records, one JSON object a line: {\"activityId\":\"11\","
          + "\"occurrenceStart\":\"2023-09-01\",\"doneOn\":\"2023-09-20\",\"evidence\":\"Приказ № 5\"}")
  Path records;

  @Option(names = "--today", paramLabel = "D", descriptionKey = "today",
      description = "the day the report is made on (2023-02-28 or 28.02.2023): the timeline's line of today "
          + "and the statuses; default: today in the roadmap's region")
  LocalDate today;

  @Mixin
  CommonOptions common;

  @Mixin
  OutputOptions output;

  @Override
  public void run() {
    Lang lang = common.lang();
    Roadmap roadmap = RoadmapSource.load(spec, roadmapName);
    RoadmapReport report = RoadmapReport.of(ScheduleCalculator.standard()).withLocale(common.locale());
    if (today != null) {
      report = report.withToday(today);
    }
    if (records != null) {
      if (!Files.isRegularFile(records)) {
        throw new ParameterException(spec.commandLine(),
            "--records: " + lang.t("нет такого файла: ", "no such file: ") + records);
      }
      try {
        report = report.withRecords(ExecutionRecordsJson.standard().read(records));
      } catch (ExecutionRecordsJsonException e) {
        // The message names the line, the field and the value; the file is ours to name.
        throw new InputException(records + ": " + e.getMessage(lang.locale()));
      }
    }
    // Built whole before anything is written: nothing goes half-way to standard output or the file.
    output.write(spec, report.toHtml(roadmap));
  }
}
