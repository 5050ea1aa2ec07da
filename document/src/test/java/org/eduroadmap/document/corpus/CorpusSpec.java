package org.eduroadmap.document.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One corpus document as its spec describes it ({@code /work/corpus-spec-format.md}): the order, the
 * plan's table as written, and the layout features it is rendered with. The spec is the expected
 * roadmap the importer is scored against.
 *
 * <pre>{@code
 * CorpusSpec spec = CorpusSpec.read(Path.of("specs/c07-olimp-lipetsk.json"));
 * spec.rows().size();                 // 14
 * spec.has(CorpusSpec.TAB_ORDER_LINE); // true
 * }</pre>
 *
 * <p>Values are immutable; absent optional parts are empty, never null.
 *
 * @param id the file name without {@code .json}
 * @param source where the rows come from
 * @param layouts the layout features, as named in the spec
 * @param order the approving order
 * @param planTitle the title above the table
 * @param firstYear the period's first year
 * @param lastYear the period's last year
 * @param columns the table's columns, left to right
 * @param headerGroups spanning titles over columns (layout {@code two-row-header})
 * @param abbreviations the abbreviations listed after the table
 * @param footnotes the notes under the table
 * @param sections the sections in document order
 */
public record CorpusSpec(
    String id,
    String source,
    List<String> layouts,
    Order order,
    String planTitle,
    int firstYear,
    int lastYear,
    List<Column> columns,
    List<HeaderGroup> headerGroups,
    List<Abbreviation> abbreviations,
    List<Footnote> footnotes,
    List<SpecSection> sections) {

  /** Date left, «№ N» right on one line with tabs; the signature line likewise. */
  public static final String TAB_ORDER_LINE = "tab-order-line";
  /** «ПРИКАЗЫВАЮ:» followed directly by the points, no empty paragraphs. */
  public static final String POINTS_WITHOUT_BLANK = "points-without-blank";
  /** A right-aligned «УТВЕРЖДЁН приказом … от … №» block above the plan title. */
  public static final String APPROVAL_STAMP = "approval-stamp";
  /** A header of two rows with spanning titles. */
  public static final String TWO_ROW_HEADER = "two-row-header";
  /** A row «1 | 2 | 3 …» under the header. */
  public static final String COLUMN_NUMBERS = "column-numbers";
  /** The responsible column before the term column (the spec's column order says so). */
  public static final String RESPONSIBLE_BEFORE_TERM = "responsible-before-term";
  /** Columns the model has no field for. */
  public static final String EXTRA_COLUMNS = "extra-columns";
  /** One paragraph per party; long titles in two paragraphs. */
  public static final String MULTI_PARAGRAPH_CELLS = "multi-paragraph-cells";
  /** Section headings as one row merged across all columns. */
  public static final String SECTIONS_MERGED = "sections-merged";
  /** The same responsible (or term) cell merged vertically over consecutive rows. */
  public static final String VERTICAL_MERGE = "vertical-merge";
  /** A landscape table with the header repeated on every page. */
  public static final String REPEATED_HEADER = "repeated-header";
  /** «Используемые сокращения:» after the table. */
  public static final String ABBREVIATIONS_AFTER = "abbreviations-after";
  /** Footnote marks in cells and the notes under the table. */
  public static final String FOOTNOTES = "footnotes";
  /** A column per year under a spanning «Сроки» title. */
  public static final String YEAR_COLUMNS = "year-columns";

  /** Every layout feature the format names. */
  public static final Set<String> LAYOUTS = Set.of(TAB_ORDER_LINE, POINTS_WITHOUT_BLANK, APPROVAL_STAMP,
      TWO_ROW_HEADER, COLUMN_NUMBERS, RESPONSIBLE_BEFORE_TERM, EXTRA_COLUMNS, MULTI_PARAGRAPH_CELLS,
      SECTIONS_MERGED, VERTICAL_MERGE, REPEATED_HEADER, ABBREVIATIONS_AFTER, FOOTNOTES, YEAR_COLUMNS);

  /** The column roles the format names; {@code year} is a per-year term column. */
  public static final Set<String> ROLES = Set.of("number", "title", "term", "responsible", "result", "extra",
      "year");

  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
  private static final Pattern YEAR = Pattern.compile("(?<!\\d)(\\d{4})(?!\\d)");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Copies the lists. */
  public CorpusSpec {
    layouts = List.copyOf(layouts);
    columns = List.copyOf(columns);
    headerGroups = List.copyOf(headerGroups);
    abbreviations = List.copyOf(abbreviations);
    footnotes = List.copyOf(footnotes);
    sections = List.copyOf(sections);
  }

  /**
   * The approving order.
   *
   * @param authority as written, capitals and all
   * @param kind ПРИКАЗ, РАСПОРЯЖЕНИЕ or ПОСТАНОВЛЕНИЕ
   * @param date the order's date
   * @param number as written after №
   * @param place the place line, if any
   * @param title the order's title
   * @param preamble the preamble, if the spec gives one
   * @param points the points, in order
   * @param signatoryPosition the signatory's position
   * @param signatory the signatory's name
   */
  public record Order(String authority, String kind, LocalDate date, String number, Optional<String> place,
      String title, Optional<String> preamble, List<String> points, String signatoryPosition, String signatory) {
    /** Copies the points. */
    public Order {
      points = List.copyOf(points);
    }
  }

  /**
   * A column of the table.
   *
   * @param role number, title, term, responsible, result, extra or year
   * @param header the header as written
   */
  public record Column(String role, String header) {
    /** The year of a {@code year} column: the four digits in its header. */
    public Optional<Integer> year() {
      Matcher m = YEAR.matcher(header);
      return role.equals("year") && m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }
  }

  /**
   * A spanning title over columns {@code from..to} (0-based, inclusive).
   *
   * @param title the title as written
   * @param from the first column spanned
   * @param to the last column spanned
   */
  public record HeaderGroup(String title, int from, int to) {}

  /**
   * An abbreviation listed after the table.
   *
   * @param shortName «ОО»
   * @param full «общеобразовательные организации»
   */
  public record Abbreviation(String shortName, String full) {}

  /**
   * A note under the table.
   *
   * @param mark «*»
   * @param text the note
   */
  public record Footnote(String mark, String text) {}

  /**
   * A section of the plan.
   *
   * @param title the heading as written, empty for a plan without sections
   * @param rows the rows
   */
  public record SpecSection(Optional<String> title, List<Row> rows) {
    /** Copies the rows. */
    public SpecSection {
      rows = List.copyOf(rows);
    }
  }

  /**
   * A row of the table: an activity as the plan writes it.
   *
   * @param number as written, "" when unnumbered
   * @param title what is done
   * @param term the term cell, "" with per-year cells or a blank cell
   * @param years the per-year cells (layout {@code year-columns}), by year
   * @param responsible one item per party
   * @param result the result cell, may be ""
   * @param extra the cells of extra columns, by header
   */
  public record Row(String number, String title, String term, SortedMap<Integer, String> years,
      List<String> responsible, String result, Map<String, String> extra) {
    /** Copies the collections. */
    public Row {
      years = Collections.unmodifiableSortedMap(new TreeMap<>(years));
      responsible = List.copyOf(responsible);
      extra = Collections.unmodifiableMap(new LinkedHashMap<>(extra));
    }
  }

  /** Whether the spec is rendered with layout feature {@code layout}. */
  public boolean has(String layout) {
    return layouts.contains(layout);
  }

  /** Every row, in document order. */
  public List<Row> rows() {
    return sections.stream().flatMap(s -> s.rows().stream()).toList();
  }

  /** The specs in {@code dir} ({@code *.json}), by file name. */
  public static List<Path> files(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads the spec in {@code file}.
   *
   * @throws IllegalArgumentException if it is not a valid spec, saying why
   */
  public static CorpusSpec read(Path file) {
    String name = file.getFileName().toString().replaceFirst("\\.json$", "");
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8), name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Parses the spec {@code json} stored as {@code name}.json.
   *
   * @throws IllegalArgumentException if it is not a valid spec, saying why
   */
  public static CorpusSpec parse(String json, String name) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(name + ": not JSON: " + e.getOriginalMessage(), e);
    }
    try {
      return parse(root, name);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
    }
  }

  private static CorpusSpec parse(JsonNode root, String name) {
    String id = text(root, "id");
    if (!ID.matcher(id).matches() || !id.equals(name)) {
      throw new IllegalArgumentException("id «" + id + "» must be lower-case a-z0-9- and the file's name");
    }
    List<String> layouts = strings(root.path("layouts"));
    for (String layout : layouts) {
      if (!LAYOUTS.contains(layout)) {
        throw new IllegalArgumentException("unknown layout «" + layout + "»");
      }
    }
    JsonNode o = need(root, "order");
    Order order = new Order(text(o, "authority"), text(o, "kind"), date(text(o, "date")), text(o, "number"),
        optional(o, "place"), text(o, "title"), optional(o, "preamble"), strings(need(o, "points")),
        text(o, "signatoryPosition"), text(o, "signatory"));
    JsonNode period = need(root, "period");
    int first = need(period, "firstYear").asInt();
    int last = need(period, "lastYear").asInt();
    if (first < 1990 || last < first || last > 2100) {
      throw new IllegalArgumentException("period " + first + "–" + last + " is not a period");
    }
    List<Column> columns = new ArrayList<>();
    for (JsonNode c : need(root, "columns")) {
      Column column = new Column(text(c, "role"), text(c, "header"));
      if (!ROLES.contains(column.role())) {
        throw new IllegalArgumentException("unknown column role «" + column.role() + "»");
      }
      columns.add(column);
    }
    for (String role : List.of("title")) {
      if (columns.stream().noneMatch(c -> c.role().equals(role))) {
        throw new IllegalArgumentException("no " + role + " column");
      }
    }
    List<HeaderGroup> groups = new ArrayList<>();
    for (JsonNode g : root.path("headerGroups")) {
      HeaderGroup group = new HeaderGroup(text(g, "title"), need(g, "from").asInt(), need(g, "to").asInt());
      if (group.from() < 0 || group.to() < group.from() || group.to() >= columns.size()) {
        throw new IllegalArgumentException("header group «" + group.title() + "» spans no columns");
      }
      groups.add(group);
    }
    List<Abbreviation> abbreviations = new ArrayList<>();
    for (JsonNode a : root.path("abbreviations")) {
      abbreviations.add(new Abbreviation(text(a, "short"), text(a, "full")));
    }
    List<Footnote> footnotes = new ArrayList<>();
    for (JsonNode f : root.path("footnotes")) {
      footnotes.add(new Footnote(text(f, "mark"), text(f, "text")));
    }
    List<SpecSection> sections = new ArrayList<>();
    for (JsonNode s : need(root, "sections")) {
      JsonNode title = s.path("title");
      List<Row> rows = new ArrayList<>();
      for (JsonNode r : need(s, "rows")) {
        rows.add(row(r));
      }
      sections.add(new SpecSection(title.isTextual() ? Optional.of(title.asText()) : Optional.empty(), rows));
    }
    if (sections.stream().allMatch(s -> s.rows().isEmpty())) {
      throw new IllegalArgumentException("no rows");
    }
    return new CorpusSpec(id, text(root, "source"), layouts, order, text(root, "planTitle"), first, last,
        columns, groups, abbreviations, footnotes, sections);
  }

  private static Row row(JsonNode r) {
    SortedMap<Integer, String> years = new TreeMap<>();
    r.path("years").fields().forEachRemaining(e -> years.put(Integer.parseInt(e.getKey()), e.getValue().asText()));
    Map<String, String> extra = new LinkedHashMap<>();
    r.path("extra").fields().forEachRemaining(e -> extra.put(e.getKey(), e.getValue().asText()));
    JsonNode responsible = r.path("responsible");
    List<String> parties = responsible.isTextual() ? List.of(responsible.asText()) : strings(responsible);
    return new Row(r.path("number").asText(""), text(r, "title"), r.path("term").asText(""), years, parties,
        r.path("result").asText(""), extra);
  }

  private static JsonNode need(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw new IllegalArgumentException("no «" + field + "»");
    }
    return value;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = need(node, field);
    if (!value.isValueNode()) {
      throw new IllegalArgumentException("«" + field + "» is not text");
    }
    return value.asText();
  }

  private static Optional<String> optional(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() || value.asText().isBlank() ? Optional.empty()
        : Optional.of(value.asText());
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    for (JsonNode n : array) {
      out.add(n.asText());
    }
    return out;
  }

  private static LocalDate date(String iso) {
    try {
      return LocalDate.parse(iso);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("date «" + iso + "» is not an ISO date", e);
    }
  }
}
