package org.eduroadmap.schedule.internal;

import java.time.LocalDate;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.eduroadmap.calendar.CalendarException;
import org.eduroadmap.calendar.DueDatePolicy;
import org.eduroadmap.calendar.WorkingCalendar;
import org.eduroadmap.term.OccurrenceKind;

/**
 * The effective due date of every nominal due date under one working calendar and policy, computed
 * a year at a time on first use and then read from a table: a national schedule has millions of
 * occurrences but only a few hundred distinct due dates a year.
 *
 * <p>This class is thread-safe: tables are immutable once published, and two threads computing the
 * same year compute the same table.
 */
public final class DueDates {

  private static final int FIRST_CACHED_YEAR = 1900;
  private static final int CACHED_YEARS = 400;

  private final WorkingCalendar calendar;
  private final DueDatePolicy policy;
  private final AtomicReferenceArray<LocalDate[]> years = new AtomicReferenceArray<>(CACHED_YEARS);

  /** The effective due dates under {@code calendar} and {@code policy}. */
  public DueDates(WorkingCalendar calendar, DueDatePolicy policy) {
    this.calendar = Objects.requireNonNull(calendar, "calendar");
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  /** The calendar. */
  public WorkingCalendar calendar() {
    return calendar;
  }

  /** The policy. */
  public DueDatePolicy policy() {
    return policy;
  }

  /**
   * The effective due date of a span of {@code kind} nominally due on {@code nominalDue}: none when
   * it has none (CONTINUOUS, {@code null}), the day itself for an EVENT (it happens on its date),
   * {@link #effective} for the others.
   */
  public LocalDate effectiveFor(OccurrenceKind kind, LocalDate nominalDue) {
    if (nominalDue == null) {
      return null;
    }
    return kind == OccurrenceKind.EVENT ? nominalDue : effective(nominalDue);
  }

  /**
   * The day a task nominally due on {@code nominal} is effectively due.
   *
   * @throws org.eduroadmap.calendar.CalendarException if the calendar has no data for the days needed
   */
  public LocalDate effective(LocalDate nominal) {
    if (policy == DueDatePolicy.NONE) {
      return nominal;
    }
    int index = nominal.getYear() - FIRST_CACHED_YEAR;
    if (index < 0 || index >= CACHED_YEARS) {
      return compute(nominal);
    }
    LocalDate[] table = years.get(index);
    if (table == null) {
      table = tableOf(nominal.getYear());
      years.compareAndSet(index, null, table);
    }
    LocalDate effective = table[nominal.getDayOfYear() - 1];
    // A hole in the table is a day the calendar cannot answer: ask again, so that it says why.
    return effective != null ? effective : compute(nominal);
  }

  private LocalDate[] tableOf(int year) {
    LocalDate first = LocalDate.of(year, 1, 1);
    LocalDate[] table = new LocalDate[first.lengthOfYear()];
    for (int i = 0; i < table.length; i++) {
      LocalDate day = first.plusDays(i);
      try {
        LocalDate effective = compute(day);
        // Share one instance per date, so the schedule holds no copies of equal dates.
        table[i] = effective.equals(day) ? day : effective;
      } catch (CalendarException e) {
        table[i] = null; // 1 January 2020 looks back into 2019, which the calendar may not know
      }
    }
    return table;
  }

  private LocalDate compute(LocalDate nominal) {
    return policy.adjust(nominal, calendar);
  }
}
