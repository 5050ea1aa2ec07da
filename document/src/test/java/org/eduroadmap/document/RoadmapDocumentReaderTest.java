package org.eduroadmap.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.eduroadmap.json.RoadmapJson;
import org.eduroadmap.responsibility.Party;
import org.eduroadmap.responsibility.PartyKind;
import org.eduroadmap.roadmap.Activity;
import org.eduroadmap.roadmap.GlossaryEntry;
import org.eduroadmap.roadmap.Roadmap;
import org.eduroadmap.roadmap.RoadmapLevel;
import org.eduroadmap.roadmap.RoadmapPeriod;
import org.eduroadmap.term.Term;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reader against the five seed documents and a layout none of them has.
 *
 * <p>The expected roadmaps are the hand transcriptions shipped by eduroadmap-seeds, read from the class path
 * (a copy would drift
 * from the transcription it claims to match: a corrected transcription must fail or pass this test
 * at once). Surefire runs with the module directory as working directory.
 */
class RoadmapDocumentReaderTest {

  private static final Path SEEDS = Path.of("src/test/resources/org/eduroadmap/document");

  private static String text(String name) throws IOException {
    return Files.readString(SEEDS.resolve(name));
  }

  /** Each seed, and the fields of its transcription that the text does not state. */
  static Stream<Arguments> seeds() {
    return Stream.of(
        Arguments.of("eao-2021", Set.of()),
        // The order never names the oblast of Яковлевский городской округ.
        Arguments.of("yakovlevsky-2020", Set.of("region")),
        Arguments.of("olenegorsk-2021", Set.of()),
        // The text says «района» only: the district's name (Катангский) is not in it.
        Arguments.of("katanga-2023", Set.of("municipality", "schools[0].municipality", "schools[1].municipality",
            "schools[2].municipality")),
        Arguments.of("kizel-2021", Set.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void read_seed_equalsTheBundledTranscriptionExceptFieldsNotInTheText(String name, Set<String> notInText)
      throws IOException {
    Roadmap expected = RoadmapJson.standard().read(org.eduroadmap.seeds.SeedDocuments.json(name));

    Roadmap actual = RoadmapDocumentReader.standard().read(text(name + ".txt")).roadmap();

    List<RoadmapDiff.Difference> differences = RoadmapDiff.between(expected, actual);
    assertThat(RoadmapDiff.paths(differences)).as("differences: %s", differences).isEqualTo(notInText);
  }

  static Stream<Arguments> seedProblems() {
    return Stream.of(
        Arguments.of("eao-2021", List.of()),
        Arguments.of("yakovlevsky-2020", List.of()),
        Arguments.of("olenegorsk-2021", List.of("17: GLOSSARY_MEANING_NOT_FOUND: (далее – Дорожная карта)")),
        Arguments.of("katanga-2023", List.of("0: LEVEL_GUESSED: MUNICIPAL («МОО»)")),
        Arguments.of("kizel-2021", List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seedProblems")
  void read_seed_reportsExactlyTheseProblems(String name, List<String> problems) throws IOException {
    ImportResult result = RoadmapDocumentReader.standard().read(text(name + ".txt"));

    assertThat(result.problems()).extracting(p -> p.line() + ": " + p.kind() + ": " + p.subject())
        .containsExactlyElementsOf(problems);
  }

  @Test
  void read_rowSplitByPageBreak_joinsEveryCellWithASpace() throws IOException {
    Roadmap roadmap = RoadmapDocumentReader.standard().read(text("yakovlevsky-2020.txt")).roadmap();

    Activity row12 = roadmap.activitiesByKey("12").get(0);
    assertThat(row12.title()).isEqualTo("Распространение эффективных практик школ с высокими образовательными результатами");
    assertThat(row12.yearCell(2021).orElseThrow().result()).hasValue("Организация практико- ориентированных семинаров");
    assertThat(row12.yearCell(2021).orElseThrow().term()).isEqualTo(Term.of("март-апрель 2021"));
    assertThat(row12.responsibility().text()).isEqualTo("ОУ Яковлевского городского округа, УО");
  }

  @Test
  void read_ownLayout_matchesTheReviewedExpectation() throws IOException {
    Roadmap expected = RoadmapJson.standard().read(SEEDS.resolve("own-layout.json"));

    ImportResult result = RoadmapDocumentReader.standard().read(text("own-layout.txt"));

    assertThat(RoadmapDiff.between(expected, result.roadmap())).isEmpty();
    assertThat(result.problems()).extracting(p -> p.line() + ": " + p.kind())
        .containsExactly("51: UNREADABLE_TERM");
  }

  @Test
  void read_ownLayout_readsColumnsInTheirOwnOrder_andJoinsTheRowAcrossThePageBreak() throws IOException {
    Roadmap roadmap = RoadmapDocumentReader.standard().read(text("own-layout.txt")).roadmap();

    assertThat(roadmap.level()).isEqualTo(RoadmapLevel.REGIONAL);
    assertThat(roadmap.region()).hasValue("Новгородская область");
    assertThat(roadmap.period()).isEqualTo(RoadmapPeriod.ofYears(2024, 2024));
    assertThat(roadmap.columns()).containsExactly("Срок", "№", "Ответственный", "Мероприятие", "Показатель");
    Activity seminar = roadmap.activitiesByKey("1.2").get(0);
    assertThat(seminar.term()).isEqualTo(Term.of("ежегодно (октябрь)"));
    assertThat(seminar.title()).isEqualTo("Семинар для руководителей ШНОР*");
    assertThat(seminar.footnoteMarks()).containsExactly("*");
    assertThat(seminar.indicators()).singleElement().satisfies(i -> {
      assertThat(i.name()).isEqualTo("100% руководителей ШНОР");
      assertThat(i.target()).hasValue("100%");
    });
    assertThat(roadmap.activities()).extracting(Activity::number).containsExactly("1.1.", "1.2.", "2.1.", "2.2.");
    assertThat(roadmap.activitiesByKey("2.1").get(0).term()).isEqualTo(Term.empty());
    assertThat(roadmap.activitiesByKey("2.2").get(0).responsibility().lead())
        .hasValue(Party.of("Кузнецова О.В.", PartyKind.PERSON));
    assertThat(roadmap.glossary()).containsExactly(
        GlossaryEntry.of("ШНОР", "школ с низкими образовательными результатами"),
        GlossaryEntry.of("РЦОКО", "региональный центр оценки качества образования"),
        GlossaryEntry.of("ИРО", "институт развития образования"));
    assertThat(roadmap.controlledBy()).hasValue(
        Party.builder().name("заместитель министра").kind(PartyKind.ROLE).person("Сидорова П.П.").build());
  }

  @Test
  void read_textOverTheLimit_throwsATypedErrorNamingTheSize() {
    RoadmapDocumentReader reader = RoadmapDocumentReader.withMaxLength(10);

    assertThatThrownBy(() -> reader.read("12345678901"))
        .isInstanceOf(RoadmapDocumentException.class)
        .hasMessage("Document too large (valid sizes 0 - 10 characters): 11")
        .satisfies(e -> assertThat(((RoadmapDocumentException) e).getMessage(Locale.forLanguageTag("ru")))
            .isEqualTo("Документ слишком велик (допустимо от 0 до 10 символов): 11"));
  }

  @Test
  void read_emptyText_throwsNeverAnEmptyRoadmap() {
    assertThatThrownBy(() -> RoadmapDocumentReader.standard().read(" \n\n"))
        .isInstanceOf(RoadmapDocumentException.class)
        .satisfies(e -> assertThat(((RoadmapDocumentException) e).getMessage(Locale.forLanguageTag("ru")))
            .startsWith("Документ пуст"));
  }

  @Test
  void read_textWithoutTable_throwsWithTheProblemsMet() {
    assertThatThrownBy(() -> RoadmapDocumentReader.standard().read("ПРИКАЗ\n\nОб утверждении плана\n"))
        .isInstanceOf(RoadmapDocumentException.class)
        .satisfies(e -> {
          RoadmapDocumentException ex = (RoadmapDocumentException) e;
          assertThat(ex.getMessage(Locale.forLanguageTag("ru"))).contains("нет таблицы мероприятий");
          assertThat(ex.getMessage(Locale.ENGLISH)).contains("no table of activities");
          assertThat(ex.problems()).extracting(ImportProblem::kind).contains(ImportProblemKind.NO_TABLE);
        });
  }

  @Test
  void read_lineWithoutCellsInsideTheTable_isAppendedToTheRowAboveAndReported() {
    String text = "План мероприятий на 2022 год\n\n№\tМероприятие\tСроки\n1.\tСеминар\tмай 2022\nдля директоров\n"
        + "2.\tКурсы\tиюнь 2022\n";

    ImportResult result = RoadmapDocumentReader.standard().read(text);

    assertThat(result.roadmap().activitiesByKey("1").get(0).term()).isEqualTo(Term.of("май 2022 для директоров"));
    assertThat(result.problems(ImportProblemKind.GUESSED_CELL)).extracting(ImportProblem::line).containsExactly(5);
  }

  @Test
  void read_continuationBeforeAnyRow_isReportedAsARowWithoutNumber() {
    String text = "План мероприятий на 2022 год\n\n№\tМероприятие\tСроки\n\tбез номера\tмай 2022\n";

    ImportResult result = RoadmapDocumentReader.standard().read(text);

    assertThat(result.problems(ImportProblemKind.ROW_WITHOUT_NUMBER)).extracting(ImportProblem::line)
        .containsExactly(4);
    assertThat(result.roadmap().activities()).extracting(Activity::title).containsExactly("без номера");
  }

  @Test
  void read_unrecognisedColumn_isReportedAndItsCellsDropped() {
    String text = "План мероприятий на 2022 год\n\n№\tМероприятие\tПримечание\n1.\tСеминар\tзаметка\n";

    ImportResult result = RoadmapDocumentReader.standard().read(text);

    assertThat(result.problems(ImportProblemKind.UNKNOWN_COLUMN)).extracting(ImportProblem::subject)
        .containsExactly("Примечание");
    assertThat(result.roadmap().activities()).singleElement().satisfies(a -> assertThat(a.title()).isEqualTo("Семинар"));
  }

  @Test
  void read_tableWithoutHeader_isRefusedSayingWhere() {
    String text = "План мероприятий на 2022 год\n\n1.\tСеминар\tмай 2022\tИМЦ\tСправка\n";

    assertThatThrownBy(() -> RoadmapDocumentReader.standard().read(text))
        .isInstanceOfSatisfying(RoadmapDocumentException.class, e -> {
          assertThat(e.getMessage(Locale.ENGLISH)).contains("no header row names its columns (line 3)");
          assertThat(e.getMessage(Locale.forLanguageTag("ru"))).contains("не называет её столбцы (строка 3)");
          assertThat(e.problems()).extracting(ImportProblem::kind).contains(ImportProblemKind.COLUMNS_GUESSED);
        });
  }

  @Test
  void read_tableOfUnrelatedData_isRefused() {
    String text = "Список учащихся 2022 год\n\nФамилия\tКласс\tОценка\nИванов\t5А\t4\nПетров\t5Б\t5\n"
        + "Сидоров\t6А\t3\n";

    assertThatThrownBy(() -> RoadmapDocumentReader.standard().read(text))
        .isInstanceOf(RoadmapDocumentException.class);
  }

  @Test
  void read_letterWithoutTable_isRefused() {
    String text = "Уважаемые коллеги!\n\nНаправляем информацию о проведении семинара 15 мая 2024 года.\n\n"
        + "Начальник управления\nА.Б. Петрова\n";

    assertThatThrownBy(() -> RoadmapDocumentReader.standard().read(text))
        .isInstanceOf(RoadmapDocumentException.class);
  }

  @Test
  void read_timesUnderAGroupRowWithADate_takeTheDateFromTheGroupRow() {
    String text = "План мероприятий на 2024 год\n\n№\tМероприятие\tСрок\tОтветственные\n"
        + "15 мая 2024 г.\t\t\t\n"
        + "1.\tОткрытие\tв 9 часов 30 минут\tИМЦ\n2.\tСеминар\t10:00\tИМЦ\n3.\tИтоги\t16 мая 2024 г.\tИМЦ\n";
    org.eduroadmap.roadmap.Roadmap roadmap = RoadmapDocumentReader.standard().read(text).roadmap();
    List<org.eduroadmap.roadmap.Activity> all = roadmap.allActivities();
    assertThat(all).hasSize(3);
    assertThat(all.get(0).term().text()).isEqualTo("15 мая 2024 г. в 9 часов 30 минут");
    assertThat(all.get(0).term().rule()).isEqualTo(org.eduroadmap.term.TermRule.OneDate.of(
        java.time.LocalDate.of(2024, 5, 15), java.time.LocalTime.of(9, 30)));
    assertThat(all.get(1).term().rule()).isEqualTo(org.eduroadmap.term.TermRule.OneDate.of(
        java.time.LocalDate.of(2024, 5, 15), java.time.LocalTime.of(10, 0)));
    assertThat(all.get(2).term().text()).isEqualTo("16 мая 2024 г.");
  }

  @Test
  void read_mostTermsUnread_isRefusedCountingThem() {
    String text = "План мероприятий на 2022 год\n\n№\tМероприятие\tСрок\tОтветственные\n"
        + "1.\tСеминар\tИванов\tИМЦ\n2.\tСовещание\tПетров\tИМЦ\n3.\tКонкурс\tСидоров\tИМЦ\n"
        + "4.\tОлимпиада\tмай 2022\tИМЦ\n";

    assertThatThrownBy(() -> RoadmapDocumentReader.standard().read(text))
        .isInstanceOfSatisfying(RoadmapDocumentException.class,
            e -> assertThat(e.getMessage(Locale.ENGLISH)).contains("3 of its 4 terms do not read as terms"));
    assertThat(RoadmapDocumentReader.standard().lenient().read(text).roadmap().activities()).hasSize(4);
  }

  @Test
  void read_tableWithoutHeaderLeniently_assumesDefaultColumnsAndSaysSo() {
    String text = "План мероприятий на 2022 год\n\n1.\tСеминар\tмай 2022\tИМЦ\tСправка\n";

    ImportResult result = RoadmapDocumentReader.standard().lenient().read(text);

    assertThat(result.problems(ImportProblemKind.COLUMNS_GUESSED)).hasSize(1);
    assertThat(result.roadmap().activities()).singleElement().satisfies(a -> {
      assertThat(a.term()).isEqualTo(Term.of("май 2022"));
      assertThat(a.results()).containsExactly("Справка");
    });
  }

  @Test
  void read_planUntilAYear_runsFromTheOrderDateToTheEndOfThatYear() throws IOException {
    Roadmap roadmap = RoadmapDocumentReader.standard().read(text("kizel-2021.txt")).roadmap();

    assertThat(roadmap.period().first()).isEqualTo(roadmap.order().date().orElseThrow());
    assertThat(roadmap.period().last()).hasToString("2024-12-31");
  }

  private static final String PLAN = "План мероприятий на 2022 год\n\n№\tМероприятие\tСроки\tОтветственные\tРезультат\n";

  @Test
  void read_extraCell_joinsItToTheActivityAndReportsWhatWasDone() {
    ImportResult result = RoadmapDocumentReader.standard().read(PLAN + "1.\tСеминар для\tдиректоров\tмай 2022\tИМЦ\tСправка\n");

    assertThat(result.roadmap().activities()).singleElement().satisfies(a -> {
      assertThat(a.title()).isEqualTo("Семинар для директоров");
      assertThat(a.term()).isEqualTo(Term.of("май 2022"));
      assertThat(a.responsibility().text()).isEqualTo("ИМЦ");
    });
    assertThat(result.problems(ImportProblemKind.EXTRA_CELLS)).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(4);
      assertThat(p.getMessage(Locale.forLanguageTag("ru"))).contains("лишняя ячейка объединена").contains("«директоров» → «Мероприятие»");
    });
  }

  @Test
  void read_missingCell_placesTheCellsByContentAndKeepsTheParties() {
    ImportResult result = RoadmapDocumentReader.standard().read(PLAN + "1.\tСеминар\tИМЦ, ОО\tСправка\n");

    assertThat(result.roadmap().activities()).singleElement().satisfies(a -> {
      assertThat(a.responsibility().text()).isEqualTo("ИМЦ, ОО");
      assertThat(a.results()).containsExactly("Справка");
      assertThat(a.term().text()).isEmpty();
    });
    assertThat(result.problems(ImportProblemKind.MISSING_CELLS)).singleElement()
        .satisfies(p -> assertThat(p.where(Locale.forLanguageTag("ru"))).isEqualTo("строка 4"));
  }

  @Test
  void read_orderWithoutDate_hasNoDateRatherThanAMadeUpOne() {
    String text = "ПРИКАЗ\n\n№ 12\n\nОб утверждении плана\n\nПРИКАЗЫВАЮ:\n\n1. Утвердить план.\n\n" + PLAN
        + "1.\tСеминар\tмай 2022\tИМЦ\tСправка\n";

    ImportResult result = RoadmapDocumentReader.standard().read(text);

    assertThat(result.roadmap().order().date()).isEmpty();
    assertThat(result.roadmap().order().number()).isEqualTo("12");
    assertThat(result.problems(ImportProblemKind.ORDER_FIELD_MISSING)).extracting(ImportProblem::subject)
        .contains("дата / date");
  }

  @Test
  void read_documentText_problemsCarryTheOriginOfTheirLine() {
    DocumentText text = DocumentText.builder()
        .line("План мероприятий на 2022 год", DocumentText.Origin.ofPage(1, 1))
        .line("№\tМероприятие\tСроки\tОтветственные\tРезультат", DocumentText.Origin.ofPage(3, 4))
        .line("1.\tСеминар\tИМЦ, ОО\tСправка", DocumentText.Origin.ofPage(3, 5))
        .build();

    ImportResult result = RoadmapDocumentReader.standard().read(text);

    assertThat(result.problems(ImportProblemKind.MISSING_CELLS)).singleElement().satisfies(p -> {
      assertThat(p.where(Locale.forLanguageTag("ru"))).isEqualTo("страница 3, строка 5");
      assertThat(p.where(Locale.ENGLISH)).isEqualTo("page 3, row 5");
    });
  }
}
