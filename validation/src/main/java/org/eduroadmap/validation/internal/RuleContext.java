package org.eduroadmap.validation.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.eduroadmap.roadmap.Activity;
import org.eduroadmap.roadmap.Roadmap;
import org.eduroadmap.roadmap.Section;
import org.eduroadmap.validation.Violation;
import org.eduroadmap.validation.ViolationCode;

/**
 * What a rule sees: the roadmap, its rows with their paths, the messages in the reader's language,
 * and where to put what it finds. Not thread-safe: one per validation.
 */
final class RuleContext {

  private final Roadmap roadmap;
  private final Messages messages;
  private final List<Row> tableRows;
  private final List<Row> allRows;
  private final List<Violation> found = new ArrayList<>();

  RuleContext(Roadmap roadmap, Messages messages) {
    this.roadmap = roadmap;
    this.messages = messages;
    List<Row> table = new ArrayList<>();
    int row = 0;
    for (int s = 0; s < roadmap.sections().size(); s++) {
      Section section = roadmap.sections().get(s);
      for (int a = 0; a < section.activities().size(); a++) {
        table.add(new Row(section.activities().get(a), "sections[" + s + "].activities[" + a + "]", ++row));
      }
    }
    List<Row> all = new ArrayList<>(table);
    for (int d = 0; d < roadmap.reportingDuties().size(); d++) {
      all.add(new Row(roadmap.reportingDuties().get(d), "reportingDuties[" + d + "]", 0));
    }
    this.tableRows = Collections.unmodifiableList(table);
    this.allRows = Collections.unmodifiableList(all);
  }

  Roadmap roadmap() {
    return roadmap;
  }

  Messages messages() {
    return messages;
  }

  /** The rows of the table, in document order. */
  List<Row> tableRows() {
    return tableRows;
  }

  /** The rows of the table, then the order's reporting duties. */
  List<Row> allRows() {
    return allRows;
  }

  /** Reports {@code code} at {@code path}, with message {@code key} ({@code code.name()} if null). */
  void report(ViolationCode code, String path, Optional<Activity> activity, String key, String... args) {
    String text = messages.format(key == null ? code.name() : key, args);
    String message = messages.forActivity(activity, text);
    found.add(Messages.key(activity).map(k -> Violation.of(code.severity(), code, path, k, message))
        .orElseGet(() -> Violation.of(code.severity(), code, path, message)));
  }

  /** Reports {@code code} for a row, with the message of the same name. */
  void report(ViolationCode code, Row row, String property, String... args) {
    report(code, row.path(property), row.concerned(), null, args);
  }

  List<Violation> found() {
    return found;
  }
}
