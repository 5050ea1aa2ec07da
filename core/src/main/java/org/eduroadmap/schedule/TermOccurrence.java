package org.eduroadmap.schedule;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.eduroadmap.calendar.DateRange;
import org.eduroadmap.term.OccurrenceKind;

/**
 * One dated occurrence of a term under a context, before it is attached to an activity: what the
 * {@code terms} command prints for a term text and a period.
 *
 * <pre>{@code
 * // «ежегодно (ноябрь)» in 2021 – 2023
 * TermOccurrence o = calculator.expand(rule, TermContext.of(DateRange.ofYears(2021, 2023))).findFirst().get();
 * o.kind();          // WINDOW
 * o.start();         // 2021-11-01
 * o.end();           // 2021-11-30
 * o.nominalDue();    // Optional[2021-11-30]
 * o.effectiveDue();  // Optional[2021-11-30] (a Tuesday)
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TermOccurrence {

  /** By start, then nominal due date (the end, for CONTINUOUS), then end. */
  public static final Comparator<TermOccurrence> ORDER = (a, b) -> {
    int c = a.start.compareTo(b.start);
    if (c != 0) {
      return c;
    }
    // The nominal due date is the end whenever there is one, so "then due, then end" is "then end".
    return a.end.compareTo(b.end);
  };

  private final OccurrenceKind kind;
  private final LocalDate start;
  private final LocalDate end;
  /** Null for CONTINUOUS; the nominal due date is the end for every other kind, so it is not stored. */
  private final LocalDate effectiveDue;
  private final int year;

  TermOccurrence(OccurrenceKind kind, LocalDate start, LocalDate end, LocalDate effectiveDue, int year) {
    this.kind = kind;
    this.start = start;
    this.end = end;
    this.effectiveDue = effectiveDue;
    this.year = year;
  }

  /** EVENT, DEADLINE, WINDOW or CONTINUOUS. */
  public OccurrenceKind kind() {
    return kind;
  }

  /** The first day. */
  public LocalDate start() {
    return start;
  }

  /** The last day: the due date for EVENT, DEADLINE and WINDOW. */
  public LocalDate end() {
    return end;
  }

  /** The days from {@link #start()} to {@link #end()}. */
  public DateRange span() {
    return DateRange.of(start, end);
  }

  /** The nominal due date; empty for CONTINUOUS. */
  public Optional<LocalDate> nominalDue() {
    return kind == OccurrenceKind.CONTINUOUS ? Optional.empty() : Optional.of(end);
  }

  /** The due date moved off a non-working day by the policy; empty for CONTINUOUS. */
  public Optional<LocalDate> effectiveDue() {
    return Optional.ofNullable(effectiveDue);
  }

  /** The year it stands for: column year, reporting year, or the year of a yearly form. */
  public OptionalInt year() {
    return year == 0 ? OptionalInt.empty() : OptionalInt.of(year);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TermOccurrence t && kind == t.kind && start.equals(t.start) && end.equals(t.end)
        && Objects.equals(effectiveDue, t.effectiveDue) && year == t.year;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, start, end, effectiveDue, year);
  }

  @Override
  public String toString() {
    return kind + " " + start + "/" + end + (effectiveDue == null ? "" : " due " + end + " effective " + effectiveDue)
        + (year == 0 ? "" : " year " + year);
  }
}
