package org.eduroadmap.report.internal;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import org.eduroadmap.Language;

/**
 * The report's words in one language, from {@code org/eduroadmap/report/messages*.properties}, and its
 * dates written as that language writes them: {@code 20.02.2021} and «20 февраля 2021 г.» in Russian,
 * {@code 20 Feb 2021} and {@code 20 February 2021} in English.
 */
public final class Labels {

  private static final String BUNDLE = "org.eduroadmap.report.messages";
  private static final Labels RUSSIAN = new Labels(Language.RU);
  private static final Labels ENGLISH = new Labels(Language.EN);

  private final Language language;
  private final ResourceBundle bundle;
  private final DateTimeFormatter shortDate;
  private final DateTimeFormatter longDate;
  private final String[] months;

  private Labels(Language language) {
    this.language = language;
    this.bundle = ResourceBundle.getBundle(BUNDLE, language.bundleLocale());
    Locale locale = language == Language.RU ? Locale.forLanguageTag("ru") : Locale.ENGLISH;
    this.shortDate = DateTimeFormatter.ofPattern(language == Language.RU ? "dd.MM.yyyy" : "d MMM yyyy", locale);
    this.longDate = DateTimeFormatter.ofPattern(language == Language.RU ? "d MMMM yyyy 'г.'" : "d MMMM yyyy",
        locale);
    this.months = bundle.getString("month.short").split(",");
  }

  /** The labels of {@code locale}'s language: Russian for {@code ru}, English for any other. */
  public static Labels of(Locale locale) {
    return Language.of(locale) == Language.RU ? RUSSIAN : ENGLISH;
  }

  /** {@code ru} or {@code en}: the {@code lang} attribute of the page. */
  public String lang() {
    return language == Language.RU ? "ru" : "en";
  }

  /** The language. */
  public Language language() {
    return language;
  }

  /** The text of {@code key}. */
  public String t(String key) {
    return bundle.getString(key);
  }

  /** The pattern of {@code key} filled with {@code arguments}. */
  public String f(String key, Object... arguments) {
    return new MessageFormat(bundle.getString(key), language.bundleLocale()).format(arguments);
  }

  /** {@code 20.02.2021} in Russian, {@code 20 Feb 2021} in English. */
  public String date(LocalDate day) {
    return shortDate.format(day);
  }

  /** «20 февраля 2021 г.» in Russian, {@code 20 February 2021} in English. */
  public String longDate(LocalDate day) {
    return longDate.format(day);
  }

  /** {@code 01.09.2021 – 30.09.2021}, or one date when both are the same day. */
  public String span(LocalDate first, LocalDate last) {
    return first.equals(last) ? date(first) : date(first) + " – " + date(last);
  }

  /** The short name of month {@code month} (1 – 12) for the axis: «янв», {@code Jan}. */
  public String month(int month) {
    return months[month - 1].strip();
  }
}
