package org.eduroadmap.responsibility;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Who owes an activity: its own responsible parties, or else, when its row names none, the plan's
 * implementers as the approving order names them — marked as such, so that every output can say
 * «по приказу».
 *
 * <pre>{@code
 * ResponsibleParties owed = roadmap.responsibleFor(activity);   // or occurrence.responsible()
 * owed.source();       // PLAN: the row names no one, the order does
 * owed.names();        // [Отдел общего образования, ОГАУ ДПО «Институт повышения квалификации …»]
 * owed.isFromPlan();   // true
 * }</pre>
 *
 * <p>This is the one resolution of "who owes it": the schedule's agenda and load, the on-time rates
 * per party, the HTML report, the workbooks, the calendar files and the command line all use it. The
 * rule itself is {@link #resolve(Responsibility, Responsibility)}. This class is immutable and
 * thread-safe.
 */
public final class ResponsibleParties {

  /** Where the parties come from. */
  public enum Source {
    /** The activity's own responsible cell. */
    ACTIVITY,
    /** The plan's implementers, as the approving order names them: the activity's row names no one. */
    PLAN,
    /** Neither the activity nor the plan names anyone. */
    NONE
  }

  private static final ResponsibleParties NONE = new ResponsibleParties(Responsibility.none(), Source.NONE);

  private final Responsibility responsibility;
  private final Source source;

  private ResponsibleParties(Responsibility responsibility, Source source) {
    this.responsibility = responsibility;
    this.source = source;
  }

  /**
   * The parties of an activity whose own responsibility is {@code own}, in a plan whose implementers are
   * {@code plan}: {@code own} when it names anyone (a party, or at least a non-blank cell), else
   * {@code plan} when it does, else none.
   */
  public static ResponsibleParties resolve(Responsibility own, Responsibility plan) {
    Objects.requireNonNull(own, "own");
    Objects.requireNonNull(plan, "plan");
    if (names(own)) {
      return new ResponsibleParties(own, Source.ACTIVITY);
    }
    if (names(plan)) {
      return new ResponsibleParties(plan, Source.PLAN);
    }
    return NONE;
  }

  /** The activity's own {@code responsibility}, as the parties owed. */
  public static ResponsibleParties ofActivity(Responsibility responsibility) {
    return new ResponsibleParties(Objects.requireNonNull(responsibility, "responsibility"), Source.ACTIVITY);
  }

  /** The plan's implementers {@code responsibility}, standing in for an activity that names no one. */
  public static ResponsibleParties ofPlan(Responsibility responsibility) {
    return new ResponsibleParties(Objects.requireNonNull(responsibility, "responsibility"), Source.PLAN);
  }

  /** No one named, neither by the activity nor by the plan. */
  public static ResponsibleParties none() {
    return NONE;
  }

  private static boolean names(Responsibility r) {
    return !r.isEmpty() || !r.text().isBlank();
  }

  /** The responsibility these parties come from: the activity's own cell or the plan's implementers. */
  public Responsibility responsibility() {
    return responsibility;
  }

  /** Where the parties come from. */
  public Source source() {
    return source;
  }

  /** Whether the parties are the plan's implementers standing in for an activity that names no one. */
  public boolean isFromPlan() {
    return source == Source.PLAN;
  }

  /** Whether no one is named at all. */
  public boolean isEmpty() {
    return !names(responsibility);
  }

  /** The parties, lead first; empty when the cell names no party the reader could make out. */
  public List<Party> parties() {
    return responsibility.parties();
  }

  /**
   * The names the parties are filed under, stripped, lead first: each party's name, or the cell's text
   * as one name when it names no party the reader could make out; empty when no one is named.
   */
  public List<String> names() {
    List<Party> parties = responsibility.parties();
    if (parties.isEmpty()) {
      String text = responsibility.text().strip();
      return text.isEmpty() ? List.of() : List.of(text);
    }
    List<String> out = new ArrayList<>(parties.size());
    for (Party p : parties) {
      String name = p.name().strip();
      if (!name.isEmpty() && !out.contains(name)) {
        out.add(name);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * The responsible cell as written, stripped; the party names joined by {@code ", "} when the cell's
   * text is blank; empty when no one is named. Says nothing of the source: see {@link #isFromPlan()}.
   */
  public String text() {
    String text = responsibility.text().strip();
    return text.isEmpty() ? String.join(", ", names()) : text;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ResponsibleParties other && source == other.source
        && responsibility.equals(other.responsibility);
  }

  @Override
  public int hashCode() {
    return 31 * responsibility.hashCode() + source.hashCode();
  }

  /** The source and the text: {@code ACTIVITY Комитет, ИМЦ}, {@code PLAN Отделу …}, {@code NONE}. */
  @Override
  public String toString() {
    return source == Source.NONE ? source.name() : source + " " + text();
  }
}
