package org.eduroadmap.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.eduroadmap.schedule.ExecutionRecord;

/**
 * {@code --records FILE}: execution records as JSON lines, one object a line,
 * {@code {"activityId":"11","occurrenceStart":"2023-09-01","year":2023,"doneOn":"2023-09-20","evidence":"Приказ № 5"}}
 * ({@code year} optional), blank lines skipped. The format of {@code ExecutionRecordsJson} (json module);
 * until that class is in this build, the tool reads it here.
 */
final class ExecutionRecordLines {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ExecutionRecordLines() {}

  /**
   * The records of {@code file}.
   *
   * @throws InputException naming the file and the line, in {@code lang}, when a line is not a record
   */
  static List<ExecutionRecord> read(Path file, Lang lang) throws IOException {
    List<ExecutionRecord> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (i == 0 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.isEmpty()) {
        continue;
      }
      try {
        JsonNode node = JSON.readTree(line);
        ExecutionRecord r = ExecutionRecord.of(text(node, "activityId"), LocalDate.parse(text(node, "occurrenceStart")),
            LocalDate.parse(text(node, "doneOn")), text(node, "evidence"));
        JsonNode year = node.get("year");
        out.add(year == null || year.isNull() ? r : r.withYear(year.asInt()));
      } catch (IOException | RuntimeException e) {
        throw new InputException(file + lang.t(": строка ", ": line ") + (i + 1) + lang.t(
            ": не отметка об исполнении (ожидается {\"activityId\":…, \"occurrenceStart\":\"2023-09-01\", "
                + "\"doneOn\":\"2023-09-20\", \"evidence\":…})",
            ": not an execution record (expected {\"activityId\":…, \"occurrenceStart\":\"2023-09-01\", "
                + "\"doneOn\":\"2023-09-20\", \"evidence\":…})"));
      }
    }
    return out;
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual()) {
      throw new IllegalArgumentException(field);
    }
    return value.asText();
  }
}
