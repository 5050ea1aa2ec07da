package org.eduroadmap.schedule;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.eduroadmap.roadmap.Activity;
import org.eduroadmap.roadmap.Roadmap;
import org.eduroadmap.term.TermRule;
import org.eduroadmap.term.UnscheduledReason;

/**
 * An activity (or one year cell of it) with no dated occurrence, and why: activity 11 «в соответствии
 * с планом - графиком ОГАОУ ДПО «ИПКПР»» is EXTERNAL, by the schedule «планом - графиком ОГАОУ ДПО
 * «ИПКПР»».
 *
 * <pre>{@code
 * for (Unscheduled u : calculator.unscheduled(roadmap)) {
 *   System.out.println(u.activityKey() + " " + u.reason() + " " + u.schedule().orElse(""));
 * }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Unscheduled {

  private final Roadmap roadmap;
  private final Activity activity;
  private final int position;
  private final TermRule rule;
  private final UnscheduledReason reason;
  private final String text;
  private final int year;

  Unscheduled(Roadmap roadmap, Activity activity, int position, TermRule rule, UnscheduledReason reason,
      String text, int year) {
    this.roadmap = roadmap;
    this.activity = activity;
    this.position = position;
    this.rule = rule;
    this.reason = reason;
    this.text = text;
    this.year = year;
  }

  /** The roadmap. */
  public Roadmap roadmap() {
    return roadmap;
  }

  /** The activity. */
  public Activity activity() {
    return activity;
  }

  /** The activity's number without a trailing dot. */
  public String activityKey() {
    return activity.key();
  }

  /** The activity's identifier, unique in the roadmap ({@link Activity#id()}). */
  public String activityId() {
    return activity.id();
  }

  /** The activity's position in {@link Roadmap#allActivities()}, from 0. */
  public int position() {
    return position;
  }

  /** The rule read from the term. */
  public TermRule rule() {
    return rule;
  }

  /** ON_DEMAND, EXTERNAL, UNSPECIFIED or UNPARSED. */
  public UnscheduledReason reason() {
    return reason;
  }

  /** For EXTERNAL, the schedule the term names: {@code отдельному графику}. */
  public Optional<String> schedule() {
    TermRule r = rule instanceof TermRule.Noted n ? n.rule() : rule; // «по мере необходимости (…)»: a comment beside it
    return r instanceof TermRule.External e ? Optional.of(e.schedule()) : Optional.empty();
  }

  /** For UNPARSED, why the text could not be read, in English. */
  public Optional<String> problem() {
    return rule instanceof TermRule.Unparsed u ? Optional.of(u.reason()) : Optional.empty();
  }

  /** The term text as written (empty for a blank cell). */
  public String text() {
    return text;
  }

  /** The column year, for a per-year cell that has a result but no date phrase. */
  public OptionalInt year() {
    return year == 0 ? OptionalInt.empty() : OptionalInt.of(year);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Unscheduled u && position == u.position && year == u.year && reason == u.reason
        && text.equals(u.text) && rule.equals(u.rule) && activity.equals(u.activity)
        && roadmap.equals(u.roadmap);
  }

  @Override
  public int hashCode() {
    return Objects.hash(position, year, reason, text);
  }

  @Override
  public String toString() {
    return activity.key() + " UNSCHEDULED " + reason + (year == 0 ? "" : " year " + year) + " «" + text + "»";
  }
}
