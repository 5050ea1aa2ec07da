package org.eduroadmap.schedule;

import java.util.Locale;
import java.util.Objects;

/**
 * A roadmap or a request the scheduling calculator cannot work with, such as a period whose first
 * day comes after its last. The message names the bad value, in English; {@link #getMessage(Locale)}
 * gives it in Russian too.
 *
 * <pre>{@code
 * try {
 *   calculator.schedule(roadmap);
 * } catch (ScheduleException e) {
 *   System.err.println(e.getMessage(Locale.forLanguageTag("ru")));
 * }
 * }</pre>
 */
public final class ScheduleException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String russian;

  ScheduleException(String english, String russian) {
    super(Objects.requireNonNull(english, "english"));
    this.russian = Objects.requireNonNull(russian, "russian");
  }

  /** The message in the language of {@code locale}: Russian for {@code ru}, English otherwise. */
  public String getMessage(Locale locale) {
    return "ru".equals(locale.getLanguage()) ? russian : getMessage();
  }
}
