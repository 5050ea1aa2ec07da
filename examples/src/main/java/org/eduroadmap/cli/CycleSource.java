package org.eduroadmap.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.eduroadmap.examples.SeedRoadmaps;
import org.eduroadmap.roadmap.Roadmap;
import org.eduroadmap.validation.SupportCycleValidator;
import org.eduroadmap.validation.Violation;
import org.eduroadmap.json.RoadmapJson;
import org.eduroadmap.json.RoadmapJsonException;
import org.eduroadmap.json.SupportCycleJson;
import org.eduroadmap.seeds.SeedDocuments;
import org.eduroadmap.support.SupportCycle;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** An EXAMPLE argument: a bundled support-cycle example's name or the path of a support-cycle JSON file. */
final class CycleSource {

  /** The field only a support cycle's JSON has (a roadmap has none of that name). */
  private static final Pattern CYCLE_FIELD = Pattern.compile("(?<!\\\\)\"municipalRoadmap\"\\s*:");

  private CycleSource() {}

  /**
   * Whether {@code nameOrPath} names a support cycle: a bundled support-cycle example, or a readable file
   * whose JSON has a {@code "municipalRoadmap"} field. Anything else (a bundled roadmap, a roadmap file, no
   * such file) is not, and is left for the roadmap's reader to accept or refuse.
   */
  static boolean isCycle(String nameOrPath) {
    if (SeedDocuments.supportCycleNames().contains(nameOrPath)) {
      return true;
    }
    Path file;
    try {
      file = Path.of(nameOrPath);
    } catch (java.nio.file.InvalidPathException e) {
      return false;
    }
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      return false;
    }
    try {
      // Checked before reading: a file past the JSON reader's limit is left for the roadmap's reader to
      // refuse by its size, never read whole here.
      if (Files.size(file) > RoadmapJson.standard().maxDocumentLength() * 4) {
        return false;
      }
      return CYCLE_FIELD.matcher(Files.readString(file, StandardCharsets.UTF_8)).find();
    } catch (IOException | UncheckedIOException e) {
      return false;
    }
  }

  /**
   * The support cycle {@code nameOrPath} names, validated ({@link SupportCycleValidator}): a cycle with an
   * error (a school listed twice, a code that resolves to nothing) is refused with each error named, since
   * its totals would be wrong (exit 3).
   */
  static SupportCycle load(CommandSpec spec, String nameOrPath) {
    return valid(spec, nameOrPath, read(spec, nameOrPath));
  }

  private static SupportCycle valid(CommandSpec spec, String nameOrPath, SupportCycle cycle) {
    Lang lang = Lang.of(spec);
    Map<String, Roadmap> others = new LinkedHashMap<>();
    cycle.regionalRoadmap().filter(SeedRoadmaps::contains).ifPresent(name -> others.put(name, SeedRoadmaps.load(name)));
    List<Violation> errors = SupportCycleValidator.standard().validate(cycle, others, lang.locale()).errors();
    if (errors.isEmpty()) {
      return cycle;
    }
    StringBuilder message = new StringBuilder(nameOrPath).append(": ").append(lang.t(
        "цикл сопровождения не проходит проверку, ошибок: ", "the support cycle does not validate, errors: "))
        .append(errors.size());
    for (Violation v : errors) {
      message.append(System.lineSeparator()).append("  ").append(v.code()).append(' ').append(v.path())
          .append(": ").append(TerminalText.field(v.message()));
    }
    throw new InputException(message.toString());
  }

  private static SupportCycle read(CommandSpec spec, String nameOrPath) {
    if (SeedDocuments.supportCycleNames().contains(nameOrPath)) {
      return SupportCycleJson.standard().read(SeedDocuments.supportCycleJson(nameOrPath));
    }
    Path file = Path.of(nameOrPath);
    if (!Files.isRegularFile(file)) {
      throw new ParameterException(spec.commandLine(), Lang.of(spec).t(
          "нет ни встроенного примера цикла сопровождения, ни файла «" + nameOrPath + "»; встроенные: ",
          "no bundled support-cycle example and no file named '" + nameOrPath + "'; bundled: ")
          + String.join(", ", SeedDocuments.supportCycleNames()));
    }
    try {
      return SupportCycleJson.standard().read(file);
    } catch (RoadmapJsonException e) {
      throw new InputException(file + ": " + e.getMessage(Lang.of(spec).locale()));
    }
  }
}
