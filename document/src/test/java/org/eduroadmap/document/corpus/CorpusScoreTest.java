package org.eduroadmap.document.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.eduroadmap.document.ImportResult;
import org.eduroadmap.document.corpus.CorpusScore.Field;
import org.eduroadmap.responsibility.Party;
import org.eduroadmap.responsibility.PartyKind;
import org.eduroadmap.responsibility.Responsibility;
import org.eduroadmap.roadmap.Activity;
import org.eduroadmap.roadmap.ApprovingOrder;
import org.eduroadmap.roadmap.Roadmap;
import org.eduroadmap.roadmap.RoadmapPeriod;
import org.eduroadmap.roadmap.Section;
import org.eduroadmap.roadmap.YearCell;
import org.eduroadmap.term.Term;
import org.junit.jupiter.api.Test;

/** The scorer on tiny hand-built specs and roadmaps. */
class CorpusScoreTest {

  private static CorpusSpec spec(List<String> layouts, List<CorpusSpec.Row> rows) {
    CorpusSpec.Order order = new CorpusSpec.Order("КОМИТЕТ ОБРАЗОВАНИЯ", "ПРИКАЗ", LocalDate.of(2024, 3, 15), "112",
        Optional.empty(), "Об утверждении плана", Optional.empty(), List.of("Утвердить план."), "Председатель",
        "А.Б. Петрова");
    return new CorpusSpec("t", "test", layouts, order, "План", 2024, 2025,
        List.of(new CorpusSpec.Column("number", "№"), new CorpusSpec.Column("title", "Мероприятие")), List.of(),
        List.of(), List.of(), List.of(new CorpusSpec.SpecSection(Optional.empty(), rows)));
  }

  private static CorpusSpec.Row row(String number, String title, String term, List<String> responsible,
      String result) {
    return new CorpusSpec.Row(number, title, term, new TreeMap<>(), responsible, result, Map.of());
  }

  private static final List<CorpusSpec.Row> ROWS = List.of(
      row("1.", "Формирование перечня «ШНОР»", "до 1 апреля 2024 г.", List.of("Комитет", "ИМЦ"), "Приказ; список"),
      row("2.", "Анализ результатов", "ежегодно (ноябрь)", List.of("ОО"), ""));

  private static Activity activity(String number, String title, String term, List<String> parties,
      List<String> results) {
    return Activity.builder().number(number).title(title).term(Term.of(term))
        .responsibility(Responsibility.of(String.join(", ", parties),
            parties.stream().map(p -> Party.of(p, PartyKind.ORGANISATION)).toList()))
        .addAllResults(results).build();
  }

  private static ImportResult imported(LocalDate date, String number, List<Activity> activities) {
    ApprovingOrder order = ApprovingOrder.builder().authority("КОМИТЕТ  ОБРАЗОВАНИЯ").kind("ПРИКАЗ").number(number)
        .date(date).build();
    Roadmap roadmap = Roadmap.builder().title("План").level(org.eduroadmap.roadmap.RoadmapLevel.MUNICIPAL)
        .order(order).period(RoadmapPeriod.ofYears(2024, 2025)).addSections(Section.untitled(activities)).build();
    return ImportResult.of(roadmap, List.of());
  }

  private static final List<Activity> PERFECT = List.of(
      activity("1.", "Формирование перечня \"ШНОР\"", "до 1 апреля  2024 г.", List.of("ИМЦ", "Комитет"),
          List.of("Приказ", "список")),
      activity("2.", "Анализ результатов", "ежегодно (ноябрь)", List.of("ОО"), List.of()));

  @Test
  void score_everyFieldAsWritten_scoresEveryFieldRight() {
    CorpusScore score = CorpusScore.of(spec(List.of(), ROWS), imported(LocalDate.of(2024, 3, 15), "112", PERFECT));

    assertThat(score.wrong()).isEmpty();
    assertThat(score.fields()).isEqualTo(4 + 2 + 2 * 5);
    assertThat(score.right()).isEqualTo(score.fields());
  }

  @Test
  void score_importFails_scoresZeroForEveryField() {
    CorpusScore score = CorpusScore.failed(spec(List.of(), ROWS), "no table");

    assertThat(score.right()).isZero();
    assertThat(score.fields()).isEqualTo(4 + 2 + 2 * 5);
    assertThat(score.failure()).contains("no table");
  }

