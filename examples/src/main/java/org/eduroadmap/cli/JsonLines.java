package org.eduroadmap.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.PrintWriter;
import java.util.Map;
import org.eduroadmap.json.EduroadmapJacksonModule;

/** Writes one JSON object per line: UTF-8, ISO dates, nulls kept (the contract names them). */
final class JsonLines {

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .addModule(new Jdk8Module())
      // A line may hold model values (a Term writes as its text), bound as in roadmap JSON.
      .addModule(new EduroadmapJacksonModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .serializationInclusion(JsonInclude.Include.ALWAYS)
      .build();

  private JsonLines() {}

  static void write(PrintWriter out, Map<String, ?> object) {
    out.println(toLine(object));
  }

  static String toLine(Object object) {
    try {
      return MAPPER.writeValueAsString(object);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write JSON line: " + e.getOriginalMessage(), e);
    }
  }
}
