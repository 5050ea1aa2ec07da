package org.eduroadmap.schedule.internal;

import java.time.LocalDate;
import org.eduroadmap.term.OccurrenceKind;

/** Receives the dated spans an {@link Expander} produces, without allocating a value per span. */
@FunctionalInterface
public interface SpanSink {

  /**
   * One occurrence.
   *
   * @param kind EVENT, DEADLINE, WINDOW or CONTINUOUS
   * @param start the first day
   * @param end the last day, not before {@code start}
   * @param nominalDue the nominal due date, {@code null} for CONTINUOUS
   * @param year the year the occurrence stands for (column year, reporting year, calendar year of a
   *     yearly form, first year of an academic year), or 0 when it stands for none
   */
  void accept(OccurrenceKind kind, LocalDate start, LocalDate end, LocalDate nominalDue, int year);
}
