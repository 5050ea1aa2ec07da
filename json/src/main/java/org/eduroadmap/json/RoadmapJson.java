package org.eduroadmap.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.Temporal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eduroadmap.roadmap.Roadmap;

/**
 * Reads and writes roadmaps as JSON.
 *
 * <pre>{@code
 * RoadmapJson json = RoadmapJson.standard();
 * Roadmap roadmap = json.read(Files.readString(Path.of("eao-2021.json")));
 * String text = json.write(roadmap);              // ISO dates, stable field order
 * RoadmapJson lax = RoadmapJson.builder().allowUnknownFields(true).build();
 * }</pre>
 *
 * <p>Field names are the accessor names of the model types ({@code title}, {@code order},
 * {@code sections[].activities[].term}) and are documented in {@code docs/json.md}. Dates are ISO
 * strings ({@code 2021-02-20}). Absent optional values and empty lists are left out when writing
 * and read back as absent and empty. Unknown fields are an error unless allowed; the size and the
 * nesting of the input are bounded; nothing is typed by class name.
 *
 * <p>This class is immutable and thread-safe: build one and share it.
 */
public final class RoadmapJson {

  /** Default bound on the input: 8 MiB is far more than any roadmap. */
  public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 8L * 1024 * 1024;

  /** Default bound on nesting: a roadmap nests about six levels deep. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 64;

  private static final RoadmapJson STANDARD = builder().build();

  private final ObjectMapper mapper;
  private final boolean allowUnknownFields;
  private final long maxDocumentLength;
  private final int maxNestingDepth;

  private RoadmapJson(Builder b) {
    this.allowUnknownFields = b.allowUnknownFields;
    this.maxDocumentLength = b.maxDocumentLength;
    this.maxNestingDepth = b.maxNestingDepth;
    JsonFactory factory = JsonFactory.builder()
        // Two values for one field: which one the author meant cannot be known, so it is an error.
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxDocumentLength(maxDocumentLength)
            .maxNestingDepth(maxNestingDepth)
            .build())
        .build();
    this.mapper = JsonMapper.builder(factory)
        .addModule(new JavaTimeModule())
        .addModule(new Jdk8Module())
        .addModule(new EduroadmapJacksonModule())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, !allowUnknownFields)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        // No silent coercion: "title": 42 is an error, not "42"; "year": "2021" is an error, not 2021.
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .withCoercionConfig(LogicalType.Textual, c -> c
            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
        .withCoercionConfig(LogicalType.Integer, c -> c
            .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
        .withCoercionConfig(LogicalType.Boolean, c -> c
            .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
        // Absent Optionals and empty lists are left out; an empty string is a value and stays.
        .serializationInclusion(JsonInclude.Include.NON_ABSENT)
        .withConfigOverride(java.util.List.class, o -> o.setInclude(
            JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.ALWAYS)))
        .build();
  }

  /** The standard binding: unknown fields are errors, default bounds. */
  public static RoadmapJson standard() {
    return STANDARD;
  }

  /** A builder to allow unknown fields or change the bounds. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads a roadmap from JSON text.
   *
   * @throws RoadmapJsonException naming the JSON path, line and column of what is wrong
   */
  public Roadmap read(String json) {
    return uniquelyIdentified(readValue(json, Roadmap.class, "json.nullDocument"));
  }

  /** Reads a roadmap from a character stream; see {@link #read(String)}. */
  public Roadmap read(Reader json) {
    return uniquelyIdentified(readValue(json, Roadmap.class, "json.nullDocument"));
  }

  /** Reads a roadmap from UTF-8 bytes; see {@link #read(String)}. */
  public Roadmap read(InputStream json) {
    return uniquelyIdentified(readValue(json, Roadmap.class, "json.nullDocument"));
  }

  /** Reads a roadmap from a UTF-8 file; see {@link #read(String)}. */
  public Roadmap read(Path file) {
    return uniquelyIdentified(readValue(file, Roadmap.class, "json.nullDocument"));
  }

