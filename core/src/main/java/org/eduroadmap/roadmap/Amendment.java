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
public abstract class Amendment {

  Amendment() {}

  /** The amendment as written. */
  public abstract String text();

  /** The date of the amending document. */
  public abstract Optional<LocalDate> date();

  /** The number of the amending document. */
  public abstract Optional<String> number();

  /** Obtains the amendment written {@code text}. */
  public static Amendment of(String text) {
    return new ImmutableAmendment.Builder().text(text).build();
  }

  /** A copy of this amendment with another text. */
  public Amendment withText(String text) {
    return immutable().withText(text);
  }

  /** A copy of this amendment with this date. */
  public Amendment withDate(LocalDate date) {
    return immutable().withDate(date);
  }

  /** A copy of this amendment without a date. */
  public Amendment withoutDate() {
    return immutable().withDate(Optional.empty());
  }

  /** A copy of this amendment with this number. */
  public Amendment withNumber(String number) {
    return immutable().withNumber(number);
  }

  /** A copy of this amendment without a number. */
  public Amendment withoutNumber() {
    return immutable().withNumber(Optional.empty());
  }

  /** This value as its generated class, whose with* methods make the copies. */
  private ImmutableAmendment immutable() {
    // copyOf returns this when it already is one; its declared type hides the Optional withers.
    return (ImmutableAmendment) ImmutableAmendment.copyOf(this);
  }
}
