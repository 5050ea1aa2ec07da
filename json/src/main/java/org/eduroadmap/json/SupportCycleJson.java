package org.eduroadmap.json;

import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;
import java.util.Objects;
import org.eduroadmap.support.RiskFactorCatalogue;
import org.eduroadmap.support.SupportCycle;

/**
 * Reads and writes a municipality's support cycle — schools, risk profiles, programmes with their
 * roadmaps and indicators, the municipal roadmap, cascade links and execution records — and risk
 * factor catalogues as JSON.
 *
 * <pre>{@code
 * SupportCycleJson json = SupportCycleJson.standard();
 * SupportCycle cycle = json.read(Path.of("cycle.json"));
 * String text = json.write(cycle);                                // stable field order, ISO dates
 * RiskFactorCatalogue c = json.readCatalogue(json.writeCatalogue(RiskFactorCatalogue.standard()));
 * }</pre>
 *
 * <p>The same binding as {@link RoadmapJson} (built on one): the same strictness (unknown fields,
 * coercions, duplicate fields and nulls for required fields are errors), the same bounds, and the same
 * {@link RoadmapJsonException} naming the JSON path, line and column ({@code $.programmes[1].roadmap.period}).
 * Field names are in {@code docs/cycle.md}; the roadmaps inside are roadmap JSON ({@code docs/json.md}).
 * This class is immutable and thread-safe.
 */
public final class SupportCycleJson {

  private static final SupportCycleJson STANDARD = new SupportCycleJson(RoadmapJson.standard());

  private final RoadmapJson json;

  private SupportCycleJson(RoadmapJson json) {
    this.json = json;
  }

  /** The standard binding: unknown fields are errors, default bounds. */
  public static SupportCycleJson standard() {
    return STANDARD;
  }

  /** The binding with {@code json}'s settings (unknown fields allowed or not, bounds). */
  public static SupportCycleJson of(RoadmapJson json) {
    return new SupportCycleJson(Objects.requireNonNull(json, "json"));
  }

  /**
   * Reads a support cycle from JSON text.
   *
   * @throws RoadmapJsonException naming the JSON path, line and column of what is wrong
   */
  public SupportCycle read(String text) {
    return json.readValue(text, SupportCycle.class, "json.nullCycle");
  }

  /** Reads a support cycle from a character stream; see {@link #read(String)}. */
  public SupportCycle read(Reader text) {
    return json.readValue(text, SupportCycle.class, "json.nullCycle");
  }

  /** Reads a support cycle from UTF-8 bytes; see {@link #read(String)}. */
  public SupportCycle read(InputStream text) {
    return json.readValue(text, SupportCycle.class, "json.nullCycle");
  }

  /** Reads a support cycle from a UTF-8 file; see {@link #read(String)}. */
  public SupportCycle read(Path file) {
    return json.readValue(file, SupportCycle.class, "json.nullCycle");
  }

  /** Writes a support cycle as indented JSON text. */
  public String write(SupportCycle cycle) {
    return json.writeValue(cycle);
  }

  /**
   * Reads a risk factor catalogue from JSON text: {@code {"version": …, "factors": [{"code": …,
   * "nameRu": …, "nameEn": …, "cohorts": [2022]}]}}.
   *
   * @throws RoadmapJsonException naming the JSON path, line and column of what is wrong
   */
  public RiskFactorCatalogue readCatalogue(String text) {
    return json.readValue(text, RiskFactorCatalogue.class, "json.nullCatalogue");
  }

  /** Writes a risk factor catalogue as indented JSON text. */
  public String writeCatalogue(RiskFactorCatalogue catalogue) {
    return json.writeValue(catalogue);
  }
}
