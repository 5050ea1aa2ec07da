package org.eduroadmap.validation.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eduroadmap.validation.Violation;

/**
 * The order in which a reader meets violations in a JSON document: by the top-level field the path starts
 * with, in the document's field order, then by the path's indexes numerically ({@code [2]} before
 * {@code [10]}), then by path and code. A path under no listed field sorts last.
 */
public final class DocumentOrder {

  private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

  private DocumentOrder() {}

  /** The order of a document whose top-level fields come in {@code fields}' order. */
  public static Comparator<Violation> of(List<String> fields) {
    List<String> order = List.copyOf(fields);
    return Comparator.comparingInt((Violation v) -> rank(order, v.path()))
        .thenComparing(v -> indexes(v.path()), DocumentOrder::compareIndexes)
        .thenComparing(Violation::path)
        .thenComparing(Violation::code);
  }

  private static int rank(List<String> fields, String path) {
    int end = path.length();
    for (int i = 0; i < path.length(); i++) {
      if (path.charAt(i) == '.' || path.charAt(i) == '[') {
        end = i;
        break;
      }
    }
    int rank = fields.indexOf(path.substring(0, end));
    return rank < 0 ? fields.size() : rank;
  }

  private static List<Integer> indexes(String path) {
    List<Integer> out = new ArrayList<>();
    Matcher m = INDEX.matcher(path);
    while (m.find()) {
      out.add(Integer.parseInt(m.group(1)));
    }
    return out;
  }

  private static int compareIndexes(List<Integer> a, List<Integer> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = Integer.compare(a.get(i), b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }
}
