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
}
