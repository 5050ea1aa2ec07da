package org.eduroadmap.document;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.eduroadmap.EduroadmapException;
import org.jspecify.annotations.Nullable;

/**
 * The document gives no roadmap: it is too large, empty, in a format or encoding that cannot be read,
 * or nothing usable (no table of activities) was found in it.
 *
 * <pre>{@code
 * try {
 *   RoadmapDocuments.standard().read(Path.of("plan.docx"));
 * } catch (RoadmapDocumentException e) {   // or catch (EduroadmapException e)
 *   System.err.println(e.getMessage(Locale.forLanguageTag("ru")));
 *   // «В документе не найдено ни одного мероприятия …»
 *   e.problems();  // what the reader met before it gave up, with their origins
 * }
 * }</pre>
 *
 * <p>Anything less is not an exception: the reader reports it as an {@link ImportProblem}. Every
 * message exists in Russian and English, in the bundle {@code org/eduroadmap/document/messages}.
 */
public final class RoadmapDocumentException extends EduroadmapException {

  private static final long serialVersionUID = 1L;

  // Transient: problems are not serializable; a deserialized exception has none.
  private final transient List<ImportProblem> problems;

  private RoadmapDocumentException(String key, @Nullable Throwable cause, List<ImportProblem> problems,
      Object... arguments) {
    super(key, cause, arguments);
    this.problems = List.copyOf(problems);
  }

  // Not «of»: of(String, String) is the public two-language factory, and overloading would pick it.
  private static RoadmapDocumentException keyed(String key, Object... arguments) {
    return new RoadmapDocumentException(key, null, List.of(), arguments);
  }

  /**
   * An exception with a message in English and in Russian; for readers of other formats
   * ({@code org.eduroadmap.document.docx}, {@code …pdf}).
   *
   * <pre>{@code
   * throw RoadmapDocumentException.of("The PDF has no text layer", "В PDF нет текстового слоя");
   * }</pre>
   */
  public static RoadmapDocumentException of(String english, String russian) {
    return of(english, russian, null);
  }

  /** As {@link #of(String, String)}, with the exception that caused it. */
  public static RoadmapDocumentException of(String english, String russian, @Nullable Throwable cause) {
    return new RoadmapDocumentException("document.text", cause, List.of(), english, russian);
  }

  static RoadmapDocumentException tooLarge(long size, long max) {
    return keyed("document.tooLarge", max, size);
  }

  static RoadmapDocumentException fileTooLarge(String fileName, String format, long size, long max) {
    // The format is a name (PDF, DOCX) or, for plain text, a word that has to be said in each language.
    return keyed("document.fileTooLarge", fileName, format.equals("text") ? "text" : format,
        format.equals("text") ? "текст" : format, max, size);
  }

  static RoadmapDocumentException empty() {
    return keyed("document.empty");
  }

  static RoadmapDocumentException nothingRead(List<ImportProblem> problems, boolean tableFound) {
    return new RoadmapDocumentException(tableFound ? "document.nothingReadTable" : "document.nothingReadNoTable",
        null, problems);
  }

  /** The table was read without confidence: {@code key} says how, at {@code line}, with its counts. */
  static RoadmapDocumentException notUnderstood(String key, List<ImportProblem> problems, int line,
      Object... counts) {
    Object[] arguments = new Object[counts.length + 1];
    arguments[0] = line;
    System.arraycopy(counts, 0, arguments, 1, counts.length);
    return new RoadmapDocumentException(key, null, problems, arguments);
  }

  static RoadmapDocumentException noPeriod(List<ImportProblem> problems) {
    return new RoadmapDocumentException("document.noPeriod", null, problems);
  }

  static RoadmapDocumentException undecodable(String fileName, String tried) {
    return keyed("document.undecodable", fileName, tried);
  }

  static RoadmapDocumentException oldWord(String fileName) {
    return keyed("document.doc", fileName);
  }

  static RoadmapDocumentException otherZip(String fileName) {
    return keyed("document.otherZip", fileName);
  }

  /** The problems the reader met before it gave up, in document order; often empty. */
  public List<ImportProblem> problems() {
    return problems == null ? List.of() : problems;
  }

  @Override
  protected ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle("org.eduroadmap.document.messages", locale);
  }
}
