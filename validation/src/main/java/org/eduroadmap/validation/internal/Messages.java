package org.eduroadmap.validation.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import org.eduroadmap.Language;
import org.eduroadmap.roadmap.Activity;

/**
 * The rule messages, in Russian and English, from {@code RuleMessages.properties}.
 *
 * <pre>{@code
 * Messages ru = Messages.of(Locale.forLanguageTag("ru"));
 * ru.format("NUMBER_DUPLICATE", "number", "11", "row", "11");
 * ru.forActivity(activity, "номер «11» повторяется"); // "Мероприятие 11: номер «11» повторяется"
 * }</pre>
 *
 * <p>Placeholders are named, {@code {number}}, and replaced literally: no {@code MessageFormat}, so
 * apostrophes and years ({@code 2021}, not {@code 2,021}) come out as written. This class is
 * immutable and thread-safe.
 */
public final class Messages {

  /** Russian. */
  public static final Locale RUSSIAN = Locale.forLanguageTag("ru");

  private static final String BUNDLE = "org.eduroadmap.validation.internal.RuleMessages";
  private static final Messages RU = new Messages(RUSSIAN);
  private static final Messages EN = new Messages(Locale.ENGLISH);

  private final Locale locale;
  private final ResourceBundle bundle;
  private final DateTimeFormatter dates;

  private Messages(Locale locale) {
    this.locale = locale;
    this.bundle = ResourceBundle.getBundle(BUNDLE, locale);
    // «16 февраля 2021»: the genitive month, as Russian documents write dates.
    this.dates = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
  }

  /** Russian for a Russian locale, English for any other. */
  public static Messages of(Locale locale) {
    return supported(locale).equals(RUSSIAN) ? RU : EN;
  }

  /** The number the command line names {@code activity} by; empty when it has none. */
  public static Optional<String> key(Optional<Activity> activity) {
    return activity.map(Activity::key).filter(k -> !k.isBlank());
  }

  /** The locale messages are given in for {@code locale}: Russian or English. */
  public static Locale supported(Locale locale) {
    return Language.isRussian(locale) ? RUSSIAN : Locale.ENGLISH;
  }

  /** The locale of these messages. */
  public Locale locale() {
    return locale;
  }

  /**
   * The message {@code key} with its placeholders replaced.
   *
   * @param namesAndValues placeholder names and their values, alternating
   */
  public String format(String key, String... namesAndValues) {
    String text = bundle.getString(key);
    for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
      text = text.replace("{" + namesAndValues[i] + "}", namesAndValues[i + 1]);
    }
    return text;
  }

  /** {@code text} in the quotes of the language: «ИМЦ» in Russian, "ИМЦ" in English. */
  public String quote(String text) {
    return locale.equals(RUSSIAN) ? "«" + text + "»" : "\"" + text + "\"";
  }

  /** A date as a person writes it: «16 февраля 2021», "16 February 2021". */
  public String date(LocalDate date) {
    return dates.format(date);
  }

  /**
   * The plural form of a count: key {@code key + ".one"} for 1, 21, 31 …, otherwise
   * {@code key + ".many"}; Russian locative and English plural both split this way.
   */
  public String count(String key, int n, String... namesAndValues) {
    boolean one = n % 10 == 1 && n % 100 != 11;
    String[] args = java.util.Arrays.copyOf(namesAndValues, namesAndValues.length + 2);
    args[namesAndValues.length] = "n";
    args[namesAndValues.length + 1] = String.valueOf(n);
    return format(key + (one ? ".one" : ".many"), args);
  }

  /** {@code text} prefixed with the activity it concerns: «Мероприятие 11: …». */
  public String forActivity(Optional<Activity> activity, String text) {
    if (activity.isEmpty()) {
      return capitalize(text);
    }
    String key = activity.get().key();
    String prefix = key.isBlank() ? format("prefix.unnumbered")
        : key.startsWith("п.")
        ? format("prefix.orderPoint", "point", key.substring(2).strip())
        // A number that is no number is quoted, so that the prefix still reads: «Мероприятие «а)»: …».
        : format("prefix.activity", "activity",
            ActivityNumberValidator.NUMBER.matcher(key).matches() ? key : quote(key));
    return prefix + " " + text;
  }

  private String capitalize(String text) {
    return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(locale) + text.substring(1);
  }
}
