package org.eduroadmap.schedule;

import org.eduroadmap.json.RoadmapJson;
import org.eduroadmap.roadmap.Roadmap;

/**
 * The five seed roadmaps, read from the class path (eduroadmap-seeds). These schedule tests live in
 * the seed-tests module, not in core, because reading the seeds needs eduroadmap-json, which depends on
 * core (see seed-tests/pom.xml).
 */
final class Seeds {

  static final String[] NAMES = {"eao-2021", "yakovlevsky-2020", "olenegorsk-2021", "katanga-2023", "kizel-2021"};

  private Seeds() {}

  static Roadmap load(String name) {
    return RoadmapJson.standard().read(org.eduroadmap.seeds.SeedDocuments.json(name));
  }
}
