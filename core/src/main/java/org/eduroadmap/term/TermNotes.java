package org.eduroadmap.term;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a term says beside its dates: the days of the week written next to them, the start and end of a
 * time of day, a time zone, a comment.
 *
 * <pre>{@code
 * TermRule.Noted n = (TermRule.Noted) TermReader.strict().read("19 мая 2022 (четверг)");
 * n.notes().weekdays();   // [THURSDAY]
 * n.notes().comment();    // Optional.empty
 * }</pre>
 *
 * <p>Notes never change a date: a day of the week that does not match its date is a validation warning,
 * found by {@link #weekdayMismatches(List)}. Made from {@link #none()} by the {@code with*} copies. This class
 * is immutable and thread-safe.
 */
public final class TermNotes {

  private static final TermNotes NONE = new TermNotes(List.of(), false, Optional.empty(), Optional.empty(),
      Optional.empty(), Optional.empty());

  /** Moscow time, the zone of {@code мск}. */
  public static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

  private final List<DayOfWeek> weekdays;
  private final boolean workingDays;
  private final Optional<LocalTime> time;
  private final Optional<LocalTime> until;
  private final Optional<ZoneId> zone;
  private final Optional<String> comment;

  private TermNotes(List<DayOfWeek> weekdays, boolean workingDays, Optional<LocalTime> time,
      Optional<LocalTime> until, Optional<ZoneId> zone, Optional<String> comment) {
    this.weekdays = List.copyOf(weekdays);
    this.workingDays = workingDays;
    this.time = time;
    this.until = until;
    this.zone = zone;
    this.comment = comment;
    comment.ifPresent(c -> {
      if (c.isBlank() || c.indexOf('(') >= 0 || c.indexOf(')') >= 0) {
        throw new IllegalArgumentException("Invalid comment (must not be blank nor hold brackets): \"" + c + "\"");
      }
    });
  }

  /** The days of the week written beside the dates, in written order. */
  public List<DayOfWeek> weekdays() {
    return weekdays;
  }

  /** Whether the term says it falls on working days ({@code в рабочие дни}). */
  public boolean workingDays() {
    return workingDays;
  }

  /** The start time, for terms whose rule has no time of its own (a time with no date). */
  public Optional<LocalTime> time() {
    return time;
  }

  /** The end of a time range ({@code с 16.00 до 16.30}). */
  public Optional<LocalTime> until() {
    return until;
  }

  /** The time zone named ({@code мск}, {@code по московскому времени}: Europe/Moscow). */
  public Optional<ZoneId> zone() {
    return zone;
  }

  /** A comment kept as written, spaces collapsed ({@code по согласованию}, {@code 7 дней}). */
  public Optional<String> comment() {
    return comment;
  }

  private static <T> T checked(T value) {
    return Objects.requireNonNull(value, "value");
  }

  /** No notes. */
  public static TermNotes none() {
    return NONE;
  }

  /** Whether there is nothing noted. */
  public boolean isEmpty() {
    return weekdays.isEmpty() && !workingDays && time.isEmpty() && until.isEmpty() && zone.isEmpty()
        && comment.isEmpty();
  }

  /** A copy with {@code day} noted after the others. */
  public TermNotes withWeekday(DayOfWeek day) {
    List<DayOfWeek> days = new ArrayList<>(weekdays);
    days.add(day);
    return new TermNotes(days, workingDays, time, until, zone, comment);
  }

  /** A copy saying the term falls on working days. */
  public TermNotes withWorkingDays() {
    return new TermNotes(weekdays, true, time, until, zone, comment);
  }

  /** A copy with the start time {@code value}. */
  public TermNotes withTime(LocalTime value) {
    return new TermNotes(weekdays, workingDays, Optional.of(checked(value)), until, zone, comment);
  }

  /** A copy with the end time {@code value}. */
  public TermNotes withUntil(LocalTime value) {
    return new TermNotes(weekdays, workingDays, time, Optional.of(checked(value)), zone, comment);
  }

  /** A copy with the zone {@code value}. */
  public TermNotes withZone(ZoneId value) {
    return new TermNotes(weekdays, workingDays, time, until, Optional.of(checked(value)), comment);
  }

  /** A copy with {@code value} added to the comment (after a «, » when there is one already). */
  public TermNotes withComment(String value) {
    String c = comment.map(old -> old + ", " + value).orElse(value);
    return new TermNotes(weekdays, workingDays, time, until, zone, Optional.of(c));
  }

  /** A copy with {@code value} added to the comment, or this when {@code value} is blank. */
  public TermNotes withCommentIfAny(String value) {
    return value.isBlank() ? this : withComment(value);
  }

  /**
   * A written day of the week that is not the day of the week of its date.
   *
   * <pre>{@code
   * TermNotes.WeekdayMismatch m = TermNotes.WeekdayMismatch.of(LocalDate.of(2022, 5, 19), DayOfWeek.FRIDAY);
   * m.date().getDayOfWeek(); // THURSDAY, not the FRIDAY written
   * }</pre>
   */
  public static final class WeekdayMismatch {
    private final LocalDate date;
    private final DayOfWeek written;

    private WeekdayMismatch(LocalDate date, DayOfWeek written) {
      this.date = Objects.requireNonNull(date, "date");
      this.written = Objects.requireNonNull(written, "written");
    }

    /** {@code written} beside {@code date}. */
    public static WeekdayMismatch of(LocalDate date, DayOfWeek written) {
      return new WeekdayMismatch(date, written);
    }

    /** The date. */
    public LocalDate date() {
      return date;
    }

    /** The day written beside it. */
    public DayOfWeek written() {
      return written;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof WeekdayMismatch m && date.equals(m.date) && written == m.written;
    }

    @Override
    public int hashCode() {
      return Objects.hash(date, written);
    }

    @Override
    public String toString() {
      return ValueText.of("WeekdayMismatch", "date", date, "written", written);
    }
  }

  /**
   * The written days of the week that do not match {@code dates}: the first day goes with the first date,
   * the second with the second (or the last, when there are fewer dates than days), and so on. With
   * {@link #workingDays()}, every date on a Saturday or Sunday is reported with the day it falls on.
   */
  public List<WeekdayMismatch> weekdayMismatches(List<LocalDate> dates) {
    List<WeekdayMismatch> out = new ArrayList<>();
    if (dates.isEmpty()) {
      return out;
    }
    for (int i = 0; i < weekdays.size(); i++) {
      LocalDate date = dates.get(Math.min(i, dates.size() - 1));
      if (date.getDayOfWeek() != weekdays.get(i)) {
        out.add(new WeekdayMismatch(date, weekdays.get(i)));
      }
    }
    if (workingDays) {
      for (LocalDate d : dates) {
        if (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
          out.add(new WeekdayMismatch(d, d.getDayOfWeek()));
        }
      }
    }
    return out;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TermNotes n && weekdays.equals(n.weekdays) && workingDays == n.workingDays
        && time.equals(n.time) && until.equals(n.until) && zone.equals(n.zone) && comment.equals(n.comment);
  }

  @Override
  public int hashCode() {
    return Objects.hash(weekdays, workingDays, time, until, zone, comment);
  }

  @Override
  public String toString() {
    return ValueText.of("TermNotes", "weekdays", weekdays, "workingDays", workingDays, "time", time,
        "until", until, "zone", zone, "comment", comment);
  }
}
