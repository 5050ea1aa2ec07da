package org.eduroadmap.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The reference data (a copy of {@code ru-production-calendar.tsv} in the test resources), parsed
 * here on its own, without any production code, so the shipped calendar is checked against it.
 */
final class ReferenceCalendar {

  record Row(LocalDate date, String kind, String note) {}

  static final List<Row> ROWS = read();

  private static final Map<LocalDate, Set<String>> KINDS = new HashMap<>();

  static {
    for (Row row : ROWS) {
      KINDS.computeIfAbsent(row.date(), d -> new HashSet<>()).add(row.kind());
    }
  }

  private ReferenceCalendar() {}

  private static List<Row> read() {
    InputStream in = ReferenceCalendar.class.getResourceAsStream("reference/ru-production-calendar.tsv");
    List<Row> rows = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String header = reader.readLine();
      if (!header.startsWith("date\tkind\tnote")) {
        throw new IllegalStateException("unexpected header " + header);
      }
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String[] cells = line.split("\t");
        rows.add(new Row(LocalDate.parse(cells[0]), cells[1], cells[2]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  static Set<String> kinds(LocalDate date) {
    return KINDS.getOrDefault(date, Set.of());
  }

  /** The day a transferred day off came from, as its note says: "transferred from 2026-01-03 ...". */
  static LocalDate transferredFrom(Row row) {
    java.util.regex.Matcher m = java.util.regex.Pattern
        .compile("(?:transferred from|substitute day off for) (\\d{4}-\\d{2}-\\d{2})")
        .matcher(row.note());
    if (!m.find()) {
      throw new IllegalStateException("no origin in the note of " + row);
    }
    return LocalDate.parse(m.group(1));
  }

  static boolean isWeekend(LocalDate date) {
    return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  /** The rule of the .md: non-working iff a plain weekend or a holiday/transfer/decree row. */
  static boolean isWorkingDay(LocalDate date) {
    Set<String> kinds = kinds(date);
    if (kinds.contains("holiday") || kinds.contains("transfer_day_off")
        || kinds.contains("non_working_decree")) {
      return false;
    }
    return !isWeekend(date) || kinds.contains("working_weekend");
  }

  /** The one kind of a day, as a code: the non-working kinds first, then working_weekend. */
  static String kind(LocalDate date) {
    Set<String> kinds = kinds(date);
    for (String kind : List.of("holiday", "transfer_day_off", "non_working_decree",
        "working_weekend", "shortened")) {
      if (kinds.contains(kind)) {
        return kind;
      }
    }
    return isWeekend(date) ? "weekend" : "working_day";
  }
}
