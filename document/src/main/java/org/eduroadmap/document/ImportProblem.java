package org.eduroadmap.document;

import java.util.Locale;
import java.util.Objects;
import org.eduroadmap.Language;

/**
 * A problem the reader met, or a guess it made, at a place in the document: a line of a text file,
 * a row of a Word table, a row on a PDF page.
 *
 * <pre>{@code
 * ImportProblem p = ImportProblem.of(61, ImportProblemKind.UNREADABLE_TERM, "по мере сил");
 * p.getMessage(Locale.forLanguageTag("ru")); // "срок не распознан и сохранён как текст: по мере сил"
 * p.where(Locale.forLanguageTag("ru"));   // "строка 61"
 * p.toString();                           // "61: UNREADABLE_TERM: the term could not be read … по мере сил"
 * ImportProblem.of(DocumentText.Origin.ofPage(3, 5), ImportProblemKind.EXTRA_CELLS, "…")
 *     .where(Locale.forLanguageTag("ru"));  // "страница 3, строка 5"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ImportProblem {

  private static final int MAX_SUBJECT = 200;
  private static final DocumentText.Origin WHOLE_DOCUMENT = DocumentText.Origin.of(0, 0, 0, 0);

  private final DocumentText.Origin origin;
  private final ImportProblemKind kind;
  private final String subject;

  private ImportProblem(DocumentText.Origin origin, ImportProblemKind kind, String subject) {
    this.origin = Objects.requireNonNull(origin, "origin");
    this.kind = Objects.requireNonNull(kind, "kind");
    String s = Objects.requireNonNull(subject, "subject").strip();
    this.subject = s.length() > MAX_SUBJECT ? s.substring(0, MAX_SUBJECT) + "…" : s;
  }

  /**
   * Obtains the problem {@code kind} about {@code subject} (the text concerned, cut to 200 characters)
   * at {@code line} of a text, counted from 1; 0 stands for the whole document.
   *
   * @throws IllegalArgumentException if {@code line} is negative
   */
  public static ImportProblem of(int line, ImportProblemKind kind, String subject) {
    if (line < 0) {
      throw new IllegalArgumentException("Invalid line number (valid values 0 and up): " + line);
    }
    return new ImportProblem(line == 0 ? WHOLE_DOCUMENT : DocumentText.Origin.ofLine(line), kind, subject);
  }

  /** Obtains the problem {@code kind} about {@code subject} at {@code origin}; all zeros for the whole document. */
  public static ImportProblem of(DocumentText.Origin origin, ImportProblemKind kind, String subject) {
    return new ImportProblem(origin, kind, subject);
  }

  /** Where in the original file: a text line, a Word table row, a PDF page and row. */
  public DocumentText.Origin origin() {
    return origin;
  }

  /**
   * The line of a text file (or the paragraph of a Word file), from 1; 0 when the problem concerns
   * the whole document or the place has no line number (a PDF page row: see {@link #origin()}).
   */
  public int line() {
    return origin.line();
  }

  /** Whether the problem concerns the whole document rather than one place in it. */
  public boolean isWholeDocument() {
    return origin.equals(WHOLE_DOCUMENT);
  }

  /**
   * Where, in words: «строка 12», «таблица 1, строка 4», «страница 3, строка 5»; «весь документ» /
   * "whole document" when it concerns no one place.
   */
  public String where(Locale locale) {
    if (isWholeDocument()) {
      return Language.of(locale).choose("весь документ", "whole document");
    }
    return origin.describe(locale);
  }

  /** What kind of problem it is. */
  public ImportProblemKind kind() {
    return kind;
  }

  /** The text concerned, as written (at most 200 characters). */
  public String subject() {
    return subject;
  }

  /** The message in Russian ({@code ru}) or English (any other language). */
  public String getMessage(Locale locale) {
    return kind.message(subject, locale);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ImportProblem p && origin.equals(p.origin) && kind == p.kind && subject.equals(p.subject);
  }

  @Override
  public int hashCode() {
    return Objects.hash(origin, kind, subject);
  }

  /** {@code 61: KIND: message} for a text line (0 for the whole document), else {@code page 3, row 5: …}. */
  @Override
  public String toString() {
    boolean textLine = origin.page() == 0 && origin.table() == 0 && origin.row() == 0;
    String where = textLine ? String.valueOf(origin.line()) : origin.describe(Locale.ENGLISH);
    return where + ": " + kind + ": " + getMessage(Locale.ENGLISH);
  }
}
