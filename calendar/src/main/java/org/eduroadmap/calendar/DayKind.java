package org.eduroadmap.calendar;

import java.util.Locale;

/**
 * What kind of day a date is in a working-day calendar.
 *
 * <pre>{@code
 * DayKind kind = RussianProductionCalendar.get().dayKind(LocalDate.of(2026, 1, 9));
 * kind;             // TRANSFER_DAY_OFF
 * kind.code();      // "transfer_day_off"
 * kind.isWorking(); // false
 * }</pre>
 *
 * <p>The codes are stable lowercase strings meant for files and command-line output; the kinds of
 * the production calendar's special days use the same codes as its reference data.
 */
public enum DayKind {
  /** A Monday to Friday on which nothing special happens. */
  WORKING_DAY("working_day", true),
  /** A Saturday or Sunday on which nothing special happens. */
  WEEKEND("weekend", false),
  /**
   * A non-working public holiday (Labour Code art. 112, or a regional holiday), even when it falls
   * on a weekend.
   */
  HOLIDAY("holiday", false),
  /**
   * A Monday to Friday made a day off: by the automatic carry-over of a holiday falling on a weekend
   * (Labour Code art. 112 part 2) or by the yearly government decree.
   */
  TRANSFER_DAY_OFF("transfer_day_off", false),
  /** A Monday to Friday the President declared a non-working day; legally not a holiday. */
  NON_WORKING_DECREE("non_working_decree", false),
  /** A Saturday or Sunday made a working day by the government decree. */
  WORKING_WEEKEND("working_weekend", true),
  /** A Monday to Friday working day shortened by one hour before a holiday (Labour Code art. 95). */
  SHORTENED("shortened", true);

  private final String code;
  private final boolean working;

  DayKind(String code, boolean working) {
    this.code = code;
    this.working = working;
  }

  /** The stable lowercase code, such as {@code "transfer_day_off"}. */
  public String code() {
    return code;
  }

  /** Whether a day of this kind is a working day. */
  public boolean isWorking() {
    return working;
  }

  /**
   * The name for people in Russian for a Russian locale, in English for any other, from the calendar's
   * bundle ({@code dayKind.}<i>NAME</i>): «перенесённый выходной день», "transferred day off".
   */
  public String displayName(Locale locale) {
    return CalendarTexts.text(locale, "dayKind." + name());
  }

  /**
   * The kind with the code {@code code}, such as {@code "holiday"}.
   *
   * @throws CalendarException if no kind has that code
   */
  public static DayKind ofCode(String code) {
    for (DayKind kind : values()) {
      if (kind.code.equals(code)) {
        return kind;
      }
    }
    StringBuilder valid = new StringBuilder();
    for (DayKind kind : values()) {
      valid.append(valid.length() == 0 ? "" : ", ").append(kind.code);
    }
    throw CalendarException.of("calendar.dayKind", valid, code);
  }
}
