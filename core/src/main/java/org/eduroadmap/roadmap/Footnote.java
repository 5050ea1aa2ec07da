package org.eduroadmap.roadmap;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
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
@JsonSerialize(as = ImmutableFootnote.class)
@JsonDeserialize(as = ImmutableFootnote.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableFootnote.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableFootnote.class)
@JsonPropertyOrder({"mark", "text"})
public abstract class Footnote implements WithFootnote {

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
}
