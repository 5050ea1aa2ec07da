package org.eduroadmap.schedule;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import org.eduroadmap.term.TermRule;

/**
 * The time of day a term names, with the end of a range and the zone when written: «15.03.2022 до 17:00
 * мск» is 17:00 Europe/Moscow.
 *
 * <pre>{@code
 * TimeOfDay.of(TermReader.strict().read("15.03.2022 до 17:00 мск")); // Optional[17:00 Europe/Moscow]
 * }</pre>
 *
 * <p>The due date stays a day; the time is shown beside it. This class is immutable and thread-safe.
 */
public final class TimeOfDay {

  private final LocalTime time;
  private final Optional<LocalTime> until;
  private final Optional<ZoneId> zone;

  private TimeOfDay(LocalTime time, Optional<LocalTime> until, Optional<ZoneId> zone) {
    this.time = Objects.requireNonNull(time, "time");
    this.until = until;
    this.zone = zone;
  }

  /** The time {@code rule} names, if any. */
  public static Optional<TimeOfDay> of(TermRule rule) {
    return rule.time().map(t -> new TimeOfDay(t, rule.until(), rule.zone()));
  }

  /** The time {@code time}, local to the place. */
  public static TimeOfDay of(LocalTime time) {
    return new TimeOfDay(time, Optional.empty(), Optional.empty());
  }

  /** A copy ending at {@code until}: a range from {@link #time()}. */
  public TimeOfDay withUntil(LocalTime until) {
    return new TimeOfDay(time, Optional.of(Objects.requireNonNull(until, "until")), zone);
  }

  /** A copy in the zone {@code zone}. */
  public TimeOfDay withZone(ZoneId zone) {
    return new TimeOfDay(time, until, Optional.of(Objects.requireNonNull(zone, "zone")));
  }

  /** The time, or the start of a range. */
  public LocalTime time() {
    return time;
  }

  /** The end of a range, if written. */
  public Optional<LocalTime> until() {
    return until;
  }

  /** The zone, if named; otherwise the time is local to the place. */
  public Optional<ZoneId> zone() {
    return zone;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TimeOfDay t && time.equals(t.time) && until.equals(t.until) && zone.equals(t.zone);
  }

  @Override
  public int hashCode() {
    return Objects.hash(time, until, zone);
  }

  @Override
  public String toString() {
    return time + until.map(u -> "–" + u).orElse("") + zone.map(z -> " " + z.getId()).orElse("");
  }
}
