package org.eduroadmap.document.corpus;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eduroadmap.document.ImportResult;
import org.eduroadmap.roadmap.Activity;
import org.eduroadmap.roadmap.ApprovingOrder;
import org.eduroadmap.roadmap.Roadmap;
import org.eduroadmap.roadmap.YearCell;

/**
 * How well one import of one corpus document matches its spec, field by field.
 *
 * <pre>{@code
 * CorpusScore score = CorpusScore.of(spec, RoadmapDocuments.standard().read(file));
 * score.right() + " of " + score.fields();         // 61 of 78
 * score.right(CorpusScore.Field.TERM);             // 12
 * CorpusScore.failed(spec, "no table").right();     // 0
 * }</pre>
 *
 * <p>The fields: per document the order's number, date and authority (as written) and the period (first
 * and last year); the rows found; per spec row, aligned with the imported activities by order, its
 * number, title, term (the year cells with {@code year-columns}), responsible parties (as a set) and
 * result (the imported results joined with «; » or « »). Texts are compared with white space collapsed,
 * «ё» read as «е» and «» “” „ read as ", nothing else. A failed import scores 0 for every field. This
 * class is immutable.
 */
public final class CorpusScore {

  /** The kinds of field scored. */
  public enum Field {
    /** The order's number as written after №. */
    ORDER_NUMBER,
    /** The order's date. */
    ORDER_DATE,
    /** The period's first and last year. */
    PERIOD,
    /** The order's authority as written. */
    AUTHORITY,
    /**
     * One per spec row: the rows found. With {@code a} activities for {@code e} spec rows, {@code
     * min(a, e) - max(0, a - e)} (at least 0) are right: each missing or extra row costs one.
     */
    ROWS,
    /** A row's number as written. */
    NUMBER,
    /** A row's title. */
    TITLE,
    /** A row's term as written, or its year cells. */
    TERM,
    /** A row's responsible parties, as a set of names. */
    RESPONSIBLE,
    /** A row's result. */
    RESULT
  }

  /**
   * One field compared.
   *
   * @param field the kind of field
   * @param where «order», «row 3 (1.3)»
   * @param expected what the spec says
   * @param actual what the import gave
   * @param right whether they match
   */
  public record Check(Field field, String where, String expected, String actual, boolean right) {}

