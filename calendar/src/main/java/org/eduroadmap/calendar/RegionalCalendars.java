package org.eduroadmap.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The republics' own non-working days, shipped beside the federal production calendar: each
 * subject of the Russian Federation that has non-working holidays by its own law or decree
 * (Татарстан's 30 August and 6 November and the Bayrams, Башкортостан's 11 October, Тыва's Шагаа
 * and 15 August, …), 2013–2027, as a {@link CalendarOverlay} to put on the federal calendar.
 *
 * <pre>{@code
 * RegionalCalendars regions = RegionalCalendars.shipped();
 * WorkingCalendar kazan = regions.calendar(RussianRegion.TATARSTAN);
 * kazan.isWorkingDay(LocalDate.of(2024, 8, 30));               // false: День Республики Татарстан
 * kazan.dayInfo(LocalDate.of(2024, 8, 30)).note();              // the law and the source
 * regions.calendar(RussianRegion.PERM_KRAI);                    // the federal calendar itself
 * regions.overlay(RussianRegion.BASHKORTOSTAN).orElseThrow().name(); // «Республика Башкортостан»
 * }</pre>
 *
 * <p>Each shipped day names the law or decree that makes it non-working and its public source
 * ({@link DayInfo#note()}); the description of the data says which days were compared between two
 * sources and which were computed by a republic's rule (a holiday falling on a day off carried to
 * the next working day). A holiday fixed by a republic's law to a date («yearly» in the data) is
 * also given for the years after the shipped ones, up to {@link RussianProductionCalendar#MAX_YEAR},
 * {@linkplain DayInfo#isProvisional() provisionally}; a movable holiday (a Bayram, Сагаалган, Шагаа)
 * is given only for the years whose decree was found: no rule fixes it in advance.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RegionalCalendars {

  /** The resource, beside the federal calendar, holding the shipped regional days. */
  static final String SHIPPED_RESOURCE = "ru-regional-holidays.tsv";

  /** The last year of shipped regional data; later years repeat only the «yearly» holidays. */
  public static final int LAST_SHIPPED_YEAR = 2027;

  private static final class Shipped {
    static final RegionalCalendars INSTANCE = read();
  }

  private final WorkingCalendar base;
  private final Map<RussianRegion, CalendarOverlay> overlays;
  private final Map<RussianRegion, WorkingCalendar> calendars;

  private RegionalCalendars(WorkingCalendar base, Map<RussianRegion, CalendarOverlay> overlays) {
    this.base = base;
    this.overlays = Collections.unmodifiableMap(new EnumMap<>(overlays));
    Map<RussianRegion, WorkingCalendar> layered = new EnumMap<>(RussianRegion.class);
    overlays.forEach((region, overlay) -> layered.put(region, base.with(overlay)));
    this.calendars = Collections.unmodifiableMap(layered);
  }

  /**
   * The shipped regional days on the standard federal calendar
   * ({@link RussianProductionCalendar#get()}). Shared, immutable.
   */
  public static RegionalCalendars shipped() {
    return Shipped.INSTANCE;
  }

  /**
   * The same regional days on another federal calendar, such as
   * {@link RussianProductionCalendar#strict()} or one with a loaded year.
   */
  public RegionalCalendars withBase(WorkingCalendar newBase) {
    return new RegionalCalendars(Objects.requireNonNull(newBase, "base"), overlays);
  }

  /** The federal calendar the regional days lie on. */
  public WorkingCalendar base() {
    return base;
  }

  /** The subjects with non-working days of their own in the data, in code order. */
  public Set<RussianRegion> regions() {
    return overlays.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(overlays.keySet()));
  }

  /** The own days of {@code region}, named after it, or nothing when it has none in the data. */
  public Optional<CalendarOverlay> overlay(RussianRegion region) {
    return Optional.ofNullable(overlays.get(Objects.requireNonNull(region, "region")));
  }

  /**
   * The working calendar of {@code region}: the federal calendar with the region's own days on top,
   * or the federal calendar itself when the region has none.
   */
  public WorkingCalendar calendar(RussianRegion region) {
    WorkingCalendar c = calendars.get(Objects.requireNonNull(region, "region"));
    return c != null ? c : base;
  }

  @Override
  public String toString() {
    return "RegionalCalendars[" + overlays.size() + " regions on " + base + "]";
  }

  // ---------------------------------------------------------------- reading the shipped data

  private static RegionalCalendars read() {
    InputStream in = RegionalCalendars.class.getResourceAsStream(SHIPPED_RESOURCE);
    if (in == null) {
      throw new IllegalStateException("Missing resource " + SHIPPED_RESOURCE);
    }
    Map<RussianRegion, List<DayInfo>> days = new EnumMap<>(RussianRegion.class);
    Map<RussianRegion, Map<java.time.MonthDay, String[]>> yearly = new EnumMap<>(RussianRegion.class);
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      Map<String, Integer> columns = null;
      int lineNumber = 0;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        lineNumber++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        if (columns == null) {
          columns = new HashMap<>();
          for (int i = 0; i < cells.length; i++) {
            columns.put(cells[i].strip(), i);
          }
          continue;
        }
        String where = SHIPPED_RESOURCE + ":" + lineNumber;
        RussianRegion region = RussianRegion.ofCode(cell(cells, columns, "region"));
        DayInfo day = day(cells, columns, where);
        days.computeIfAbsent(region, r -> new ArrayList<>()).add(day);
        if ("yearly".equals(cell(cells, columns, "rule"))) {
          yearly.computeIfAbsent(region, r -> new HashMap<>())
              .put(java.time.MonthDay.from(day.date()), new String[] {
                  day.name().orElse(""), cell(cells, columns, "basis")});
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<RussianRegion, CalendarOverlay> overlays = new EnumMap<>(RussianRegion.class);
    days.forEach((region, list) -> {
      CalendarOverlay.Builder b = CalendarOverlay.builder(region.russianName()
          .replaceAll("\\s*\\((?:Адыгея|Татарстан)\\)", ""));
      yearly.getOrDefault(region, Map.of()).forEach((monthDay, nameAndBasis) -> {
        for (int year = LAST_SHIPPED_YEAR + 1; year <= RussianProductionCalendar.MAX_YEAR; year++) {
          if (monthDay.isValidYear(year)) {
            b.day(DayInfo.of(monthDay.atYear(year), DayKind.HOLIDAY).withName(nameAndBasis[0])
                .withNote(nameAndBasis[1] + "; a yearly date by the law, given after "
                    + LAST_SHIPPED_YEAR + " without checking later amendments or carry-overs")
                .withProvisional(true));
          }
        }
      });
      b.days(list);
      overlays.put(region, b.build());
    });
    return new RegionalCalendars(RussianProductionCalendar.get(), overlays);
  }

  private static DayInfo day(String[] cells, Map<String, Integer> columns, String where) {
    try {
      LocalDate date = LocalDate.parse(cell(cells, columns, "date"));
      DayKind kind = DayKind.ofCode(cell(cells, columns, "kind"));
      if (kind == DayKind.WORKING_DAY && DayInfo.plainKind(date) == DayKind.WEEKEND) {
        kind = DayKind.WORKING_WEEKEND;
      }
      DayInfo day = DayInfo.of(date, kind).withName(cell(cells, columns, "name"));
      String from = cell(cells, columns, "from");
      if (!from.isEmpty()) {
        day = day.withTransferredFrom(LocalDate.parse(from));
      }
      String note = cell(cells, columns, "basis") + "; " + cell(cells, columns, "status") + ": "
          + cell(cells, columns, "source");
      String extra = cell(cells, columns, "note");
      return day.withNote(extra.isEmpty() ? note : note + "; " + extra);
    } catch (DateTimeException | CalendarException e) {
      throw new IllegalStateException("Bad row in " + where + ": " + e.getMessage(), e);
    }
  }

  private static String cell(String[] cells, Map<String, Integer> columns, String column) {
    Integer i = columns.get(column);
    return i == null || i >= cells.length ? "" : cells[i].strip();
  }
}
