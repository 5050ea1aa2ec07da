package org.eduroadmap.term;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.eduroadmap.calendar.DateRange;
import org.eduroadmap.calendar.DueDatePolicy;
import org.eduroadmap.schedule.ScheduleCalculator;
import org.eduroadmap.schedule.TermContext;
import org.eduroadmap.schedule.TermOccurrence;
import org.eduroadmap.schedule.TimeOfDay;

/**
 * A table of real «Сроки» phrases with hand-made labels (tab-separated: id, doc, source, period_from,
 * period_to, family, phrase, expected, notes), and the comparison of what the library reads with each
 * label. The same harness runs on the development file and on a held-out one.
 */
final class RealTermCorpus {

  /** One row and whether it was read as labelled. */
  record Result(String id, String family, String phrase, String expected, String actual, boolean matched) {}

  private static final ScheduleCalculator CALCULATOR = ScheduleCalculator.standard().withPolicy(DueDatePolicy.NONE);

  private final List<Result> results;

  private RealTermCorpus(List<Result> results) {
    this.results = results;
  }

  /** The corpus in the class-path resource {@code name} next to this class, if present. */
  static Optional<RealTermCorpus> load(String name) {
    InputStream in = RealTermCorpus.class.getResourceAsStream(name);
    if (in == null) {
      return Optional.empty();
    }
    List<Result> results = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line = r.readLine(); // header
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        String[] f = line.split("\t", -1);
        String phrase = f[6].replace("\\n", "\n");
        results.add(compare(f[0], f[5], phrase, LocalDate.parse(f[3]), LocalDate.parse(f[4]), f[7].trim()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Optional.of(new RealTermCorpus(results));
  }

  List<Result> results() {
    return results;
  }

  double share() {
    return results.isEmpty() ? 1 : results.stream().filter(Result::matched).count() / (double) results.size();
  }

  /** The share matched per family, and the mismatches, for a person. */
  String report() {
    Map<String, int[]> families = new TreeMap<>();
    for (Result r : results) {
      int[] c = families.computeIfAbsent(r.family(), k -> new int[2]);
      c[1]++;
      c[0] += r.matched() ? 1 : 0;
    }
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "matched %d of %d (%.1f %%)%n",
        results.stream().filter(Result::matched).count(), results.size(), share() * 100));
    families.forEach((f, c) -> b.append(String.format(Locale.ROOT, "  %-6s %3d / %3d  %5.1f %%%n", f, c[0], c[1],
        100.0 * c[0] / c[1])));
    for (Result r : results) {
      if (!r.matched()) {
        b.append("MISMATCH ").append(r.id()).append(" [").append(r.family()).append("] «")
            .append(r.phrase().replace("\n", "\\n")).append("»\n    expected ").append(r.expected())
            .append("\n    actual   ").append(r.actual()).append('\n');
      }
    }
    return b.toString();
  }

  // ---------------------------------------------------------------- one row

  static Result compare(String id, String family, String phrase, LocalDate from, LocalDate to, String label) {
    TermRule rule = TermReader.lenient().read(phrase);
    String expected = normalise(label);
    String actual = describe(rule, from, to, expected.matches("[A-Z]+ n=.*"));
    return new Result(id, family, phrase, label, actual, expected.equals(actual));
  }

  /** What the library makes of {@code rule} in the period, in the label grammar (occurrences sorted). */
  static String describe(TermRule rule, LocalDate from, LocalDate to, boolean counted) {
    if (rule instanceof TermRule.Unparsed) {
      return "UNPARSED";
    }
    if (rule.kind() == OccurrenceKind.UNSCHEDULED) {
      return "UNSCHEDULED " + rule.unscheduledReason().orElseThrow();
    }
    List<TermOccurrence> occ = CALCULATOR.expand(rule, TermContext.of(DateRange.of(from, to))).toList();
    StringBuilder b = new StringBuilder();
    if (counted && !occ.isEmpty() && occ.stream().allMatch(o -> o.kind() == occ.get(0).kind())) {
      b.append(occ.get(0).kind()).append(" n=").append(occ.size()).append(" first=").append(occurrence(occ.get(0)))
          .append(" last=").append(occurrence(occ.get(occ.size() - 1)));
    } else {
      List<String> items = occ.stream().map(o -> o.kind() + " " + occurrence(o)).sorted()
          .collect(Collectors.toList());
      b.append(String.join("; ", items));
    }
    extras(b, TimeOfDay.of(rule), rule.weekdayNotes());
    return b.toString();
  }

  private static String occurrence(TermOccurrence o) {
    switch (o.kind()) {
      case EVENT: return o.start().toString();
      case DEADLINE: return ".." + o.end();
      default: return o.start() + ".." + o.end();
    }
  }

  private static void extras(StringBuilder b, Optional<TimeOfDay> time, List<DayOfWeek> weekdays) {
    time.ifPresent(t -> {
      b.append(" time=").append(t.time());
      t.until().ifPresent(u -> b.append(" time=").append(u));
      t.zone().ifPresent(z -> b.append(" zone=").append(z.getId()));
    });
    weekdays.forEach(d -> b.append(" weekday=").append(d));
  }

  /**
   * A label in the form {@link #describe} gives: the occurrences one by one («KIND OCC», sorted; a
   * «KIND n=… first=… last=…» label is expanded when compared), then time, zone and weekdays.
   */
  static String normalise(String label) {
    List<String> words = new ArrayList<>(List.of(label.trim().split("\\s+")));
    List<String> times = new ArrayList<>();
    List<String> zones = new ArrayList<>();
    List<String> weekdays = new ArrayList<>();
    while (!words.isEmpty()) {
      String w = words.get(words.size() - 1);
      if (w.startsWith("time=")) {
        times.add(0, w);
      } else if (w.startsWith("zone=")) {
        zones.add(0, w);
      } else if (w.startsWith("weekday=")) {
        weekdays.add(0, w);
      } else {
        break;
      }
      words.remove(words.size() - 1);
    }
    String rest = String.join(" ", words);
    StringBuilder b = new StringBuilder();
    if (rest.startsWith("UNSCHEDULED") || rest.equals("UNPARSED")) {
      return rest;
    }
    if (rest.matches("[A-Z]+ n=\\d+ first=\\S+ last=\\S+")) {
      b.append(rest); // compared by count, first and last
    } else {
      List<String> items = new ArrayList<>();
      String kind = null;
      String body = rest;
      int colon = rest.indexOf(':');
      if (colon > 0 && rest.substring(0, colon).matches("[A-Z]+")) {
        kind = rest.substring(0, colon);
        body = rest.substring(colon + 1);
      }
      for (String part : body.split(";")) {
        String p = part.trim();
        if (p.isEmpty()) {
          continue;
        }
        items.add(kind == null ? p : kind + " " + p);
      }
      items.sort(null);
      b.append(String.join("; ", items));
    }
    for (String t : times) {
      b.append(' ').append(time(t));
    }
    zones.forEach(z -> b.append(' ').append(z));
    weekdays.forEach(w -> b.append(' ').append(w));
    return b.toString();
  }

  private static String time(String t) {
    return "time=" + LocalTime.parse(t.substring(5).length() == 4 ? "0" + t.substring(5) : t.substring(5));
  }

}
