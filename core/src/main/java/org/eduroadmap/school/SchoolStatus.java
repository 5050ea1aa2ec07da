package org.eduroadmap.school;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A school's status for one year, with the document that set it.
 *
 * <pre>{@code
 * SchoolStatus s = SchoolStatus.of(2023, SchoolStatusKind.RISK_ZONE)
 *     .withBasis("распоряжение министерства образования Иркутской области от 14 марта 2023 г. № 55-310-мр");
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SchoolStatus implements WithSchoolStatus {

  SchoolStatus() {}

  /** The year the status holds for. */
  public abstract int year();

  /** The status. */
  public abstract SchoolStatusKind kind();

  /** The document that set it, as the roadmap quotes it. */
  public abstract Optional<String> basis();

  /** Obtains the status {@code kind} for {@code year}. */
  public static SchoolStatus of(int year, SchoolStatusKind kind) {
    return ImmutableSchoolStatus.builder().year(year).kind(kind).build();
  }
}
