package org.eduroadmap.document;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import org.eduroadmap.Language;

/**
 * What went wrong, or what was guessed, while reading a roadmap document.
 *
 * <p>Each kind has a message in Russian and English, kept in the module's bundle
 * ({@code org/eduroadmap/document/messages.properties}, key {@code problem.}<i>NAME</i>), where {@code {0}}
 * stands for the text concerned.
 *
 * <pre>{@code
 * ImportProblemKind.UNREADABLE_TERM.message("по мере сил", Locale.forLanguageTag("ru"));
 * // "срок не распознан и сохранён как текст: по мере сил"
 * }</pre>
 */
public enum ImportProblemKind {
  /** No order header (authority, kind, number, date) was found. */
  NO_ORDER,
  /** A part of the order header was not found. */
  ORDER_FIELD_MISSING,
  /** The plan's title was not found. */
  NO_TITLE,
  /** The period was not stated in the title and was taken from elsewhere or guessed. */
  PERIOD_GUESSED,
  /**
   * The period the title or the order states runs backwards («на 2023–2021 годы»): it is left out and the
   * period is taken from the table or the order's date instead.
   */
  PERIOD_REVERSED,
  /** The level (regional, municipal) was guessed. */
  LEVEL_GUESSED,
  /** No table (tab-separated rows) was found. */
  NO_TABLE,
  /** A column header was not recognised; its cells are dropped. */
  UNKNOWN_COLUMN,
  /** The columns were guessed because the table has no header row. */
  COLUMNS_GUESSED,
  /**
   * A row has more cells than the header has columns; the cells were placed by their content and the
   * extra ones joined to a neighbour (usually the activity), as the message says.
   */
  EXTRA_CELLS,
  /**
   * A row has fewer cells than the header has columns; the cells were placed by their content (a term
   * to the term column, parties to the responsible column), as the message says.
   */
  MISSING_CELLS,
  /** The table's columns were found by the alignment of text with spaces, not by TABs. */
  COLUMNS_FROM_ALIGNMENT,
  /** A line inside the table could not be placed into any row. */
  UNPLACED_ROW,
  /** A line without cells inside the table was appended to the row above: a guess. */
  GUESSED_CELL,
  /** A row has no number, so it was taken as a continuation of the previous one, or as a new row. */
  ROW_WITHOUT_NUMBER,
  /** A term could not be read by the term language; it is kept as written. */
  UNREADABLE_TERM,
  /** An abbreviation is introduced but its meaning could not be found. */
  GLOSSARY_MEANING_NOT_FOUND,
  /** Text after the table was not recognised as a footnote or a glossary entry. */
  UNPLACED_TEXT,
  /** Who controls execution could not be read. */
  CONTROL_GUESSED;

  /** The message about {@code subject} in Russian, or in English for any other language. */
  public String message(String subject, Locale locale) {
    Language language = Language.of(locale);
    ResourceBundle bundle = ResourceBundle.getBundle("org.eduroadmap.document.messages", language.bundleLocale());
    return new MessageFormat(bundle.getString("problem." + name()), language.bundleLocale())
        .format(new Object[] {Objects.requireNonNull(subject, "subject")});
  }
}
