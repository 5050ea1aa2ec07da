package org.eduroadmap.term;

/**
 * What kind of occurrence a term rule produces, as in the table of {@code terms.md}.
 *
 * <pre>{@code
 * TermReader.strict().read("ежегодно (ноябрь)").kind(); // WINDOW
 * }</pre>
 */
public enum OccurrenceKind {
  /** One day: the activity happens on it ({@code 25 февраля 2021}). */
  EVENT,
  /** Done by a date ({@code не позднее 16 февраля 2021}). */
  DEADLINE,
  /** Done within a span, due on its last day ({@code Сентябрь – октябрь 2020}). */
  WINDOW,
  /** Goes on through a span, no due date ({@code В течение года}). */
  CONTINUOUS,
  /** No dated occurrence; {@link TermRule#unscheduledReason()} says why. */
  UNSCHEDULED
}
