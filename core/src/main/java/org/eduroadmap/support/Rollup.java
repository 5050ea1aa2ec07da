package org.eduroadmap.support;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.eduroadmap.roadmap.RoadmapLevel;
import org.immutables.value.Value;

/**
 * The figures of a school, a municipality or a region: the total, per risk factor and per activity;
 * a municipality's or region's are the sums of its parts.
 *
 * <pre>{@code
 * Rollup school = Rollup.leaf("МБОУ СОШ № 1", total, byFactor, byActivity);
 * Rollup municipality = Rollup.of("Условный район", RoadmapLevel.MUNICIPAL, List.of(school, other));
 * Rollup region = Rollup.of("ЕАО", RoadmapLevel.REGIONAL, List.of(municipality, anotherMunicipality));
 * region.total().onTime().rate();                    // OptionalDouble[0.82]
 * region.byFactor().get("LOW_MOTIVATION");           // the anti-risk programmes of that factor
 * }</pre>
 *
 * <p>Counts add, rates are computed from the sums: a municipality's rate weights each school by its
 * occurrences, never averages rates. Per factor: the anti-risk programmes answering that factor (their
 * activities' on-time rate and their indicators' attainment). Per activity: by
 * {@link ActivityRef#key()}, so a municipal activity delegated to three schools is one line summed over
 * them. The total covers every programme and every delegated activity of the school. This class is
 * immutable and thread-safe.
 */
@Value.Immutable
public abstract class Rollup {

  Rollup() {}

  /** The school's, municipality's or region's name. */
  public abstract String name();

  /** SCHOOL, MUNICIPAL or REGIONAL. */
  public abstract RoadmapLevel level();

  /** The figures of everything counted. */
  public abstract Performance total();

  /** The figures per risk factor code. */
  @Value.NaturalOrder
  public abstract SortedMap<String, Performance> byFactor();

  /** The figures per activity, by {@link ActivityRef#key()}. */
  @Value.NaturalOrder
  public abstract SortedMap<String, Performance> byActivity();

  /** What was rolled up: a municipality's schools, a region's municipalities; empty for a school. */
  public abstract List<Rollup> parts();

  /** Obtains a school's figures. */
  public static Rollup leaf(String school, Performance total, Map<String, Performance> byFactor,
      Map<String, Performance> byActivity) {
    return builder().name(school).level(RoadmapLevel.SCHOOL).total(total).byFactor(byFactor)
        .byActivity(byActivity).build();
  }

  /** Rolls {@code parts} up into {@code name} at {@code level}: every count is the sum of the parts'. */
  public static Rollup of(String name, RoadmapLevel level, List<Rollup> parts) {
    Performance total = Performance.none();
    SortedMap<String, Performance> byFactor = new TreeMap<>();
    SortedMap<String, Performance> byActivity = new TreeMap<>();
    for (Rollup p : parts) {
      total = total.plus(p.total());
      p.byFactor().forEach((k, v) -> byFactor.merge(k, v, Performance::plus));
      p.byActivity().forEach((k, v) -> byActivity.merge(k, v, Performance::plus));
    }
    return builder().name(name).level(level).total(total).byFactor(byFactor).byActivity(byActivity)
        .parts(parts).build();
  }

  /** Whether the totals, per-factor and per-activity figures are those of {@code other} (names and parts aside). */
  public boolean hasSameFiguresAs(Rollup other) {
    return total().equals(other.total()) && byFactor().equals(other.byFactor())
        && byActivity().equals(other.byActivity());
  }

  /** A copy of this rollup with another name. */
  public Rollup withName(String name) {
    return immutable().withName(name);
  }

  /** A copy of this rollup with another level. */
  public Rollup withLevel(RoadmapLevel level) {
    return immutable().withLevel(level);
  }

  /** A copy of this rollup with other total figures. */
  public Rollup withTotal(Performance total) {
    return immutable().withTotal(total);
  }

  /** A copy of this rollup with these figures per risk factor. */
  public Rollup withByFactor(Map<String, ? extends Performance> byFactor) {
    return immutable().withByFactor(byFactor);
  }

