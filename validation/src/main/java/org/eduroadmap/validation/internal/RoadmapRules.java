package org.eduroadmap.validation.internal;

import java.util.List;
import org.eduroadmap.roadmap.Roadmap;
import org.eduroadmap.validation.Violation;

/**
 * The roadmap rules, run one after the other; each reports everything it finds.
 *
 * <pre>{@code
 * List<Violation> found = RoadmapRules.check(roadmap, Messages.of(Locale.ENGLISH));
 * }</pre>
 */
public final class RoadmapRules {

  private static final List<Rule> RULES = List.of(
      new ProvisionalCalendarRule(),
      new NumberingRule(),
      new ActivityIdRule(),
      new TermAndResultRule(),
      new TermDateRule(),
      new ResponsibilityRule(),
      new SchoolRule(),
      new IndicatorRule(),
      new ControlCharacterRule());

  private RoadmapRules() {}

  /** What the rules find in {@code roadmap}, in the language of {@code messages}. */
  public static List<Violation> check(Roadmap roadmap, Messages messages) {
    RuleContext context = new RuleContext(roadmap, messages);
    for (Rule rule : RULES) {
      rule.check(context);
    }
    return List.copyOf(context.found());
  }
}
