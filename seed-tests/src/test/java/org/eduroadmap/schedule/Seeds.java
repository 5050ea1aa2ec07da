package org.eduroadmap.schedule;

import java.nio.file.Files;
import java.nio.file.Path;
import org.eduroadmap.json.RoadmapJson;
import org.eduroadmap.roadmap.Roadmap;

/**
 * The five bundled seed roadmaps, read from the examples module's sources. These schedule tests live in
 * the seed-tests module, not in core, because reading the seeds needs eduroadmap-json, which depends on
 * core (see seed-tests/pom.xml).
 */
final class Seeds {

  static final String[] NAMES = {"eao-2021", "yakovlevsky-2020", "olenegorsk-2021", "katanga-2023", "kizel-2021"};

  private static final Path DIR = Path.of("..", "examples", "src", "main", "resources", "org", "eduroadmap",
      "examples", "roadmaps");

  private Seeds() {}

  static Roadmap load(String name) {
    Path file = DIR.resolve(name + ".json");
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException("Seed roadmap not found: " + file.toAbsolutePath());
    }
    return RoadmapJson.standard().read(file);
  }
}
