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
import org.eduroadmap.roadmap.Footnote;
import org.eduroadmap.roadmap.GlossaryEntry;
import org.eduroadmap.roadmap.Indicator;
import org.eduroadmap.roadmap.OrderPoint;
import org.eduroadmap.school.School;
import org.eduroadmap.school.SchoolStatus;
import org.eduroadmap.school.SchoolStatusKind;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;
import static org.quicktheories.QuickTheory.qt;

class RoadmapJsonTest {

  private static final Locale RU = Locale.forLanguageTag("ru");

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
          assertThat(e.getMessage(Locale.forLanguageTag("ru"))).contains("Неизвестное поле «titel»");
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
  void read_twoActivitiesWithTheSameId_isRefusedNamingBoth() {
    Roadmap two = sample().withSections(List.of(Section.untitled(List.of(
        Activity.of("1", "Анализ", Term.of("ноябрь 2021")).withId("analysis"),
        Activity.of("2", "Семинар", Term.of("декабрь 2021")).withId("analysis")))));
    String json = RoadmapJson.standard().write(two);
    assertThat(json).contains("\"id\" : \"analysis\"");

    assertThatThrownBy(() -> RoadmapJson.standard().read(json))
        .isInstanceOfSatisfying(RoadmapJsonException.class, e -> {
          assertThat(e.path()).isEqualTo("$.sections[0].activities[1].id");
          assertThat(e.getMessage()).contains("'analysis'").contains("$.sections[0].activities[0]")
              .doesNotContain("line 0");
          assertThat(e.getMessage(RU)).contains("Идентификатор «analysis» уже указан в $.sections[0].activities[0]")
              .doesNotContain("строка 0");
        });
  }

  @Test
  void read_repeatedNumbersWithoutIds_getUniqueIds() {
    String json = RoadmapJson.standard().write(sample().withSections(List.of(Section.untitled(List.of(
        Activity.of("11", "Первое", Term.of("ноябрь 2021")),
        Activity.of("11", "Второе", Term.of("декабрь 2021")))))))
        .replaceAll("\"id\" : \"[^\"]*\",", "");

    assertThat(RoadmapJson.standard().read(json).activities()).extracting(Activity::id)
        .containsExactly("11", "11-2");
  }

  @Test
  void read_tooDeep_isRejected() {
    String deep = "{\"extra\":" + "[".repeat(100) + "]".repeat(100) + "}";
    assertThatThrownBy(() -> RoadmapJson.builder().allowUnknownFields(true).build().read(deep))
        .isInstanceOf(RoadmapJsonException.class).hasMessageContaining("Nested more than 64 levels");
  }

  @Test
  void read_tooLong_isRejected() {
    RoadmapJson small = RoadmapJson.builder().maxDocumentLength(100).build();
    assertThatThrownBy(() -> small.read(RoadmapJson.standard().write(sample())))
        .isInstanceOf(RoadmapJsonException.class).hasMessageContaining("at most 100 characters");
  }

  @Test
  void read_overEightMebibytes_saysTheSizeAndTheLimitInPlainWords() {
    String huge = " ".repeat((int) RoadmapJson.DEFAULT_MAX_DOCUMENT_LENGTH + 1);
    assertThatThrownBy(() -> RoadmapJson.standard().read(huge))
        .isInstanceOfSatisfying(RoadmapJsonException.class, e -> {
          assertThat(e.getMessage()).contains("8388609 characters").contains("8 388 608 characters (8 MiB)");
          assertThat(e.getMessage(RU)).contains("8388609 символов").contains("8 388 608 символов (8 MiB)");
        });
  }

