package org.eduroadmap.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eduroadmap.json.RoadmapJson;
import org.eduroadmap.responsibility.Party;
import org.eduroadmap.responsibility.PartyKind;
import org.eduroadmap.roadmap.Activity;
import org.eduroadmap.roadmap.Roadmap;
import org.eduroadmap.roadmap.RoadmapLevel;
import org.eduroadmap.roadmap.Section;
import org.eduroadmap.roadmap.YearCell;
import org.eduroadmap.term.Term;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bundled {@code yakovlevsky-2020} against seed document {@code 001_c4930217ea1cd10b.txt}: every
 * expected count below was counted in the document, not in the JSON.
 */
class YakovlevskyRoadmapTest {

  private static final Pattern YEAR = Pattern.compile("\\b(20\\d\\d)\\b");

  private final Roadmap roadmap = SeedRoadmaps.load("yakovlevsky-2020");

  @Test
  void order_isNo803Of22September2020WithThreePoints() {
    assertThat(roadmap.level()).isEqualTo(RoadmapLevel.MUNICIPAL);
    assertThat(roadmap.municipality()).hasValue("Яковлевский городской округ");
    assertThat(roadmap.order().kind()).isEqualTo("Приказ");
    assertThat(roadmap.order().number()).isEqualTo("803");
    assertThat(roadmap.order().date()).contains(LocalDate.of(2020, 9, 22));
    assertThat(roadmap.order().points()).extracting(p -> p.number()).containsExactly("1", "2", "3");
    assertThat(roadmap.order().preamble()).hasValueSatisfying(p -> assertThat(p).startsWith("В целях "));
    assertThat(roadmap.order().signatory()).hasValue("Т.А. Золотарева");
    assertThat(roadmap.controlledBy()).hasValueSatisfying(p -> {
      assertThat(p.kind()).isEqualTo(PartyKind.ROLE);
      assertThat(p.person()).hasValue("И.В. Борис");
    });
    assertThat(roadmap.implementers().parties()).hasSize(1);
  }

  @Test
  void period_is2020To2022_withAColumnPerYear() {
    assertThat(roadmap.period().first()).isEqualTo(LocalDate.of(2020, 1, 1));
    assertThat(roadmap.period().last()).isEqualTo(LocalDate.of(2022, 12, 31));
    assertThat(roadmap.yearColumns()).containsExactly(2020, 2021, 2022);
  }

  @Test
  void sections_areTheFiveDirections_keepingTheMissingNo5() {
    assertThat(roadmap.sections()).extracting(s -> s.number().orElseThrow())
        .containsExactly("№ 1", "№2", "№3", "№4", "№6");
    assertThat(roadmap.sections()).extracting(s -> s.activities().size())
        .containsExactly(3, 2, 3, 4, 3);
    assertThat(roadmap.sections().get(0).title()).hasValue("Организационные мероприятия со ШНОР");
  }

