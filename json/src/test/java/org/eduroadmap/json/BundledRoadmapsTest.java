package org.eduroadmap.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.eduroadmap.roadmap.Roadmap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The five bundled roadmaps read and write back as they are: the JSON of the mix-ins is the JSON the
 * annotated model wrote, field order, inclusion rules and dates included.
 */
class BundledRoadmapsTest {


  @ParameterizedTest
  @ValueSource(strings = {"eao-2021", "yakovlevsky-2020", "olenegorsk-2021", "katanga-2023", "kizel-2021"})
  void readThenWrite_isTheBundledFileTokenForToken(String name) throws Exception {
    String text = org.eduroadmap.seeds.SeedDocuments.json(name);
    String written = RoadmapJson.standard().write(RoadmapJson.standard().read(text));
    // Four files were laid out by hand (short objects and lists on one line), so only the whitespace
    // between tokens may differ: the same fields, in the same order, with the same values.
    assertThat(compact(written)).isEqualTo(compact(text));
  }

  @Test
  void readThenWrite_ofTheWriterLaidOutFile_isByteForByteTheSame() throws Exception {
    byte[] file = org.eduroadmap.seeds.SeedDocuments.json("eao-2021").getBytes(StandardCharsets.UTF_8);
    String written = RoadmapJson.standard().write(RoadmapJson.standard().read(new String(file, StandardCharsets.UTF_8)));
    // The file ends with a newline, which an editor adds and the writer does not.
    assertThat(written + "\n").isEqualTo(new String(file, StandardCharsets.UTF_8));
  }

  /** The JSON without whitespace between tokens, fields in their order. */
  private static String compact(String json) throws Exception {
    ObjectMapper plain = new ObjectMapper();
    return plain.writeValueAsString(plain.readTree(json));
  }

  @ParameterizedTest
  @ValueSource(strings = {"eao-2021", "yakovlevsky-2020", "olenegorsk-2021", "katanga-2023", "kizel-2021"})
  void foreignMappers_readTheBundledFileAsRoadmapJsonDoes(String name) throws Exception {
    String text = org.eduroadmap.seeds.SeedDocuments.json(name);
    Roadmap expected = RoadmapJson.standard().read(text);
    assertThat(new ObjectMapper().findAndRegisterModules().readValue(text, Roadmap.class)).isEqualTo(expected);
    assertThat(JsonMapper.builder().findAndAddModules().build().readValue(text, Roadmap.class))
        .isEqualTo(expected);
  }
}
