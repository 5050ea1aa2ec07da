package org.eduroadmap.report;

import java.util.Locale;
import java.util.ResourceBundle;
import org.eduroadmap.EduroadmapException;
import org.jspecify.annotations.Nullable;

/**
 * A report could not be written: the writer or stream it was given failed.
 *
 * <pre>{@code
 * try {
 *   RoadmapReport.standard().writeTo(roadmap, out);
 * } catch (ReportException e) {
 *   System.err.println(e.getMessage(Locale.forLanguageTag("ru"))); // «Не удалось записать отчёт: …»
 * }
 * }</pre>
 */
public final class ReportException extends EduroadmapException {

  private static final long serialVersionUID = 1L;

  private ReportException(String key, @Nullable Throwable cause, Object... arguments) {
    super(key, cause, arguments);
  }

  static ReportException cannotWrite(@Nullable Throwable cause) {
    String reason = cause == null || cause.getMessage() == null ? "" : cause.getMessage();
    return new ReportException("report.cannotWrite", cause, reason);
  }

  @Override
  protected ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle("org.eduroadmap.report.messages", locale);
  }
}
