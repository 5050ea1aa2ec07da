package org.eduroadmap.document;

import java.util.Locale;

/**
 * The document cannot be read at all: it is too large, or the file cannot be opened.
 *
 * <pre>{@code
 * RoadmapDocumentReader.standard().read("x".repeat(3_000_000));
 * // throws: Document too large (valid sizes 0 - 2097152 characters): 3000000
 * }</pre>
 *
 * <p>Anything less is not an exception: the reader reports it as an {@link ImportProblem}.
 */
public final class RoadmapDocumentException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String russianMessage;

  RoadmapDocumentException(String english, String russian, Throwable cause) {
    super(english, cause);
    this.russianMessage = russian;
  }

  static RoadmapDocumentException tooLarge(long size, long max) {
    return new RoadmapDocumentException(
        "Document too large (valid sizes 0 - " + max + " characters): " + size,
        "Документ слишком велик (допустимо от 0 до " + max + " символов): " + size, null);
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
}