  @Test
  void score_wrongDateAndNumber_scoresThoseFieldsWrongOnly() {
    CorpusScore score = CorpusScore.of(spec(List.of(), ROWS), imported(LocalDate.of(2024, 3, 16), "11", PERFECT));

    assertThat(score.wrong()).extracting(CorpusScore.Check::field).containsExactly(Field.ORDER_NUMBER,
        Field.ORDER_DATE);
  }

  @Test
  void score_aRowMissing_costsItsRowAndItsFields() {
    CorpusScore score = CorpusScore.of(spec(List.of(), ROWS),
        imported(LocalDate.of(2024, 3, 15), "112", PERFECT.subList(0, 1)));

    assertThat(score.right(Field.ROWS)).isEqualTo(1);
    assertThat(score.right(Field.TITLE)).isEqualTo(1);
    assertThat(score.fields(Field.TITLE)).isEqualTo(2);
  }

  @Test
  void score_anExtraRow_costsOneRowFound() {
    List<Activity> three = List.of(PERFECT.get(0), PERFECT.get(1), PERFECT.get(1));
    CorpusScore score = CorpusScore.of(spec(List.of(), ROWS), imported(LocalDate.of(2024, 3, 15), "112", three));

    assertThat(score.right(Field.ROWS)).isEqualTo(1);
    assertThat(score.right(Field.TITLE)).isEqualTo(2);
  }

  @Test
  void score_resultJoinedWithSpaceOrSemicolon_isRight_joinedOtherwiseIsWrong() {
    List<CorpusSpec.Row> rows = List.of(row("1.", "А", "", List.of(), "Справка. Приказ"));
    LocalDate date = LocalDate.of(2024, 3, 15);

    assertThat(CorpusScore.of(spec(List.of(), rows), imported(date, "112",
        List.of(activity("1.", "А", "", List.of(), List.of("Справка.", "Приказ"))))).right(Field.RESULT)).isEqualTo(1);
    assertThat(CorpusScore.of(spec(List.of(), rows), imported(date, "112",
        List.of(activity("1.", "А", "", List.of(), List.of("Справка", "Приказ"))))).right(Field.RESULT)).isZero();
  }

  @Test
  void score_partiesOtherwiseSplit_scoresResponsibleWrong() {
    List<Activity> merged = List.of(
        activity("1.", "Формирование перечня «ШНОР»", "до 1 апреля 2024 г.", List.of("Комитет, ИМЦ"),
            List.of("Приказ; список")),
        PERFECT.get(1));
    CorpusScore score = CorpusScore.of(spec(List.of(), ROWS), imported(LocalDate.of(2024, 3, 15), "112", merged));

    assertThat(score.wrong()).extracting(CorpusScore.Check::field).containsExactly(Field.RESPONSIBLE);
  }

  @Test
  void score_yearColumns_comparesTheYearCells() {
    CorpusSpec.Row row = new CorpusSpec.Row("1", "Семинар", "", new TreeMap<>(Map.of(2024, "март", 2025, "март")),
        List.of("ИМЦ"), "", Map.of());
    Activity right = Activity.builder().number("1").title("Семинар")
        .responsibility(Responsibility.of("ИМЦ", List.of(Party.of("ИМЦ", PartyKind.ORGANISATION))))
        .addYearCells(YearCell.of(2024, Term.of("март")), YearCell.of(2025, Term.of("март"))).build();
    Activity wrong = Activity.builder().from(right).yearCells(List.of(YearCell.of(2024, Term.of("март"))))
        .term(Term.of("март")).build();
    CorpusSpec spec = spec(List.of(CorpusSpec.YEAR_COLUMNS), List.of(row));
    LocalDate date = LocalDate.of(2024, 3, 15);

    assertThat(CorpusScore.of(spec, imported(date, "112", List.of(right))).right(Field.TERM)).isEqualTo(1);
    assertThat(CorpusScore.of(spec, imported(date, "112", List.of(wrong))).right(Field.TERM)).isZero();
  }

  @Test
  void normalise_spacesYoAndQuotes_only() {
    assertThat(CorpusScore.normalise("  Отчёт\u00A0«ШНОР»\n\t“итог” ")).isEqualTo("Отчет \"ШНОР\" \"итог\"");
    assertThat(CorpusScore.normalise("г.Курск")).isNotEqualTo(CorpusScore.normalise("г. Курск"));
    assertThat(CorpusScore.normalise("Справка.")).isNotEqualTo(CorpusScore.normalise("Справка"));
  }
}
