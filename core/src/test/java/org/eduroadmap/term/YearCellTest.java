package org.eduroadmap.term;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.quicktheories.QuickTheory.qt;

import java.time.YearMonth;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class YearCellTest {

  private static TermRule months(int y, int m1, int m2) {
    return TermRule.MonthsOfYear.of(YearMonth.of(y, m1), YearMonth.of(y, m2));
  }

  /** Every per-year cell of seed 001 (Яковлевский ГО, columns 2020, 2021, 2022), cells split by a page break joined. */
  static Stream<Arguments> seed001Cells() {
    String r1 = "Проведен анализ данных о результатах и внешних образовательных социальных условиях работы ОО";
    String r2 = "Проведен анализ, сформулированы предложения и адресные рекомендации организациям";
    String r3 = "Количественный и качественный анализ педагогических управленческих кадров";
    String r5 = "Разработка программ работы с обучающимися с низкими образовательными результатами";
    String r6 = "Проведение муниципальных мониторингов динамики учебных результатов ШНОР (согласно плану УО)";
    String r8 = "Проведение мониторинга условий качества образования ШНОР";
    String r9 = "Оказана консультативно-методическая помощь школьным командам ШНОР по вопросам повышения качества "
        + "образования в соответствии с востребованными направлениями";
    String r14a = "Разработка индивидуальных планов профессионального развития педагогов";
    String r14b = "Корректировка индивидуальных планов профессионального развития педагогов";
    String r15 = "Проведение и анализ диагностики профессиональных затруднений педагогов";
    return Stream.of(
        arguments(r1 + " Сентябрь – октябрь 2020", r1, "Сентябрь – октябрь 2020", months(2020, 9, 10)),
        arguments(r2 + " Июнь-август 2020", r2, "Июнь-август 2020", months(2020, 6, 8)),
        arguments(r2 + " Июнь-август 2021", r2, "Июнь-август 2021", months(2021, 6, 8)),
        arguments(r3 + " Ноябрь-декабрь 2020", r3, "Ноябрь-декабрь 2020", months(2020, 11, 12)),
        arguments("Разработка программ ШНОР август 2020", "Разработка программ ШНОР", "август 2020", months(2020, 8, 8)),
        arguments("Реализация и корректировка программ ШНОР август 2021", "Реализация и корректировка программ ШНОР",
            "август 2021", months(2021, 8, 8)),
        arguments("Реализация и корректировка программ ШНОР август 2022", "Реализация и корректировка программ ШНОР",
            "август 2022", months(2022, 8, 8)),
        arguments(r5 + " август 2020", r5, "август 2020", months(2020, 8, 8)),
        arguments(r5 + " август 2021", r5, "август 2021", months(2021, 8, 8)),
        arguments(r5 + " август 2022", r5, "август 2022", months(2022, 8, 8)),
        arguments(r6 + " В течение учебного года", r6, "В течение учебного года", TermRule.ThroughAcademicYear.of()),
        arguments("Участие в независимых оценочных процедурах В течение года",
            "Участие в независимых оценочных процедурах", "В течение года", TermRule.ThroughYear.of()),
        arguments("Участие в независимых оценочных\n\nпроцедурах В течение года",
            "Участие в независимых оценочных\n\nпроцедурах", "В течение года", TermRule.ThroughYear.of()),
        arguments(r8 + " август 2020", r8, "август 2020", months(2020, 8, 8)),
        arguments(r8 + " август 2021", r8, "август 2021", months(2021, 8, 8)),
        arguments(r8 + " август 2022", r8, "август 2022", months(2022, 8, 8)),
        arguments(r9 + " Сентябрь-ноябрь 2020", r9, "Сентябрь-ноябрь 2020", months(2020, 9, 11)),
        arguments(r9 + " Сентябрь-ноябрь 2021", r9, "Сентябрь-ноябрь 2021", months(2021, 9, 11)),
        arguments(r9 + " Сентябрь-ноябрь 2022", r9, "Сентябрь-ноябрь 2022", months(2022, 9, 11)),
        arguments("Проведены семинары для руководителей ШНОР апрель 2021", "Проведены семинары для руководителей ШНОР",
            "апрель 2021", months(2021, 4, 4)),
        arguments("Проведены семинары для руководителей ШНОР февраль 2022", "Проведены семинары для руководителей ШНОР",
            "февраль 2022", months(2022, 2, 2)),
        arguments("Проведены семинары для педагогов ШНОР апрель - май 2021", "Проведены семинары для педагогов ШНОР",
            "апрель - май 2021", months(2021, 4, 5)),
        arguments("Проведены семинары для педагогов ШНОР февраль 2022", "Проведены семинары для педагогов ШНОР",
            "февраль 2022", months(2022, 2, 2)),
        arguments("Организация практико-ориентированных семинаров Ноябрь – декабрь 2020",
            "Организация практико-ориентированных семинаров", "Ноябрь – декабрь 2020", months(2020, 11, 12)),
        arguments("Организация практико-ориентированных семинаров март-апрель 2021",
            "Организация практико-ориентированных семинаров", "март-апрель 2021", months(2021, 3, 4)),
        arguments("Организация практико-\n\nориентированных семинаров февраль-апрель 2022",
            "Организация практико-\n\nориентированных семинаров", "февраль-апрель 2022", months(2022, 2, 4)),
        arguments(r14a + " август 2020", r14a, "август 2020", months(2020, 8, 8)),
        arguments(r14b + " август 2021", r14b, "август 2021", months(2021, 8, 8)),
        arguments(r15 + " ноябрь 2020", r15, "ноябрь 2020", months(2020, 11, 11)),
        arguments(r15 + " январь 2021", r15, "январь 2021", months(2021, 1, 1)),
        arguments(r15 + " январь 2022", r15, "январь 2022", months(2022, 1, 1)));
  }

  @ParameterizedTest(name = "[{index}] {2}")
  @MethodSource("seed001Cells")
  void split_seed001Cell_givesResultAndTrailingTerm(String cell, String result, String term, TermRule rule) {
    YearCell split = YearCell.split(cell);
    assertThat(split.result()).contains(result);
    assertThat(split.term()).contains(Term.of(term));
    assertThat(split.rule()).isEqualTo(rule);
    assertThat(TermReader.strict().read(term)).isEqualTo(rule);
  }

  @Test
  void split_cellWithNoDatePhrase_hasAResultButNoTerm() {
    YearCell split = TermReader.strict().splitYearCell("Оформлен заказ на курсовую подготовку");
    assertThat(split.result()).contains("Оформлен заказ на курсовую подготовку");
    assertThat(split.term()).isEmpty();
    assertThat(split.rule()).isEqualTo(TermRule.Empty.of());
  }

  @Test
  void split_blankCell_hasNeitherResultNorTerm() {
    YearCell blank = YearCell.split(" \n\t");
    assertThat(blank.result()).isEmpty();
    assertThat(blank.term()).isEmpty();
    assertThat(blank).isEqualTo(YearCell.split(""));
  }

  @Test
  void split_cellThatIsOnlyATerm_hasNoResult() {
    YearCell split = YearCell.split("В течение учебного года");
    assertThat(split.result()).isEmpty();
    assertThat(split.term()).contains(Term.of("В течение учебного года"));
  }

  @Test
  void split_resultEndingInAYearOrAReference_keepsThemInTheResult() {
    assertThat(YearCell.split("Утверждена программа на 2021 год").term()).isEmpty();
    assertThat(YearCell.split("Проведены совещания согласно плану УО").term()).isEmpty();
  }

  @Test
  void split_termWithAnotherYearThanTheColumn_isKeptAsWritten() {
    // seed 001, row 2, column 2022 says «Июнь-август 2021»: validation warns, the reader never changes it
    YearCell split = YearCell.split("Проведен анализ Июнь-август 2021");
    assertThat(split.rule()).isEqualTo(months(2021, 6, 8));
  }

  @Test
  void split_arbitraryCells_neverThrowsAndKeepsEveryWord() {
    qt().withExamples(1500).forAll(TermGenerators.noisyText()).checkAssert(cell -> {
      YearCell split = YearCell.split(cell);
      String joined = (split.result().orElse("") + " " + split.term().map(Term::text).orElse("")).strip();
      assertThat(joined.replaceAll("\\s+", "")).isEqualTo(cell.strip().replaceAll("\\s+", ""));
    });
  }
}
