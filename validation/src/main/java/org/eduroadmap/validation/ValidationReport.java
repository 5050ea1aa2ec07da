package org.eduroadmap.validation;

import java.util.List;
import java.util.Objects;

/**
 * Every violation a roadmap has, in a stable order: by path in document order, then by code.
 *
 * <pre>{@code
 * ValidationReport report = RoadmapValidator.standard().validate(roadmap, Locale.forLanguageTag("ru"));
 * if (report.hasErrors()) {
 *   report.errors().forEach(v -> System.out.println(v.message()));
 * }
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ValidationReport {

  private static final ValidationReport EMPTY = new ValidationReport(List.of());

  private final List<Violation> violations;

  private ValidationReport(List<Violation> violations) {
    this.violations = List.copyOf(violations);
  }

  /** Obtains a report of {@code violations}, kept in the given order. */
  public static ValidationReport of(List<Violation> violations) {
    Objects.requireNonNull(violations, "violations");
    return violations.isEmpty() ? EMPTY : new ValidationReport(violations);
  }

  /** The report of a roadmap with nothing wrong. */
  public static ValidationReport empty() {
    return EMPTY;
  }

  /** Every violation, errors and warnings. */
  public List<Violation> violations() {
    return violations;
  }

  /** The violations of severity {@link Severity#ERROR}. */
  public List<Violation> errors() {
    return violations.stream().filter(Violation::isError).toList();
  }

  /** The violations of severity {@link Severity#WARNING}. */
  public List<Violation> warnings() {
    return violations.stream().filter(v -> !v.isError()).toList();
  }

  /** The violations with {@code code}. */
  public List<Violation> withCode(ViolationCode code) {
    return violations.stream().filter(v -> v.code() == code).toList();
  }

  /** Whether any violation is an error: a portal should then refuse the roadmap. */
  public boolean hasErrors() {
    return violations.stream().anyMatch(Violation::isError);
  }

  /** Whether nothing at all is wrong. */
  public boolean isEmpty() {
    return violations.isEmpty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ValidationReport r && violations.equals(r.violations);
  }

  @Override
  public int hashCode() {
    return violations.hashCode();
  }

  /** One violation per line. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (Violation v : violations) {
      sb.append(v).append('\n');
    }
    return sb.toString();
  }
}