  /**
   * The roadmap, when no two of its activities have the same identifier. Identifiers taken from the number
   * the roadmap makes unique itself ({@code 11}, {@code 11-2}); an {@code "id"} written in the JSON is kept
   * as written, so two activities with {@code "id": "analysis"} are an error at the second one's
   * {@code id}: an execution record for one would mark both done.
   */
  private static Roadmap uniquelyIdentified(Roadmap roadmap) {
    java.util.Map<String, String> first = new java.util.HashMap<>();
    for (int s = 0; s < roadmap.sections().size(); s++) {
      java.util.List<org.eduroadmap.roadmap.Activity> activities = roadmap.sections().get(s).activities();
      for (int a = 0; a < activities.size(); a++) {
        duplicateId(first, activities.get(a).id(), "$.sections[" + s + "].activities[" + a + "]");
      }
    }
    for (int d = 0; d < roadmap.reportingDuties().size(); d++) {
      duplicateId(first, roadmap.reportingDuties().get(d).id(), "$.reportingDuties[" + d + "]");
    }
    return roadmap;
  }

  private static void duplicateId(java.util.Map<String, String> first, String id, String path) {
    String earlier = first.putIfAbsent(id, path);
    if (earlier != null) {
      throw new RoadmapJsonException(path + ".id", 0, 0, "json.duplicateId", null, id, earlier);
    }
  }

  /** Writes a roadmap as indented JSON text. */
  public String write(Roadmap roadmap) {
    return writeValue(roadmap);
  }

  // ---- Shared with SupportCycleJson: one mapper, one strictness, one way of reporting errors ----

  /** A document that is only {@code null} reads as Java's null: it is no value. */
  private static <T> T present(T value, String nullKey) {
    if (value == null) {
      throw new RoadmapJsonException("$", 1, 1, nullKey, null);
    }
    return value;
  }

  <T> T readValue(String json, Class<T> type, String nullKey) {
    if (json.length() > maxDocumentLength) {
      throw tooLong("$", 0, 0, json.length(), null);
    }
    try {
      return present(mapper.readValue(json, type), nullKey);
    } catch (JsonProcessingException e) {
      throw translate(e);
    }
  }

