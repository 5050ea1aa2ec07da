package org.eduroadmap.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.eduroadmap.json.RoadmapJson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class SeedRoadmapsTest {

  static java.util.List<String> names() {
    return SeedRoadmaps.names();
  }

  @ParameterizedTest
  @MethodSource("names")
  void load_everyBundledRoadmap_readsStrictly(String name) {
    assertThat(SeedRoadmaps.load(name).activities()).isNotEmpty();
  }

  @ParameterizedTest
  @MethodSource("names")
  void write_bundledRoadmap_givesTheShippedJsonTree(String name) throws Exception {
    // Writing what was read gives back the shipped document, field for field: the writer leaves
    // out exactly what a transcriber leaves out (absent values, empty lists, empty cells).
    ObjectMapper plain = new ObjectMapper();
    JsonNode shipped = plain.readTree(SeedRoadmaps.json(name));
    JsonNode written = plain.readTree(RoadmapJson.standard().write(SeedRoadmaps.load(name)));
    assertThat(written).isEqualTo(shipped);
  }

  @Test
  void load_unknownName_namesTheBundledOnes() {
    assertThatThrownBy(() -> SeedRoadmaps.load("nowhere-2020"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nowhere-2020").hasMessageContaining("eao-2021");
  }
}
