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
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The Russian production calendar («производственный календарь»): weekends, the public holidays of
 * the Labour Code (art. 112), the days off moved by the yearly government decree, presidential
 * non-working days, working Saturdays and shortened pre-holiday days, every kind kept distinct.
 *
 * <pre>{@code
 * RussianProductionCalendar russia = RussianProductionCalendar.get();  // 2013-2027 shipped
 * russia.isWorkingDay(LocalDate.of(2026, 1, 12));          // true
 * russia.dayInfo(LocalDate.of(2026, 1, 9)).transferredFrom(); // Optional[2026-01-03]
 * russia.specialDays(2026);                                  // what `calendar --year 2026` lists
 * russia.dayInfo(LocalDate.of(2029, 1, 1)).isProvisional();   // true: by the Labour Code
 *
 * RussianProductionCalendar.strict().isWorkingDay(LocalDate.of(2029, 1, 9)); // CalendarException
 *
 * RussianProductionCalendar updated = RussianProductionCalendar.builder()
 *     .load(Path.of("calendar-2028.xml"))   // xmlcalendar XML or our TSV format; replaces a year
 *     .build();                             // 2028 is no longer provisional
 * }</pre>
 *
 * <p>The shipped data covers 2013–2027 and was compared day by day with two independent sources
 * (xmlcalendar/data and the ConsultantPlus-derived d10xa/holidays-calendar). A year with no data
 * (before the first or after the last shipped year: a 2026–2029 plan is ordinary) is computed from
 * the Labour Code — the holidays of art. 112, its automatic carry-over and the shortened eves of
 * art. 95 — and every answer about it is {@linkplain DayInfo#isProvisional() provisional}: the
 * yearly government decree that moves days off is not known yet. Schedules must not stop at the
 * end of the shipped data, so this is the default; {@link #strict()} and
 * {@link Builder#strict()} refuse such a year with a {@link CalendarException} instead. Years
 * before {@value #MIN_YEAR} or after {@value #MAX_YEAR} cannot be meant and are always an error.
 *
 * <p>{@link #isWorkingDay} reads a precomputed bitset and allocates nothing. This class is
 * immutable and thread-safe.
 */
public final class RussianProductionCalendar implements WorkingCalendar {

  /** The resource, in the Eduroadmap calendar format, holding the shipped years. */
  static final String SHIPPED_RESOURCE = "ru-production-calendar.tsv";

  /** The first year a calendar answers for, from data or the Labour Code. */
  public static final int MIN_YEAR = 1900;

  /** The last year a calendar answers for, from data or the Labour Code. */
  public static final int MAX_YEAR = 2100;

  private static final class Shipped {
    static final RussianProductionCalendar INSTANCE = builder().build();
    static final RussianProductionCalendar STRICT = builder().strict().build();
  }

  private final int firstYear;
  private final YearTable[] tables;
  private final SortedSet<Integer> years;
  private final boolean labourCodeFallback;
  /**
   * The Labour Code years computed so far, indexed from {@link #MIN_YEAR}: an array rather than a
   * map, so that asking about a provisional year boxes nothing and stays a table lookup.
   */
  private final AtomicReferenceArray<YearTable> fallbackYears =
      new AtomicReferenceArray<>(MAX_YEAR - MIN_YEAR + 1);

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
   * The standard calendar: the shipped years 2013–2027, and any other year from
   * {@value #MIN_YEAR} to {@value #MAX_YEAR} computed from the Labour Code and marked
   * {@linkplain DayInfo#isProvisional() provisional}. Shared, immutable.
   *
   * <pre>{@code
   * RussianProductionCalendar.get().isWorkingDay(LocalDate.of(2029, 1, 9)); // true, provisional
   * }</pre>
   */
  public static RussianProductionCalendar get() {
    return Shipped.INSTANCE;
  }

  /**
   * The shipped years 2013–2027 and nothing else: asking about another year is a
   * {@link CalendarException} naming the year and the years covered. For embedders who must not
   * compute with a calendar the government has not approved. Shared, immutable.
   *
   * <pre>{@code
   * RussianProductionCalendar.strict().isWorkingDay(LocalDate.of(2029, 1, 9));
   * // CalendarException: No production calendar data for year 2029 (available: 2013-2027) ...
   * }</pre>
   */
  public static RussianProductionCalendar strict() {
    return Shipped.STRICT;
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
    checkYear(year);
    if (labourCodeFallback) {
      YearTable computed = fallbackYears.get(year - MIN_YEAR);
      if (computed == null) {
        // Two threads may both compute a year; they compute equal tables and one is kept.
        fallbackYears.compareAndSet(year - MIN_YEAR, null, LabourCode.year(year));
        computed = fallbackYears.get(year - MIN_YEAR);
      }
      return computed;
    }
    throw noData(year);
  }

  /**
   * Checks that {@code year} can be meant by a plan: from {@value #MIN_YEAR} to
   * {@value #MAX_YEAR}.
   *
   * <pre>{@code
   * RussianProductionCalendar.checkYear(2029); // 2029
   * RussianProductionCalendar.checkYear(20026);
   * // CalendarException: Invalid year for the production calendar (valid values 1900 - 2100): 20026
   * }</pre>
   *
   * @return the year
   * @throws CalendarException if the year is outside that range, quoting it
   */
  public static int checkYear(int year) {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw CalendarException.of("calendar.yearOutOfRange", MIN_YEAR, MAX_YEAR, year);
    }
    return year;
  }

  private CalendarException noData(int year) {
    return years.isEmpty()
        ? CalendarException.of("calendar.noDataNone", year)
        : CalendarException.of("calendar.noData", year, rangesOf(years));
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

  @Override
  public boolean isProvisional(LocalDate date) {
    return table(date.getYear()).isProvisional();
  }

  /**
   * Whether the answers about {@code year} are provisional: the year has no data and is computed
   * from the Labour Code.
   *
   * <pre>{@code
   * RussianProductionCalendar.get().isProvisional(2026); // false
   * RussianProductionCalendar.get().isProvisional(2028); // true
   * }</pre>
   *
   * @throws CalendarException if the year is out of range, or has no data and this calendar is
   *     strict
   */
  public boolean isProvisional(int year) {
    return table(year).isProvisional();
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

  /** Whether this calendar refuses years with no data: the opposite of the Labour Code fallback. */
  public boolean isStrict() {
    return !labourCodeFallback;
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
   * shipped one and any year loaded before it), and for every other year the Labour Code fallback
   * unless {@linkplain #strict() strict}. Not thread-safe; the calendar it builds is.
   *
   * <pre>{@code
   * RussianProductionCalendar.builder()
   *     .loadXmlCalendar(in, "calendar-2028.xml")   // 2028 official, no longer provisional
   *     .strict()                                    // 2029 and later: CalendarException
   *     .build();
   * }</pre>
   */
  public static final class Builder {
    private boolean shipped = true;
    private boolean fallback = true;
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
     * yearly decree transfers are unknown and missing. This is the default; the method undoes
     * {@link #strict()}.
     */
    public Builder withLabourCodeFallback() {
      fallback = true;
      return this;
    }

    /**
     * Refuses years with no data: asking about one is a {@link CalendarException} naming the year
     * and the years covered, instead of a provisional answer from the Labour Code.
     */
    public Builder strict() {
      fallback = false;
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
        throw new CalendarException("calendar.fileUnreadable", e, file, e.getMessage(),
            CalendarException.russianReason(e));
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
