package org.eduroadmap.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.eduroadmap.roadmap.Roadmap;
import org.eduroadmap.validation.RoadmapValidator;
import org.eduroadmap.validation.ValidationReport;
import org.eduroadmap.validation.Violation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code validate ROADMAP}: every rule the roadmap breaks; exit status 1 when any is an error. */
@Command(name = "validate", description = "Every rule a roadmap breaks; exit status 1 when any is an ERROR.")
final class ValidateCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "ROADMAP", descriptionKey = "roadmap", description = "a bundled name or a roadmap JSON file")
  String roadmapName;

  @Mixin
  CommonOptions common;

  @Mixin
  OutputOptions output;

  @Option(names = "--format", defaultValue = "text", paramLabel = "text|jsonl", descriptionKey = "format",
      description = "text (default) or jsonl")
  OutputFormat format;

  @Override
  public Integer call() {
    Roadmap roadmap = RoadmapSource.load(spec, roadmapName);
    ValidationReport report = RoadmapValidator.standard().validate(roadmap, common.locale());
    PrintWriter out = output.open();
    print(out, report, format, common.lang());
    output.commit(spec);
    return report.hasErrors() ? ExitCodes.VALIDATION_ERRORS : ExitCodes.OK;
  }

  static void print(PrintWriter out, ValidationReport report, OutputFormat format, Lang lang) {
    for (Violation v : report.violations()) {
      if (format == OutputFormat.jsonl) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("severity", v.severity().name());
        line.put("code", v.code().name());
        line.put("path", v.path());
        line.put("activity", v.activity().orElse(null));
        line.put("message", v.message());
        JsonLines.write(out, line);
      } else {
        String severity = v.severity() == org.eduroadmap.validation.Severity.ERROR
            ? lang.t("ОШИБКА", "ERROR") : lang.t("ПРЕДУПР", "WARNING");
        out.printf("%-7s %-28s %s%n        %s%n", severity, v.code(), v.path(), v.message());
      }
    }
    out.flush();
  }
}
