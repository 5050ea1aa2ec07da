package org.eduroadmap.support;

import java.util.List;
import org.eduroadmap.roadmap.RoadmapLevel;
import org.eduroadmap.schedule.Occurrence;
import org.immutables.value.Value;

/**
 * One line of a school's consolidated agenda: an occurrence the school owes, the level of the roadmap
 * it comes from, and the chain of higher activities it carries out.
 *
 * <pre>{@code
 * for (AgendaItem item : cycle.agenda("МБОУ СОШ № 1", Map.of("eao-2021", eao), calculator, year2022)) {
 *   System.out.println(item.occurrence().effectiveDue().orElseThrow() + " " + item.level() + " "
 *       + item.occurrence().activity().title() + " ← " + item.parents());
 * }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class AgendaItem {

  AgendaItem() {}

  /** The occurrence, with its dates, activity and roadmap. */
  public abstract Occurrence occurrence();

  /** The roadmap's name in the cycle. */
  public abstract String roadmap();

  /** The level of the roadmap it comes from: SCHOOL for the school's programmes, MUNICIPAL, REGIONAL. */
  public abstract RoadmapLevel level();

  /** The higher activities it carries out, nearest first: {@code [municipal/2.1, eao-2021/8]}. */
  public abstract List<ActivityRef> parents();

  /** Obtains the item. */
  public static AgendaItem of(Occurrence occurrence, String roadmap, RoadmapLevel level, List<ActivityRef> parents) {
    return new ImmutableAgendaItem.Builder().occurrence(occurrence).roadmap(roadmap).level(level)
        .parents(parents).build();
  }

  /** A copy of this agenda item with another occurrence. */
  public AgendaItem withOccurrence(Occurrence occurrence) {
    return immutable().withOccurrence(occurrence);
  }

  /** A copy of this agenda item with another roadmap. */
  public AgendaItem withRoadmap(String roadmap) {
    return immutable().withRoadmap(roadmap);
  }

  /** A copy of this agenda item with another level. */
  public AgendaItem withLevel(RoadmapLevel level) {
    return immutable().withLevel(level);
  }

  /** A copy of this agenda item with these parents. */
  public AgendaItem withParents(ActivityRef... parents) {
    return immutable().withParents(parents);
  }

  /** A copy of this agenda item with these parents. */
  public AgendaItem withParents(Iterable<? extends ActivityRef> parents) {
    return immutable().withParents(parents);
  }

  /** This value as its generated class, whose with* methods make the copies. */
  private ImmutableAgendaItem immutable() {
    // copyOf returns this when it already is one; its declared type hides the Optional withers.
    return (ImmutableAgendaItem) ImmutableAgendaItem.copyOf(this);
  }
}
