package org.eduroadmap.report.xlsx;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;
import org.eduroadmap.Language;

/** The workbooks' texts in one language, from {@code org/eduroadmap/report/xlsx/messages}. */
final class Texts {

  private static final DateTimeFormatter RUSSIAN_DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu");

  private final Language language;
  private final ResourceBundle bundle;

  private Texts(Language language) {
    this.language = language;
    this.bundle = bundle(language.bundleLocale());
  }

  static Texts of(Locale locale) {
    return new Texts(Language.of(locale));
  }

  static ResourceBundle bundle(Locale bundleLocale) {
    return ResourceBundle.getBundle("org.eduroadmap.report.xlsx.messages", bundleLocale);
  }

  Language language() {
    return language;
  }

  /** The text {@code key}, its pattern filled with {@code arguments} (strings, so no number is grouped). */
  String get(String key, Object... arguments) {
    String pattern = bundle.getString(key);
    return arguments.length == 0 ? pattern : new MessageFormat(pattern, language.bundleLocale()).format(arguments);
  }

  /** The Excel number format of dates: {@code DD.MM.YYYY} in Russian, ISO in English. */
  String dateFormat() {
    return language == Language.RU ? "dd.mm.yyyy" : "yyyy-mm-dd";
  }

  /** A date as the workbook shows it, for text cells. */
  String date(LocalDate day) {
    return language == Language.RU ? RUSSIAN_DATE.format(day) : day.toString();
  }
}
