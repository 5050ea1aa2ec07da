package org.eduroadmap.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.eduroadmap.json.ExecutionRecordsJson;
import org.eduroadmap.json.ExecutionRecordsJsonException;
import org.eduroadmap.report.CycleReport;
import org.eduroadmap.report.RoadmapReport;
import org.eduroadmap.roadmap.Roadmap;
import org.eduroadmap.schedule.ScheduleCalculator;
import org.eduroadmap.support.SupportCycle;
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
 * output or in {@code --output FILE.html}. A support cycle (a bundled example such as
 * {@code eao-cycle-example}, or a support-cycle JSON file) gives its own report: the municipality's
 * dashboard, then each school's risk profile, programmes and indicators.
 *
 * <pre>{@code
 * ./eduroadmap report eao-2021 --output eao.html
 * ./eduroadmap report eao-cycle-example --today 2022-12-31 --output cycle.html
 * ./eduroadmap report kizel-2021 --records done.jsonl --today 2022-03-01 --lang en --output kizel.html
 * }</pre>
 */
@Command(name = "report", description = {"The roadmap as one self-contained HTML page to look at and print "
    + "(A4 landscape): the order, a timeline, activities without dates, validation findings, an agenda per "
    + "responsible party; with --records, each occurrence's status and the on-time rates.",
    "For a support cycle (a bundled example that list shows, or a support-cycle JSON file): the municipality's "
        + "dashboard (as rollup), then each school's risk profile, programmes and indicators."})
final class ReportCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "ROADMAP", descriptionKey = "roadmap",
      description = "a bundled name or a roadmap JSON file; or a support-cycle example or JSON file")
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
    if (CycleSource.isCycle(roadmapName)) {
      cycle();
      return;
    }
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
      java.util.List<org.eduroadmap.schedule.ExecutionRecord> done;
      try {
        done = ExecutionRecordsJson.standard().read(records);
      } catch (ExecutionRecordsJsonException e) {
        // The message names the line, the field and the value; the file is ours to name.
        throw new InputException(records + ": " + e.getMessage(lang.locale()));
      }
      report = report.withRecords(done);
      UnmatchedRecords.warn(spec, records, ScheduleCalculator.standard().progress(roadmap, done), lang);
    }
    // Built whole before anything is written: nothing goes half-way to standard output or the file.
    output.write(spec, report.toHtml(roadmap));
  }

  /** The support cycle's report: --records belongs to a roadmap (a cycle has its own records). */
  private void cycle() {
    if (records != null) {
      throw new ParameterException(spec.commandLine(), "--records: " + common.lang().t(
          "у цикла сопровождения свои отметки об исполнении; --records — только для плана",
          "a support cycle has its own execution records; --records is for a roadmap only"));
    }
    SupportCycle cycle = CycleSource.load(spec, roadmapName);
    ScheduleCalculator calculator = ScheduleCalculator.standard();
    LocalDate day = today != null ? today : RollupCommand.defaultDay(spec, cycle, calculator, common.lang());
    CycleReport report = CycleReport.of(calculator).withLocale(common.locale()).withToday(day);
    output.write(spec, report.toHtml(cycle));
  }
}
