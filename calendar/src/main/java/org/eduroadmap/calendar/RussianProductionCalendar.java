package org.eduroadmap.calendar;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The Russian production calendar («производственный календарь»): weekends, the public holidays of
 * the Labour Code (art. 112), the days off moved by the yearly government decree, presidential
 * non-working days, working Saturdays and shortened pre-holiday days, every kind kept distinct.
 *
 * <pre>{@code
 * RussianProductionCalendar russia = RussianProductionCalendar.get();  // 2020-2027, shipped
 * russia.isWorkingDay(LocalDate.of(2026, 1, 12));          // true
 * russia.dayInfo(LocalDate.of(2026, 1, 9)).transferredFrom(); // Optional[2026-01-03]
 * russia.specialDays(2026);                                  // what `calendar --year 2026` lists
 *
 * RussianProductionCalendar updated = RussianProductionCalendar.builder()
 *     .load(Path.of("calendar-2028.xml"))   // xmlcalendar XML or our TSV format; replaces a year
 *     .withLabourCodeFallback()              // other years: art. 112 holidays, provisional
 *     .build();
 * }</pre>
 *
 * <p>The shipped data covers 2020–2027 and was compared day by day with two independent sources
 * (xmlcalendar/data and the ConsultantPlus-derived d10xa/holidays-calendar). Asking about a year
 * with no data throws a {@link CalendarException}, unless the calendar was built
 * {@linkplain Builder#withLabourCodeFallback() with the Labour Code fallback}, whose answers are
 * {@linkplain DayInfo#isProvisional() provisional}.
 *
 * <p>{@link #isWorkingDay} reads a precomputed bitset and allocates nothing. This class is
 * immutable and thread-safe.
 */
public final class RussianProductionCalendar implements WorkingCalendar {

  /** The resource, in the Eduroadmap calendar format, holding the shipped years. */
  static final String SHIPPED_RESOURCE = "ru-production-calendar.tsv";

  private static final class Shipped {
    static final RussianProductionCalendar INSTANCE = builder().build();
  }

  private final int firstYear;
  private final YearTable[] tables;
  private final SortedSet<Integer> years;
  private final boolean labourCodeFallback;
  private final ConcurrentMap<Integer, YearTable> fallbackYears = new ConcurrentHashMap<>();

  private RussianProductionCalendar(Map<Integer, YearTable> data, boolean labourCodeFallback) {
    this.years = Collections.unmodifiableSortedSet(new TreeSet<>(data.keySet()));
    this.labourCodeFallback = labourCodeFallback;
    if (years.isEmpty()) {
      this.firstYear = 0;
      this.tables = new YearTable[0];
    } else {
      this.firstYear = years.first();
      this.tables = new YearTable[years.last() - firstYear + 1];
      data.forEach((year, table) -> tables[year - firstYear] = table);
    }
  }

  /**
   * The shipped calendar, 2020–2027, strict: a year with no data is an error. Shared, immutable.
   */
  public static RussianProductionCalendar get() {
    return Shipped.INSTANCE;
  }

  /** Starts a calendar from the shipped data, to which files and the fallback can be added. */
  public static Builder builder() {
    return new Builder();
  }

  private YearTable table(int year) {
    int index = year - firstYear;
    if (index >= 0 && index < tables.length) {
      YearTable table = tables[index];
      if (table != null) {
        return table;
      }
    }
    if (labourCodeFallback) {
      return fallbackYears.computeIfAbsent(year, LabourCode::year);
    }
    throw noData(year);
  }

  private CalendarException noData(int year) {
    String available = years.isEmpty() ? "none" : rangesOf(years);
    String availableRu = years.isEmpty() ? "нет" : rangesOf(years);
    return new CalendarException("No production calendar data for year " + year
        + " (available: " + available + "); load the year from an xmlcalendar file with"
        + " RussianProductionCalendar.builder().load(...) or opt in to the Labour Code fallback"
        + " with withLabourCodeFallback()",
        "Нет данных производственного календаря на " + year + " год (есть: " + availableRu
            + "); загрузите год из файла xmlcalendar через RussianProductionCalendar.builder()"
            + ".load(...) или включите запасной вариант по ст. 112 ТК РФ: withLabourCodeFallback()");
  }

  private static String rangesOf(SortedSet<Integer> years) {
    StringBuilder s = new StringBuilder();
    Integer start = null;
    Integer previous = null;
    for (int year : years) {
      if (start == null) {
        start = year;
      } else if (year != previous + 1) {
        appendRange(s, start, previous);
        start = year;
      }
      previous = year;
    }
    appendRange(s, start, previous);
    return s.toString();
  }

  private static void appendRange(StringBuilder s, int start, int end) {
    s.append(s.length() == 0 ? "" : ", ").append(start);
    if (end != start) {
      s.append('-').append(end);
    }
  }

  @Override
  public boolean isWorkingDay(LocalDate date) {
    return table(date.getYear()).isWorking(date.getDayOfYear());
  }

  @Override
  public DayInfo dayInfo(LocalDate date) {
    return table(date.getYear()).dayInfo(date);
  }

  @Override
  public DayKind dayKind(LocalDate date) {
    return table(date.getYear()).kind(date.getDayOfYear());
  }

  // The searches walk day-of-year numbers through the year tables and create one LocalDate at the
  // end: moving a due date allocates only its result.

  @Override
  public LocalDate nextOrSameWorkingDay(LocalDate date) {
    YearTable table = table(date.getYear());
    int dayOfYear = date.getDayOfYear();
    for (int i = 0; i < MAX_SEARCH_DAYS; i++) {
      if (table.isWorking(dayOfYear)) {
        return dayOfYear == date.getDayOfYear() && table.year() == date.getYear() ? date
            : LocalDate.ofYearDay(table.year(), dayOfYear);
      }
      if (++dayOfYear > table.length()) {
        table = table(table.year() + 1);
        dayOfYear = 1;
      }
    }
    return WorkingCalendar.super.nextOrSameWorkingDay(date);
  }

  @Override
  public LocalDate previousOrSameWorkingDay(LocalDate date) {
    YearTable table = table(date.getYear());
    int dayOfYear = date.getDayOfYear();
    for (int i = 0; i < MAX_SEARCH_DAYS; i++) {
      if (table.isWorking(dayOfYear)) {
        return dayOfYear == date.getDayOfYear() && table.year() == date.getYear() ? date
            : LocalDate.ofYearDay(table.year(), dayOfYear);
      }
      if (--dayOfYear < 1) {
        table = table(table.year() - 1);
        dayOfYear = table.length();
      }
    }
    return WorkingCalendar.super.previousOrSameWorkingDay(date);
  }

  @Override
  public long workingDaysBetween(LocalDate startInclusive, LocalDate endExclusive) {
    if (endExclusive.isBefore(startInclusive)) {
      return -workingDaysBetween(endExclusive, startInclusive);
    }
    long count = 0;
    YearTable table = table(startInclusive.getYear());
    int dayOfYear = startInclusive.getDayOfYear();
    for (long n = endExclusive.toEpochDay() - startInclusive.toEpochDay(); n > 0; n--) {
      if (table.isWorking(dayOfYear)) {
        count++;
      }
      if (++dayOfYear > table.length() && n > 1) {
        table = table(table.year() + 1);
        dayOfYear = 1;
      }
    }
    return count;
  }

  /**
   * The years with production-calendar data (shipped or loaded), not counting fallback years.
   */
  public SortedSet<Integer> years() {
    return years;
  }

  /** Whether {@code year} has production-calendar data (shipped or loaded). */
  public boolean hasDataFor(int year) {
    return years.contains(year);
  }

  /** Whether this calendar answers years with no data from the Labour Code, provisionally. */
  public boolean hasLabourCodeFallback() {
    return labourCodeFallback;
  }

  /**
   * Where the data for {@code year} came from: the shipped resource, a loaded file's name, or the
   * Labour Code fallback.
   *
   * @throws CalendarException if there is no data for the year and no fallback
   */
  public String source(int year) {
    return table(year).source();
  }

  /**
   * The number of working days of {@code year}.
   *
   * <pre>{@code
   * RussianProductionCalendar.get().workingDays(2026); // 247
   * }</pre>
   *
   * @throws CalendarException if there is no data for the year and no fallback
   */
  public int workingDays(int year) {
    return table(year).workingDays();
  }

  /**
   * The number of working days in the year's working-time norm as the Ministry of Labour publishes
   * it: presidential non-working days (2020, 2021) count as working days, since wages were kept and
   * the norm did not change.
   *
   * <pre>{@code
   * RussianProductionCalendar.get().workingDays(2020);     // 219
   * RussianProductionCalendar.get().workingDayNorm(2020);  // 248
   * }</pre>
   *
   * @throws CalendarException if there is no data for the year and no fallback
   */
  public int workingDayNorm(int year) {
    YearTable table = table(year);
    return table.workingDays() + table.decreeDays();
  }

  @Override
  public String toString() {
    return "RussianProductionCalendar[" + (years.isEmpty() ? "no data" : rangesOf(years))
        + (labourCodeFallback ? ", Labour Code fallback" : "") + "]";
  }

  /**
   * Builds a production calendar: the shipped years, then loaded files (a loaded year replaces the
   * shipped one and any year loaded before it), optionally the Labour Code fallback. Not
   * thread-safe; the calendar it builds is.
   */
  public static final class Builder {
    private boolean shipped = true;
    private boolean fallback;
    private final Map<Integer, YearTable> loaded = new TreeMap<>();

    private Builder() {}

    /** Leaves out the shipped years: only loaded files (and the fallback, if chosen) count. */
    public Builder withoutShippedData() {
      shipped = false;
      return this;
    }

    /**
     * Answers years with no data from the fixed holidays of the Labour Code (art. 112, with the
     * automatic carry-over of part 2 and the shortened eves of art. 95), marked provisional; the
     * yearly decree transfers are unknown and missing.
     */
    public Builder withLabourCodeFallback() {
      fallback = true;
      return this;
    }

    /**
     * Loads years from a file: xmlcalendar XML (when the file starts with {@code <}) or the
     * Eduroadmap calendar format (TAB-separated, header {@code date kind from name note}).
     *
     * @throws CalendarException if the file cannot be read or holds bad data, naming the line
     */
    public Builder load(Path file) {
      Objects.requireNonNull(file, "file");
      try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
        in.mark(64);
        int first = in.read();
        while (first == ' ' || first == '\n' || first == '\r' || first == '\t' || first == 0xEF
            || first == 0xBB || first == 0xBF) {
          first = in.read();
        }
        in.reset();
        if (first == '<') {
          return loadXmlCalendar(in, file.toString());
        }
        return loadTable(new InputStreamReader(in, StandardCharsets.UTF_8), file.toString());
      } catch (IOException e) {
        throw new CalendarException("Cannot read calendar file " + file + ": " + e,
            "Не удаётся прочитать файл календаря " + file + ": " + e, e);
      }
    }

    /**
     * Loads one year from xmlcalendar XML ({@code <calendar year="2026">...}).
     *
     * @param sourceName the name used in error messages and {@link #source(int)}
     * @throws CalendarException if the XML is malformed or holds bad days, naming the line
     */
    public Builder loadXmlCalendar(InputStream xml, String sourceName) {
      YearTable table = XmlCalendarReader.read(xml, sourceName);
      loaded.put(table.year(), table);
      return this;
    }

    /**
     * Loads years from the Eduroadmap calendar format: UTF-8, TAB-separated, {@code #} comments, a
     * header naming at least {@code date} and {@code kind} ({@code holiday},
     * {@code transfer_day_off}, {@code non_working_decree}, {@code working_weekend},
     * {@code shortened}), optionally {@code from}, {@code name}, {@code note}. Each year present is
     * taken as complete.
     *
     * @param sourceName the name used in error messages and {@link #source(int)}
     * @throws CalendarException if a line holds bad data, naming the line
     */
    public Builder loadTable(Reader table, String sourceName) {
      loaded.putAll(TableFormatReader.read(table, sourceName));
      return this;
    }

    /** The calendar. */
    public RussianProductionCalendar build() {
      Map<Integer, YearTable> data = new TreeMap<>();
      if (shipped) {
        data.putAll(shippedYears());
      }
      data.putAll(loaded);
      return new RussianProductionCalendar(data, fallback);
    }

    private static Map<Integer, YearTable> shippedYears() {
      InputStream in = RussianProductionCalendar.class.getResourceAsStream(SHIPPED_RESOURCE);
      if (in == null) {
        throw new IllegalStateException("Missing resource " + SHIPPED_RESOURCE);
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        return TableFormatReader.read(reader, "shipped " + SHIPPED_RESOURCE);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
