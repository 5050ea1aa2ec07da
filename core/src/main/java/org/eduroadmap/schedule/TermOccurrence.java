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
 * o.isProvisional(); // false; true when the due date was computed on a year with no approved
 *                    // production calendar (from the Labour Code) and may still move
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TermOccurrence {

  /**
   * By start, then nominal due date (the end, for CONTINUOUS): the order {@code terms.md} fixes. The
   * nominal due date always is the end, so this compares start, then end.
   */
  public static final Comparator<TermOccurrence> ORDER = (a, b) -> {
    int c = a.start.compareTo(b.start);
    if (c != 0) {
      return c;
    }
    return a.end.compareTo(b.end);
  };

  private final OccurrenceKind kind;
  private final LocalDate start;
  private final LocalDate end;
  /**
   * The due date the policy moved to, or null when it did not move (and for CONTINUOUS). The nominal
   * due date is the end for every other kind, so it is not stored either: most occurrences hold three
   * dates, which a national set makes by the million.
   */
  private final LocalDate movedDue;
  /**
   * The year it stands for (0 for none), with {@link #PROVISIONAL} set when the due date is
   * provisional: the flag shares the int because a field of its own would make every occurrence 40
   * bytes instead of 32.
   */
  private final int year;
  /** The time of day the term names, or null (most terms name none). */
  private final TimeOfDay timeOfDay;

  /** The bit of {@link #year} that says the due date is provisional; years are far below it. */
  static final int PROVISIONAL = 1 << 30;

  /** An occurrence whose due date, if it has one, is {@code movedDue}, or its end when that is null. */
  TermOccurrence(OccurrenceKind kind, LocalDate start, LocalDate end, LocalDate movedDue, int year) {
    this(kind, start, end, movedDue, year, null);
  }

  private TermOccurrence(OccurrenceKind kind, LocalDate start, LocalDate end, LocalDate movedDue, int year,
      TimeOfDay timeOfDay) {
    this.kind = kind;
    this.start = start;
    this.end = end;
    this.movedDue = movedDue;
    this.year = year;
    this.timeOfDay = timeOfDay;
  }

  /** A copy at the time of day {@code time} (null for none). */
  TermOccurrence atTime(TimeOfDay time) {
    return time == null ? this : new TermOccurrence(kind, start, end, movedDue, year, time);
  }

  /** The time of day the term names («до 17:00 мск»), if any. */
  public Optional<TimeOfDay> timeOfDay() {
    return Optional.ofNullable(timeOfDay);
  }

  /** An occurrence with {@code effectiveDue} (null for CONTINUOUS), stored only if it moved. */
  static TermOccurrence withEffectiveDue(OccurrenceKind kind, LocalDate start, LocalDate end,
      LocalDate effectiveDue, int year) {
    return withEffectiveDue(kind, start, end, effectiveDue, false, year);
  }

  /** The same, marked provisional or not. */
  static TermOccurrence withEffectiveDue(OccurrenceKind kind, LocalDate start, LocalDate end,
      LocalDate effectiveDue, boolean provisional, int year) {
    return new TermOccurrence(kind, start, end,
        effectiveDue == null || effectiveDue.equals(end) ? null : effectiveDue,
        provisional ? year | PROVISIONAL : year);
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
    return kind == OccurrenceKind.CONTINUOUS ? Optional.empty()
        : Optional.of(movedDue != null ? movedDue : end);
  }

  /** The year it stands for: column year, reporting year, or the year of a yearly form. */
  public OptionalInt year() {
    int y = year & ~PROVISIONAL;
    return y == 0 ? OptionalInt.empty() : OptionalInt.of(y);
  }

  /**
   * Whether the effective due date is provisional: the due-date policy moved it (or checked it) on
   * a day of a year for which the calendar has no approved production calendar and answers from
   * the Labour Code, so it may change when the government's decree for that year is known. False
   * for EVENT and CONTINUOUS spans, whose dates the calendar never moves.
   *
   * <pre>{@code
   * // «ежегодно (ноябрь)» in 2028: 30 November 2028 is a Thursday, but 2028 has no approved calendar
   * o.effectiveDue();  // Optional[2028-11-30]
   * o.isProvisional(); // true
   * }</pre>
   */
  public boolean isProvisional() {
    return (year & PROVISIONAL) != 0;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TermOccurrence t && kind == t.kind && start.equals(t.start) && end.equals(t.end)
        && Objects.equals(movedDue, t.movedDue) && year == t.year && Objects.equals(timeOfDay, t.timeOfDay);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, start, end, movedDue, year);
  }

  @Override
  public String toString() {
    return kind + " " + start + "/" + end + (kind == OccurrenceKind.CONTINUOUS ? ""
        : " due " + end + " effective " + (movedDue != null ? movedDue : end))
        + ((year & ~PROVISIONAL) == 0 ? "" : " year " + (year & ~PROVISIONAL))
        + (isProvisional() ? " provisional" : "") + (timeOfDay == null ? "" : " at " + timeOfDay);
  }
}
