package org.eduroadmap.support;

/**
 * How an indicator stands against its target for one year.
 *
 * <pre>{@code
 * indicator.status(2022); // MET
 * }</pre>
 */
public enum IndicatorStatus {
  /** Measured, and at or better than the year's target (see {@link IndicatorDirection}). */
  MET,
  /** Measured, and worse than the year's target. */
  NOT_MET,
  /** The year has a target but no measured value yet. */
  NOT_YET_MEASURED
}
