package org.eduroadmap.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Days that override a working-day calendar: a republic's own holidays, a school's days off, a
 * correction. Put on top of any calendar with {@link WorkingCalendar#with(CalendarOverlay)}.
 *
 * <pre>{@code
 * CalendarOverlay tatarstan = CalendarOverlay.builder("Республика Татарстан")
 *     .holiday(LocalDate.of(2026, 3, 20), "Ураза-байрам")
 *     .holiday(LocalDate.of(2026, 5, 27), "Курбан-байрам")
 *     .holiday(LocalDate.of(2026, 8, 30), "День Республики Татарстан")
 *     .holiday(LocalDate.of(2026, 11, 6), "День Конституции Республики Татарстан")
 *     .build();
 * WorkingCalendar kazan = RussianProductionCalendar.get().with(tatarstan);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CalendarOverlay {

  private final String name;
  private final Map<LocalDate, DayInfo> days;

  private CalendarOverlay(String name, Map<LocalDate, DayInfo> days) {
    this.name = name;
    this.days = Map.copyOf(days);
  }

  /** Starts an overlay named {@code name}, such as «Республика Татарстан». */
  public static Builder builder(String name) {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw CalendarException.of("calendar.overlayName");
    }
    return new Builder(name.strip());
  }

  /** The overlay's name. */
  public String name() {
    return name;
  }

  /** The overridden day at {@code date}, if this overlay overrides it. */
  public Optional<DayInfo> day(LocalDate date) {
    return Optional.ofNullable(days.get(date));
  }

  /** Package-private fast path: the overridden day or {@code null}. */
  DayInfo dayOrNull(LocalDate date) {
    return days.get(date);
  }

  /** Every overridden day, in date order. */
  public List<DayInfo> days() {
    List<DayInfo> sorted = new ArrayList<>(days.values());
    sorted.sort((a, b) -> a.date().compareTo(b.date()));
    return List.copyOf(sorted);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CalendarOverlay c && name.equals(c.name) && days.equals(c.days);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + days.hashCode();
  }

  @Override
  public String toString() {
    return "CalendarOverlay[" + name + ", " + days.size() + " days]";
  }

  /** Collects the days of an overlay; a later entry for a date replaces an earlier one. */
  public static final class Builder {
    private final String name;
    private final Map<LocalDate, DayInfo> days = new HashMap<>();

    private Builder(String name) {
      this.name = name;
    }

    /** A non-working holiday named {@code holidayName}, such as «День Республики Татарстан». */
    public Builder holiday(LocalDate date, String holidayName) {
      return day(DayInfo.of(date, DayKind.HOLIDAY).withName(holidayName));
    }

    /** A Monday to Friday made a day off, moved from {@code from}. */
    public Builder transferredDayOff(LocalDate date, LocalDate from) {
      return day(DayInfo.of(date, DayKind.TRANSFER_DAY_OFF).withTransferredFrom(from));
    }

    /** A non-working day by decree (a head of region's or the President's), with its ground. */
    public Builder nonWorkingDay(LocalDate date, String decree) {
      return day(DayInfo.of(date, DayKind.NON_WORKING_DECREE).withName(decree));
    }

    /**
     * A working day: a weekend day becomes {@link DayKind#WORKING_WEEKEND}, a Monday to Friday a
     * plain {@link DayKind#WORKING_DAY} (undoing a day off underneath).
     */
    public Builder workingDay(LocalDate date, String note) {
      DayKind kind = DayInfo.plainKind(date) == DayKind.WEEKEND ? DayKind.WORKING_WEEKEND
          : DayKind.WORKING_DAY;
      return day(DayInfo.of(date, kind).withNote(note));
    }

    /** A shortened working day; on a weekend a shortened working weekend day. */
    public Builder shortened(LocalDate date, String note) {
      DayKind kind = DayInfo.plainKind(date) == DayKind.WEEKEND ? DayKind.WORKING_WEEKEND
          : DayKind.SHORTENED;
      return day(DayInfo.of(date, kind).withShortened(true).withNote(note));
    }

    /** Any day, as it is. */
    public Builder day(DayInfo day) {
      days.put(day.date(), Objects.requireNonNull(day, "day"));
      return this;
    }

    /** Every day of {@code more}. */
    public Builder days(Collection<DayInfo> more) {
      more.forEach(this::day);
      return this;
    }

    /** The overlay. */
    public CalendarOverlay build() {
      return new CalendarOverlay(name, days);
    }
  }
}
