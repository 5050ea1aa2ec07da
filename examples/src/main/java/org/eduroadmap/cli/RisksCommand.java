package org.eduroadmap.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eduroadmap.support.RiskCatalogueException;
import org.eduroadmap.support.RiskFactor;
import org.eduroadmap.support.RiskFactorCatalogue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code risks [--year Y] [--add FILE]}: the risk factor catalogue of the «500+» project. */
@Command(name = "risks", description = {
    "The risk factors of the \"500+\" project (the catalogue this tool ships): code, cohort years, name.",
    "--year keeps the factors of that cohort; --add adds a region's own catalogue file."})
final class RisksCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Option(names = "--year", paramLabel = "Y", descriptionKey = "risks.year",
      description = "only the factors of the cohort of year Y")
  Integer year;

  @Option(names = "--add", paramLabel = "FILE", descriptionKey = "risks.add",
      description = "a catalogue file of the region's own factors (docs/cycle.md), added to the standard one")
  Path add;

  @Option(names = "--format", defaultValue = "text", paramLabel = "text|jsonl", descriptionKey = "format",
      description = "text (default) or jsonl")
  OutputFormat format;

  @Mixin
  CommonOptions common;

  @Mixin
  OutputOptions output;

  @Override
  public void run() {
    Lang lang = common.lang();
    RiskFactorCatalogue catalogue = RiskFactorCatalogue.standard();
    if (add != null) {
      if (!java.nio.file.Files.isRegularFile(add)) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
            "--add: " + lang.t("нет такого файла: ", "no such file: ") + add);
      }
      try {
        catalogue = catalogue.plus(RiskFactorCatalogue.read(add));
      } catch (RiskCatalogueException e) {
        throw new InputException(e.getMessage(lang.locale()));
      } catch (IllegalArgumentException e) {
        throw new InputException(add + ": " + lang.t("код фактора уже есть в стандартном каталоге",
            "a factor code is already in the standard catalogue") + " (" + e.getMessage() + ")");
      }
    }
    List<RiskFactor> factors = year == null ? catalogue.factors() : catalogue.factorsFor(year);
    PrintWriter out = output.open();
    for (RiskFactor f : factors) {
      if (format == OutputFormat.jsonl) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("code", f.code());
        line.put("ru", f.nameRu());
        line.put("en", f.nameEn());
        line.put("cohorts", List.copyOf(f.cohorts()));
        line.put("version", catalogue.version());
        JsonLines.write(out, line);
      } else {
        out.printf("%-24s %-11s %s%n", f.code(), cohorts(f, lang), f.name(lang.locale()));
      }
    }
    out.flush();
    output.commit(spec);
  }

  private static String cohorts(RiskFactor f, Lang lang) {
    if (f.cohorts().isEmpty()) {
      return lang.t("все", "all");
    }
    int first = f.cohorts().first();
    int last = f.cohorts().last();
    return last - first + 1 == f.cohorts().size() && first != last ? first + "–" + last
        : f.cohorts().stream().map(String::valueOf).collect(Collectors.joining(","));
  }
}
