package org.eduroadmap.support;

/**
 * Which way an indicator improves, and so how «met» is decided: a share of pupils below the minimum
 * score is met when it is at or under its target, a share of teachers trained when at or over it.
 *
 * <pre>{@code
 * ProgrammeIndicator.of("Доля обучающихся с рисками учебной неуспешности, %", 2021, 28)
 *     .withDirection(IndicatorDirection.LOWER_IS_BETTER);
 * }</pre>
 */
public enum IndicatorDirection {
  /** Met when the measured value is at or above the target. */
  HIGHER_IS_BETTER,
  /** Met when the measured value is at or below the target. */
  LOWER_IS_BETTER
}
