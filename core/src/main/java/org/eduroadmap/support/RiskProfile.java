package org.eduroadmap.support;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import org.immutables.value.Value;

/**
 * A school's risk profile («рисковый профиль») for one year: the level of each assessed factor, with
 * the document or survey that set it.
 *
 * <pre>{@code
 * RiskProfile p = RiskProfile.of("МБОУ СОШ № 1", 2022,
 *         Map.of("LOW_MOTIVATION", RiskLevel.HIGH, "LOW_EQUIPMENT", RiskLevel.LOW))
 *     .withSource("Анкетирование ФИОКО, март 2022");
 * p.level("LOW_MOTIVATION");            // Optional[HIGH]
 * p.factorsAt(RiskLevel.HIGH);          // [LOW_MOTIVATION]
 * }</pre>
 *
 * <p>A factor that is not in {@link #levels()} was not assessed: {@link #level} is empty for it, never
 * a made-up {@code NONE}. Codes are checked against a catalogue by the validation module. This class
 * is immutable and thread-safe.
 */
@Value.Immutable
public abstract class RiskProfile {

  RiskProfile() {}

  /** The school, by its short name as the cycle names it. */
  public abstract String school();

  /** The year the profile was assessed. */
  public abstract int year();

  /** The level of each assessed factor, by factor code, codes in order. */
  @Value.NaturalOrder
  public abstract SortedMap<String, RiskLevel> levels();

  /** The document or survey that set the profile: «Анкетирование ФИОКО, март 2022». */
  public abstract Optional<String> source();

  /** The level of factor {@code code}; empty when it was not assessed. */
  public Optional<RiskLevel> level(String code) {
    return Optional.ofNullable(levels().get(code));
  }

  /** The codes of the factors at {@code level}, in code order. */
  public List<String> factorsAt(RiskLevel level) {
    return levels().entrySet().stream().filter(e -> e.getValue() == level).map(Map.Entry::getKey).toList();
  }

  /** Obtains the profile of {@code school} for {@code year}. */
  public static RiskProfile of(String school, int year, Map<String, RiskLevel> levels) {
    return builder().school(school).year(year).levels(levels).build();
  }

  @Value.Check
  void check() {
    if (school().isBlank()) {
      throw new IllegalArgumentException("Invalid risk profile (blank school name) for " + year());
    }
  }

  /** A copy of this risk profile with another school. */
  public RiskProfile withSchool(String school) {
    return immutable().withSchool(school);
  }

  /** A copy of this risk profile with another year. */
  public RiskProfile withYear(int year) {
    return immutable().withYear(year);
  }

  /** A copy of this risk profile with these levels. */
  public RiskProfile withLevels(Map<String, ? extends RiskLevel> levels) {
    return immutable().withLevels(levels);
  }

  /** A copy of this risk profile with this source. */
  public RiskProfile withSource(String source) {
    return immutable().withSource(source);
  }

  /** A copy of this risk profile without a source. */
  public RiskProfile withoutSource() {
    return immutable().withSource(Optional.empty());
  }

  /** This value as its generated class, whose with* methods make the copies. */
  private ImmutableRiskProfile immutable() {
    // copyOf returns this when it already is one; its declared type hides the Optional withers.
    return (ImmutableRiskProfile) ImmutableRiskProfile.copyOf(this);
  }

  /** A builder for all attributes. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RiskProfile}. */
  public static final class Builder {
    // Wraps the generated builder instead of extending it, so that its setters taking an
    // Optional stay out of the public API; an optional attribute not set is absent.
    private final ImmutableRiskProfile.Builder delegate = new ImmutableRiskProfile.Builder();

    Builder() {}

    /** Copies {@code instance}: its values replace those set; its elements are added. */
    public Builder from(RiskProfile instance) {
      delegate.from(instance);
      return this;
    }

    /** Sets the risk profile's school. */
    public Builder school(String school) {
      delegate.school(school);
      return this;
    }

    /** Sets the risk profile's year. */
    public Builder year(int year) {
      delegate.year(year);
      return this;
    }

    /** Puts an entry into the risk profile's levels. */
    public Builder putLevels(String key, RiskLevel value) {
      delegate.putLevels(key, value);
      return this;
    }

    /** Puts this entry into the risk profile's levels. */
    public Builder putLevels(Map.Entry<String, ? extends RiskLevel> entry) {
      delegate.putLevels(entry);
      return this;
    }

    /** Sets the risk profile's levels, replacing those set before. */
    public Builder levels(Map<String, ? extends RiskLevel> entries) {
      delegate.levels(entries);
      return this;
    }

    /** Puts every entry of {@code entries} into the risk profile's levels. */
    public Builder putAllLevels(Map<String, ? extends RiskLevel> entries) {
      delegate.putAllLevels(entries);
      return this;
    }

    /** Sets the risk profile's source. */
    public Builder source(String source) {
      delegate.source(source);
      return this;
    }

    /**
     * Builds the risk profile; throws {@link IllegalStateException} if a required attribute is
     * missing.
     */
    public RiskProfile build() {
      return delegate.build();
    }
  }
}