  static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> strictCases() {
    String base = RoadmapJson.standard().write(sample());
    return java.util.stream.Stream.of(
        org.junit.jupiter.params.provider.Arguments.of("null", "null", "$", "found null"),
        org.junit.jupiter.params.provider.Arguments.of("array", "[]", "$", "found a list"),
        org.junit.jupiter.params.provider.Arguments.of("number", "42", "$", "found a number"),
        org.junit.jupiter.params.provider.Arguments.of("title as number",
            base.replaceFirst("\"title\" : \"[^\"]*\"", "\"title\" : 42"), "$.title", "expected a string"),
        org.junit.jupiter.params.provider.Arguments.of("title as boolean",
            base.replaceFirst("\"title\" : \"[^\"]*\"", "\"title\" : true"), "$.title", "expected a string"),
        org.junit.jupiter.params.provider.Arguments.of("term as number",
            base.replaceFirst("\"term\" : \"[^\"]*\"", "\"term\" : 5"), "$.sections[0].activities[0].term",
            "found a number"),
        org.junit.jupiter.params.provider.Arguments.of("duplicate key",
            base.replaceFirst("\"title\" : ", "\"title\" : \"a\", \"title\" : "), "$.title", "appears twice"),
        org.junit.jupiter.params.provider.Arguments.of("missing title",
            base.replaceFirst("\"title\" : \"[^\"]*\",", ""), "$.title", "Required field missing or null at $.title"),
        org.junit.jupiter.params.provider.Arguments.of("null title",
            base.replaceFirst("\"title\" : \"[^\"]*\"", "\"title\" : null"), "$.title", "Required field"),
        org.junit.jupiter.params.provider.Arguments.of("unclosed", "{", "$", "ends before"),
        org.junit.jupiter.params.provider.Arguments.of("no value", "{\"title\": }", "$.title", "unexpected '}'"),
        org.junit.jupiter.params.provider.Arguments.of("bad word", "{\"title\": tru}", "$.title", "unknown word"),
        org.junit.jupiter.params.provider.Arguments.of("trailing", base + "{}", "$", "More text after"));
  }

  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.MethodSource("strictCases")
  void read_strictCase_isAnErrorNamingThePathInPlainWords(String name, String json, String path, String says) {
    assertThatThrownBy(() -> RoadmapJson.standard().read(json))
        .isInstanceOfSatisfying(RoadmapJsonException.class, e -> {
          assertThat(e.path()).isEqualTo(path);
          assertThat(e.getMessage()).contains(says).contains(path);
          for (String message : List.of(e.getMessage(), e.getMessage(RU))) {
            assertThat(message).doesNotContain("`", "com.fasterxml", "Jackson", "JsonToken", "Immutable",
                "Feature", "org.eduroadmap", "Exception", "deserialize", "Creator");
          }
          assertThat(e.getMessage(RU)).doesNotContainPattern("\\b(expected|found|field|value)\\b");
          // Fully Russian: no Latin word but the JSON path and what the document itself wrote («tru»).
          assertThat(org.eduroadmap.testsupport.BundleCheck.latinWordsOutsideQuotes(e.getMessage(RU), e.path()))
              .isEmpty();
        });
  }

  @Test
  void read_nullValue_isAnErrorNotANullPointer() {
    String json = RoadmapJson.standard().write(sample()).replace("\"План мероприятий\"", "null");
    assertThatThrownBy(() -> RoadmapJson.standard().read(json))
        .isInstanceOfSatisfying(RoadmapJsonException.class, e -> assertThat(e.path()).startsWith("$"));
  }

  @Test
  void read_nullInsideAList_isAnInvalidObjectNamingTheList() {
    String json = RoadmapJson.standard().write(sample().withGoals("цель"))
        .replace("[ \"цель\" ]", "[ \"цель\", null ]");
    assertThatThrownBy(() -> RoadmapJson.standard().read(json))
        .isInstanceOfSatisfying(RoadmapJsonException.class, e -> {
          assertThat(e.path()).isEqualTo("$.goals");
          assertThat(e.getMessage()).startsWith("Invalid object: goals element");
          assertThat(e.getMessage(RU)).startsWith("Недопустимый объект: в списке есть пустое значение null в $.goals");
          assertThat(org.eduroadmap.testsupport.BundleCheck.latinWordsOutsideQuotes(e.getMessage(RU), e.path()))
              .isEmpty();
        });
  }

