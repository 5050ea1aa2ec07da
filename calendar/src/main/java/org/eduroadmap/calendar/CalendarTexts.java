package org.eduroadmap.calendar;

import java.util.Locale;
import java.util.ResourceBundle;
import org.eduroadmap.Language;

/** Texts for people from the calendar's bundle ({@code org/eduroadmap/calendar/messages}), not patterns. */
final class CalendarTexts {

  private static final String BUNDLE = "org.eduroadmap.calendar.messages";

  private CalendarTexts() {}

  /** The text {@code key} in Russian for a {@code ru} locale, in English for any other. */
  static String text(Locale locale, String key) {
    return ResourceBundle.getBundle(BUNDLE, Language.of(locale).bundleLocale()).getString(key);
  }
}
