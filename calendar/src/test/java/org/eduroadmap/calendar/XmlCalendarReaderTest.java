package org.eduroadmap.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;

class XmlCalendarReaderTest {

  /** Any bytes either load as a year or fail with a CalendarException; nothing else escapes. */
  @FuzzTest(maxDuration = "2m")
  void read_anyBytes_givesAYearOrACalendarException(byte[] data) {
    YearTable table;
    try {
      table = XmlCalendarReader.read(new ByteArrayInputStream(data), "fuzz.xml");
    } catch (CalendarException e) {
      assertThat(e.getMessage()).startsWith("fuzz.xml");
      assertThat(e.getMessage(java.util.Locale.forLanguageTag("ru"))).startsWith("fuzz.xml");
      return;
    }
    LocalDate first = LocalDate.of(table.year(), 1, 1);
    int working = 0;
    for (LocalDate day = first; day.getYear() == table.year(); day = day.plusDays(1)) {
      DayInfo info = table.dayInfo(day);
      assertThat(info.isWorkingDay()).isEqualTo(table.isWorking(day.getDayOfYear()));
      working += info.isWorkingDay() ? 1 : 0;
    }
    assertThat(working).isEqualTo(table.workingDays());
  }

  private static final java.util.Locale RU = java.util.Locale.forLanguageTag("ru");

  @org.junit.jupiter.api.Test
  void read_malformedXml_russianMessageIsRussianWithLineAndColumn() {
    byte[] xml = "<calendar year=\"2026\">\n  <days><day d=\"01.01\" t=\"1\"></days>\n</calendar>"
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);

    CalendarException e = org.assertj.core.api.Assertions.catchThrowableOfType(CalendarException.class,
        () -> XmlCalendarReader.read(new ByteArrayInputStream(xml), "calendar2026.xml"));

    String ru = e.getMessage(RU);
    assertThat(ru).startsWith("calendar2026.xml, строка 2, столбец ").contains("ошибка в разметке XML");
    assertThat(org.eduroadmap.testsupport.BundleCheck.latinWordsOutsideQuotes(ru, "calendar2026.xml")).isEmpty();
    // The parser's own words stay in the English message and in the cause.
    assertThat(e.getMessage()).startsWith("calendar2026.xml, line 2, column ").contains("end-tag");
    assertThat(e.getCause()).isInstanceOf(org.xml.sax.SAXParseException.class);
  }

  @org.junit.jupiter.api.Test
  void read_badAttribute_russianPlaceSaysStroka() {
    byte[] xml = "<calendar year=\"2026\">\n<days>\n<day d=\"13.01\" t=\"7\"/>\n</days></calendar>"
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);

    CalendarException e = org.assertj.core.api.Assertions.catchThrowableOfType(CalendarException.class,
        () -> XmlCalendarReader.read(new ByteArrayInputStream(xml), "c.xml"));

    assertThat(e.getMessage(RU)).startsWith("c.xml, строка 3: ");
    assertThat(e.getMessage()).startsWith("c.xml, line 3: ");
  }
}