  <T> T readValue(Reader json, Class<T> type, String nullKey) {
    try {
      return present(mapper.readValue(json, type), nullKey);
    } catch (JsonProcessingException e) {
      throw translate(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  <T> T readValue(InputStream json, Class<T> type, String nullKey) {
    try {
      return present(mapper.readValue(json, type), nullKey);
    } catch (JsonProcessingException e) {
      throw translate(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  <T> T readValue(Path file, Class<T> type, String nullKey) {
    try {
      // A UTF-8 character is at least one byte: a file this large has too many characters for sure.
      long size = Files.size(file);
      if (size > maxDocumentLength * 4) {
        throw tooLong("$", 0, 0, -1, null);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (InputStream in = Files.newInputStream(file)) {
      return readValue(in, type, nullKey);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String writeValue(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      // The model holds only strings, numbers, dates and lists: nothing here can fail to write.
      throw new IllegalStateException("Cannot write as JSON: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * The longest document read, in characters ({@link #DEFAULT_MAX_DOCUMENT_LENGTH} unless the builder set
   * another); a file of more than four times as many bytes is refused by its size before it is read.
   */
  public long maxDocumentLength() {
    return maxDocumentLength;
  }

  /** Whether unknown fields are allowed. */
  public boolean allowsUnknownFields() {
    return allowUnknownFields;
  }

  /** A copy of the underlying Jackson mapper, for reading parts of a roadmap the same way. */
  public ObjectMapper copyOfMapper() {
    return mapper.copy();
  }

  private RoadmapJsonException translate(JsonProcessingException e) {
    JsonLocation where = e.getLocation();
    int line = where == null ? 0 : Math.max(where.getLineNr(), 0);
    int column = where == null ? 0 : Math.max(where.getColumnNr(), 0);
    String path = e instanceof JsonMappingException m ? pathOf(m) : pathOf(e.getProcessor());
    String original = String.valueOf(e.getOriginalMessage());
    if (e instanceof StreamConstraintsException) {
      Matcher nesting = NESTING.matcher(original);
      if (nesting.find()) {
        return new RoadmapJsonException(path, line, column, "json.nesting", e, maxNestingDepth);
      }
      return tooLong(path, line, column, -1, e);
    }
    if (e instanceof UnrecognizedPropertyException u) {
      String known = u.getKnownPropertyIds() == null ? "" : u.getKnownPropertyIds().stream()
          .map(String::valueOf).sorted().collect(Collectors.joining(", "));
      return new RoadmapJsonException(path, line, column, "json.unknownField", e, u.getPropertyName(), known);
    }
    if (e instanceof InvalidFormatException f) {
      Expected expected = describe(f.getTargetType());
      return new RoadmapJsonException(path, line, column, "json.invalidValue", e, f.getValue(), expected.english(),
          expected.russian());
    }
    if (e instanceof ValueInstantiationException v) {
      Matcher missing = MISSING.matcher(rootMessage(v));
      if (missing.find()) {
        String fields = java.util.Arrays.stream(missing.group(1).split(",\\s*"))
            .map(field -> path + "." + field).collect(Collectors.joining(", "));
        if (!fields.contains(",")) {
          return new RoadmapJsonException(fields, line, column, "json.requiredField", e);
        }
        return new RoadmapJsonException(path, line, column, "json.requiredFields", e, fields);
      }
      Matcher twice = PROGRAMME_TWICE.matcher(rootMessage(v));
      if (twice.find()) {
        return new RoadmapJsonException("$.programmes[" + twice.group(1) + "].id", line, column,
            "json.duplicateProgramme", e, twice.group(2));
      }
      Matcher reversed = REVERSED.matcher(rootMessage(v));
      if (reversed.find()) {
        return new RoadmapJsonException(path, line, column, "json.periodReversed", e, reversed.group(1),
            reversed.group(2));
      }
      // The reason is the builder's own words, English only: the English message keeps it, the Russian one
      // describes it in Russian.
      return invalidObject(path, line, column, e, rootMessage(v));
    }
    if (e instanceof MismatchedInputException && original.contains("Trailing token")) {
      return new RoadmapJsonException(path, line, column, "json.trailing", e);
    }
    if (e instanceof MismatchedInputException m) {
      Expected expected = describe(m.getTargetType());
      Expected found = found(m);
      return new RoadmapJsonException(path, line, column, "json.mismatch", e, expected.english(), expected.russian(),
          found.english(), found.russian());
    }
    if (e instanceof JsonParseException) {
      Expected problem = syntax(original);
      return new RoadmapJsonException(path, line, column, "json.syntax", e, problem.english(), problem.russian());
    }
    if (e instanceof JsonMappingException && e.getCause() instanceof RuntimeException) {
      // A builder refused a value while it was being set: a null inside a list («goals element»).
      return invalidObject(path, line, column, e, rootMessage(e));
    }
    return new RoadmapJsonException(path, line, column, "json.unreadable", e);
  }

  private static RoadmapJsonException invalidObject(String path, int line, int column, Throwable cause,
      String reason) {
    String russian = NULL_ELEMENT.matcher(reason).find() ? "в списке есть пустое значение null"
        : "значение не проходит проверку модели";
    return new RoadmapJsonException(path, line, column, "json.invalidObject", cause, reason, russian);
  }

  // A builder's refusal of a null inside a list: «goals element».
  private static final Pattern NULL_ELEMENT = Pattern.compile("^\\w+ element\\b");

  // SupportCycle's own refusal, «Invalid support cycle (roadmap name used twice, programmes[7]): s1-medium-term».
  private static final Pattern PROGRAMME_TWICE =
      Pattern.compile("roadmap name used twice, programmes\\[(\\d+)\\]\\): (.*)$");

  // RoadmapPeriod's own refusal, «Invalid roadmap period (first day after last day): 2023-01-01 – 2021-01-01».
  private static final Pattern REVERSED = Pattern.compile("first day after last day\\): (\\S+) – (\\S+)");
  private static final Pattern NESTING = Pattern.compile("nesting depth");
  private static final Pattern MISSING = Pattern.compile("some of required attributes are not set \\[([^\\]]*)\\]");
  private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'");
  private static final Pattern CHARACTER = Pattern.compile("Unexpected character \\('(.+?)' \\(code");
  private static final Pattern TOKEN = Pattern.compile("Unrecognized token '(.{0,40})");

  private RoadmapJsonException tooLong(String path, int line, int column, long length, Throwable cause) {
    // 8388608 → "8 388 608" and " (8 MiB)": the unit word is the bundle's, in each language.
    String count = String.format(java.util.Locale.ROOT, "%,d", maxDocumentLength).replace(',', ' ');
    long mib = 1024L * 1024;
    String inMib = maxDocumentLength % mib == 0 ? " (" + maxDocumentLength / mib + " MiB)" : "";
    if (length >= 0) {
      return new RoadmapJsonException(path, line, column, "json.tooLong", cause, length, count, inMib);
    }
    return new RoadmapJsonException(path, line, column, "json.tooLongUnknown", cause, count, inMib);
  }


  /** What a mismatched value was, from the token the reader stood on. */
  private static Expected found(MismatchedInputException m) {
    JsonToken token = m.getProcessor() instanceof JsonParser p ? p.currentToken() : null;
    if (token == null) {
      // The reader has moved on; its message still says what it stood on («from Array value»).
      String said = String.valueOf(m.getOriginalMessage());
      token = said.contains("Array value") ? JsonToken.START_ARRAY
          : said.contains("Object value") ? JsonToken.START_OBJECT
          : said.matches("(?s).*(Number|Integer|Int|Floating-point) value.*") ? JsonToken.VALUE_NUMBER_INT
          : said.contains("Boolean value") ? JsonToken.VALUE_TRUE
          : said.contains("String value") ? JsonToken.VALUE_STRING
          : JsonToken.NOT_AVAILABLE;
    }
    switch (token) {
      case START_ARRAY:
        return new Expected("a list", "список");
      case START_OBJECT:
        return new Expected("an object", "объект");
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return new Expected("a number", "число");
      case VALUE_TRUE:
      case VALUE_FALSE:
        return new Expected("true or false", "true или false");
      case VALUE_NULL:
        return new Expected("null", "null");
      case VALUE_STRING:
        return new Expected("a string", "строка");
      default:
        return new Expected("another value", "другое значение");
    }
  }

  /** The syntax error in words of both languages, without the parser's own vocabulary. */
  private static Expected syntax(String original) {
    Matcher duplicate = DUPLICATE.matcher(original);
    if (duplicate.find()) {
      return new Expected("the field '" + duplicate.group(1) + "' appears twice in one object",
          "поле «" + duplicate.group(1) + "» указано в одном объекте дважды");
    }
    if (original.contains("end-of-input")) {
      return new Expected("the document ends before every object and list is closed",
          "документ кончается, не закрыв все объекты и списки");
    }
    Matcher character = CHARACTER.matcher(original);
    if (character.find()) {
      String c = character.group(1);
      if (original.contains("double-quote to start field name")) {
        return new Expected("unexpected '" + c + "', expected a field name in double quotes",
            "лишний символ «" + c + "», ожидалось имя поля в двойных кавычках");
      }
      if (original.contains("comma to separate")) {
        return new Expected("unexpected '" + c + "', expected a comma", "лишний символ «" + c + "», ожидалась запятая");
      }
      return new Expected("unexpected '" + c + "', expected a value", "лишний символ «" + c + "», ожидалось значение");
    }
    Matcher token = TOKEN.matcher(original);
    if (token.find()) {
      String word = token.group(1);
      return new Expected("unknown word '" + word + "', expected a string in double quotes, a number, true, false or null",
          "неизвестное слово «" + word + "», ожидались строка в двойных кавычках, число, true, false или null");
    }
    return new Expected("the text is not JSON here", "здесь текст не является JSON");
  }

  /** The JSON path of where a streaming reader stood: {@code $.order.title}. */
  private static String pathOf(Object processor) {
    if (!(processor instanceof JsonParser parser)) {
      return "$";
    }
    java.util.Deque<String> parts = new java.util.ArrayDeque<>();
    for (JsonStreamContext c = parser.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        parts.addFirst("[" + Math.max(c.getCurrentIndex(), 0) + "]");
      } else if (c.getCurrentName() != null && c != parser.getParsingContext()) {
        parts.addFirst("." + c.getCurrentName());
      } else if (c.getCurrentName() != null) {
        parts.addFirst("." + c.getCurrentName());
      }
    }
    return "$" + String.join("", parts);
  }

  /** What a value should have been, said in both languages. */
  private record Expected(String english, String russian) {}

  private static Expected describe(Class<?> type) {
    if (type == null) {
      return new Expected("another value", "другое значение");
    }
    if (Temporal.class.isAssignableFrom(type)) {
      return new Expected("an ISO date such as 2021-02-20", "дата в формате ISO, например 2021-02-20");
    }
    if (type.isEnum()) {
      StringBuilder names = new StringBuilder();
      for (Object c : type.getEnumConstants()) {
        names.append(names.length() == 0 ? "" : ", ").append(c);
      }
      return new Expected("one of " + names, "одно из значений " + names);
    }
    if (type == int.class || type == Integer.class) {
      return new Expected("a whole number", "целое число");
    }
    if (type == String.class || type.getSimpleName().equals("Term")) {
      return new Expected("a string", "строка");
    }
    if (java.util.Collection.class.isAssignableFrom(type)) {
      return new Expected("a list", "список");
    }
    return new Expected("an object", "объект");
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String m = t instanceof JsonProcessingException j ? j.getOriginalMessage() : t.getMessage();
    return m == null ? t.getClass().getSimpleName() : m;
  }

  private static String pathOf(JsonMappingException e) {
    StringBuilder sb = new StringBuilder("$");
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getFieldName() != null) {
        sb.append('.').append(r.getFieldName());
      } else if (r.getIndex() >= 0) {
        sb.append('[').append(r.getIndex()).append(']');
      }
    }
    return sb.toString();
  }

  /** Builds a {@link RoadmapJson}. */
  public static final class Builder {
    private boolean allowUnknownFields;
    private long maxDocumentLength = DEFAULT_MAX_DOCUMENT_LENGTH;
    private int maxNestingDepth = DEFAULT_MAX_NESTING_DEPTH;

    private Builder() {}

    /** Whether fields the model does not know are skipped (default: they are an error). */
    public Builder allowUnknownFields(boolean allow) {
      this.allowUnknownFields = allow;
      return this;
    }

    /** The largest input accepted, in characters (default 8 MiB). */
    public Builder maxDocumentLength(long characters) {
      if (characters < 1) {
        throw new IllegalArgumentException("maxDocumentLength must be positive: " + characters);
      }
      this.maxDocumentLength = characters;
      return this;
    }

    /** The deepest nesting accepted (default 64). */
    public Builder maxNestingDepth(int depth) {
      if (depth < 8) {
        throw new IllegalArgumentException("maxNestingDepth must be at least 8: " + depth);
      }
      this.maxNestingDepth = depth;
      return this;
    }

    /** The binding. */
    public RoadmapJson build() {
      return new RoadmapJson(this);
    }
  }
}
