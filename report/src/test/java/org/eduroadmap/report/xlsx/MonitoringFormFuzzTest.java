package org.eduroadmap.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.eduroadmap.schedule.ExecutionRecord;
import org.eduroadmap.schedule.ScheduleCalculator;

/**
 * Fuzzes the filled-form reader ({@link MonitoringForm#read}): any bytes give records or a
 * {@link MonitoringFormException} whose messages are Russian and English and name no Java or POI type —
 * never another exception, never a date outside 1900 – 2100. Without {@code JAZZER_FUZZ=1} it replays the
 * committed inputs in {@code src/test/resources/org/eduroadmap/report/xlsx/MonitoringFormFuzzTestInputs/read/}
 * (blank and filled forms of kizel-2021, impossible dates, a formula without a value, a DOCTYPE, tampered
 * key sheets, no zip, an OLE2 header).
 */
class MonitoringFormFuzzTest {

  private static final MonitoringForm FORM =
      MonitoringForm.of(ScheduleCalculator.standard()).withMaxBytes(1024 * 1024).withMaxRows(10_000);

  @FuzzTest(maxDuration = "3m")
  void read(byte[] input) {
    List<ExecutionRecord> records;
    try {
      records = FORM.read(new ByteArrayInputStream(input));
    } catch (MonitoringFormException e) {
      String ru = e.getMessage(Locale.forLanguageTag("ru"));
      assertThat(ru).isNotBlank().containsPattern("[а-я]{3}");
      assertThat(e.getMessage()).isNotBlank();
      for (String message : List.of(ru, e.getMessage())) {
        assertThat(message).doesNotContain("Exception", "org.apache", "java.");
      }
      e.problems().forEach(p -> assertThat(p.row()).isPositive());
      e.records().forEach(MonitoringFormFuzzTest::plausible);
      return;
    }
    records.forEach(MonitoringFormFuzzTest::plausible);
  }

  private static void plausible(ExecutionRecord r) {
    assertThat(r.doneOn()).isBetween(LocalDate.of(1900, 1, 1), LocalDate.of(2100, 12, 31));
    assertThat(r.occurrenceStart()).isBetween(LocalDate.of(1900, 1, 1), LocalDate.of(2100, 12, 31));
    assertThat(r.activityId()).isNotBlank();
    assertThat(r.evidence()).isNotBlank();
  }
}
