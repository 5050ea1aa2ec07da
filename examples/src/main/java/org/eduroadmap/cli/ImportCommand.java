package org.eduroadmap.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.eduroadmap.document.ImportProblem;
import org.eduroadmap.document.ImportResult;
import org.eduroadmap.document.RoadmapDocumentException;
import org.eduroadmap.document.RoadmapDocuments;
import org.eduroadmap.json.RoadmapJson;
import org.eduroadmap.validation.RoadmapValidator;
import org.eduroadmap.validation.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code import FILE}: reads a roadmap document — text in any common encoding, {@code .docx}, text
 * {@code .pdf}, told apart by content — and writes roadmap JSON. Problems go to standard error with
 * where they are; nothing usable read is exit status 3 with nothing on standard output.
 */
@Command(name = "import", description = {"Reads a roadmap document (text in any common encoding, .docx, .odt, .doc, text .pdf;"
    + " the format is told by content) and writes roadmap JSON. Exit status 3 when nothing usable was read or the table was not understood (--lenient: import what can be read).",
    "The output is always roadmap JSON (there is no --format); problems go to standard error."})
final class ImportCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "file", description = "the document")
  Path file;

  @Option(names = "--lenient", descriptionKey = "lenient",
      description = "import what can be read from a table not understood with confidence, every guess reported")
  boolean lenient;

  @Option(names = "--validate", descriptionKey = "validate", description = "also print the validation report (to standard error)")
  boolean validate;

  @Mixin
  CommonOptions common;

  @Mixin
  OutputOptions output;

  @Override
  public Integer call() {
    if (!Files.isRegularFile(file)) {
      throw new ParameterException(spec.commandLine(),
          common.lang().t("нет такого файла: ", "no such file: ") + file);
    }
    Locale locale = common.locale();
    PrintWriter err = spec.commandLine().getErr();
    ImportResult result;
    try {
      RoadmapDocuments documents = RoadmapDocuments.standard();
      result = (lenient ? documents.lenient() : documents).read(file);
    } catch (RoadmapDocumentException e) {
      for (ImportProblem p : e.problems()) {
        print(err, p, locale);
      }
      err.printf("eduroadmap: %s: %s%n", file, e.getMessage(locale));
      err.flush();
      return ExitCodes.INPUT_UNREADABLE;
    } catch (UncheckedIOException e) {
      err.printf("eduroadmap: %s: %s%n", file, EduroadmapCommand.describe(e, common.lang()));
      err.flush();
      return ExitCodes.INPUT_UNREADABLE;
    }
    String json = RoadmapJson.standard().write(result.roadmap());
    long limit = RoadmapJson.standard().maxDocumentLength();
    if (json.length() > limit) {
      // What import writes, every other command must read: a roadmap past the JSON reader's limit is refused
      // here, nothing written, rather than written for schedule, report and validate to refuse.
      Lang lang = common.lang();
      String mib = limit / (1024 * 1024) + " MiB";
      err.printf("eduroadmap: %s: %s%n", file, lang.t(
          "JSON дорожной карты вышел бы длиной " + json.length() + " символов, а остальные команды читают не больше "
              + limit + " (" + mib + "); ничего не записано: разделите план на части",
          "the roadmap's JSON would be " + json.length() + " characters long, and the other commands read at most "
              + limit + " (" + mib + "); nothing written: split the plan into parts"));
      err.flush();
      return ExitCodes.INPUT_UNREADABLE;
    }
    for (ImportProblem p : result.problems()) {
      print(err, p, locale);
    }
    output.write(spec, json + System.lineSeparator());
    if (validate) {
      ValidationReport report = RoadmapValidator.standard().validate(result.roadmap(), locale);
      ValidateCommand.print(err, report, OutputFormat.text, common.lang());
      err.flush();
      return report.hasErrors() ? ExitCodes.VALIDATION_ERRORS : ExitCodes.OK;
    }
    err.flush();
    return ExitCodes.OK;
  }

  // file: where: message — «plan.txt: строка 12: …», «plan.pdf: страница 3, строка 5: …»
  private void print(PrintWriter err, ImportProblem p, Locale locale) {
    err.printf("%s: %s: %s%n", file, p.where(locale), p.getMessage(locale));
  }
}
