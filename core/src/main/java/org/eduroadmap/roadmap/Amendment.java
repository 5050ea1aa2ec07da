package org.eduroadmap.roadmap;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An amendment of the approving order: «с изменениями от 28.04.23 № 76-Д».
 *
 * <pre>{@code
 * Amendment a = Amendment.of("с изменениями от 28.04.23 № 76-Д")
 *     .withDate(LocalDate.of(2023, 4, 28)).withNumber("76-Д");
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Amendment implements WithAmendment {

  Amendment() {}

  /** The amendment as written. */
  public abstract String text();

  /** The date of the amending document. */
  public abstract Optional<LocalDate> date();

  /** The number of the amending document. */
  public abstract Optional<String> number();

  /** Obtains the amendment written {@code text}. */
  public static Amendment of(String text) {
    return ImmutableAmendment.builder().text(text).build();
  }
}
