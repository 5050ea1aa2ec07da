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
 *
 * @param time the time, or the start of a range
 * @param until the end of a range, if written
 * @param zone the zone, if named; otherwise the time is local to the place
 */
public record TimeOfDay(LocalTime time, Optional<LocalTime> until, Optional<ZoneId> zone) {

  /** Checks the parts. */
  public TimeOfDay {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(until, "until");
    Objects.requireNonNull(zone, "zone");
  }

  /** The time {@code rule} names, if any. */
  public static Optional<TimeOfDay> of(TermRule rule) {
    return rule.time().map(t -> new TimeOfDay(t, rule.until(), rule.zone()));
  }

  @Override
  public String toString() {
    return time + until.map(u -> "–" + u).orElse("") + zone.map(z -> " " + z.getId()).orElse("");
  }
}
