package org.eduroadmap.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.eduroadmap.json.RoadmapJson;
import org.eduroadmap.roadmap.Roadmap;
import org.junit.jupiter.api.Test;

class SeedRoadmapsValidationTest {

  static Roadmap seed(String name) {
    Path p = Path.of("..", "examples", "src", "main", "resources", "org", "eduroadmap", "examples", "roadmaps", name + ".json");
    return RoadmapJson.standard().read(p);
  }

  @Test
  void print() {
    for (String n : new String[] {"eao-2021", "yakovlevsky-2020", "olenegorsk-2021", "katanga-2023", "kizel-2021"}) {
      System.out.println("=== " + n);
      System.out.print(RoadmapValidator.standard().validate(seed(n), Locale.forLanguageTag("ru")));
    }
    System.out.print(RoadmapValidator.standard().validate(seed("katanga-2023"), Locale.ENGLISH));
    assertThat(Files.exists(Path.of(".."))).isTrue();
  }
}
