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
 * found by {@link #weekdayMismatches(List)}. This class is immutable and thread-safe.
 *
 * @param weekdays the days of the week written beside the dates, in written order
 * @param workingDays whether the term says it falls on working days ({@code в рабочие дни})
 * @param time the start time, for terms whose rule has no time of its own (a time with no date)
 * @param until the end of a time range ({@code с 16.00 до 16.30})
 * @param zone the time zone named ({@code мск}, {@code по московскому времени}: Europe/Moscow)
 * @param comment a comment kept as written, spaces collapsed ({@code по согласованию}, {@code 7 дней})
 */
public record TermNotes(List<DayOfWeek> weekdays, boolean workingDays, Optional<LocalTime> time,
    Optional<LocalTime> until, Optional<ZoneId> zone, Optional<String> comment) {

  private static final TermNotes NONE = new TermNotes(List.of(), false, Optional.empty(), Optional.empty(),
      Optional.empty(), Optional.empty());

  /** Moscow time, the zone of {@code мск}. */
  public static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

  /** Checks the parts. */
  public TermNotes {
    weekdays = List.copyOf(weekdays);
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(until, "until");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(comment, "comment");
    comment.ifPresent(c -> {
      if (c.isBlank() || c.indexOf('(') >= 0 || c.indexOf(')') >= 0) {
        throw new IllegalArgumentException("Invalid comment (must not be blank nor hold brackets): \"" + c + "\"");
      }
    });
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
    return new TermNotes(weekdays, workingDays, Optional.of(value), until, zone, comment);
  }

  /** A copy with the end time {@code value}. */
  public TermNotes withUntil(LocalTime value) {
    return new TermNotes(weekdays, workingDays, time, Optional.of(value), zone, comment);
  }

  /** A copy with the zone {@code value}. */
  public TermNotes withZone(ZoneId value) {
    return new TermNotes(weekdays, workingDays, time, until, Optional.of(value), comment);
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
   * @param date the date
   * @param written the day written beside it
   */
  public record WeekdayMismatch(LocalDate date, DayOfWeek written) {
    /** Checks the parts. */
    public WeekdayMismatch {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(written, "written");
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
}
