package org.eduroadmap.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
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
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxDocumentLength(maxDocumentLength)
            .maxNestingDepth(maxNestingDepth)
            .build())
        .build();
    this.mapper = JsonMapper.builder(factory)
        .addModule(new JavaTimeModule())
        .addModule(new Jdk8Module())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, !allowUnknownFields)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
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
    try {
      return mapper.readValue(json, Roadmap.class);
    } catch (JsonProcessingException e) {
      throw translate(e);
    }
  }

  /** Reads a roadmap from a character stream; see {@link #read(String)}. */
  public Roadmap read(Reader json) {
    try {
      return mapper.readValue(json, Roadmap.class);
    } catch (JsonProcessingException e) {
      throw translate(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a roadmap from UTF-8 bytes; see {@link #read(String)}. */
  public Roadmap read(InputStream json) {
    try {
      return mapper.readValue(json, Roadmap.class);
    } catch (JsonProcessingException e) {
      throw translate(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a roadmap from a UTF-8 file; see {@link #read(String)}. */
  public Roadmap read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes a roadmap as indented JSON text. */
  public String write(Roadmap roadmap) {
    try {
      return mapper.writeValueAsString(roadmap);
    } catch (JsonProcessingException e) {
      // The model holds only strings, numbers, dates and lists: nothing here can fail to write.
      throw new IllegalStateException("Cannot write roadmap as JSON: " + e.getOriginalMessage(), e);
    }
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
    String path = e instanceof JsonMappingException m ? pathOf(m) : "$";
    if (e instanceof StreamConstraintsException) {
      return new RoadmapJsonException(path, line, column,
          "Input too large or too deeply nested (at most " + maxDocumentLength + " characters, "
              + maxNestingDepth + " levels): " + e.getOriginalMessage(),
          "Слишком большой или слишком глубоко вложенный документ (не более " + maxDocumentLength
              + " символов, " + maxNestingDepth + " уровней вложенности)", e);
    }
    if (e instanceof UnrecognizedPropertyException u) {
      String known = u.getKnownPropertyIds() == null ? "" : u.getKnownPropertyIds().stream()
          .map(String::valueOf).sorted().collect(Collectors.joining(", "));
      return new RoadmapJsonException(path, line, column,
          "Unknown field '" + u.getPropertyName() + "'; expected one of: " + known,
          "Неизвестное поле «" + u.getPropertyName() + "»; ожидается одно из: " + known, e);
    }
    if (e instanceof InvalidFormatException f) {
      Expected expected = describe(f.getTargetType());
      return new RoadmapJsonException(path, line, column,
          "Invalid value '" + f.getValue() + "': expected " + expected.english(),
          "Недопустимое значение «" + f.getValue() + "»: ожидается " + expected.russian(), e);
    }
    if (e instanceof ValueInstantiationException v) {
      String reason = rootMessage(v);
      return new RoadmapJsonException(path, line, column,
          "Invalid object: " + reason, "Недопустимый объект: " + reason, e);
    }
    if (e instanceof MismatchedInputException m) {
      Expected expected = describe(m.getTargetType());
      return new RoadmapJsonException(path, line, column,
          "Unexpected value: expected " + expected.english() + " (" + e.getOriginalMessage() + ")",
          "Неожиданное значение: ожидается " + expected.russian(), e);
    }
    if (e instanceof JsonParseException) {
      return new RoadmapJsonException(path, line, column,
          "Malformed JSON: " + e.getOriginalMessage(), "Ошибка синтаксиса JSON: " + e.getOriginalMessage(), e);
    }
    if (e instanceof JsonMappingException && e.getCause() != null) {
      String reason = rootMessage(e);
      return new RoadmapJsonException(path, line, column,
          "Invalid value: " + reason, "Недопустимое значение: " + reason, e);
    }
    return new RoadmapJsonException(path, line, column,
        "Cannot read roadmap: " + e.getOriginalMessage(),
        "Не удалось прочитать дорожную карту: " + e.getOriginalMessage(), e);
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
