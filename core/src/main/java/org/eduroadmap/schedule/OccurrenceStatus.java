package org.eduroadmap.schedule;

/**
 * Where an occurrence stands on a given day.
 *
 * <pre>{@code
 * progress.status(occurrence, LocalDate.of(2021, 11, 29)); // DUE_SOON
 * }</pre>
 */
public enum OccurrenceStatus {
  /** Not done, and its effective due date is further away than the «due soon» horizon. */
  PLANNED,
  /** Not done, and its effective due date is within the horizon (in working days), today included. */
  DUE_SOON,
  /** Not done, and its effective due date has passed. */
  OVERDUE,
  /** Done on or before its effective due date. */
  DONE_ON_TIME,
  /** Done after its effective due date. */
  DONE_LATE,
  /** It has no due date: a CONTINUOUS span goes on, it is never «done». */
  NOT_APPLICABLE
}
