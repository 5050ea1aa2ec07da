package org.eduroadmap.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.eduroadmap.roadmap.Roadmap;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The model types with a user's own mappers, not {@link RoadmapJson}. */
class ForeignMappersTest {

  private final Roadmap roadmap = RoadmapJsonTest.sample();

  @Test
  void jackson2_userObjectMapperWithRegisteredModules_readsAndWritesRoadmaps() throws Exception {
    // A user's mapper with its own defaults: Jackson 2 writes dates as arrays unless told
    // otherwise, but our dates carry @JsonFormat(STRING) and stay ISO.
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    String json = mapper.writeValueAsString(roadmap);
    assertThat(json).contains("\"date\":\"2020-12-15\"").contains("\"first\":\"2021-01-01\"");
    assertThat(mapper.readValue(json, Roadmap.class)).isEqualTo(roadmap);
  }

  @Test
  void jackson2_readsWhatRoadmapJsonWrites() throws Exception {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    assertThat(mapper.readValue(RoadmapJson.standard().write(roadmap), Roadmap.class))
        .isEqualTo(roadmap);
  }

  @Test
  void jackson3_userJsonMapper_readsAndWritesRoadmaps() {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    String json = mapper.writeValueAsString(roadmap);
    assertThat(json).contains("\"date\":\"2020-12-15\"");
    assertThat(mapper.readValue(json, Roadmap.class)).isEqualTo(roadmap);
  }

  @Test
  void jackson3_readsWhatRoadmapJsonWrites() {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    assertThat(mapper.readValue(RoadmapJson.standard().write(roadmap), Roadmap.class))
        .isEqualTo(roadmap);
  }

  @Test
  void jackson2And3_userMappers_readTheSupportCycle() throws Exception {
    String json = org.eduroadmap.seeds.SeedDocuments.supportCycleJson("eao-cycle-example");
    org.eduroadmap.support.SupportCycle expected = SupportCycleJson.standard().read(json);
    assertThat(new ObjectMapper().findAndRegisterModules().readValue(json, org.eduroadmap.support.SupportCycle.class))
        .isEqualTo(expected);
    assertThat(JsonMapper.builder().findAndAddModules().build().readValue(json, org.eduroadmap.support.SupportCycle.class))
        .isEqualTo(expected);
  }
}
