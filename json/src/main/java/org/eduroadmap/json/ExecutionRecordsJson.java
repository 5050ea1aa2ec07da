package org.eduroadmap.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.eduroadmap.schedule.ExecutionRecord;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes {@link ExecutionRecord}s as JSON lines: one object per line, in UTF-8.
 *
 * <pre>{@code
 * ExecutionRecordsJson json = ExecutionRecordsJson.standard();
 * List<ExecutionRecord> records = json.read(Path.of("records.jsonl"));
 * Progress progress = calculator.progress(roadmap, records);   // progress.status(occurrence, today)
 * json.toLine(ExecutionRecord.of("11", LocalDate.of(2023, 9, 1), LocalDate.of(2023, 9, 20), "Приказ № 5"));
 * // {"activityId":"11","occurrenceStart":"2023-09-01","doneOn":"2023-09-20","evidence":"Приказ № 5"}
 * try (Writer out = Files.newBufferedWriter(file)) {
 *   json.write(records, out);
 * }
 * }</pre>
 *
 * <p>A line is
 * {@code {"activityId":"11","occurrenceStart":"2023-09-01","year":2023,"doneOn":"2023-09-20","evidence":"Приказ № 5"}}:
 * {@code activityId} is the activity's {@link org.eduroadmap.roadmap.Activity#id() id}, {@code year} the
 * per-year column of the occurrence and present only when the record names one, dates are ISO
 * ({@code 2023-09-20}). Fields are written in that order; text is not escaped beyond what JSON needs, so
 * Cyrillic stays readable.
 *
 * <p>Reading is strict, so that a mistake is never read as something else: an unknown field, a field
 * twice, a missing or {@code null} field, a value of the wrong type, a blank identifier or evidence, a date
 * that is not a day of the calendar ({@code 2023-09-31}) or a year outside 1 – 9999 is an
 * {@link ExecutionRecordsJsonException} naming the line (from 1), the column, the field and the bad value.
 * Blank lines are skipped; a byte order mark at the start is ignored.
 *
 * <p>This class is immutable and thread-safe: share the standard instance.
 */
public final class ExecutionRecordsJson {

  /** The fields of a line, in the order they are written. */
  private static final List<String> FIELDS = List.of("activityId", "occurrenceStart", "year", "doneOn", "evidence");

  /**
   * The largest records file {@link #read(Path)} reads, 32 MiB (some 200 000 records): a larger file is
   * refused by its size before any of it is read.
   */
  public static final long MAX_FILE_BYTES = 32L * 1024 * 1024;

  private static final ExecutionRecordsJson STANDARD = new ExecutionRecordsJson();

  private final JsonFactory factory;

