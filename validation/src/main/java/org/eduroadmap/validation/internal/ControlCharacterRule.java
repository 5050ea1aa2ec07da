package org.eduroadmap.validation.internal;

import java.util.List;
import java.util.Optional;
import org.eduroadmap.responsibility.Party;
import org.eduroadmap.responsibility.Responsibility;
import org.eduroadmap.roadmap.Activity;
import org.eduroadmap.roadmap.Roadmap;
import org.eduroadmap.roadmap.Section;
import org.eduroadmap.roadmap.YearCell;
import org.eduroadmap.validation.ViolationCode;

/**
 * {@code TEXT_CONTROL_CHARACTER}: a text people read (the roadmap's title, a section's, an activity's
 * number, identifier, title, term, results, responsible parties, a school's name) holds a control character
 * other than TAB, or U+2028/U+2029. No document puts one there (the importer turns line breaks into spaces);
 * in roadmap JSON one is an artefact or an attack: a lone CR in a title would start a property of its own in
 * an iCalendar file, an ESC recolour a terminal. The exports replace such characters; this rule says where
 * they are, one violation per text, naming the first as {@code U+000D}.
 */
final class ControlCharacterRule implements Rule {

  @Override
  public void check(RuleContext context) {
    Roadmap roadmap = context.roadmap();
    check(context, roadmap.title(), "title", Optional.empty(), "roadmapTitle");
    roadmap.region().ifPresent(t -> check(context, t, "region", Optional.empty(), "region"));
    roadmap.municipality().ifPresent(t -> check(context, t, "municipality", Optional.empty(), "municipality"));
    check(context, roadmap.order().number(), "order.number", Optional.empty(), "orderNumber");
    roadmap.order().title().ifPresent(t -> check(context, t, "order.title", Optional.empty(), "orderTitle"));
    for (int s = 0; s < roadmap.sections().size(); s++) {
      Section section = roadmap.sections().get(s);
      int index = s;
      section.title().ifPresent(t -> check(context, t, "sections[" + index + "].title", Optional.empty(),
          "sectionTitle"));
    }
    for (int i = 0; i < roadmap.schools().size(); i++) {
      check(context, roadmap.schools().get(i).shortName(), "schools[" + i + "].shortName", Optional.empty(),
          "school");
    }
    for (Row row : context.allRows()) {
      Activity a = row.activity();
      Optional<Activity> concerned = row.concerned();
      check(context, a.number(), row.path("number"), concerned, "number");
      check(context, a.id(), row.path("id"), concerned, "id");
      check(context, a.title(), row.path("title"), concerned, "activityTitle");
      check(context, a.term().text(), row.path("term"), concerned, "term");
      list(context, a.results(), row.path("results"), concerned, "result");
      responsibility(context, a.responsibility(), row.path("responsibility"), concerned);
      for (int c = 0; c < a.yearCells().size(); c++) {
        YearCell cell = a.yearCells().get(c);
        String path = row.path("yearCells[" + c + "]");
        check(context, cell.term().text(), path + ".term", concerned, "term");
        cell.result().ifPresent(t -> check(context, t, path + ".result", concerned, "result"));
      }
    }
  }

  private static void responsibility(RuleContext context, Responsibility r, String path, Optional<Activity> a) {
    check(context, r.text(), path + ".text", a, "responsibility");
    r.lead().ifPresent(p -> check(context, p.name(), path + ".lead.name", a, "party"));
    List<Party> co = r.coExecutors();
    for (int i = 0; i < co.size(); i++) {
      check(context, co.get(i).name(), path + ".coExecutors[" + i + "].name", a, "party");
    }
  }

  private static void list(RuleContext context, List<String> texts, String path, Optional<Activity> a,
      String field) {
    for (int i = 0; i < texts.size(); i++) {
      check(context, texts.get(i), path + "[" + i + "]", a, field);
    }
  }

  private static void check(RuleContext context, String text, String path, Optional<Activity> activity,
      String field) {
    int at = firstControl(text);
    if (at >= 0) {
      context.report(ViolationCode.TEXT_CONTROL_CHARACTER, path, activity, null,
          "field", context.messages().format("TEXT_CONTROL_CHARACTER.field." + field),
          "character", String.format("U+%04X", (int) text.charAt(at)),
          "position", String.valueOf(at + 1));
    }
  }

  /** The index of the first control character but TAB, or of U+2028/U+2029; -1 when there is none. */
  static int firstControl(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\t' && (Character.getType(c) == Character.CONTROL || c == '\u2028' || c == '\u2029')) {
        return i;
      }
    }
    return -1;
  }
}
