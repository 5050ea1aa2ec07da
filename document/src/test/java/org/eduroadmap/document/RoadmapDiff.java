package org.eduroadmap.document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eduroadmap.json.RoadmapJson;
import org.eduroadmap.roadmap.Roadmap;

/**
 * A structural diff of two roadmaps, field by field, through their JSON form: each difference names
 * its path ({@code sections[0].activities[3].term}) and the expected and actual values.
 *
 * <pre>{@code
 * List<RoadmapDiff.Difference> d = RoadmapDiff.between(expected, actual);
 * // [order.signatory: "М.Б. Калманов" ≠ absent]
 * }</pre>
 */
final class RoadmapDiff {

  /** One differing field: its path, the expected and the actual JSON values ({@code absent} if none). */
  record Difference(String path, String expected, String actual) {
    @Override
    public String toString() {
      return path + ": " + expected + " ≠ " + actual;
    }
  }

  private RoadmapDiff() {}

  /** The differences between {@code expected} and {@code actual}, in document order. */
  static List<Difference> between(Roadmap expected, Roadmap actual) {
    ObjectMapper mapper = RoadmapJson.standard().copyOfMapper();
    List<Difference> out = new ArrayList<>();
    diff("", mapper.valueToTree(expected), mapper.valueToTree(actual), out);
    return out;
  }

  /** The paths of the differences, with array indexes kept. */
  static Set<String> paths(List<Difference> differences) {
    Set<String> paths = new LinkedHashSet<>();
    differences.forEach(d -> paths.add(d.path()));
    return paths;
  }

  private static void diff(String path, JsonNode expected, JsonNode actual, List<Difference> out) {
    boolean e = expected != null && !expected.isMissingNode() && !expected.isNull();
    boolean a = actual != null && !actual.isMissingNode() && !actual.isNull();
    if (!e && !a) {
      return;
    }
    if (e && a && expected.isObject() && actual.isObject()) {
      Set<String> names = new LinkedHashSet<>();
      expected.fieldNames().forEachRemaining(names::add);
      actual.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        diff(path.isEmpty() ? name : path + "." + name, expected.get(name), actual.get(name), out);
      }
      return;
    }
    if (e && a && expected.isArray() && actual.isArray()) {
      int n = Math.max(expected.size(), actual.size());
      for (int i = 0; i < n; i++) {
        diff(path + "[" + i + "]", expected.get(i), actual.get(i), out);
      }
      return;
    }
    if (isEmptyContainer(e ? expected : null) && !a || isEmptyContainer(a ? actual : null) && !e) {
      return;
    }
    if (!(e && a && expected.equals(actual))) {
      out.add(new Difference(path, e ? expected.toString() : "absent", a ? actual.toString() : "absent"));
    }
  }

  private static boolean isEmptyContainer(JsonNode node) {
    if (node == null) {
      return false;
    }
    if (node.isContainerNode()) {
      Iterator<JsonNode> it = node.elements();
      return !it.hasNext();
    }
    return node.isTextual() && node.asText().isEmpty();
  }
}
