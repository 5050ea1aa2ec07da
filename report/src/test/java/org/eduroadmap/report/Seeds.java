package org.eduroadmap.report;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eduroadmap.json.RoadmapJson;
import org.eduroadmap.roadmap.Roadmap;
import org.eduroadmap.seeds.SeedDocuments;

/** The five bundled seed roadmaps, read once for the report's tests. */
final class Seeds {

  private static final Map<String, Roadmap> CACHE = new ConcurrentHashMap<>();

  private Seeds() {}

  static List<String> names() {
    return SeedDocuments.names();
  }

  static Roadmap load(String name) {
    return CACHE.computeIfAbsent(name, n -> RoadmapJson.standard().read(SeedDocuments.json(n)));
  }
}
