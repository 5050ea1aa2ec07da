package org.eduroadmap.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.eduroadmap.schedule.ExecutionRecord;
import org.junit.jupiter.api.Test;

class MonitoringFormExceptionTest {

  private static final Locale RU = Locale.forLanguageTag("ru");
  private static final ExecutionRecord RECORD =
      ExecutionRecord.of("1", LocalDate.of(2021, 1, 1), LocalDate.of(2021, 2, 1), "Приказ");

  @Test
  void problems_messageListsEveryProblem_whereIsTheFirstCell() {
    MonitoringFormException e = MonitoringFormException.problems(List.of(
        new FormProblem("Мониторинг", 3, "J", "problem.noEvidence"),
        new FormProblem("Мониторинг", 5, "I", "problem.noDate")), List.of(RECORD));

    assertThat(e.getMessage()).isEqualTo("The monitoring form cannot be read: 2 problem(s): "
        + "sheet 'Мониторинг', row 3, column J: a date done is given but no evidence document; "
        + "sheet 'Мониторинг', row 5, column I: an evidence document is given but no date done");
    assertThat(e.getMessage(RU)).isEqualTo("Форму мониторинга не удалось прочитать, ошибок: 2. "
        + "лист «Мониторинг», строка 3, столбец J: указана дата исполнения, но нет подтверждающего документа; "
        + "лист «Мониторинг», строка 5, столбец I: указан подтверждающий документ, но нет даты исполнения");
    assertThat(e.where()).contains("Мониторинг!J3");
    assertThat(e.records()).containsExactly(RECORD);
    assertThat(e.key()).isEqualTo("form.problems");
  }

  @Test
  void fileProblems_haveNoCellsAndNoRecords() {
    MonitoringFormException e = MonitoringFormException.noSheet("Мониторинг");
    assertThat(e.getMessage()).isEqualTo("The monitoring sheet 'Мониторинг' is missing");
    assertThat(e.getMessage(RU)).isEqualTo("Нет листа мониторинга «Мониторинг»");
    assertThat(e.where()).isEmpty();
    assertThat(e.problems()).isEmpty();
    assertThat(e.records()).isEmpty();
    assertThat(MonitoringFormException.notForm().getMessage(RU)).startsWith("Книга не является формой мониторинга");
  }

  @Test
  void serialized_keepsTheMessageKey_losesTheTransientLists() throws Exception {
    MonitoringFormException e = MonitoringFormException.notWorkbook(null);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(e);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      MonitoringFormException back = (MonitoringFormException) in.readObject();
      assertThat(back.getMessage(RU)).isEqualTo("Файл не является книгой Excel (.xlsx)");
      assertThat(back.problems()).isEmpty();
      assertThat(back.records()).isEmpty();
    }
  }
}