  private ExecutionRecordsJson() {
    this.factory = JsonFactory.builder()
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(16).build())
        .build();
  }

  /** The standard reader and writer. */
  public static ExecutionRecordsJson standard() {
    return STANDARD;
  }

  /**
   * Reads the records of a UTF-8 file, in the order of its lines.
   *
   * @throws ExecutionRecordsJsonException naming the line, field and value of the first bad record
   * @throws UncheckedIOException if the file cannot be read
   */
  public List<ExecutionRecord> read(Path file) {
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // Checked before reading: a 400 MB file is refused by its size, not read first.
    if (size > MAX_FILE_BYTES) {
      throw new ExecutionRecordsJsonException(0, 0, null, null, "records.tooLarge", null, size,
          MAX_FILE_BYTES / (1024 * 1024));
    }
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads the records of a character stream, in the order of its lines; the stream is not closed.
   *
   * @throws ExecutionRecordsJsonException naming the line, field and value of the first bad record
   * @throws UncheckedIOException if the stream cannot be read
   */
  public List<ExecutionRecord> read(Reader in) {
    BufferedReader lines = in instanceof BufferedReader b ? b : new BufferedReader(in);
    List<ExecutionRecord> records = new ArrayList<>();
    try {
      int number = 0;
      for (String line = readLine(lines, number + 1); line != null; line = readLine(lines, number + 1)) {
        number++;
        if (number == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        if (!line.isBlank()) {
          records.add(readLine(line, number));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(records);
  }

  /** The next line, or null at the end; bytes that are not UTF-8 are an error naming the line. */
  private static String readLine(BufferedReader lines, int number) throws IOException {
    try {
      return lines.readLine();
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new ExecutionRecordsJsonException(number, 0, null, null, "records.notUtf8", e);
    }
  }

  /** One record as its line, without the line break. */
  public String toLine(ExecutionRecord record) {
    StringWriter text = new StringWriter(128);
    try (JsonGenerator g = factory.createGenerator(text)) {
      g.writeStartObject();
      g.writeStringField("activityId", record.activityId());
      g.writeStringField("occurrenceStart", record.occurrenceStart().toString());
      if (record.year().isPresent()) {
        g.writeNumberField("year", record.year().getAsInt());
      }
      g.writeStringField("doneOn", record.doneOn().toString());
      g.writeStringField("evidence", record.evidence());
      g.writeEndObject();
    } catch (IOException e) {
      // A StringWriter does not fail.
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  /**
   * Writes the records, one line each ending in {@code \n}, in the collection's order; the writer is
   * flushed, not closed.
   *
   * @throws UncheckedIOException if the writer fails
   */
  public void write(Collection<ExecutionRecord> records, Writer out) {
    Objects.requireNonNull(out, "out");
    try {
      for (ExecutionRecord r : records) {
        out.write(toLine(r));
        out.write('\n');
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ExecutionRecord readLine(String line, int number) {
    try (JsonParser p = factory.createParser(line)) {
      JsonToken first = p.nextToken();
      if (first != JsonToken.START_OBJECT) {
        throw error(number, p, null, p.getText(), "records.notObject", p.getText());
      }
      Map<String, String> texts = new HashMap<>();
      Map<String, Integer> columns = new HashMap<>();
      int year = 0;
      for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
        String field = p.currentName();
        int fieldColumn = column(p);
        if (!FIELDS.contains(field)) {
          throw error(number, fieldColumn, field, null, "records.unknownField", field, String.join(", ", FIELDS));
        }
        JsonToken value = p.nextToken();
        int column = column(p);
        if (value == JsonToken.VALUE_NULL) {
          throw error(number, column, field, null, "records.missingField", field);
        }
        if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
          String opening = p.getText();
          throw error(number, column, field, opening, "records.notText", field, opening);
        }
        if (field.equals("year")) {
          if (value != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT
              || p.getIntValue() < 1 || p.getIntValue() > 9999) {
            throw error(number, column, field, p.getText(), "records.notYear", field, p.getText());
          }
          year = p.getIntValue();
          columns.put(field, column);
          texts.put(field, p.getText());
        } else {
          if (value != JsonToken.VALUE_STRING) {
            throw error(number, column, field, p.getText(), "records.notText", field, p.getText());
          }
          texts.put(field, p.getText());
          columns.put(field, column);
        }
      }
      if (p.nextToken() != null) {
        throw error(number, p, null, null, "records.trailing");
      }
      int end = line.length();
      String activityId = text(texts, columns, "activityId", number, end);
      LocalDate start = date(texts, columns, "occurrenceStart", number, end);
      LocalDate doneOn = date(texts, columns, "doneOn", number, end);
      String evidence = text(texts, columns, "evidence", number, end);
      ExecutionRecord r = ExecutionRecord.of(activityId, start, doneOn, evidence);
      return year == 0 ? r : r.withYear(year);
    } catch (ExecutionRecordsJsonException e) {
      throw e;
    } catch (JsonProcessingException e) {
      String message = e.getOriginalMessage();
      if (message != null && message.startsWith("Duplicate field '")) {
        String field = message.substring("Duplicate field '".length(), message.indexOf('\'', "Duplicate field '".length()));
        throw error(number, e.getLocation() == null ? 0 : e.getLocation().getColumnNr(), field, null,
            "records.duplicateField", field);
      }
      throw new ExecutionRecordsJsonException(number, e.getLocation() == null ? 0 : e.getLocation().getColumnNr(),
          null, null, "records.syntax", e);
    } catch (IOException e) {
      // Parsing a string does not read anything that could fail.
      throw new UncheckedIOException(e);
    }
  }

  private static String text(Map<String, String> texts, Map<String, Integer> columns, String field, int line,
      int end) {
    String text = texts.get(field);
    if (text == null) {
      throw error(line, end, field, null, "records.missingField", field);
    }
    if (text.isBlank()) {
      throw error(line, columns.get(field), field, text, "records.blank", field);
    }
    return text;
  }

  private static LocalDate date(Map<String, String> texts, Map<String, Integer> columns, String field, int line,
      int end) {
    String text = texts.get(field);
    if (text == null) {
      throw error(line, end, field, null, "records.missingField", field);
    }
    try {
      // ISO 2023-09-20 only, and a day of the calendar (2023-09-31 is refused, not moved to 30 September).
      if (!text.matches("\\d{4}-\\d{2}-\\d{2}")) {
        throw new DateTimeParseException(text, text, 0);
      }
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw error(line, columns.get(field), field, text, "records.notDate", field, text);
    }
  }

  private static int column(JsonParser p) {
    return Math.max(p.currentTokenLocation().getColumnNr(), 0);
  }

  private static ExecutionRecordsJsonException error(int line, JsonParser p, @Nullable String field,
      @Nullable String value, String key, Object... arguments) {
    return error(line, column(p), field, value, key, arguments);
  }

  private static ExecutionRecordsJsonException error(int line, int column, @Nullable String field,
      @Nullable String value, String key, Object... arguments) {
    return new ExecutionRecordsJsonException(line, Math.max(column, 0), field, value, key, null, arguments);
  }
}
