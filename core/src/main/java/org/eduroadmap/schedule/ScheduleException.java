package org.eduroadmap.schedule;

import java.util.Locale;
import java.util.ResourceBundle;
import org.eduroadmap.EduroadmapException;

/**
 * A roadmap or a request the scheduling calculator cannot work with. The message names the bad value,
 * in English; {@link #getMessage(Locale)} gives it in Russian too. Since a {@link
 * org.eduroadmap.roadmap.RoadmapPeriod} can no longer be reversed, the calculator keeps the check only as a
 * guard.
 *
 * <pre>{@code
 * try {
 *   calculator.schedule(roadmap);
 * } catch (EduroadmapException e) {   // ScheduleException is one
 *   System.err.println(e.getMessage(Locale.forLanguageTag("ru")));
 * }
 * }</pre>
 */
public final class ScheduleException extends EduroadmapException {

  private static final long serialVersionUID = 1L;

  ScheduleException(String key, Object... arguments) {
    super(key, null, arguments);
  }

  @Override
  protected ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle("org.eduroadmap.schedule.messages", locale);
  }
}
