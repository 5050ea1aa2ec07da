package org.eduroadmap.validation.internal;

/** A roadmap rule: looks at the whole roadmap and reports what breaks it. */
interface Rule {

  /** Reports every violation of this rule into {@code context}; never stops at the first. */
  void check(RuleContext context);
}
