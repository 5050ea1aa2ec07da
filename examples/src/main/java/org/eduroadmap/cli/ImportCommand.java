package org.eduroadmap.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.eduroadmap.document.ImportProblem;
import org.eduroadmap.document.ImportResult;
import org.eduroadmap.document.RoadmapDocumentReader;
import org.eduroadmap.json.RoadmapJson;
import org.eduroadmap.validation.RoadmapValidator;
import org.eduroadmap.validation.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code import FILE}: reads a roadmap document as text and writes roadmap JSON. */
@Command(name = "import", description = "Reads a roadmap document as text (like the seed files) and writes roadmap JSON.")
final class ImportCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "the document's text, UTF-8")
  Path file;

  @Option(names = "--validate", description = "also print the validation report (to standard error)")
  boolean validate;

  @Option(names = "--lang", defaultValue = "ru", description = "language of problems: ru (default) or en")
  String lang;

  @Override
  public Integer call() {
    if (!Files.isRegularFile(file)) {
      throw new ParameterException(spec.commandLine(), "No such file: " + file);
    }
    Locale locale = Locale.forLanguageTag(lang);
    ImportResult result = RoadmapDocumentReader.standard().read(file);
    String json = RoadmapJson.standard().write(result.roadmap());
    PrintWriter err = spec.commandLine().getErr();
    for (ImportProblem p : result.problems()) {
      err.printf("%s:%d: %s%n", file, p.line(), p.message(locale));
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println(json);
    out.flush();
    if (validate) {
      ValidationReport report = RoadmapValidator.standard().validate(result.roadmap(), locale);
      ValidateCommand.print(err, report, OutputFormat.text);
      return report.hasErrors() ? 1 : 0;
    }
    err.flush();
    return 0;
  }
}
