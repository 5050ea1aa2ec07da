package org.eduroadmap.schedule;

import java.time.YearMonth;
import java.util.Objects;

/**
 * How busy one party is in one month: how many occurrences are under way in it and how many are
 * effectively due in it.
 *
 * <pre>{@code
 * for (MonthlyLoad l : calculator.load(roadmaps, DateRange.ofYear(2022))) {
 *   System.out.println(l.party() + " " + l.month() + " " + l.active() + " " + l.due()); // ИМЦ 2022-11 4 3
 * }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MonthlyLoad {

  private final String party;
  private final YearMonth month;
  private final int active;
  private final int due;

  MonthlyLoad(String party, YearMonth month, int active, int due) {
    this.party = party;
    this.month = month;
    this.active = active;
    this.due = due;
  }

  /** The party's name as the roadmap writes it. */
  public String party() {
    return party;
  }

  /** The month. */
  public YearMonth month() {
    return month;
  }

  /** How many occurrences of the party's activities share a day with the month. */
  public int active() {
    return active;
  }

  /** How many of them are effectively due in the month. */
  public int due() {
    return due;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MonthlyLoad l && party.equals(l.party) && month.equals(l.month)
        && active == l.active && due == l.due;
  }

  @Override
  public int hashCode() {
    return Objects.hash(party, month, active, due);
  }

  @Override
  public String toString() {
    return party + " " + month + " active " + active + " due " + due;
  }
}
