package org.eduroadmap.document;

import java.util.Locale;
import java.util.Objects;

/**
 * A problem the reader met, or a guess it made, at a line of the document.
 *
 * <pre>{@code
 * ImportProblem p = ImportProblem.of(61, ImportProblemKind.UNREADABLE_TERM, "по мере сил");
 * p.message(Locale.forLanguageTag("ru")); // "срок не распознан и сохранён как текст: по мере сил"
 * p.toString();                           // "61: UNREADABLE_TERM: the term could not be read … по мере сил"
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ImportProblem {

  private static final int MAX_SUBJECT = 200;

  private final int line;
  private final ImportProblemKind kind;
  private final String subject;

  private ImportProblem(int line, ImportProblemKind kind, String subject) {
    if (line < 0) {
      throw new IllegalArgumentException("Invalid line number (valid values 0 and up): " + line);
    }
    this.line = line;
    this.kind = Objects.requireNonNull(kind, "kind");
    String s = Objects.requireNonNull(subject, "subject").strip();
    this.subject = s.length() > MAX_SUBJECT ? s.substring(0, MAX_SUBJECT) + "…" : s;
  }

  /**
   * Obtains the problem {@code kind} about {@code subject} (the text concerned, cut to 200 characters)
   * at {@code line}, counted from 1; 0 stands for the whole document.
   */
  public static ImportProblem of(int line, ImportProblemKind kind, String subject) {
    return new ImportProblem(line, kind, subject);
  }

  /** The line of the document, from 1; 0 when the problem concerns the whole document. */
  public int line() {
    return line;
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
  public String message(Locale locale) {
    return kind.message(subject, locale);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ImportProblem p && line == p.line && kind == p.kind && subject.equals(p.subject);
  }

  @Override
  public int hashCode() {
    return Objects.hash(line, kind, subject);
  }

  @Override
  public String toString() {
    return line + ": " + kind + ": " + message(Locale.ENGLISH);
  }
}
