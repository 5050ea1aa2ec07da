package org.eduroadmap.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.eduroadmap.responsibility.Party;
import org.eduroadmap.responsibility.PartyKind;
import org.eduroadmap.responsibility.Responsibility;
import org.eduroadmap.roadmap.Activity;
import org.eduroadmap.roadmap.ApprovingOrder;
import org.eduroadmap.roadmap.Roadmap;
import org.eduroadmap.roadmap.RoadmapLevel;
import org.eduroadmap.roadmap.RoadmapPeriod;
import org.eduroadmap.roadmap.Section;
import org.eduroadmap.roadmap.YearCell;
import org.eduroadmap.term.Term;
import org.junit.jupiter.api.Test;

class RoadmapJsonTest {

  static Roadmap sample() {
    return Roadmap.builder()
        .title("План мероприятий")
        .level(RoadmapLevel.MUNICIPAL)
        .order(ApprovingOrder.builder().authority("Комитет по образованию").kind("Приказ")
            .number("576").date(LocalDate.of(2020, 12, 15)).build())
        .period(RoadmapPeriod.ofYears(2021, 2023))
        .addSections(Section.untitled(List.of(
            Activity.builder().number("1.").title("Формирование списка ШНОР")
                .term(Term.of("Октябрь 2021, далее - ежегодно"))
                .responsibility(Responsibility.of("Комитет, ИМЦ", List.of(
                    Party.of("Комитет", PartyKind.ORGANISATION),
                    Party.of("ИМЦ", PartyKind.ORGANISATION))))
                .addYearCells(YearCell.of(2021, "Проведен анализ", Term.of("август 2021")))
                .build())))
        .build();
  }

  @Test
  void write_thenRead_givesTheSameRoadmap() {
    Roadmap roadmap = sample();
    String json = RoadmapJson.standard().write(roadmap);
    assertThat(json).contains("\"date\" : \"2020-12-15\"").contains("\"term\" : \"Октябрь 2021, далее - ежегодно\"");
    assertThat(RoadmapJson.standard().read(json)).isEqualTo(roadmap);
  }

  @Test
  void read_unknownField_namesPathLineAndColumn() {
    String json = RoadmapJson.standard().write(sample()).replace("\"title\" : \"Формирование", "\"titel\" : \"Формирование");
    assertThatThrownBy(() -> RoadmapJson.standard().read(json))
        .isInstanceOfSatisfying(RoadmapJsonException.class, e -> {
          assertThat(e.path()).isEqualTo("$.sections[0].activities[0].titel");
          assertThat(e.line()).isGreaterThan(1);
          assertThat(e.getMessage()).contains("Unknown field 'titel'").contains("title");
          assertThat(e.message(Locale.forLanguageTag("ru"))).contains("Неизвестное поле «titel»");
        });
  }

  @Test
  void read_unknownFieldAllowed_isSkipped() {
    String json = RoadmapJson.standard().write(sample()).replaceFirst("\\{", "{ \"extra\": 1,");
    assertThat(RoadmapJson.builder().allowUnknownFields(true).build().read(json)).isEqualTo(sample());
  }

  @Test
  void read_badDate_namesTheValueAndExpectsIsoDate() {
    String json = RoadmapJson.standard().write(sample()).replace("2020-12-15", "15.12.2020");
    assertThatThrownBy(() -> RoadmapJson.standard().read(json))
        .isInstanceOfSatisfying(RoadmapJsonException.class, e -> {
          assertThat(e.path()).isEqualTo("$.order.date");
          assertThat(e.getMessage()).contains("15.12.2020").contains("ISO date");
        });
  }

  @Test
  void read_missingRequiredField_namesIt() {
    String json = RoadmapJson.standard().write(sample()).replace("\"number\" : \"576\",", "");
    assertThatThrownBy(() -> RoadmapJson.standard().read(json))
        .isInstanceOfSatisfying(RoadmapJsonException.class, e -> {
          assertThat(e.path()).startsWith("$.order");
          assertThat(e.getMessage()).contains("number");
        });
  }

  @Test
  void read_tooDeep_isRejected() {
    String deep = "{\"extra\":" + "[".repeat(100) + "]".repeat(100) + "}";
    assertThatThrownBy(() -> RoadmapJson.builder().allowUnknownFields(true).build().read(deep))
        .isInstanceOf(RoadmapJsonException.class).hasMessageContaining("nested");
  }

  @Test
  void read_tooLong_isRejected() {
    RoadmapJson small = RoadmapJson.builder().maxDocumentLength(100).build();
    assertThatThrownBy(() -> small.read(RoadmapJson.standard().write(sample())))
        .isInstanceOf(RoadmapJsonException.class).hasMessageContaining("too large");
  }

  @Test
  void read_nullValue_isAnErrorNotANullPointer() {
    String json = RoadmapJson.standard().write(sample()).replace("\"План мероприятий\"", "null");
    assertThatThrownBy(() -> RoadmapJson.standard().read(json))
        .isInstanceOfSatisfying(RoadmapJsonException.class, e -> assertThat(e.path()).startsWith("$"));
  }
}
