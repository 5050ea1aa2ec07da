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
 * <p>Alongside each year it keeps which nominal due dates are <em>provisional</em>: their effective
 * date was computed on a day the calendar answers provisionally (a year computed from the Labour
 * Code, with no approved production calendar), so it may move once that calendar is published.
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
  /**
   * Per cached year, a bitset by day of year of the provisional nominal due dates; {@link #NONE}
   * when no day is, the usual case, so that asking costs one read.
   */
  private final AtomicReferenceArray<long[]> provisional = new AtomicReferenceArray<>(CACHED_YEARS);
  private static final long[] NONE = new long[0];

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
   * Whether the effective due date of a span of {@code kind} nominally due on {@code nominalDue}
   * depends on a provisional day of the calendar: never for CONTINUOUS ({@code null}) and EVENT
   * spans, whose dates the calendar does not move, nor under {@link DueDatePolicy#NONE}; otherwise
   * {@link #isProvisional}.
   */
  public boolean isProvisionalFor(OccurrenceKind kind, LocalDate nominalDue) {
    return nominalDue != null && kind != OccurrenceKind.EVENT && isProvisional(nominalDue);
  }

  /**
   * Whether {@link #effective}{@code (nominal)} was computed on a day the calendar answers
   * provisionally: the nominal day or the effective day (the days between lie in the same or the
   * adjacent year, and the calendar's answers are provisional a whole year at a time). Always false
   * under {@link DueDatePolicy#NONE}, which does not ask the calendar.
   *
   * @throws org.eduroadmap.calendar.CalendarException if the calendar has no data for the days needed
   */
  public boolean isProvisional(LocalDate nominal) {
    if (policy == DueDatePolicy.NONE) {
      return false;
    }
    int index = nominal.getYear() - FIRST_CACHED_YEAR;
    if (index < 0 || index >= CACHED_YEARS) {
      return provisional(nominal, compute(nominal));
    }
    long[] bits = provisional.get(index);
    if (bits == null) {
      fill(index, nominal.getYear());
      bits = provisional.get(index);
    }
    if (bits == NONE) {
      return false;
    }
    int i = nominal.getDayOfYear() - 1;
    if ((bits[i >>> 6] & (1L << (i & 63))) != 0) {
      return true;
    }
    // A hole in the table is a day the calendar cannot answer: ask again, so that it says why.
    return years.get(index)[i] == null && provisional(nominal, compute(nominal));
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
      table = fill(index, nominal.getYear());
    }
    LocalDate effective = table[nominal.getDayOfYear() - 1];
    // A hole in the table is a day the calendar cannot answer: ask again, so that it says why.
    return effective != null ? effective : compute(nominal);
  }

  /** Computes a year's effective due dates and provisional days, publishes both, returns the first. */
  private LocalDate[] fill(int index, int year) {
    LocalDate first = LocalDate.of(year, 1, 1);
    LocalDate[] table = new LocalDate[first.lengthOfYear()];
    long[] bits = new long[(table.length + 63) >>> 6];
    boolean any = false;
    for (int i = 0; i < table.length; i++) {
      LocalDate day = first.plusDays(i);
      try {
        LocalDate effective = compute(day);
        // Share one instance per date, so the schedule holds no copies of equal dates.
        table[i] = effective.equals(day) ? day : effective;
        if (provisional(day, effective)) {
          bits[i >>> 6] |= 1L << (i & 63);
          any = true;
        }
      } catch (CalendarException e) {
        table[i] = null; // 1 January 2013 looks back into 2012, which a strict calendar does not know
      }
    }
    // The bits first: whoever sees the year's table finds its bits published too.
    provisional.compareAndSet(index, null, any ? bits : NONE);
    years.compareAndSet(index, null, table);
    return years.get(index);
  }

  private boolean provisional(LocalDate nominal, LocalDate effective) {
    return calendar.isProvisional(nominal) || calendar.isProvisional(effective);
  }

  private LocalDate compute(LocalDate nominal) {
    return policy.adjust(nominal, calendar);
  }
}