  private static final Pattern SPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u200B]+");
  private static final Pattern QUOTES = Pattern.compile("[«»“”„\"]");

  private final String id;
  private final List<Check> checks;
  private final Optional<String> failure;

  private CorpusScore(String id, List<Check> checks, Optional<String> failure) {
    this.id = Objects.requireNonNull(id, "id");
    this.checks = List.copyOf(checks);
    this.failure = failure;
  }

  /** The score of {@code result}, an import of the document {@code spec} describes. */
  public static CorpusScore of(CorpusSpec spec, ImportResult result) {
    Roadmap roadmap = result.roadmap();
    List<Check> checks = new ArrayList<>();
    ApprovingOrder order = roadmap.order();
    checks.add(text(Field.ORDER_NUMBER, "order", spec.order().number(), order.number()));
    String date = order.date().map(Object::toString).orElse("");
    checks.add(new Check(Field.ORDER_DATE, "order", spec.order().date().toString(), date,
        date.equals(spec.order().date().toString())));
    String period = spec.firstYear() + "–" + spec.lastYear();
    String read = roadmap.period().first().getYear() + "–" + roadmap.period().last().getYear();
    checks.add(new Check(Field.PERIOD, "order", period, read, period.equals(read)));
    checks.add(text(Field.AUTHORITY, "order", spec.order().authority(), order.authority()));
    List<CorpusSpec.Row> rows = spec.rows();
    List<Activity> activities = roadmap.activities();
    int found = Math.max(0, Math.min(activities.size(), rows.size()) - Math.max(0, activities.size() - rows.size()));
    for (int i = 0; i < rows.size(); i++) {
      checks.add(new Check(Field.ROWS, "row " + (i + 1), rows.size() + " rows", activities.size() + " activities",
          i < found));
    }
    boolean yearColumns = spec.has(CorpusSpec.YEAR_COLUMNS);
    for (int i = 0; i < rows.size(); i++) {
      CorpusSpec.Row row = rows.get(i);
      String where = "row " + (i + 1) + (row.number().isEmpty() ? "" : " (" + row.number() + ")");
      Optional<Activity> a = i < activities.size() ? Optional.of(activities.get(i)) : Optional.empty();
      checks.add(text(Field.NUMBER, where, row.number(), a.map(Activity::number)));
      checks.add(text(Field.TITLE, where, row.title(), a.map(Activity::title)));
      if (yearColumns || !row.years().isEmpty()) {
        String expected = years(row.years());
        String actual = a.map(x -> years(yearCells(x))).orElse("");
        checks.add(new Check(Field.TERM, where, expected, actual, a.isPresent() && expected.equals(actual)));
      } else {
        checks.add(text(Field.TERM, where, row.term(), a.map(x -> x.term().text())));
      }
      Set<String> parties = row.responsible().stream().map(CorpusScore::normalise).filter(s -> !s.isEmpty())
          .collect(Collectors.toCollection(TreeSet::new));
      Optional<Set<String>> named = a.map(x -> x.responsibility().parties().stream().map(p -> normalise(p.name()))
          .filter(s -> !s.isEmpty()).collect(Collectors.toCollection(TreeSet::new)));
      checks.add(new Check(Field.RESPONSIBLE, where, String.join(" | ", parties),
          named.map(s -> String.join(" | ", s)).orElse(""), named.map(parties::equals).orElse(false)));
      String expected = normalise(row.result());
      Optional<List<String>> results = a.map(Activity::results);
      boolean same = results.map(r -> normalise(String.join("; ", r)).equals(expected)
          || normalise(String.join(" ", r)).equals(expected)).orElse(false);
      checks.add(new Check(Field.RESULT, where, expected, results.map(r -> String.join(" ⏎ ", r)).orElse(""), same));
    }
    return new CorpusScore(spec.id(), checks, Optional.empty());
  }

  /** The score of an import of {@code spec}'s document that failed with {@code reason}: 0 for every field. */
  public static CorpusScore failed(CorpusSpec spec, String reason) {
    List<Check> checks = new ArrayList<>();
    for (Field f : List.of(Field.ORDER_NUMBER, Field.ORDER_DATE, Field.PERIOD, Field.AUTHORITY)) {
      checks.add(new Check(f, "order", "", reason, false));
    }
    List<CorpusSpec.Row> rows = spec.rows();
    for (int i = 0; i < rows.size(); i++) {
      checks.add(new Check(Field.ROWS, "row " + (i + 1), "", reason, false));
    }
    for (int i = 0; i < rows.size(); i++) {
      for (Field f : List.of(Field.NUMBER, Field.TITLE, Field.TERM, Field.RESPONSIBLE, Field.RESULT)) {
        checks.add(new Check(f, "row " + (i + 1), "", reason, false));
      }
    }
    return new CorpusScore(spec.id(), checks, Optional.of(reason));
  }

  /** The spec's id. */
  public String id() {
    return id;
  }

  /** Every field compared, in order. */
  public List<Check> checks() {
    return checks;
  }

  /** Why the import failed, if it did. */
  public Optional<String> failure() {
    return failure;
  }

  /** The number of fields scored. */
  public int fields() {
    return checks.size();
  }

  /** The number of fields right. */
  public int right() {
    return (int) checks.stream().filter(Check::right).count();
  }

  /** The number of fields of kind {@code field} scored. */
  public int fields(Field field) {
    return (int) checks.stream().filter(c -> c.field() == field).count();
  }

  /** The number of fields of kind {@code field} right. */
  public int right(Field field) {
    return (int) checks.stream().filter(c -> c.field() == field && c.right()).count();
  }

  /** The fields that are wrong. */
  public List<Check> wrong() {
    return checks.stream().filter(c -> !c.right()).toList();
  }

  /**
   * {@code text} as compared: white space (with no-break and zero-width spaces) collapsed to one space
   * and stripped, «ё» as «е», «» “” „ as ".
   */
  public static String normalise(String text) {
    String s = SPACE.matcher(text).replaceAll(" ").strip();
    s = s.replace('ё', 'е').replace('Ё', 'Е');
    return QUOTES.matcher(s).replaceAll("\"");
  }

  private static Check text(Field field, String where, String expected, String actual) {
    return text(field, where, expected, Optional.of(actual));
  }

  private static Check text(Field field, String where, String expected, Optional<String> actual) {
    boolean right = actual.map(a -> normalise(a).equals(normalise(expected))).orElse(false);
    return new Check(field, where, expected, actual.orElse(""), right);
  }

  private static Map<Integer, String> yearCells(Activity a) {
    Map<Integer, String> cells = new TreeMap<>();
    for (YearCell cell : a.yearCells()) {
      String text = cell.term().isBlank() ? cell.result().orElse("") : cell.term().text();
      cells.merge(cell.year(), text, (x, y) -> x + " " + y);
    }
    return cells;
  }

  /** The non-empty year cells as «2024: сентябрь | 2025: сентябрь», normalised. */
  private static String years(Map<Integer, String> cells) {
    Map<Integer, String> sorted = new TreeMap<>(cells);
    List<String> parts = new ArrayList<>();
    sorted.forEach((year, text) -> {
      String t = normalise(text);
      if (!t.isEmpty()) {
        parts.add(year + ": " + t);
      }
    });
    return String.join(" | ", Collections.unmodifiableList(parts));
  }

  @Override
  public String toString() {
    return "CorpusScore[" + id + ", " + right() + "/" + fields() + failure.map(f -> ", failed: " + f).orElse("")
        + "]";
  }
}
