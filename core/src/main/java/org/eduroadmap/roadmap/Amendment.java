package org.eduroadmap.roadmap;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
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
@JsonSerialize(as = ImmutableAmendment.class)
@JsonDeserialize(as = ImmutableAmendment.class)
@tools.jackson.databind.annotation.JsonSerialize(as = ImmutableAmendment.class)
@tools.jackson.databind.annotation.JsonDeserialize(as = ImmutableAmendment.class)
@JsonPropertyOrder({"text", "date", "number"})
public abstract class Amendment implements WithAmendment {

  Amendment() {}

  /** The amendment as written. */
  public abstract String text();

  /** The date of the amending document. */
  @JsonFormat(shape = JsonFormat.Shape.STRING)
  public abstract Optional<LocalDate> date();

  /** The number of the amending document. */
  public abstract Optional<String> number();

  /** Obtains the amendment written {@code text}. */
  public static Amendment of(String text) {
    return ImmutableAmendment.builder().text(text).build();
  }
}
