package org.eduroadmap.report.xlsx;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import org.eduroadmap.Language;

/**
 * One thing wrong in a filled monitoring form, with its cell: sheet «Мониторинг», row 7 (as Excel
 * numbers rows, from 1), column I.
 *
 * <pre>{@code
 * catch (MonitoringFormException e) {
 *   for (FormProblem p : e.problems()) {
 *     p.cell();                                    // "I7"
 *     p.getMessage(Locale.forLanguageTag("ru"));   // «лист «Мониторинг», строка 7, столбец I: «вчера» — не дата»
 *   }
 * }
 * }</pre>
 *
 * <p>The message keys ({@link #key()}: {@code problem.notDate}, {@code problem.noEvidence},
 * {@code problem.noDate}, {@code problem.unknownActivity}, {@code problem.noOccurrence}) are stable for
 * programs. This class is immutable and thread-safe.
 */
public final class FormProblem {

  private final String sheet;
  private final int row;
  private final String column;
  private final String key;
  private final String[] arguments;

  FormProblem(String sheet, int row, String column, String key, String... arguments) {
    this.sheet = Objects.requireNonNull(sheet);
    this.row = row;
    this.column = Objects.requireNonNull(column);
    this.key = Objects.requireNonNull(key);
    this.arguments = arguments.clone();
  }

  /** The sheet's name as the workbook shows it. */
  public String sheet() {
    return sheet;
  }

  /** The row as Excel numbers it, from 1. */
  public int row() {
    return row;
  }

  /** The column's letter: {@code I}. */
  public String column() {
    return column;
  }

  /** The cell's reference: {@code I7}. */
  public String cell() {
    return column + row;
  }

  /** What is wrong, as a key of the bundle {@code org/eduroadmap/report/xlsx/messages}: {@code problem.notDate}. */
  public String key() {
    return key;
  }

  /** What is wrong, without the place: «указана дата исполнения, но нет подтверждающего документа». */
  public String describe(Locale locale) {
    Language language = Language.of(locale);
    return new MessageFormat(Texts.bundle(language.bundleLocale()).getString(key), language.bundleLocale())
        .format(arguments);
  }

  /** The place and what is wrong: Russian for a {@code ru} locale, English otherwise. */
  public String getMessage(Locale locale) {
    Language language = Language.of(locale);
    return new MessageFormat(Texts.bundle(language.bundleLocale()).getString("form.located"),
        language.bundleLocale()).format(new Object[] {sheet, String.valueOf(row), column, describe(locale)});
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FormProblem p && sheet.equals(p.sheet) && row == p.row && column.equals(p.column)
        && key.equals(p.key) && Arrays.equals(arguments, p.arguments);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sheet, row, column, key, Arrays.hashCode(arguments));
  }

  /** The English message. */
  @Override
  public String toString() {
    return getMessage(Locale.ROOT);
  }
}