  @Test
  void activities_areNumbered1To15_withNoSingleTerm() {
    assertThat(roadmap.activities()).extracting(Activity::number)
        .containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15");
    assertThat(roadmap.activities()).allSatisfy(a -> assertThat(a.term()).isEqualTo(Term.empty()));
    assertThat(roadmap.activities()).allSatisfy(a -> assertThat(a.evidence()).hasSize(1));
    assertThat(roadmap.reportingDuties()).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("cellYearsAndPartiesPerRow")
  void row_hasTheDocumentsCellsAndParties(String key, List<Integer> years, int parties) {
    Activity a = single(key);
    assertThat(a.yearCells()).extracting(YearCell::year).containsExactlyElementsOf(years);
    assertThat(a.responsibility().parties()).hasSize(parties);
  }

  static Stream<Arguments> cellYearsAndPartiesPerRow() {
    List<Integer> all = List.of(2020, 2021, 2022);
    List<Integer> from2021 = List.of(2021, 2022);
    return Stream.of(
        Arguments.of("1", all, 1), Arguments.of("2", all, 1), Arguments.of("3", all, 1),
        Arguments.of("4", all, 1), Arguments.of("5", all, 1), Arguments.of("6", all, 1),
        Arguments.of("7", all, 1), Arguments.of("8", all, 1), Arguments.of("9", all, 2),
        Arguments.of("10", from2021, 2), Arguments.of("11", from2021, 2), Arguments.of("12", all, 2),
        Arguments.of("13", all, 2), Arguments.of("14", all, 1), Arguments.of("15", all, 1));
  }

  @Test
  void yearCells_count13In2020And15In2021And2022() {
    assertThat(cellsOfYear(2020)).isEqualTo(13);
    assertThat(cellsOfYear(2021)).isEqualTo(15);
    assertThat(cellsOfYear(2022)).isEqualTo(15);
    assertThat(allCells()).hasSize(43);
  }

  @Test
  void yearCells_withoutTerm_areTheThreeOfRow13() {
    List<String> withoutTerm = roadmap.activities().stream()
        .flatMap(a -> a.yearCells().stream().filter(c -> c.term().isBlank()).map(c -> a.key() + "/" + c.year()))
        .toList();
    assertThat(withoutTerm).containsExactly("13/2020", "13/2021", "13/2022");
    assertThat(allCells()).allSatisfy(c -> assertThat(c.result()).isPresent());
  }

  @Test
  void yearCells_whoseTermNamesAnotherYear_areKeptAsWritten() {
    List<String> mismatched = roadmap.activities().stream()
        .flatMap(a -> a.yearCells().stream()
            .filter(c -> {
              Matcher m = YEAR.matcher(c.term().text());
              return m.find() && Integer.parseInt(m.group(1)) != c.year();
            })
            .map(c -> a.key() + "/" + c.year() + " " + c.term().text()))
        .toList();
    assertThat(mismatched).containsExactly(
        "1/2021 Сентябрь – октябрь 2020", "1/2022 Сентябрь – октябрь 2020",
        "2/2022 Июнь-август 2021",
        "3/2021 Ноябрь-декабрь 2020", "3/2022 Ноябрь-декабрь 2020",
        "14/2022 август 2021");
  }

  @Test
  void rowsBrokenAcrossPages_areJoinedColumnByColumn() {
    Activity third = single("3");
    assertThat(third.title())
        .isEqualTo("Оценка текущих и перспективных потребностей педагогических и управленческих кадров ШНОР");
    assertThat(third.responsibility().lead()).hasValue(Party.of(
        "Отдел правового обеспечения и организационно-контрольной работы управления образования администрации",
        PartyKind.UNIT));
    assertThat(third.evidence()).containsExactly("Аналитические справки с рекомендациями");
    assertThat(single("7").yearCell(2021)).hasValueSatisfying(c -> {
      assertThat(c.result()).hasValue("Участие в независимых оценочных процедурах");
      assertThat(c.term()).isEqualTo(Term.of("В течение года"));
    });
    assertThat(single("7").evidence()).containsExactly("Анализ результатов независимых оценочных процедур");
    assertThat(single("12").responsibility().text()).isEqualTo("ОУ Яковлевского городского округа, УО");
  }

  @Test
  void texts_keepTheDocumentsOwnSpelling() {
    assertThat(single("13").title()).isEqualTo("Организация повышения квалификации педагогов и руководителей ШПРО");
    assertThat(single("11").yearCell(2021).orElseThrow().term()).isEqualTo(Term.of("апрель - май 2021"));
    assertThat(single("9").responsibility().coExecutors()).containsExactly(Party.of("УО", PartyKind.ORGANISATION));
    assertThat(roadmap.glossary()).isEmpty();
    assertThat(roadmap.goals()).isEmpty();
  }

  @Test
  void json_writeThenRead_givesTheSameRoadmap() {
    String json = RoadmapJson.standard().write(roadmap);
    assertThat(RoadmapJson.standard().read(json)).isEqualTo(roadmap);
  }

  private Activity single(String key) {
    List<Activity> found = roadmap.activitiesByKey(key);
    assertThat(found).as("activities numbered %s", key).hasSize(1);
    return found.get(0);
  }

  private List<YearCell> allCells() {
    return roadmap.activities().stream().flatMap(a -> a.yearCells().stream()).toList();
  }

  private long cellsOfYear(int year) {
    return roadmap.sections().stream().map(Section::activities).flatMap(List::stream)
        .filter(a -> a.yearCell(year).isPresent()).count();
  }
}
