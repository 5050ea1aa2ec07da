package org.eduroadmap.term;

/**
 * Why a term gives no dated occurrence.
 *
 * <pre>{@code
 * TermReader.strict().read("По мере необходимости").unscheduledReason(); // Optional[ON_DEMAND]
 * }</pre>
 */
public enum UnscheduledReason {
  /** «По мере необходимости»: done when needed. */
  ON_DEMAND,
  /** «По отдельному графику», «в соответствии с планом …»: dated by another schedule. */
  EXTERNAL,
  /** The cell is blank: no term was written. */
  UNSPECIFIED,
  /** The text could not be read; it is kept with the reason. */
  UNPARSED
}
