package org.eduroadmap.support;

/**
 * The three kinds of document a school of the «500+» cycle writes after its risk profile.
 *
 * <pre>{@code
 * SchoolProgramme.antiRisk("s1-motivation", "МБОУ СОШ № 1", "LOW_MOTIVATION", roadmap).kind(); // ANTI_RISK
 * }</pre>
 */
public enum ProgrammeKind {
  /** «Концептуальный документ»: the school's analysis and intent for the cycle. */
  CONCEPT,
  /** «Среднесрочная программа развития»: the school's development programme over the period. */
  MEDIUM_TERM,
  /** «Антирисковая программа»: the plan that answers one risk factor of the profile. */
  ANTI_RISK
}
