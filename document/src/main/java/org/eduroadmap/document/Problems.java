package org.eduroadmap.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects the problems of one reading. Not thread-safe: one instance per reading. */
final class Problems {

  private final List<ImportProblem> list = new ArrayList<>();

  void add(int line, ImportProblemKind kind, String subject) {
    list.add(ImportProblem.of(Math.max(0, line), kind, subject));
  }

  List<ImportProblem> sorted() {
    List<ImportProblem> copy = new ArrayList<>(list);
    copy.sort(Comparator.comparingInt(ImportProblem::line));
    return copy;
  }
}
