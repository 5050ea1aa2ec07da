package org.eduroadmap.schedule;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.eduroadmap.calendar.DateRange;
import org.eduroadmap.responsibility.ResponsibleParties;
import org.eduroadmap.roadmap.Activity;
import org.eduroadmap.roadmap.Roadmap;
import org.eduroadmap.term.OccurrenceKind;
import org.eduroadmap.term.TermRule;

/**
 * One dated occurrence of an activity of a roadmap: activity 8 «ежегодно (ноябрь)» of the 2021 – 2023
 * plan occurs as a WINDOW 2021-11-01 – 2021-11-30 due on 2021-11-30, and twice more.
 *
 * <pre>{@code
 * Occurrence o = calculator.occurrences(roadmap, november2021).findFirst().orElseThrow();
 * o.activityKey();   // "8"
 * o.kind();          // WINDOW
 * o.span();          // 2021-11-01/2021-11-30
 * o.effectiveDue();  // Optional[2021-11-30]
 * o.uid();           // stable across exports
 * o.isProvisional(); // false; true when the due date was computed on a year with no approved
 *                    // production calendar (from the Labour Code) and may still move
 * }</pre>
 *
 * <p>Occurrences sort by {@link #ORDER}: start, then nominal due date, then the activity's position in
 * the roadmap. Equality compares the roadmap, the activity's position and every date; the hash code
 * leaves the roadmap out, so that hashing stays cheap. This class is immutable and thread-safe.
 */
public final class Occurrence {

  /**
   * The order {@code terms.md} fixes: start, then nominal due date (the end, for CONTINUOUS spans,
   * which have none), then the activity's position; then year and kind, so that the order is total.
   */
  public static final Comparator<Occurrence> ORDER = (a, b) -> {
    int c = a.start.compareTo(b.start);
    if (c != 0) {
      return c;
    }
    // The nominal due date, where there is one, is the end.
    c = a.end.compareTo(b.end);
    if (c != 0) {
      return c;
    }
    c = Integer.compare(a.position, b.position);
    if (c != 0) {
      return c;
    }
    // The year with the provisional flag: equal dates under one calculator have equal flags.
    c = Integer.compare(a.year, b.year);
    return c != 0 ? c : a.kind.compareTo(b.kind);
  };

  private final Roadmap roadmap;
  private final Activity activity;
  private final int position;
  private final TermRule rule;
  private final OccurrenceKind kind;
  private final LocalDate start;
  private final LocalDate end;
  /** Null for CONTINUOUS; the nominal due date is the end for every other kind, so it is not stored. */
  private final LocalDate effectiveDue;
  /**
   * The year it stands for (0 for none), with {@link TermOccurrence#PROVISIONAL} set when the due
   * date is provisional: a field of its own would make every occurrence 56 bytes instead of 48.
   */
  private final int year;
  /** The name of the calendar that moved the due date; null when it was not moved. */
  private final String movedBy;

  Occurrence(Roadmap roadmap, Activity activity, int position, TermRule rule, OccurrenceKind kind,
      LocalDate start, LocalDate end, LocalDate effectiveDue, int year) {
    this(roadmap, activity, position, rule, kind, start, end, effectiveDue, false, year, null);
  }

  Occurrence(Roadmap roadmap, Activity activity, int position, TermRule rule, OccurrenceKind kind,
      LocalDate start, LocalDate end, LocalDate effectiveDue, boolean provisional, int year,
      String movedBy) {
    this.movedBy = movedBy;
    this.roadmap = roadmap;
    this.activity = activity;
    this.position = position;
    this.rule = rule;
    this.kind = kind;
    this.start = start;
    this.end = end;
    this.effectiveDue = effectiveDue;
    this.year = provisional ? year | TermOccurrence.PROVISIONAL : year;
  }

  /** The roadmap. */
  public Roadmap roadmap() {
    return roadmap;
  }

  /** The activity. */
  public Activity activity() {
    return activity;
  }

  /**
   * Who owes this occurrence: the activity's own responsible parties, or else the plan's implementers
   * ({@link Roadmap#responsibleFor(Activity)}).
   */
  public ResponsibleParties responsible() {
    return roadmap.responsibleFor(activity);
  }

  /** The activity's number without a trailing dot, as the command line names it: {@code 1.1}. */
  public String activityKey() {
    return activity.key();
  }

  /**
   * The activity's identifier, unique in the roadmap ({@link Activity#id()}): where two rows share a
   * printed number, this tells their occurrences apart.
   */
  public String activityId() {
    return activity.id();
  }

  /** The activity's position in {@link Roadmap#allActivities()}, from 0. */
  public int position() {
    return position;
  }

  /** The rule the occurrence comes from: the activity's term, or its year cell's. */
  public TermRule rule() {
    return rule;
  }

  /** EVENT, DEADLINE, WINDOW or CONTINUOUS. */
  public OccurrenceKind kind() {
    return kind;
  }

  /** The first day. */
  public LocalDate start() {
    return start;
  }

