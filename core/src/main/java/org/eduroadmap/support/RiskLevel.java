package org.eduroadmap.support;

/**
 * How strongly a risk factor shows in a school's profile for a year.
 *
 * <pre>{@code
 * profile.level("LOW_MOTIVATION"); // Optional[HIGH]
 * }</pre>
 */
public enum RiskLevel {
  /** «высокий»: the school writes an anti-risk programme for it. */
  HIGH,
  /** «средний». */
  MEDIUM,
  /** «низкий». */
  LOW,
  /** Assessed, and the factor does not show. */
  NONE
}
