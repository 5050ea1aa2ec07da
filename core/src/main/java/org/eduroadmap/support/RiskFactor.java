package org.eduroadmap.support;

import java.util.Locale;
import java.util.SortedSet;
import java.util.regex.Pattern;
import org.eduroadmap.Language;
import org.immutables.value.Value;

/**
 * One risk factor of a catalogue, with its Russian and English names and the cohort years it
 * applies to: «Низкая учебная мотивация обучающихся».
 *
 * <pre>{@code
 * RiskFactor f = RiskFactor.of("LOW_MOTIVATION", "Низкая учебная мотивация обучающихся",
 *     "Low learning motivation of pupils").withCohorts(2022, 2023);
 * f.appliesTo(2021);                          // false
 * f.name(Locale.forLanguageTag("ru"));        // Низкая учебная мотивация обучающихся
 * }</pre>
 *
 * <p>A factor without cohort years applies to every cohort. The code is the stable key profiles and
 * programmes use: letters, digits, {@code _}, {@code -} and {@code .}. This class is immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class RiskFactor {

  static final Pattern CODE = Pattern.compile("[\\p{L}\\p{N}_.-]+");

  RiskFactor() {}

  /** The stable code: {@code LOW_MOTIVATION}. */
  public abstract String code();

  /** The Russian name, as the catalogue writes it. */
  public abstract String nameRu();

  /** The English name. */
  public abstract String nameEn();

  /** The cohort years (the year a school entered the project) the factor applies to; empty for every year. */
  @Value.NaturalOrder
  public abstract SortedSet<Integer> cohorts();

  /** The name in Russian for a {@code ru} locale, in English otherwise. */
  public String name(Locale locale) {
    return Language.isRussian(locale) ? nameRu() : nameEn();
  }

  /** Whether the factor is assessed in the cohort of {@code cohortYear}. */
  public boolean appliesTo(int cohortYear) {
    return cohorts().isEmpty() || cohorts().contains(cohortYear);
  }

  /**
   * Obtains the factor {@code code} for every cohort.
   *
   * @throws IllegalArgumentException if the code is not a code or a name is blank, naming it
   */
  public static RiskFactor of(String code, String nameRu, String nameEn) {
    return builder().code(code).nameRu(nameRu).nameEn(nameEn).build();
  }

  @Value.Check
  void check() {
    if (!CODE.matcher(code()).matches()) {
      throw new IllegalArgumentException("Invalid risk factor code (letters, digits, _ - . only): \"" + code() + "\"");
    }
    if (nameRu().isBlank() || nameEn().isBlank()) {
      throw new IllegalArgumentException("Invalid risk factor " + code() + ": a name is blank");
    }
  }

  /** A copy of this risk factor with another code. */
  public RiskFactor withCode(String code) {
    return immutable().withCode(code);
  }

  /** A copy of this risk factor with another Russian name. */
  public RiskFactor withNameRu(String nameRu) {
    return immutable().withNameRu(nameRu);
  }

  /** A copy of this risk factor with another English name. */
  public RiskFactor withNameEn(String nameEn) {
    return immutable().withNameEn(nameEn);
  }

  /** A copy of this risk factor with these cohorts. */
  public RiskFactor withCohorts(int... cohorts) {
    return immutable().withCohorts(cohorts);
  }

  /** A copy of this risk factor with these cohorts. */
  public RiskFactor withCohorts(Iterable<Integer> cohorts) {
    return immutable().withCohorts(cohorts);
  }

  /** This value as its generated class, whose with* methods make the copies. */
  private ImmutableRiskFactor immutable() {
    // copyOf returns this when it already is one; its declared type hides the Optional withers.
    return (ImmutableRiskFactor) ImmutableRiskFactor.copyOf(this);
  }

  /** A builder for all attributes. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RiskFactor}. */
  public static final class Builder {
    // Wraps the generated builder instead of extending it, so that its setters taking an
    // Optional stay out of the public API; an optional attribute not set is absent.
    private final ImmutableRiskFactor.Builder delegate = new ImmutableRiskFactor.Builder();

    Builder() {}

    /** Copies {@code instance}: its values replace those set; its elements are added. */
    public Builder from(RiskFactor instance) {
      delegate.from(instance);
      return this;
    }

    /** Sets the risk factor's code. */
    public Builder code(String code) {
      delegate.code(code);
      return this;
    }

    /** Sets the risk factor's Russian name. */
    public Builder nameRu(String nameRu) {
      delegate.nameRu(nameRu);
      return this;
    }

    /** Sets the risk factor's English name. */
    public Builder nameEn(String nameEn) {
      delegate.nameEn(nameEn);
      return this;
    }

    /** Adds an element to the risk factor's cohorts. */
    public Builder addCohorts(int element) {
      delegate.addCohorts(element);
      return this;
    }

    /** Adds these elements to the risk factor's cohorts. */
    public Builder addCohorts(int... elements) {
      delegate.addCohorts(elements);
      return this;
    }

    /** Sets the risk factor's cohorts, replacing those set before. */
    public Builder cohorts(Iterable<Integer> elements) {
      delegate.cohorts(elements);
      return this;
    }

    /** Adds every element of {@code elements} to the risk factor's cohorts. */
    public Builder addAllCohorts(Iterable<Integer> elements) {
      delegate.addAllCohorts(elements);
      return this;
    }

    /**
     * Builds the risk factor; throws {@link IllegalStateException} if a required attribute is
     * missing.
     */
    public RiskFactor build() {
      return delegate.build();
    }
  }
}
