package org.eduroadmap.report.xlsx;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.eduroadmap.EduroadmapException;
import org.eduroadmap.Language;
import org.eduroadmap.schedule.ExecutionRecord;
import org.jspecify.annotations.Nullable;

/**
 * A filled monitoring form that cannot be read: not an .xlsx workbook, not a form this library wrote, or
 * filled in wrongly — then every problem is listed at once, each with its sheet, row and column, and the
 * records of the rows that were right are kept.
 *
 * <pre>{@code
 * try {
 *   records = MonitoringForm.of(calculator).read(in);
 * } catch (MonitoringFormException e) {    // or catch (EduroadmapException e)
 *   System.err.println(e.getMessage(Locale.forLanguageTag("ru")));
 *   // «Форму мониторинга не удалось прочитать, ошибок: 2. лист «Мониторинг», строка 7, столбец J:
 *   //  указана дата исполнения, но нет подтверждающего документа; лист «Мониторинг», строка 9, …»
 *   e.problems();   // [J7, I9]
 *   e.records();    // what the rows without a problem say
 * }
 * }</pre>
 *
 * <p>Messages are Russian for a {@code ru} locale and English otherwise, from the bundle
 * {@code org/eduroadmap/report/xlsx/messages}; neither names a Java or POI type.
 */
public final class MonitoringFormException extends EduroadmapException {

  private static final long serialVersionUID = 1L;

  // Transient: problems and records are not serializable; a deserialized exception has none.
  private final transient List<FormProblem> problems;
  private final transient List<ExecutionRecord> records;

  private MonitoringFormException(String key, @Nullable Throwable cause, List<FormProblem> problems,
      List<ExecutionRecord> records, Object... arguments) {
    super(key, cause, arguments);
    this.problems = List.copyOf(problems);
    this.records = List.copyOf(records);
  }

  static MonitoringFormException notWorkbook(@Nullable Throwable cause) {
    return new MonitoringFormException("form.notWorkbook", cause, List.of(), List.of());
  }

  /** The file as a whole cannot be read: {@code key} says why (too large, damaged, a limit), with its arguments. */
  static MonitoringFormException of(String key, @Nullable Throwable cause, Object... arguments) {
    return new MonitoringFormException(key, cause, List.of(), List.of(), arguments);
  }

  static MonitoringFormException notForm() {
    return new MonitoringFormException("form.notForm", null, List.of(), List.of());
  }

  static MonitoringFormException noSheet(String name) {
    return new MonitoringFormException("form.noSheet", null, List.of(), List.of(), name);
  }

  static MonitoringFormException problems(List<FormProblem> problems, List<ExecutionRecord> records) {
    return new MonitoringFormException("form.problems", null, problems, records);
  }

  /** Every problem in the filled rows, in row order then column order; empty when the file itself is wrong. */
  public List<FormProblem> problems() {
    return problems == null ? List.of() : problems;
  }

  /** The records of the rows that have no problem, in row order: what was written is not lost. */
  public List<ExecutionRecord> records() {
    return records == null ? List.of() : records;
  }

  /** The first problem's cell, such as {@code Мониторинг!J7}, when the problem is in a cell. */
  @Override
  public Optional<String> where() {
    return problems().stream().findFirst().map(p -> p.sheet() + "!" + p.cell());
  }

  @Override
  protected Object[] arguments(Language language) {
    if (!key().equals("form.problems")) {
      return super.arguments(language);
    }
    Locale locale = language.bundleLocale();
    return new Object[] {String.valueOf(problems().size()),
        problems().stream().map(p -> p.getMessage(locale)).collect(Collectors.joining("; "))};
  }

  @Override
  protected ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle("org.eduroadmap.report.xlsx.messages", locale);
  }
}
