package org.eduroadmap.school;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A school a roadmap targets, such as {@code МБОУ СОШ с. Ербогачен}.
 *
 * <pre>{@code
 * School school = School.builder()
 *     .shortName("МБОУ СОШ с. Ербогачен")
 *     .region("Иркутская область")
 *     .addStatuses(SchoolStatus.of(2023, SchoolStatusKind.RISK_ZONE))
 *     .build();
 * }</pre>
 *
 * <p>Identifiers are kept as written; their check digits are the validation module's business.
 * This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class School implements WithSchool {

  School() {}

  /** The short name as the document writes it: {@code МБОУ СОШ с. Ербогачен}. */
  public abstract String shortName();

  /** The full official name, when known. */
  public abstract Optional<String> fullName();

  /** The municipality: {@code Катангский район}. */
  public abstract Optional<String> municipality();

  /** The federal subject: {@code Иркутская область}. */
  public abstract Optional<String> region();

  /** ИНН, ten digits for an organisation. */
  public abstract Optional<String> inn();

  /** ОГРН, thirteen digits. */
  public abstract Optional<String> ogrn();

  /** The region's own code for the school. */
  public abstract Optional<String> regionalCode();

  /** The status per year, with the document that set it. */
  public abstract List<SchoolStatus> statuses();

  /** Obtains a school known only by its short name. */
  public static School of(String shortName) {
    return builder().shortName(shortName).build();
  }

  /** A builder for all attributes. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link School}. */
  public static final class Builder extends ImmutableSchool.Builder {
    Builder() {}
  }
}
