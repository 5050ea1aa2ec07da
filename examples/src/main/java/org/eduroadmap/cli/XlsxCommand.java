package org.eduroadmap.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.eduroadmap.json.ExecutionRecordsJson;
import org.eduroadmap.json.ExecutionRecordsJsonException;
import org.eduroadmap.report.xlsx.MonitoringForm;
import org.eduroadmap.report.xlsx.MonitoringFormException;
import org.eduroadmap.report.xlsx.ScheduleWorkbook;
import org.eduroadmap.roadmap.Roadmap;
import org.eduroadmap.schedule.ExecutionRecord;
import org.eduroadmap.schedule.ScheduleCalculator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code xlsx ROADMAP --output FILE.xlsx}: the schedule in a range as an Excel workbook, or with
 * {@code --form} the monitoring form; {@code xlsx --read FILLED.xlsx}: a filled form's execution records
 * as JSON lines ({@link ExecutionRecordsJson}).
 */
@Command(name = "xlsx", description = {"The schedule of a roadmap as an Excel workbook (.xlsx), with real dates,"
    + " a frozen header and a filter; --form writes the monitoring form instead (a row per activity and year,"
    + " columns to fill in: date done, evidence, comment); --read reads a filled form back and prints its"
    + " execution records as JSON lines. A filled form that cannot be read: exit status 3, every badly filled"
    + " cell named."})
final class XlsxCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "ROADMAP", descriptionKey = "roadmap",
      description = "a bundled name or a roadmap JSON file (not with --read)")
  String roadmapName;

  @Mixin
  RangeOptions range;

  @Option(names = "--form", descriptionKey = "form",
      description = "write the monitoring form (a row per activity and year) instead of the schedule")
  boolean form;

  @Option(names = "--read", paramLabel = "FILLED.xlsx", descriptionKey = "read",
      description = "read a filled monitoring form and print its execution records as JSON lines")
  Path read;

  @Option(names = "--policy", defaultValue = "previous", paramLabel = "previous|next|none", descriptionKey = "policy",
      description = "a due date on a day off: previous working day (default), next, or none (as schedule)")
  ScheduleCommand.Policy policy;

  @Option(names = "--records", paramLabel = "FILE", descriptionKey = "records",
      description = "execution records as JSON lines (as --read prints them): the status column counts them as done")
  Path records;

  @Option(names = "--today", paramLabel = "DATE", descriptionKey = "today",
      description = "the day of the status column (2023-02-28 or 28.02.2023); default: today in the roadmap's region")
  LocalDate today;

  @Mixin
  CommonOptions common;

  @Mixin
  OutputOptions output;

  @Override
  public void run() {
    Lang lang = common.lang();
    if (read != null) {
      if (roadmapName != null || form || range.from != null || range.to != null || records != null
          || today != null || policy != ScheduleCommand.Policy.previous) {
        throw usage(lang.t("--read читает заполненную форму и не принимает ни ROADMAP, ни --form, --from, --to,"
                + " --records, --today, --policy",
            "--read reads a filled form and takes no ROADMAP, --form, --from, --to, --records, --today or --policy"));
      }
      readForm(lang);
      return;
    }
    if (roadmapName == null) {
      throw usage(lang.t("не указан ROADMAP (или --read FILLED.xlsx)", "ROADMAP is missing (or --read FILLED.xlsx)"));
    }
    if (output.output == null) {
      throw usage(lang.t("нужен --output FILE.xlsx: книга Excel — не текст для терминала",
          "--output FILE.xlsx is required: an Excel workbook is not text for a terminal"));
    }
    if (form && (range.from != null || range.to != null || records != null || today != null)) {
      throw usage(lang.t("--form пишет форму на весь период плана: --from, --to, --records и --today к ней не относятся",
          "--form writes the form of the whole period: --from, --to, --records and --today do not apply"));
    }
    Roadmap roadmap = RoadmapSource.load(spec, roadmapName);
    ScheduleCalculator calculator = ScheduleCalculator.standard().withPolicy(policy.policy);
    Locale locale = common.locale();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    if (form) {
      MonitoringForm.of(calculator).withLocale(locale).write(roadmap, bytes);
    } else {
      ScheduleWorkbook workbook = ScheduleWorkbook.of(calculator).withLocale(locale);
      if (records != null) {
        List<ExecutionRecord> done = readRecords(lang);
        workbook = workbook.withRecords(done);
        UnmatchedRecords.warn(spec, records, calculator.progress(roadmap, done), lang);
      }
      if (today != null) {
        workbook = workbook.withToday(today);
      }
      workbook.write(roadmap, range.resolve(spec, roadmap), bytes);
    }
    output.writeFile(spec, bytes.toByteArray());
  }

  private void readForm(Lang lang) {
    if (!Files.isRegularFile(read)) {
      throw usage("--read: " + lang.t("нет такого файла: ", "no such file: ") + read);
    }
    List<ExecutionRecord> filled;
    try (InputStream in = Files.newInputStream(read)) {
      filled = MonitoringForm.of(ScheduleCalculator.standard()).read(in);
    } catch (MonitoringFormException e) {
      throw new InputException(read + ": " + e.getMessage(lang.locale()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    StringWriter text = new StringWriter();
    ExecutionRecordsJson.standard().write(filled, text);
    output.write(spec, text.toString());
  }

  private List<ExecutionRecord> readRecords(Lang lang) {
    if (!Files.isRegularFile(records)) {
      throw usage("--records: " + lang.t("нет такого файла: ", "no such file: ") + records);
    }
    try {
      return ExecutionRecordsJson.standard().read(records);
    } catch (ExecutionRecordsJsonException e) {
      throw new InputException(records + ": " + e.getMessage(lang.locale()));
    }
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