  // ---- property: any roadmap the model can hold survives a round trip ----

  private static final Gen<String> TEXT = SourceDSL.strings().basicMultilingualPlaneAlphabet()
      .ofLengthBetween(0, 12)
      .mix(SourceDSL.arbitrary().pick("ежегодно (ноябрь)", "Комитет, ИМЦ, ОО", "«ИПКПР»", "\"q\"\n\t"), 30);
  private static final Gen<String> NON_EMPTY = TEXT.map(t -> "x" + t);
  private static final Gen<LocalDate> DATE =
      SourceDSL.integers().between(-3000, 3000).map(d -> LocalDate.of(2021, 1, 1).plusDays(d));

  private static <T> List<T> list(Gen<T> gen, org.quicktheories.core.RandomnessSource in, int max) {
    return SourceDSL.lists().of(gen).ofSizeBetween(0, max).generate(in);
  }

  private static final Gen<Party> PARTY = in -> {
    Party p = Party.of(NON_EMPTY.generate(in),
        SourceDSL.arbitrary().enumValues(PartyKind.class).generate(in));
    return SourceDSL.booleans().all().generate(in) ? p.withPerson(TEXT.generate(in)) : p;
  };

  private static final Gen<Activity> ACTIVITY = in -> Activity.builder()
      .number(NON_EMPTY.generate(in))
      .title(TEXT.generate(in))
      .term(Term.of(TEXT.generate(in)))
      .responsibility(Responsibility.of(TEXT.generate(in), list(PARTY, in, 3)))
      .results(list(TEXT, in, 2))
      .evidence(list(TEXT, in, 2))
      .indicators(list(NON_EMPTY.map(Indicator::of), in, 2))
      .footnoteMarks(list(NON_EMPTY, in, 1))
      .yearCells(list(in2 -> YearCell.of(SourceDSL.integers().between(2000, 2040).generate(in2),
          TEXT.generate(in2), Term.of(TEXT.generate(in2))), in, 3))
      .build();

  private static final Gen<Roadmap> ROADMAP = in -> Roadmap.builder()
      .title(TEXT.generate(in))
      .level(SourceDSL.arbitrary().enumValues(RoadmapLevel.class).generate(in))
      .order(ApprovingOrder.builder().authority(TEXT.generate(in)).kind(TEXT.generate(in))
          .number(TEXT.generate(in)).date(DATE.generate(in))
          .points(list(in2 -> OrderPoint.of(NON_EMPTY.generate(in2), TEXT.generate(in2)), in, 3))
          .build())
      .period(period(DATE.generate(in), DATE.generate(in)))
      .goals(list(TEXT, in, 2))
      .sections(list(in2 -> Section.of(TEXT.generate(in2), TEXT.generate(in2), list(ACTIVITY, in2, 4)), in, 3))
      .reportingDuties(list(ACTIVITY, in, 1))
      .footnotes(list(in2 -> Footnote.of(NON_EMPTY.generate(in2), TEXT.generate(in2)), in, 2))
      .glossary(list(in2 -> GlossaryEntry.of(NON_EMPTY.generate(in2), TEXT.generate(in2)), in, 3))
      .schools(list(in2 -> School.of(NON_EMPTY.generate(in2)).withInn(NON_EMPTY.generate(in2))
          .withStatuses(SchoolStatus.of(2023, SchoolStatusKind.RISK_ZONE)), in, 2))
      .build();

  @Test
  void writeThenRead_anyGeneratedRoadmap_isTheSameRoadmap() {
    qt().withExamples(300).forAll(ROADMAP).checkAssert(roadmap ->
        assertThat(RoadmapJson.standard().read(RoadmapJson.standard().write(roadmap)))
            .isEqualTo(roadmap));
  }

  // A reversed period cannot be built: the generator orders the two dates.
  private static RoadmapPeriod period(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? RoadmapPeriod.of(b, a) : RoadmapPeriod.of(a, b);
  }
}