  /** A copy of this rollup with these figures per activity. */
  public Rollup withByActivity(Map<String, ? extends Performance> byActivity) {
    return immutable().withByActivity(byActivity);
  }

  /** A copy of this rollup with these parts. */
  public Rollup withParts(Rollup... parts) {
    return immutable().withParts(parts);
  }

  /** A copy of this rollup with these parts. */
  public Rollup withParts(Iterable<? extends Rollup> parts) {
    return immutable().withParts(parts);
  }

  /** This value as its generated class, whose with* methods make the copies. */
  private ImmutableRollup immutable() {
    // copyOf returns this when it already is one; its declared type hides the Optional withers.
    return (ImmutableRollup) ImmutableRollup.copyOf(this);
  }

  /** A builder for all attributes. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Rollup}. */
  public static final class Builder {
    // Wraps the generated builder instead of extending it, so that its setters taking an
    // Optional stay out of the public API; an optional attribute not set is absent.
    private final ImmutableRollup.Builder delegate = new ImmutableRollup.Builder();

    Builder() {}

    /** Copies {@code instance}: its values replace those set; its elements are added. */
    public Builder from(Rollup instance) {
      delegate.from(instance);
      return this;
    }

    /** Sets the rollup's name. */
    public Builder name(String name) {
      delegate.name(name);
      return this;
    }

    /** Sets the rollup's level. */
    public Builder level(RoadmapLevel level) {
      delegate.level(level);
      return this;
    }

    /** Sets the rollup's total. */
    public Builder total(Performance total) {
      delegate.total(total);
      return this;
    }

    /** Puts an entry into the rollup's figures per risk factor. */
    public Builder putByFactor(String key, Performance value) {
      delegate.putByFactor(key, value);
      return this;
    }

    /** Puts this entry into the rollup's figures per risk factor. */
    public Builder putByFactor(Map.Entry<String, ? extends Performance> entry) {
      delegate.putByFactor(entry);
      return this;
    }

    /** Sets the rollup's figures per risk factor, replacing those set before. */
    public Builder byFactor(Map<String, ? extends Performance> entries) {
      delegate.byFactor(entries);
      return this;
    }

    /** Puts every entry of {@code entries} into the rollup's figures per risk factor. */
    public Builder putAllByFactor(Map<String, ? extends Performance> entries) {
      delegate.putAllByFactor(entries);
      return this;
    }

    /** Puts an entry into the rollup's figures per activity. */
    public Builder putByActivity(String key, Performance value) {
      delegate.putByActivity(key, value);
      return this;
    }

    /** Puts this entry into the rollup's figures per activity. */
    public Builder putByActivity(Map.Entry<String, ? extends Performance> entry) {
      delegate.putByActivity(entry);
      return this;
    }

    /** Sets the rollup's figures per activity, replacing those set before. */
    public Builder byActivity(Map<String, ? extends Performance> entries) {
      delegate.byActivity(entries);
      return this;
    }

    /** Puts every entry of {@code entries} into the rollup's figures per activity. */
    public Builder putAllByActivity(Map<String, ? extends Performance> entries) {
      delegate.putAllByActivity(entries);
      return this;
    }

    /** Adds an element to the rollup's parts. */
    public Builder addParts(Rollup element) {
      delegate.addParts(element);
      return this;
    }

    /** Adds these elements to the rollup's parts. */
    public Builder addParts(Rollup... elements) {
      delegate.addParts(elements);
      return this;
    }

    /** Sets the rollup's parts, replacing those set before. */
    public Builder parts(Iterable<? extends Rollup> elements) {
      delegate.parts(elements);
      return this;
    }

    /** Adds every element of {@code elements} to the rollup's parts. */
    public Builder addAllParts(Iterable<? extends Rollup> elements) {
      delegate.addAllParts(elements);
      return this;
    }

    /**
     * Builds the rollup; throws {@link IllegalStateException} if a required attribute is missing.
     */
    public Rollup build() {
      return delegate.build();
    }
  }
}
