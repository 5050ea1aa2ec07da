package org.eduroadmap.validation;

/**
 * How serious a {@link Violation} is.
 *
 * <p>{@code ERROR}: the roadmap is surely wrong, or a deadline cannot be computed from it (a reversed
 * period, a term that cannot be read, an INN with a wrong check digit). {@code WARNING}: something
 * a methodologist should look at, but the roadmap can still be scheduled (an empty term, a gap in
 * the numbering, a deadline before the approving order).
 */
public enum Severity {
  /** Surely wrong, or stops scheduling: a portal should refuse the roadmap. */
  ERROR,
  /** Suspicious: worth a look, does not stop scheduling. */
  WARNING
}
