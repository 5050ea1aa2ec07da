package org.eduroadmap.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.eduroadmap.Language;

/**
 * Reads the Eduroadmap calendar format: UTF-8 text, TAB-separated, {@code #} comment lines, a
 * header line naming the columns. Required columns {@code date} (ISO) and {@code kind} (a
 * {@link DayKind} code other than {@code working_day} and {@code weekend}); optional {@code from}
 * (ISO date a day off was moved from), {@code name} and {@code note}; other columns are ignored, so
 * the reference file {@code ru-production-calendar.tsv} reads too. Every year with at least one row
 * is a complete year: days not listed are plain Monday–Friday days.
 */
final class TableFormatReader {

  private TableFormatReader() {}

  static Map<Integer, YearTable> read(Reader reader, String sourceName) {
    Map<Integer, YearTable.Builder> years = new TreeMap<>();
    Map<String, Integer> columns = null;
    int lineNumber = 0;
    try (BufferedReader lines = new BufferedReader(reader)) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        lineNumber++;
        if (lineNumber == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String where = CalendarException.at(sourceName, lineNumber);
        String[] cells = line.split("\t", -1);
        if (columns == null) {
          columns = header(cells, where);
          continue;
        }
        String dateText = cell(cells, columns, "date");
        String kindText = cell(cells, columns, "kind");
        if (dateText.isEmpty() || kindText.isEmpty()) {
          throw YearTable.Builder.error(where, "calendar.file.rowNeedsDateAndKind", line);
        }
        LocalDate date = date(dateText, where);
        DayKind kind;
        try {
          kind = DayKind.ofCode(kindText);
        } catch (CalendarException e) {
          throw CalendarException.located(where, e.getMessage(Locale.ROOT),
              e.getMessage(Language.RU.bundleLocale()), e);
        }
        String fromText = cell(cells, columns, "from");
        LocalDate from = fromText.isEmpty() ? null : date(fromText, where);
        years.computeIfAbsent(date.getYear(), y -> YearTable.builder(y, sourceName))
            .put(date, kind, from, cell(cells, columns, "name"), cell(cells, columns, "note"),
                where);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(sourceName + ": " + e.getMessage(), e);
    }
    if (columns == null) {
      throw CalendarException.of("calendar.file.noHeader", sourceName);
    }
    Map<Integer, YearTable> tables = new TreeMap<>();
    years.forEach((year, builder) -> tables.put(year, builder.build()));
    return tables;
  }

  private static Map<String, Integer> header(String[] cells, String where) {
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < cells.length; i++) {
      columns.putIfAbsent(cells[i].strip().toLowerCase(java.util.Locale.ROOT), i);
    }
    if (!columns.containsKey("date") || !columns.containsKey("kind")) {
      throw YearTable.Builder.error(where, "calendar.file.header", String.join("\t", cells));
    }
    return columns;
  }

  private static String cell(String[] cells, Map<String, Integer> columns, String column) {
    Integer index = columns.get(column);
    return index == null || index >= cells.length ? "" : cells[index].strip();
  }

  private static LocalDate date(String text, String where) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new CalendarException("calendar.file.date", e, where, text);
    }
  }
}
