package org.eduroadmap.support;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A school's risk profiles across years, oldest first: how each factor moved.
 *
 * <pre>{@code
 * RiskProfileHistory h = cycle.history("МБОУ СОШ № 1");
 * h.current().map(RiskProfile::year);       // Optional[2022]
 * h.levelsOf("LOW_MOTIVATION");             // {2021=HIGH, 2022=MEDIUM}
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RiskProfileHistory {

  private final String school;
  private final List<RiskProfile> profiles;

  private RiskProfileHistory(String school, List<RiskProfile> profiles) {
    this.school = school;
    this.profiles = profiles;
  }

  /**
   * Obtains the history of {@code school} from {@code profiles}, sorted by year.
   *
   * @throws IllegalArgumentException if a profile is of another school or two are of one year
   */
  public static RiskProfileHistory of(String school, Collection<RiskProfile> profiles) {
    Objects.requireNonNull(school, "school");
    List<RiskProfile> sorted = new ArrayList<>(profiles);
    sorted.sort(Comparator.comparingInt(RiskProfile::year));
    for (int i = 0; i < sorted.size(); i++) {
      RiskProfile p = sorted.get(i);
      if (!p.school().equals(school)) {
        throw new IllegalArgumentException("Invalid history of " + school + ": a profile of " + p.school());
      }
      if (i > 0 && sorted.get(i - 1).year() == p.year()) {
        throw new IllegalArgumentException("Invalid history of " + school + ": two profiles for " + p.year());
      }
    }
    return new RiskProfileHistory(school, Collections.unmodifiableList(sorted));
  }

  /** The school. */
  public String school() {
    return school;
  }

  /** The profiles, oldest first. */
  public List<RiskProfile> profiles() {
    return profiles;
  }

  /** The latest profile; empty when the school has none. */
  public Optional<RiskProfile> current() {
    return profiles.isEmpty() ? Optional.empty() : Optional.of(profiles.get(profiles.size() - 1));
  }

  /** The profile of {@code year}, if assessed. */
  public Optional<RiskProfile> at(int year) {
    return profiles.stream().filter(p -> p.year() == year).findFirst();
  }

  /** The level of factor {@code code} in each year it was assessed. */
  public SortedMap<Integer, RiskLevel> levelsOf(String code) {
    SortedMap<Integer, RiskLevel> out = new TreeMap<>();
    for (RiskProfile p : profiles) {
      p.level(code).ifPresent(l -> out.put(p.year(), l));
    }
    return Collections.unmodifiableSortedMap(out);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RiskProfileHistory h && school.equals(h.school) && profiles.equals(h.profiles);
  }

  @Override
  public int hashCode() {
    return Objects.hash(school, profiles);
  }

  @Override
  public String toString() {
    return "RiskProfileHistory{" + school + ", " + profiles + "}";
  }
}
