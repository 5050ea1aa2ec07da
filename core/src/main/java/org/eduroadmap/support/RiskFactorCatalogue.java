package org.eduroadmap.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A versioned catalogue of risk factors: reference data, not an enum, so that a region adds its own
 * and a new cohort's list is a new file rather than a new release.
 *
 * <pre>{@code
 * RiskFactorCatalogue c = RiskFactorCatalogue.standard();         // the «500+» factors
 * c.factor("LOW_MOTIVATION").map(RiskFactor::nameRu);              // Optional[Низкая учебная мотивация обучающихся]
 * c.factorsFor(2021);                                              // the factors of the 2021 cohort
 * RiskFactorCatalogue mine = c.plus(RiskFactorCatalogue.read(Path.of("region-factors.txt")));
 * }</pre>
 *
 * <p>The file format (UTF-8 text): {@code #} starts a comment; a line {@code version = NAME} comes
 * first; then one factor a line, {@code CODE | cohorts | Russian name | English name}, where cohorts
 * are {@code *} (every cohort), {@code 2022}, {@code 2021-2023} or {@code 2021, 2023}. This class is
 * immutable and thread-safe.
 */
@Value.Immutable
public abstract class RiskFactorCatalogue {

  private static final String STANDARD_RESOURCE = "risk-factors-500plus.txt";
  private static final Pattern VERSION = Pattern.compile("version\\s*=\\s*(\\S.*)");
  private static final Pattern YEARS = Pattern.compile("(\\d{4})(?:\\s*[-–]\\s*(\\d{4}))?");

  RiskFactorCatalogue() {}

  /** The catalogue's version: {@code fioko-500plus-2021}; a merged catalogue joins them with {@code +}. */
  public abstract String version();

  /** The factors, in the catalogue's order; codes are unique. */
  public abstract List<RiskFactor> factors();

  /** Obtains the catalogue {@code version} of {@code factors}; a code used twice is an IllegalArgumentException. */
  public static RiskFactorCatalogue of(String version, List<RiskFactor> factors) {
    return builder().version(version).factors(factors).build();
  }

  private static final class Standard {
    static final RiskFactorCatalogue CATALOGUE = load();

    private static RiskFactorCatalogue load() {
      try (InputStream in = RiskFactorCatalogue.class.getResourceAsStream(STANDARD_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("Resource missing from this jar: " + STANDARD_RESOURCE);
        }
        return read(new InputStreamReader(in, StandardCharsets.UTF_8), STANDARD_RESOURCE);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** The catalogue of the federal project «500+» that this library ships (file {@code risk-factors-500plus.txt}). */
  public static RiskFactorCatalogue standard() {
    return Standard.CATALOGUE;
  }

  /**
   * Reads a catalogue file (UTF-8).
   *
   * @throws RiskCatalogueException naming the file and the line of what is wrong
   */
  public static RiskFactorCatalogue read(Path file) {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a catalogue from {@code text}; {@code source} names it in errors.
   *
   * @throws RiskCatalogueException naming {@code source} and the line of what is wrong
   */
  public static RiskFactorCatalogue read(Reader text, String source) {
    BufferedReader in = new BufferedReader(text);
    String version = null;
    List<RiskFactor> factors = new ArrayList<>();
    Map<String, Integer> lineOf = new HashMap<>();
    int n = 0;
    try {
      for (String raw = in.readLine(); raw != null; raw = in.readLine()) {
        n++;
        String line = (n == 1 && raw.startsWith("\uFEFF") ? raw.substring(1) : raw).strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        Matcher v = VERSION.matcher(line);
        if (version == null && v.matches()) {
          version = v.group(1).strip();
          continue;
        }
        if (version == null) {
          throw new RiskCatalogueException(source, n, "catalogue.noVersion");
        }
        String[] fields = line.split("\\|", -1);
        if (fields.length != 4) {
          throw new RiskCatalogueException(source, n, "catalogue.fields", fields.length, line);
        }
        String code = fields[0].strip();
        if (!RiskFactor.CODE.matcher(code).matches()) {
          throw new RiskCatalogueException(source, n, "catalogue.code", code);
        }
        if (fields[2].isBlank() || fields[3].isBlank()) {
          throw new RiskCatalogueException(source, n, "catalogue.blankName", code);
        }
        Integer earlier = lineOf.putIfAbsent(code, n);
        if (earlier != null) {
          throw new RiskCatalogueException(source, n, "catalogue.duplicate", code, earlier);
        }
        factors.add(RiskFactor.of(code, fields[2].strip(), fields[3].strip())
            .withCohorts(cohorts(fields[1].strip(), source, n)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (factors.isEmpty()) {
      throw new RiskCatalogueException(source, 0, version == null ? "catalogue.noVersion" : "catalogue.empty");
    }
    return of(version, factors);
  }

  private static Set<Integer> cohorts(String text, String source, int line) {
    Set<Integer> years = new TreeSet<>();
    if (text.equals("*")) {
      return years;
    }
    for (String part : text.split(",")) {
      Matcher m = YEARS.matcher(part.strip());
      if (!m.matches()) {
        throw new RiskCatalogueException(source, line, "catalogue.cohorts", text);
      }
      int from = Integer.parseInt(m.group(1));
      int to = m.group(2) == null ? from : Integer.parseInt(m.group(2));
      if (to < from || to - from > 100) {
        throw new RiskCatalogueException(source, line, "catalogue.cohorts", text);
      }
      for (int y = from; y <= to; y++) {
        years.add(y);
      }
    }
    return years;
  }

  /** The factor whose code is {@code code}, if the catalogue has it. */
  public Optional<RiskFactor> factor(String code) {
    return factors().stream().filter(f -> f.code().equals(code)).findFirst();
  }

  /** Whether the catalogue has a factor {@code code}. */
  public boolean contains(String code) {
    return factor(code).isPresent();
  }

  /** The factors assessed in the cohort of {@code cohortYear}, in the catalogue's order. */
  public List<RiskFactor> factorsFor(int cohortYear) {
    return factors().stream().filter(f -> f.appliesTo(cohortYear)).toList();
  }

  /**
   * This catalogue followed by {@code other}'s factors (a region's own), version {@code this+other}.
   *
   * @throws IllegalArgumentException if a code is in both, naming it
   */
  public RiskFactorCatalogue plus(RiskFactorCatalogue other) {
    List<RiskFactor> all = new ArrayList<>(factors());
    all.addAll(other.factors());
    return of(version() + "+" + other.version(), all);
  }

  @Value.Check
  void check() {
    if (version().isBlank()) {
      throw new IllegalArgumentException("Invalid catalogue version (blank)");
    }
    Set<String> codes = new HashSet<>();
    for (RiskFactor f : factors()) {
      if (!codes.add(f.code())) {
        throw new IllegalArgumentException("Invalid catalogue (risk factor code used twice): " + f.code());
      }
    }
  }

  /** A copy of this risk factor catalogue with another version. */
  public RiskFactorCatalogue withVersion(String version) {
    return immutable().withVersion(version);
  }

  /** A copy of this risk factor catalogue with these factors. */
  public RiskFactorCatalogue withFactors(RiskFactor... factors) {
    return immutable().withFactors(factors);
  }

  /** A copy of this risk factor catalogue with these factors. */
  public RiskFactorCatalogue withFactors(Iterable<? extends RiskFactor> factors) {
    return immutable().withFactors(factors);
  }

  /** This value as its generated class, whose with* methods make the copies. */
  private ImmutableRiskFactorCatalogue immutable() {
    // copyOf returns this when it already is one; its declared type hides the Optional withers.
    return (ImmutableRiskFactorCatalogue) ImmutableRiskFactorCatalogue.copyOf(this);
  }

  /** A builder for all attributes. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RiskFactorCatalogue}. */
  public static final class Builder {
    // Wraps the generated builder instead of extending it, so that its setters taking an
    // Optional stay out of the public API; an optional attribute not set is absent.
    private final ImmutableRiskFactorCatalogue.Builder delegate =
        new ImmutableRiskFactorCatalogue.Builder();

    Builder() {}

    /** Copies {@code instance}: its values replace those set; its elements are added. */
    public Builder from(RiskFactorCatalogue instance) {
      delegate.from(instance);
      return this;
    }

    /** Sets the risk factor catalogue's version. */
    public Builder version(String version) {
      delegate.version(version);
      return this;
    }

    /** Adds an element to the risk factor catalogue's factors. */
    public Builder addFactors(RiskFactor element) {
      delegate.addFactors(element);
      return this;
    }

    /** Adds these elements to the risk factor catalogue's factors. */
    public Builder addFactors(RiskFactor... elements) {
      delegate.addFactors(elements);
      return this;
    }

    /** Sets the risk factor catalogue's factors, replacing those set before. */
    public Builder factors(Iterable<? extends RiskFactor> elements) {
      delegate.factors(elements);
      return this;
    }

    /** Adds every element of {@code elements} to the risk factor catalogue's factors. */
    public Builder addAllFactors(Iterable<? extends RiskFactor> elements) {
      delegate.addAllFactors(elements);
      return this;
    }

    /**
     * Builds the risk factor catalogue; throws {@link IllegalStateException} if a required
     * attribute is missing.
     */
    public RiskFactorCatalogue build() {
      return delegate.build();
    }
  }
}
