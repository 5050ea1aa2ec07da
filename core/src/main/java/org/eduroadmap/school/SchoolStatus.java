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
public abstract class SchoolStatus {

  SchoolStatus() {}

  /** The year the status holds for. */
  public abstract int year();

  /** The status. */
  public abstract SchoolStatusKind kind();

  /** The document that set it, as the roadmap quotes it. */
  public abstract Optional<String> basis();

  /** Obtains the status {@code kind} for {@code year}. */
  public static SchoolStatus of(int year, SchoolStatusKind kind) {
    return new ImmutableSchoolStatus.Builder().year(year).kind(kind).build();
  }

  /** A copy of this school status with another year. */
  public SchoolStatus withYear(int year) {
    return immutable().withYear(year);
  }

  /** A copy of this school status with another kind. */
  public SchoolStatus withKind(SchoolStatusKind kind) {
    return immutable().withKind(kind);
  }

  /** A copy of this school status with this basis. */
  public SchoolStatus withBasis(String basis) {
    return immutable().withBasis(basis);
  }

  /** A copy of this school status without a basis. */
  public SchoolStatus withoutBasis() {
    return immutable().withBasis(Optional.empty());
  }

  /** This value as its generated class, whose with* methods make the copies. */
  private ImmutableSchoolStatus immutable() {
    // copyOf returns this when it already is one; its declared type hides the Optional withers.
    return (ImmutableSchoolStatus) ImmutableSchoolStatus.copyOf(this);
  }
}
