package org.eduroadmap.calendar;

import java.time.LocalDate;
import java.util.Objects;

/** A calendar with an overlay on top: the overlay's days win. Immutable and thread-safe. */
final class LayeredCalendar implements WorkingCalendar {

  private final WorkingCalendar base;
  private final CalendarOverlay overlay;

  LayeredCalendar(WorkingCalendar base, CalendarOverlay overlay) {
    this.base = Objects.requireNonNull(base, "base");
    this.overlay = Objects.requireNonNull(overlay, "overlay");
  }

  @Override
  public boolean isWorkingDay(LocalDate date) {
    DayInfo day = overlay.dayOrNull(date);
    return day != null ? day.isWorkingDay() : base.isWorkingDay(date);
  }

  @Override
  public DayInfo dayInfo(LocalDate date) {
    DayInfo day = overlay.dayOrNull(date);
    if (day == null) {
      return base.dayInfo(date);
    }
    // A regional day is certain, but the year around it is not when the base's is provisional:
    // the national decree may still move days next to it.
    return !day.isProvisional() && base.isProvisional(date) ? day.withProvisional(true) : day;
  }

  @Override
  public boolean isProvisional(LocalDate date) {
    DayInfo day = overlay.dayOrNull(date);
    return day != null && day.isProvisional() || base.isProvisional(date);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LayeredCalendar l && base.equals(l.base) && overlay.equals(l.overlay);
  }

  @Override
  public int hashCode() {
    return base.hashCode() * 31 + overlay.hashCode();
  }

  @Override
  public String toString() {
    return base + " with " + overlay;
  }
}
