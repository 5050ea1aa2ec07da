package org.eduroadmap.validation.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eduroadmap.roadmap.Section;
import org.eduroadmap.validation.ViolationCode;

/**
 * The numbering of the table's rows and sections: {@code NUMBER_DUPLICATE}, {@code NUMBERING_GAP},
 * {@code NUMBERING_DISORDER}, {@code NUMBER_STYLE_MIXED}, {@code SECTION_NUMBERING_GAP},
 * {@code SECTION_NUMBERING_DISORDER}.
 *
 * <p>Numbers are read as dotted integers ({@code 1.2.} is [1, 2]). After a number, the next may be
 * its next sibling at any level, followed by ones ({@code 1.2} → {@code 1.3}, {@code 2},
 * {@code 2.1}), or its first child ({@code 1} → {@code 1.1}). Anything greater is a gap, anything
 * smaller is disorder, the same number is a duplicate. The order's reporting duties
 * ({@code п. 3.4}) are numbered by the order and left out; numbers that are not numbers are
 * reported by {@code @ActivityNumber}.
 */
final class NumberingRule implements Rule {

  private static final Pattern DOTTED = Pattern.compile("\\d{1,6}(?:\\.\\d{1,6})*");
  private static final Pattern FIRST_INTEGER = Pattern.compile("\\d{1,6}");

  @Override
  public void check(RuleContext context) {
    duplicates(context);
    sequence(context);
    style(context);
    sections(context);
  }

  private static void duplicates(RuleContext context) {
    Map<String, Row> first = new HashMap<>();
    for (Row row : context.tableRows()) {
      String key = row.activity().key();
      if (key.isBlank()) {
        continue;
      }
      Row earlier = first.putIfAbsent(key, row);
      if (earlier != null) {
        context.report(ViolationCode.NUMBER_DUPLICATE, row, "number",
            "number", key, "row", String.valueOf(earlier.row()));
      }
    }
  }

  private static void sequence(RuleContext context) {
    int[] previous = null;
    for (Row row : context.tableRows()) {
      int[] current = parse(row.activity().key());
      if (current == null) {
        continue;
      }
      if (previous == null) {
        if (!allOnes(current)) {
          context.report(ViolationCode.NUMBERING_GAP, row.path("number"), row.concerned(),
              "NUMBERING_GAP.start", "number", row.activity().number().strip(),
              "expected", render(ones(current.length)));
        }
      } else if (!Arrays.equals(previous, current) && !follows(previous, current)) {
        boolean forward = Arrays.compare(current, previous) > 0;
        context.report(forward ? ViolationCode.NUMBERING_GAP : ViolationCode.NUMBERING_DISORDER,
            row, "number", "number", render(current), "previous", render(previous));
      }
      previous = current;
    }
  }

  /** Whether {@code next} may directly follow {@code previous}. */
  static boolean follows(int[] previous, int[] next) {
    if (next.length > previous.length) {
      // the first child: 1 → 1.1, 1.2 → 1.2.1
      return Arrays.equals(previous, 0, previous.length, next, 0, previous.length)
          && allOnes(Arrays.copyOfRange(next, previous.length, next.length));
    }
    for (int level = next.length; level >= 1; level--) {
      // the next sibling at this level, then ones: 1.2 → 1.3, 1.2 → 2.1, 1.2.3 → 1.3
      int[] expected = Arrays.copyOf(previous, next.length);
      expected[level - 1]++;
      for (int i = level; i < next.length; i++) {
        expected[i] = 1;
      }
      if (Arrays.equals(expected, next)) {
        return true;
      }
    }
    return false;
  }

  private static void style(RuleContext context) {
    List<Row> dotted = new ArrayList<>();
    List<Row> plain = new ArrayList<>();
    for (Row row : context.tableRows()) {
      String number = row.activity().number().strip();
      if (parse(row.activity().key()) != null) {
        (number.endsWith(".") ? dotted : plain).add(row);
      }
    }
    if (dotted.size() < plain.size()) {
      for (Row row : dotted) {
        context.report(ViolationCode.NUMBER_STYLE_MIXED, row.path("number"), row.concerned(),
            "NUMBER_STYLE_MIXED.dot", "number", row.activity().number().strip());
      }
    } else if (plain.size() < dotted.size()) {
      for (Row row : plain) {
        context.report(ViolationCode.NUMBER_STYLE_MIXED, row.path("number"), row.concerned(),
            "NUMBER_STYLE_MIXED.noDot", "number", row.activity().number().strip());
      }
    }
  }

  private static void sections(RuleContext context) {
    List<Section> sections = context.roadmap().sections();
    Integer previous = null;
    String previousText = null;
    for (int i = 0; i < sections.size(); i++) {
      Optional<String> number = sections.get(i).number();
      if (number.isEmpty()) {
        continue;
      }
      var m = FIRST_INTEGER.matcher(number.get());
      if (!m.find()) {
        continue;
      }
      int current = Integer.parseInt(m.group());
      String path = "sections[" + i + "].number";
      String text = number.get().strip();
      if (previous == null) {
        if (current != 1) {
          context.report(ViolationCode.SECTION_NUMBERING_GAP, path, Optional.empty(),
              "SECTION_NUMBERING_GAP.start", "number", text);
        }
      } else if (current > previous + 1) {
        context.report(ViolationCode.SECTION_NUMBERING_GAP, path, Optional.empty(), null,
            "number", text, "previous", previousText, "missing", missing(previous + 1, current - 1));
      } else if (current <= previous) {
        context.report(ViolationCode.SECTION_NUMBERING_DISORDER, path, Optional.empty(), null,
            "number", text, "previous", previousText);
      }
      previous = current;
      previousText = text;
    }
  }

  private static String missing(int from, int to) {
    return from == to ? String.valueOf(from) : from + "–" + to;
  }

  /** The dotted integers of {@code key}, or null when it is not such a number. */
  static int[] parse(String key) {
    String k = key.strip();
    if (!DOTTED.matcher(k).matches()) {
      return null;
    }
    return Arrays.stream(k.split("\\.")).mapToInt(Integer::parseInt).toArray();
  }

  private static boolean allOnes(int[] n) {
    return Arrays.stream(n).allMatch(i -> i == 1);
  }

  private static int[] ones(int length) {
    int[] n = new int[length];
    Arrays.fill(n, 1);
    return n;
  }

  static String render(int[] n) {
    return Arrays.stream(n).mapToObj(String::valueOf).collect(Collectors.joining("."));
  }
}