  /** The last day: the nominal due date for EVENT, DEADLINE and WINDOW. */
  public LocalDate end() {
    return end;
  }

  /** The days from {@link #start()} to {@link #end()}. */
  public DateRange span() {
    return DateRange.of(start, end);
  }

  /** Whether the occurrence shares a day with {@code range}. */
  public boolean overlaps(DateRange range) {
    return !end.isBefore(range.first()) && !start.isAfter(range.last());
  }

  /** The nominal due date; empty for CONTINUOUS. */
  public Optional<LocalDate> nominalDue() {
    return kind == OccurrenceKind.CONTINUOUS ? Optional.empty() : Optional.of(end);
  }

  /** The due date moved off a non-working day by the calculator's policy; empty for CONTINUOUS. */
  public Optional<LocalDate> effectiveDue() {
    return Optional.ofNullable(effectiveDue);
  }

  /** Whether the occurrence has a due date: every kind but CONTINUOUS. */
  public boolean isDue() {
    return effectiveDue != null;
  }

  /**
   * The year the occurrence stands for: the column year of a per-year cell, the reporting year of a
   * report due the year after, the year of a yearly form, the first year of an academic year.
   */
  public OptionalInt year() {
    int y = yearOrZero();
    return y == 0 ? OptionalInt.empty() : OptionalInt.of(y);
  }

  /**
   * Whether the effective due date is provisional: the calculator's policy moved it (or checked
   * it) on a day of a year for which its calendar has no approved production calendar and answers
   * from the Labour Code, so it may change when the government's decree for that year is known.
   * False for EVENT and CONTINUOUS occurrences, whose dates the calendar never moves.
   *
   * <pre>{@code
   * // activity «ежегодно (ноябрь)» of a 2026 – 2029 roadmap
   * o.effectiveDue();  // Optional[2028-11-30]
   * o.isProvisional(); // true: 2028 has no approved production calendar yet
   * }</pre>
   */
  public boolean isProvisional() {
    return (year & TermOccurrence.PROVISIONAL) != 0;
  }

  /**
   * The calendar that moved the due date off a non-working day, by name, when it was moved: the
   * roadmap's region («Республика Татарстан») when its own holiday moved it, otherwise the federal
   * calendar («Производственный календарь Российской Федерации», or the calculator's calendar).
   *
   * <pre>{@code
   * // «до 30 августа 2024» in a roadmap of Республика Татарстан
   * o.effectiveDue(); // Optional[2024-08-29]
   * o.movedBy();      // Optional[Республика Татарстан]
   * }</pre>
   */
  public Optional<String> movedBy() {
    return Optional.ofNullable(movedBy);
  }

  /** The dates alone, without the activity. */
  public TermOccurrence toTermOccurrence() {
    return TermOccurrence.withEffectiveDue(kind, start, end, effectiveDue, isProvisional(),
        yearOrZero());
  }

  /**
   * An identifier that stays the same across exports as long as the roadmap's approving order, the
   * activity's identifier and the occurrence's start do: {@code 2021-02-20.94.8.2021-11-01@eduroadmap.org}.
   * A per-year cell adds its column year.
   */
  public String uid() {
    StringBuilder b = new StringBuilder(96);
    // An order without a date keeps a stable identifier: the number and the activity id still tell it apart.
    b.append(roadmap.order().date().map(LocalDate::toString).orElse("undated")).append('.')
        .append(encode(roadmap.order().number())).append('.')
        .append(encode(activity.id())).append('.').append(start);
    int y = yearOrZero();
    if (rule != null && y != 0 && activity.hasYearCells()) {
      b.append(".y").append(y);
    }
    return b.append("@eduroadmap.org").toString();
  }

  private static String encode(String s) {
    return URLEncoder.encode(s.strip(), StandardCharsets.UTF_8);
  }

  LocalDate effectiveDueOrNull() {
    return effectiveDue;
  }

  int yearOrZero() {
    return year & ~TermOccurrence.PROVISIONAL;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    // The same roadmap instance is the common case and costs nothing; other instances compare by value.
    return o instanceof Occurrence x && position == x.position && year == x.year && kind == x.kind
        && start.equals(x.start) && end.equals(x.end)
        && Objects.equals(effectiveDue, x.effectiveDue) && activity.id().equals(x.activity.id())
        && (roadmap == x.roadmap || roadmap.equals(x.roadmap));
  }

  /** Consistent with {@link #equals}: equal roadmaps have equal approving orders. */
  @Override
  public int hashCode() {
    int h = 31 * activity.id().hashCode() + roadmap.order().number().hashCode();
    h = 31 * h + position;
    h = 31 * h + start.hashCode();
    h = 31 * h + end.hashCode();
    h = 31 * h + kind.hashCode();
    return 31 * h + year;
  }

  @Override
  public String toString() {
    return activity.key() + " " + kind + " " + start + "/" + end
        + (effectiveDue == null ? "" : " due " + end + " effective " + effectiveDue)
        + (yearOrZero() == 0 ? "" : " year " + yearOrZero())
        + (isProvisional() ? " provisional" : "");
  }
}
