package org.eduroadmap.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormProblemTest {

  private static final Locale RU = Locale.forLanguageTag("ru");

  @Test
  void getMessage_notDate_namesSheetRowColumnAndValueInBothLanguages() {
    FormProblem p = new FormProblem("Мониторинг", 7, "I", "problem.notDate", "вчера");
    assertThat(p.cell()).isEqualTo("I7");
    assertThat(p.getMessage(Locale.ENGLISH)).isEqualTo("sheet 'Мониторинг', row 7, column I: 'вчера' is not a date");
    assertThat(p.getMessage(RU)).isEqualTo("лист «Мониторинг», строка 7, столбец I: «вчера» — не дата");
    assertThat(p.describe(RU)).isEqualTo("«вчера» — не дата");
    assertThat(p).hasToString(p.getMessage(Locale.ROOT));
  }

  @Test
  void getMessage_unknownActivity_yearIsNotGrouped() {
    FormProblem p = new FormProblem("Monitoring", 12, "A", "problem.unknownActivity", "99", "2023");
    assertThat(p.getMessage(Locale.ENGLISH)).endsWith("activity '99' for the year 2023 is not in this form");
    assertThat(p.getMessage(RU)).endsWith("мероприятия «99» на 2023 год в этой форме нет");
  }

  @Test
  void equals_sameCellKeyAndArguments() {
    assertThat(new FormProblem("S", 3, "J", "problem.noEvidence"))
        .isEqualTo(new FormProblem("S", 3, "J", "problem.noEvidence"))
        .hasSameHashCodeAs(new FormProblem("S", 3, "J", "problem.noEvidence"))
        .isNotEqualTo(new FormProblem("S", 4, "J", "problem.noEvidence"));
  }
}
