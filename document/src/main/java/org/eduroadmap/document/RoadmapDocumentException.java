package org.eduroadmap.document;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The document gives no roadmap: it is too large, empty, in a format or encoding that cannot be read,
 * or nothing usable (no table of activities) was found in it.
 *
 * <pre>{@code
 * try {
 *   RoadmapDocuments.standard().read(Path.of("plan.docx"));
 * } catch (RoadmapDocumentException e) {
 *   System.err.println(e.getMessage(Locale.forLanguageTag("ru")));
 *   // «В документе не найдено ни одного мероприятия …»
 *   e.problems();  // what the reader met before it gave up, with their origins
 * }
 * }</pre>
 *
 * <p>Anything less is not an exception: the reader reports it as an {@link ImportProblem}. Every
 * message exists in Russian and English.
 */
public final class RoadmapDocumentException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String russianMessage;
  // Transient: problems are not serializable; a deserialized exception has none.
  private final transient List<ImportProblem> problems;

  RoadmapDocumentException(String english, String russian, Throwable cause) {
    this(english, russian, cause, List.of());
  }

  private RoadmapDocumentException(String english, String russian, Throwable cause, List<ImportProblem> problems) {
    super(Objects.requireNonNull(english, "english"), cause);
    this.russianMessage = Objects.requireNonNull(russian, "russian");
    this.problems = List.copyOf(problems);
  }

  /**
   * An exception with a message in English and in Russian; for readers of other formats
   * ({@code org.eduroadmap.document.docx}, {@code …pdf}).
   */
  public static RoadmapDocumentException of(String english, String russian) {
    return new RoadmapDocumentException(english, russian, null);
  }

  /** As {@link #of(String, String)}, with the exception that caused it. */
  public static RoadmapDocumentException of(String english, String russian, Throwable cause) {
    return new RoadmapDocumentException(english, russian, cause);
  }

  static RoadmapDocumentException tooLarge(long size, long max) {
    return new RoadmapDocumentException(
        "Document too large (valid sizes 0 - " + max + " characters): " + size,
        "Документ слишком велик (допустимо от 0 до " + max + " символов): " + size, null);
  }

  static RoadmapDocumentException fileTooLarge(String fileName, String format, long size, long max) {
    return new RoadmapDocumentException(
        "File too large for " + format + " (valid sizes 0 - " + max + " bytes): " + fileName + ", " + size + " bytes",
        "Файл слишком велик для формата " + format + " (допустимо от 0 до " + max + " байт): " + fileName + ", "
            + size + " байт", null);
  }

  static RoadmapDocumentException empty() {
    return new RoadmapDocumentException("The document is empty: there is no text to read a roadmap from",
        "Документ пуст: в нём нет текста, из которого можно прочитать дорожную карту", null);
  }

  static RoadmapDocumentException nothingRead(List<ImportProblem> problems, boolean tableFound) {
    String en = tableFound
        ? "No activity found in the document: its table has no numbered rows"
        : "No activity found in the document: there is no table of activities (rows of cells separated by tabs"
            + " or aligned columns)";
    String ru = tableFound
        ? "В документе не найдено ни одного мероприятия: в таблице нет пронумерованных строк"
        : "В документе не найдено ни одного мероприятия: нет таблицы мероприятий (строк с ячейками, разделёнными"
            + " табуляцией или выровненными в столбцы)";
    return new RoadmapDocumentException(en, ru, null, problems);
  }

  static RoadmapDocumentException noPeriod(List<ImportProblem> problems) {
    return new RoadmapDocumentException(
        "The plan's period could not be found: neither the title, the order nor the table names a year",
        "Не удалось определить период плана: ни название, ни приказ, ни таблица не называют год", null, problems);
  }

  /**
   * The document cannot be read, for the reason given in English and in Russian: what readers of file
   * formats outside this package (Word, PDF) throw.
   *
   * <pre>{@code
   * throw RoadmapDocumentException.unreadable("The PDF has no text layer", "В PDF нет текстового слоя");
   * }</pre>
   */
  public static RoadmapDocumentException unreadable(String english, String russian) {
    return new RoadmapDocumentException(english, russian, null);
  }

  /** As {@link #unreadable(String, String)}, keeping the exception that made the document unreadable. */
  public static RoadmapDocumentException unreadable(String english, String russian, Throwable cause) {
    return new RoadmapDocumentException(english, russian, java.util.Objects.requireNonNull(cause, "cause"));
  }

  /** The message in Russian ({@code ru}) or English (any other language). */
  public String getMessage(Locale locale) {
    return "ru".equals(locale.getLanguage()) ? russianMessage : getMessage();
  }

  /** The problems the reader met before it gave up, in document order; often empty. */
  public List<ImportProblem> problems() {
    return problems == null ? List.of() : problems;
  }
}
