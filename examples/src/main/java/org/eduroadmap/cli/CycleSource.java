package org.eduroadmap.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.eduroadmap.json.RoadmapJsonException;
import org.eduroadmap.json.SupportCycleJson;
import org.eduroadmap.seeds.SeedDocuments;
import org.eduroadmap.support.SupportCycle;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** An EXAMPLE argument: a bundled support-cycle example's name or the path of a support-cycle JSON file. */
final class CycleSource {

  private CycleSource() {}

  static SupportCycle load(CommandSpec spec, String nameOrPath) {
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
