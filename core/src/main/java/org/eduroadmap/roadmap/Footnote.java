package org.eduroadmap.roadmap;

import org.immutables.value.Value;

/**
 * A footnote under the table, such as {@code *} «для участников проекта … «500+» …».
 *
 * <pre>{@code
 * Footnote f = Footnote.of("*", "для участников проекта Адресной методической помощи «500+» …");
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Footnote {

  Footnote() {}

  /** The mark that refers to it: {@code *}. */
  @Value.Parameter
  public abstract String mark();

  /** The footnote's text. */
  @Value.Parameter
  public abstract String text();

  /** Obtains the footnote {@code mark} reading {@code text}. */
  public static Footnote of(String mark, String text) {
    return ImmutableFootnote.of(mark, text);
  }

  /** A copy of this footnote with another mark. */
  public Footnote withMark(String mark) {
    return immutable().withMark(mark);
  }

  /** A copy of this footnote with another text. */
  public Footnote withText(String text) {
    return immutable().withText(text);
  }

  /** This value as its generated class, whose with* methods make the copies. */
  private ImmutableFootnote immutable() {
    // copyOf returns this when it already is one; its declared type hides the Optional withers.
    return (ImmutableFootnote) ImmutableFootnote.copyOf(this);
  }
}
