package org.eduroadmap;

import java.util.Locale;
import java.util.Objects;

/**
 * The two languages Eduroadmap writes for people: Russian and English. Every choice of language in the
 * library goes through {@link #of(Locale)}, so that «which locale is Russian» is decided in one place.
 *
 * <pre>{@code
 * Language.of(Locale.forLanguageTag("ru-RU")); // RU
 * Language.of(Locale.GERMAN);                  // EN: any language but Russian reads English
 * Language.isRussian(Locale.getDefault());
 * }</pre>
 */
public enum Language {
  /** Russian, for any locale whose language is {@code ru}. */
  RU(Locale.forLanguageTag("ru")),
  /** English, for every other locale. */
  EN(Locale.ROOT);

  private final Locale bundleLocale;

  Language(Locale bundleLocale) {
    this.bundleLocale = bundleLocale;
  }

  /** {@link #RU} for a locale whose language is {@code ru}, {@link #EN} for any other. */
  public static Language of(Locale locale) {
    return "ru".equals(Objects.requireNonNull(locale, "locale").getLanguage()) ? RU : EN;
  }

  /** Whether {@code locale} reads Russian; the same as {@code Language.of(locale) == RU}. */
  public static boolean isRussian(Locale locale) {
    return of(locale) == RU;
  }

  /**
   * The locale to look a resource bundle up with: {@code ru}, or the root locale for English. The root
   * locale (the English base bundle) stops {@code ResourceBundle} from falling back to the default locale,
   * which on a Russian machine would answer an English request in Russian.
   */
  public Locale bundleLocale() {
    return bundleLocale;
  }

  /** {@code russian} for {@link #RU}, {@code english} for {@link #EN}. */
  public String choose(String russian, String english) {
    return this == RU ? russian : english;
  }
}
