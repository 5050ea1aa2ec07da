package org.eduroadmap.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the problems of one reading. The reader counts lines by their position in the
 * {@link DocumentText} (from 1, 0 for the whole document); each problem is given the origin of that
 * line, so it can say «страница 3, строка 5» for a PDF. Not thread-safe: one instance per reading.
 */
final class Problems {

  private record Entry(int position, ImportProblem problem) {}

  private final List<DocumentText.Line> lines;
  private final List<Entry> list = new ArrayList<>();

  Problems(DocumentText text) {
    this.lines = text.lines();
  }

  void add(int position, ImportProblemKind kind, String subject) {
    int p = Math.max(0, position);
    DocumentText.Origin origin = p == 0 || p > lines.size()
        ? DocumentText.Origin.of(0, 0, 0, 0) : lines.get(p - 1).origin();
    list.add(new Entry(p, ImportProblem.of(origin, kind, subject)));
  }

  List<ImportProblem> sorted() {
    return list.stream().sorted(Comparator.comparingInt(Entry::position)).map(Entry::problem).toList();
  }
}
