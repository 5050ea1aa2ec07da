package org.eduroadmap.document;

import java.util.Locale;
import org.eduroadmap.Language;

/**
 * What went wrong, or what was guessed, while reading a roadmap document.
 *
 * <p>Each kind has a message in Russian and English; {@code %s} stands for the text concerned.
 */
public enum ImportProblemKind {
  /** No order header (authority, kind, number, date) was found. */
  NO_ORDER("не найдены реквизиты приказа (орган, вид, номер, дата): %s",
      "no order header (authority, kind, number, date) found: %s"),
  /** A part of the order header was not found. */
  ORDER_FIELD_MISSING("в приказе не найдено: %s", "missing from the order: %s"),
  /** The plan's title was not found. */
  NO_TITLE("не найдено название плана: %s", "no plan title found: %s"),
  /** The period was not stated in the title and was taken from elsewhere or guessed. */
  PERIOD_GUESSED("период плана определён по косвенным признакам: %s", "the plan's period was guessed: %s"),
  /**
   * The period the title or the order states runs backwards («на 2023–2021 годы»): it is left out and the
   * period is taken from the table or the order's date instead.
   */
  PERIOD_REVERSED("период плана указан в обратном порядке и не использован: %s",
      "the plan's period is stated backwards and was not used: %s"),
  /** The level (regional, municipal) was guessed. */
  LEVEL_GUESSED("уровень плана определён по косвенным признакам: %s", "the plan's level was guessed: %s"),
  /** No table (tab-separated rows) was found. */
  NO_TABLE("не найдена таблица мероприятий (строки с табуляцией): %s",
      "no table of activities (tab-separated rows) found: %s"),
  /** A column header was not recognised; its cells are dropped. */
  UNKNOWN_COLUMN("не распознан заголовок столбца, его ячейки пропущены: %s",
      "unrecognised column header, its cells are dropped: %s"),
  /** The columns were guessed because the table has no header row. */
  COLUMNS_GUESSED("у таблицы нет строки заголовков, столбцы определены по умолчанию: %s",
      "the table has no header row, default columns assumed: %s"),
  /**
   * A row has more cells than the header has columns; the cells were placed by their content and the
   * extra ones joined to a neighbour (usually the activity), as the message says.
   */
  EXTRA_CELLS("в строке больше ячеек, чем столбцов, лишняя ячейка объединена с соседней по содержанию: %s",
      "the row has more cells than the table has columns, the extra cell was joined to its neighbour by content: %s"),
  /**
   * A row has fewer cells than the header has columns; the cells were placed by their content (a term
   * to the term column, parties to the responsible column), as the message says.
   */
  MISSING_CELLS("в строке меньше ячеек, чем столбцов, ячейки расставлены по содержанию: %s",
      "the row has fewer cells than the table has columns, the cells were placed by their content: %s"),
  /** The table's columns were found by the alignment of text with spaces, not by TABs. */
  COLUMNS_FROM_ALIGNMENT("столбцы таблицы определены по выравниванию пробелами (копия из PDF?): %s",
      "the table's columns were found by their alignment with spaces (a copy from a PDF?): %s"),
  /** A line inside the table could not be placed into any row. */
  UNPLACED_ROW("строку не удалось отнести ни к одной строке таблицы: %s",
      "the line could not be placed into any row of the table: %s"),
  /** A line without cells inside the table was appended to the row above: a guess. */
  GUESSED_CELL("текст без разделителей ячеек добавлен к предыдущей строке таблицы: %s",
      "text without cell separators was appended to the row above: %s"),
  /** A row has no number, so it was taken as a continuation of the previous one, or as a new row. */
  ROW_WITHOUT_NUMBER("строка таблицы без номера прочитана как отдельное мероприятие: %s",
      "a table row without a number was read as an activity of its own: %s"),
  /** A term could not be read by the term language; it is kept as written. */
  UNREADABLE_TERM("срок не распознан и сохранён как текст: %s", "the term could not be read and is kept as text: %s"),
  /** An abbreviation is introduced but its meaning could not be found. */
  GLOSSARY_MEANING_NOT_FOUND("не найдена расшифровка сокращения: %s", "no meaning found for the abbreviation: %s"),
  /** Text after the table was not recognised as a footnote or a glossary entry. */
  UNPLACED_TEXT("текст не отнесён ни к одной части документа и сохранён в примечаниях: %s",
      "text not recognised as any part of the document, kept in the notes: %s"),
  /** Who controls execution could not be read. */
  CONTROL_GUESSED("не удалось определить, на кого возложен контроль: %s", "could not read who controls execution: %s");

  private final String russian;
  private final String english;

  ImportProblemKind(String russian, String english) {
    this.russian = russian;
    this.english = english;
  }

  /** The message about {@code subject} in Russian, or in English for any other language. */
  public String message(String subject, Locale locale) {
    String template = Language.of(locale).choose(russian, english);
    return String.format(Locale.ROOT, template, subject);
  }
}
