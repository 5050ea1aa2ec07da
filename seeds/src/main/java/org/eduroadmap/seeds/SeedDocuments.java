package org.eduroadmap.seeds;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The seed roadmaps as the JSON text this module ships, by name.
 *
 * <pre>{@code
 * SeedDocuments.names();              // [eao-2021, yakovlevsky-2020, olenegorsk-2021, katanga-2023, kizel-2021]
 * SeedDocuments.json("eao-2021");     // the roadmap JSON text of the Jewish Autonomous Region plan
 * SeedDocuments.supportCycleNames();  // [eao-cycle-example]
 * SeedDocuments.supportCycleJson("eao-cycle-example"); // support-cycle JSON: an illustration, not a real document
 * }</pre>
 *
 * <p>Read from this module's own resources, so it works on the class path, on the module path and from
 * inside a shaded jar. This class is immutable and thread-safe.
 */
public final class SeedDocuments {

  private static final List<String> NAMES =
      List.of("eao-2021", "yakovlevsky-2020", "olenegorsk-2021", "katanga-2023", "kizel-2021");

  private static final List<String> CYCLES = List.of("eao-cycle-example");

  private SeedDocuments() {}

  /** The names, in the order of the seed documents. */
  public static List<String> names() {
    return NAMES;
  }

  /**
   * The roadmap JSON of seed {@code name}.
   *
   * @throws IllegalArgumentException if there is no seed of that name
   */
  public static String json(String name) {
    if (!NAMES.contains(name)) {
      throw new IllegalArgumentException("Invalid seed name (valid names " + NAMES + "): " + name);
    }
    try (InputStream in = SeedDocuments.class.getResourceAsStream(name + ".json")) {
      if (in == null) {
        throw new IllegalStateException("Seed resource missing from this jar: " + name + ".json");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The names of the bundled support-cycle examples. They are illustrations, not documents: the
   * municipality, schools, profiles, programmes and records are invented (their title and notes say
   * so), cascaded from the real regional plan {@code eao-2021}. Not among {@link #names()}.
   */
  public static List<String> supportCycleNames() {
    return CYCLES;
  }

  /**
   * The support-cycle JSON of example {@code name} (read it with {@code SupportCycleJson}).
   *
   * @throws IllegalArgumentException if there is no example of that name
   */
  public static String supportCycleJson(String name) {
    if (!CYCLES.contains(name)) {
      throw new IllegalArgumentException("Invalid support-cycle example name (valid names " + CYCLES + "): " + name);
    }
    return resource(name + ".json");
  }

  private static String resource(String file) {
    try (InputStream in = SeedDocuments.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException("Seed resource missing from this jar: " + file);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
