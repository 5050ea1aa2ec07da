package org.eduroadmap.calendar;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A day of a year that differs from a plain Monday–Friday week, as listed by
 * {@link RussianProductionCalendar#specialDays(int)}: one row per date and kind, so a shortened
 * working Saturday gives two rows ({@code working_weekend} and {@code shortened}).
 *
 * <pre>{@code
 * SpecialDay day = RussianProductionCalendar.get().specialDays(2026).get(0);
 * day.date();  // 2026-01-01
 * day.code();  // "holiday"
 * day.name();  // Optional[Новогодние каникулы]
 * day.isProvisional(); // false; true for a year computed from the Labour Code
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SpecialDay implements Comparable<SpecialDay> {

  private final LocalDate date;
  private final DayKind kind;
  private final String name;
  private final LocalDate transferredFrom;
  private final String note;
  private final boolean provisional;

  private SpecialDay(LocalDate date, DayKind kind, String name, LocalDate transferredFrom,
      String note, boolean provisional) {
    this.date = Objects.requireNonNull(date, "date");
    this.kind = Objects.requireNonNull(kind, "kind");
    if (kind == DayKind.WORKING_DAY || kind == DayKind.WEEKEND) {
      throw CalendarException.of("calendar.specialDayKind", kind.code(), date);
    }
    this.name = name;
    this.transferredFrom = transferredFrom;
    this.note = note;
    this.provisional = provisional;
  }

  static SpecialDay of(DayInfo day, DayKind kind) {
    return new SpecialDay(day.date(), kind, day.name().orElse(null),
        kind == DayKind.TRANSFER_DAY_OFF ? day.transferredFrom().orElse(null) : null,
        kind == DayKind.SHORTENED && day.kind() != DayKind.SHORTENED ? null
            : day.note().orElse(null), day.isProvisional());
  }

  /** The date. */
  public LocalDate date() {
    return date;
  }

  /** The kind: never {@link DayKind#WORKING_DAY} or {@link DayKind#WEEKEND}. */
  public DayKind kind() {
    return kind;
  }

  /**
   * The stable lowercase code of the kind: {@code holiday}, {@code transfer_day_off},
   * {@code non_working_decree}, {@code working_weekend} or {@code shortened}.
   */
  public String code() {
    return kind.code();
  }

  /** The name of the holiday or decree, if any. */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /** For a transferred day off, the day it came from, when known. */
  public Optional<LocalDate> transferredFrom() {
    return Optional.ofNullable(transferredFrom);
  }

  /** A note: legal ground, decree, source. */
  public Optional<String> note() {
    return Optional.ofNullable(note);
  }

  /**
   * Whether the day is provisional: computed from the Labour Code for a year with no approved
   * production calendar, see {@link DayInfo#isProvisional()}.
   */
  public boolean isProvisional() {
    return provisional;
  }

  /** Orders by date, then by kind. */
  @Override
  public int compareTo(SpecialDay other) {
    int byDate = date.compareTo(other.date);
    return byDate != 0 ? byDate : kind.compareTo(other.kind);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SpecialDay d && date.equals(d.date) && kind == d.kind
        && Objects.equals(name, d.name) && Objects.equals(transferredFrom, d.transferredFrom)
        && Objects.equals(note, d.note) && provisional == d.provisional;
  }

  @Override
  public int hashCode() {
    return Objects.hash(date, kind, name, transferredFrom, note, provisional);
  }

  /** Such as {@code 2026-01-09 transfer_day_off}. */
  @Override
  public String toString() {
    return date + " " + kind.code();
  }
}
