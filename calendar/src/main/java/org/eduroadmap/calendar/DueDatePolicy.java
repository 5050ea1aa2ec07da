package org.eduroadmap.calendar;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * How a due date that falls on a non-working day becomes the effective due date.
 *
 * <pre>{@code
 * WorkingCalendar russia = RussianProductionCalendar.get();
 * LocalDate saturday = LocalDate.of(2026, 2, 21);
 * DueDatePolicy.PREVIOUS_WORKING_DAY.adjust(saturday, russia); // 2026-02-20 (the default)
 * DueDatePolicy.NEXT_WORKING_DAY.adjust(saturday, russia);     // 2026-02-24 (23 Feb is a holiday)
 * DueDatePolicy.NONE.adjust(saturday, russia);                 // 2026-02-21
 * }</pre>
 *
 * <p>A due date on a working day never moves.
 */
public enum DueDatePolicy implements DueDateAdjuster {
  /**
   * The last working day before (the default): Russian record-keeping practice for instructions,
   * «в случае, если срок исполнения поручения приходится на нерабочий день, оно подлежит исполнению
   * в предшествующий ему рабочий день».
   */
  PREVIOUS_WORKING_DAY {
    @Override
    public LocalDate adjust(LocalDate nominal, WorkingCalendar calendar) {
      return calendar.previousOrSameWorkingDay(nominal);
    }
  },
  /**
   * The first working day after: Civil Code of the Russian Federation, art. 193, «если последний
   * день срока приходится на нерабочий день, днем окончания срока считается ближайший следующий за
   * ним рабочий день».
   */
  NEXT_WORKING_DAY {
    @Override
    public LocalDate adjust(LocalDate nominal, WorkingCalendar calendar) {
      return calendar.nextOrSameWorkingDay(nominal);
    }
  },
  /** The nominal due date, unmoved. */
  NONE {
    @Override
    public LocalDate adjust(LocalDate nominal, WorkingCalendar calendar) {
      return Objects.requireNonNull(nominal, "nominal");
    }
  };

  /** The default policy, {@link #PREVIOUS_WORKING_DAY}. */
  public static DueDatePolicy defaultPolicy() {
    return PREVIOUS_WORKING_DAY;
  }

  /**
   * The name for people in Russian for a Russian locale, in English for any other, from the calendar's
   * bundle ({@code dueDatePolicy.}<i>NAME</i>): «предшествующий рабочий день», "previous working day".
   */
  public String displayName(Locale locale) {
    return CalendarTexts.text(locale, "dueDatePolicy." + name());
  }

  /**
   * The policy named {@code text}, ignoring case and accepting {@code -} for {@code _}:
   * {@code "previous_working_day"}, {@code "NEXT-WORKING-DAY"}, {@code "none"}.
   *
   * @throws CalendarException if no policy has that name
   */
  public static DueDatePolicy parse(CharSequence text) {
    String name = text.toString().strip().replace('-', '_').toUpperCase(Locale.ROOT);
    for (DueDatePolicy policy : values()) {
      if (policy.name().equals(name)) {
        return policy;
      }
    }
    throw CalendarException.of("calendar.dueDatePolicy", text);
  }
}
