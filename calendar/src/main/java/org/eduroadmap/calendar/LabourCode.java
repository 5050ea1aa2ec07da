package org.eduroadmap.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Map;
import java.util.TreeMap;

/**
 * The fixed rules of the Labour Code of the Russian Federation: the non-working public holidays of
 * art. 112 part 1, the automatic carry-over of art. 112 part 2 and the shortened pre-holiday day of
 * art. 95. What the yearly government decree moves is not known here, so a year built from these
 * rules is provisional.
 */
final class LabourCode {

  private LabourCode() {}

  /** The holidays of art. 112 part 1, by date, with their names. */
  static final Map<MonthDay, String> HOLIDAYS;

  static {
    Map<MonthDay, String> holidays = new TreeMap<>();
    for (int day = 1; day <= 8; day++) {
      holidays.put(MonthDay.of(1, day), day == 7 ? "Рождество Христово" : "Новогодние каникулы");
    }
    holidays.put(MonthDay.of(2, 23), "День защитника Отечества");
    holidays.put(MonthDay.of(3, 8), "Международный женский день");
    holidays.put(MonthDay.of(5, 1), "Праздник Весны и Труда");
    holidays.put(MonthDay.of(5, 9), "День Победы");
    holidays.put(MonthDay.of(6, 12), "День России");
    holidays.put(MonthDay.of(11, 4), "День народного единства");
    HOLIDAYS = java.util.Collections.unmodifiableMap(holidays);
  }

  static boolean isHoliday(LocalDate date) {
    return HOLIDAYS.containsKey(MonthDay.from(date));
  }

  static String holidayName(LocalDate date) {
    return HOLIDAYS.get(MonthDay.from(date));
  }

  /** The year as the Labour Code alone makes it, marked provisional. */
  static YearTable year(int year) {
    String source = "Labour Code art. 112 (provisional)";
    String where = "ТК РФ ст.112 / Labour Code art. 112, " + year;
    YearTable.Builder table = YearTable.builder(year, source).provisional(true);
    for (Map.Entry<MonthDay, String> holiday : HOLIDAYS.entrySet()) {
      LocalDate date = holiday.getKey().atYear(year);
      table.put(date, DayKind.HOLIDAY, null, holiday.getValue(),
          "provisional: ТК РФ ст.112 ч.1, no production calendar loaded for " + year, where);
    }
    for (Map.Entry<MonthDay, String> holiday : HOLIDAYS.entrySet()) {
      LocalDate date = holiday.getKey().atYear(year);
      // art. 112 part 2: a weekend holiday carries the day off over, except 1-8 January
      if (isWeekend(date) && date.getMonthValue() != 1) {
        LocalDate substitute = date.plusDays(1);
        while (isWeekend(substitute) || table.isSet(substitute)) {
          substitute = substitute.plusDays(1);
        }
        table.put(substitute, DayKind.TRANSFER_DAY_OFF, date, null,
            "provisional: automatic carry-over, ТК РФ ст.112 ч.2", where);
      }
    }
    for (Map.Entry<MonthDay, String> holiday : HOLIDAYS.entrySet()) {
      LocalDate eve = holiday.getKey().atYear(year).minusDays(1);
      if (eve.getYear() == year && !isWeekend(eve) && !table.isSet(eve)) {
        table.put(eve, DayKind.SHORTENED, null, null,
            "provisional: pre-holiday day, working time -1 h (ТК РФ ст.95)", where);
      }
    }
    LocalDate newYearsEve = LocalDate.of(year, 12, 31);
    if (!isWeekend(newYearsEve) && !table.isSet(newYearsEve)) {
      table.put(newYearsEve, DayKind.SHORTENED, null, null,
          "provisional: pre-holiday day, working time -1 h (ТК РФ ст.95)", where);
    }
    return table.build();
  }

  private static boolean isWeekend(LocalDate date) {
    return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
  }
}
