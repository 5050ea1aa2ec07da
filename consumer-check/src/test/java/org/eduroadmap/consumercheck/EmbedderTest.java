package org.eduroadmap.consumercheck;

import static org.assertj.core.api.Assertions.assertThat;

import org.eduroadmap.roadmap.Roadmap;
import org.junit.jupiter.api.Test;

/**
 * Runs on the module path (see the pom): every artifact's module descriptor, its exports, its opens
 * to Jackson and its service providers are used for real here.
 */
class EmbedderTest {

  @Test
  void runsOnTheModulePath() {
    assertThat(Embedder.class.getModule().isNamed()).isTrue();
    assertThat(Roadmap.class.getModule().getName()).isEqualTo("org.eduroadmap.core");
  }

  @Test
  void json_roundTrips_andOwnMappersReadIt() throws Exception {
    String json = Embedder.roundTrip();
    assertThat(Embedder.readWithOwnMapper(json)).isEqualTo(Embedder.roadmap());
    // The module's `provides com.fasterxml.jackson.databind.Module` is what findAndRegisterModules finds.
    assertThat(Embedder.readWithDiscoveredModules(json)).isEqualTo(Embedder.roadmap());
    assertThat(Embedder.pathOfError(json.replaceFirst("\"title\" : \"[^\"]*\"", "\"title\" : 42")))
        .isEqualTo("$.title");
    assertThat(Embedder.russianMessageOfError("{")).startsWith("Ошибка синтаксиса JSON").endsWith("@ $");
  }

  @Test
  void schedule_ical_validation_andImport_work() {
    assertThat(Embedder.schedule()).isNotEmpty();
    assertThat(Embedder.ics()).startsWith("BEGIN:VCALENDAR");
    assertThat(Embedder.validate()).isNotNull();
    // jte's runtime finds the report's precompiled templates and calls them across the module boundary.
    assertThat(Embedder.htmlReport()).startsWith("<!DOCTYPE html>").contains("<html lang=\"en\">")
        .contains("data-activity-id=\"1\"");
    assertThat(Embedder.importDocument("ПРИКАЗ\nот 15.12.2020 № 1\nПлан мероприятий на 2021-2023 годы\n\n"
        + "№ п/п\tМероприятие\tСроки исполнения\tОтветственные\n"
        + "1.\tФормирование списка ШНОР\tежегодно (ноябрь)\tКомитет\n").roadmap().activities()).hasSize(1);
  }

  @Test
  void supportCycle_roundTripsAndValidates_onTheModulePath() {
    // The catalogue file is a resource of core's support package; Jackson reaches the support builders
    // through core's `opens org.eduroadmap.support`.
    assertThat(Embedder.supportCycleRoundTrip()).contains("\"riskFactor\" : \"LOW_EQUIPMENT\"");
  }

  @Test
  void enumTexts_readTheirModulesBundlesOnTheModulePath() {
    java.util.Locale ru = java.util.Locale.forLanguageTag("ru");
    assertThat(org.eduroadmap.calendar.DayKind.HOLIDAY.displayName(ru)).isEqualTo("нерабочий праздничный день");
    assertThat(org.eduroadmap.calendar.DueDatePolicy.NONE.displayName(java.util.Locale.ENGLISH)).isEqualTo("not moved");
    assertThat(org.eduroadmap.term.TermExpectation.MONTH.description(ru)).isEqualTo("название месяца");
    assertThat(org.eduroadmap.document.ImportProblemKind.UNREADABLE_TERM.message("по мере сил", ru))
        .isEqualTo("срок не распознан и сохранён как текст: по мере сил");
  }

  @Test
  void report_writesTheWorkbooks_andReadsTheFormBack() {
    byte[] xlsx = Embedder.scheduleWorkbook();
    // An .xlsx file is a ZIP archive: "PK".
    assertThat(xlsx).startsWith(0x50, 0x4B);
    assertThat(Embedder.monitoringFormRecords()).isEmpty();
  }
}
