package org.eduroadmap.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.Locale;
import org.eduroadmap.EduroadmapException;
import org.junit.jupiter.api.Test;

class CalendarExceptionTest {

  private static final Locale RU = Locale.forLanguageTag("ru-RU");

  @Test
  void yearOutOfRange_isAnEduroadmapException_inBothLanguages() {
    EduroadmapException e = catchThrowableOfType(EduroadmapException.class,
        () -> RussianProductionCalendar.checkYear(3001));
    assertThat(e).isInstanceOf(CalendarException.class);
    assertThat(e.getMessage()).isEqualTo("Invalid year for the production calendar (valid values 1900 - 2100): 3001");
    assertThat(e.getMessage(RU)).isEqualTo("Недопустимый год для производственного календаря (допустимы 1900–2100): 3001");
    assertThat(e.getMessage(Locale.GERMAN)).isEqualTo(e.getMessage());
    assertThat(e.key()).isEqualTo("calendar.yearOutOfRange");
  }

  @Test
  void strictCalendar_noData_hasNoJavaNamesInRussian() {
    EduroadmapException e = catchThrowableOfType(EduroadmapException.class,
        () -> RussianProductionCalendar.strict().isWorkingDay(LocalDate.of(2031, 5, 4)));
    assertThat(e.getMessage(RU)).startsWith("Нет данных производственного календаря на 2031 год")
        .doesNotContain("RussianProductionCalendar");
  }

  @Test
  void getLocalizedMessage_followsTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      CalendarException e = CalendarException.of("calendar.regionName", "Атлантида");
      Locale.setDefault(Locale.forLanguageTag("ru"));
      assertThat(e.getLocalizedMessage()).isEqualTo("Неизвестный субъект Российской Федерации: «Атлантида»");
      // English even on a Russian machine: the English bundle is the root, no fallback to the default locale.
      assertThat(e.getMessage()).isEqualTo("Unknown federal subject of Russia: 'Атлантида'");
      Locale.setDefault(Locale.US);
      assertThat(e.getLocalizedMessage()).isEqualTo("Unknown federal subject of Russia: 'Атлантида'");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void bundles_haveEveryKeyInBothLanguages_andRussianIsRussian() {
    org.eduroadmap.testsupport.BundleCheck.check("org/eduroadmap/calendar/messages");
  }

  @Test
  void load_missingFile_russianMessageSaysWhyInRussian(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    java.nio.file.Path missing = dir.resolve("nofile.xml");

    CalendarException e = org.assertj.core.api.Assertions.catchThrowableOfType(CalendarException.class,
        () -> RussianProductionCalendar.builder().load(missing));

    String ru = e.getMessage(java.util.Locale.forLanguageTag("ru"));
    assertThat(ru).startsWith("Не удаётся прочитать файл календаря ").endsWith(": файл не найден");
    assertThat(org.eduroadmap.testsupport.BundleCheck.latinWordsOutsideQuotes(ru, missing.toString())).isEmpty();
    assertThat(e.getMessage()).contains(missing.toString());
  }
}
