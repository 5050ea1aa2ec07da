package org.eduroadmap.roadmap;

import org.immutables.value.Value;

/**
 * An abbreviation the document defines: {@code ИМЦ} – муниципальное учреждение
 * «Информационно-методический центр».
 *
 * <pre>{@code
 * GlossaryEntry e = GlossaryEntry.of("ИМЦ", "муниципальное учреждение «Информационно – методический центр»");
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class GlossaryEntry {

  GlossaryEntry() {}

  /** The short name as the document writes it: {@code ИМЦ}. */
  @Value.Parameter
  public abstract String abbreviation();

  /** What it stands for, as written. */
  @Value.Parameter
  public abstract String meaning();

  /** Obtains the entry {@code abbreviation} – {@code meaning}. */
  public static GlossaryEntry of(String abbreviation, String meaning) {
    return ImmutableGlossaryEntry.of(abbreviation, meaning);
  }

  /** A copy of this glossary entry with another abbreviation. */
  public GlossaryEntry withAbbreviation(String abbreviation) {
    return immutable().withAbbreviation(abbreviation);
  }

  /** A copy of this glossary entry with another meaning. */
  public GlossaryEntry withMeaning(String meaning) {
    return immutable().withMeaning(meaning);
  }

  /** This value as its generated class, whose with* methods make the copies. */
  private ImmutableGlossaryEntry immutable() {
    // copyOf returns this when it already is one; its declared type hides the Optional withers.
    return (ImmutableGlossaryEntry) ImmutableGlossaryEntry.copyOf(this);
  }
}
