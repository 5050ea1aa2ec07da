package org.eduroadmap.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.eduroadmap.examples.SeedRoadmaps;
import org.eduroadmap.json.RoadmapJson;
import org.eduroadmap.json.RoadmapJsonException;
import org.eduroadmap.roadmap.Roadmap;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Model.CommandSpec;

/** A ROADMAP argument: a bundled roadmap's name or the path of a roadmap JSON file. */
final class RoadmapSource {

  private RoadmapSource() {}

  static Roadmap load(CommandSpec spec, String nameOrPath) {
    if (SeedRoadmaps.contains(nameOrPath)) {
      return SeedRoadmaps.load(nameOrPath);
    }
    Path file = Path.of(nameOrPath);
    if (!Files.isRegularFile(file)) {
      throw new ParameterException(spec.commandLine(), Lang.of(spec).t(
          "нет ни встроенного плана, ни файла «" + nameOrPath + "»; встроенные: ",
          "no bundled roadmap and no file named '" + nameOrPath + "'; bundled: ")
          + String.join(", ", SeedRoadmaps.names()));
    }
    try {
      return RoadmapJson.standard().read(file);
    } catch (RoadmapJsonException e) {
      // The message names the JSON path, line and column; the file is ours to name.
      throw new InputException(file + ": " + e.getMessage(Lang.of(spec).locale()));
    }
  }
}
