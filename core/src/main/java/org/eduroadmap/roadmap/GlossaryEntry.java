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
public abstract class GlossaryEntry implements WithGlossaryEntry {

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
}
