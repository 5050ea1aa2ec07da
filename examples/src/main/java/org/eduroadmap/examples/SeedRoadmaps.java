package org.eduroadmap.examples;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eduroadmap.json.RoadmapJson;
import org.eduroadmap.roadmap.Roadmap;

/**
 * The five seed roadmaps this project was created from, bundled as JSON resources.
 *
 * <pre>{@code
 * Roadmap eao = SeedRoadmaps.load("eao-2021");
 * for (String name : SeedRoadmaps.names()) { ... }
 * }</pre>
 *
 * <p>The documents' own text is kept, inconsistencies included. This class is thread-safe.
 */
public final class SeedRoadmaps {

  private static final List<String> NAMES =
      List.of("eao-2021", "yakovlevsky-2020", "olenegorsk-2021", "katanga-2023", "kizel-2021");

  private static final Map<String, Roadmap> CACHE = new ConcurrentHashMap<>();

  private SeedRoadmaps() {}

  /** The bundled names, in the order of the seed documents. */
  public static List<String> names() {
    return NAMES;
  }

  /** Whether {@code name} is a bundled roadmap. */
  public static boolean contains(String name) {
    return NAMES.contains(name);
  }

  /**
   * Loads the bundled roadmap {@code name}.
   *
   * @throws IllegalArgumentException if no roadmap of that name is bundled
   */
  public static Roadmap load(String name) {
    if (!contains(name)) {
      throw new IllegalArgumentException(
          "No bundled roadmap '" + name + "'; bundled: " + String.join(", ", NAMES));
    }
    return CACHE.computeIfAbsent(name, SeedRoadmaps::read);
  }

  /** The JSON text of the bundled roadmap {@code name}, as shipped. */
  public static String json(String name) {
    return org.eduroadmap.seeds.SeedDocuments.json(name);
  }

  private static Roadmap read(String name) {
    // The eduroadmap-seeds module ships the documents; this module makes them roadmaps.
    return RoadmapJson.standard().read(org.eduroadmap.seeds.SeedDocuments.json(name));
  }
}
