package org.eduroadmap.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RussianProductionCalendarTest {

  private static final RussianProductionCalendar RUSSIA = RussianProductionCalendar.get();

  static IntStream years() {
    return IntStream.rangeClosed(2013, 2027);
  }

  @ParameterizedTest
  @MethodSource("years")
  void everyDay_ofShippedYears_matchesReferenceData(int year) {
    for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
      DayInfo info = RUSSIA.dayInfo(day);
      assertThat(RUSSIA.isWorkingDay(day)).as("working %s", day)
          .isEqualTo(ReferenceCalendar.isWorkingDay(day));
      assertThat(info.isWorkingDay()).as("dayInfo working %s", day)
          .isEqualTo(ReferenceCalendar.isWorkingDay(day));
      assertThat(info.kind().code()).as("kind %s", day).isEqualTo(ReferenceCalendar.kind(day));
      assertThat(RUSSIA.dayKind(day)).as("dayKind %s", day).isEqualTo(info.kind());
      assertThat(info.isShortened()).as("shortened %s", day)
          .isEqualTo(ReferenceCalendar.kinds(day).contains("shortened"));
      assertThat(info.isProvisional()).isFalse();
    }
  }

  @ParameterizedTest
  @MethodSource("years")
  void specialDays_ofShippedYears_areTheReferenceRowsInDateOrder(int year) {
    List<String> expected = new ArrayList<>();
    ReferenceCalendar.ROWS.stream()
        .filter(row -> row.date().getYear() == year)
        .sorted(Comparator.comparing(ReferenceCalendar.Row::date)
            .thenComparing(row -> DayKind.ofCode(row.kind()).ordinal()))
        .forEach(row -> expected.add(row.date() + " " + row.kind()));

    List<String> actual = RUSSIA.specialDays(year).stream()
        .map(day -> day.date() + " " + day.code()).toList();

    assertThat(actual).containsExactlyElementsOf(expected);
  }

  /** The norms the Ministry of Labour published (presidential non-working days count as working). */
  static Stream<Arguments> publishedNorms() {
    return Stream.of(Arguments.of(2013, 247), Arguments.of(2014, 247), Arguments.of(2015, 247),
        Arguments.of(2016, 247), Arguments.of(2017, 247), Arguments.of(2018, 247),
        Arguments.of(2019, 247),
        Arguments.of(2020, 248), Arguments.of(2021, 247), Arguments.of(2022, 247),
        Arguments.of(2023, 247), Arguments.of(2024, 248), Arguments.of(2025, 247),
        Arguments.of(2026, 247), Arguments.of(2027, 247));
  }

  @ParameterizedTest
  @MethodSource("publishedNorms")
  void workingDayNorm_equalsPublishedNorm(int year, int norm) {
    assertThat(RUSSIA.workingDayNorm(year)).isEqualTo(norm);
  }

  @ParameterizedTest
  @MethodSource("years")
  void workingDaysBetween_overAYear_equalsWorkingDaysOfTheYear(int year) {
    assertThat(RUSSIA.workingDaysBetween(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1)))
        .isEqualTo(RUSSIA.workingDays(year));
  }

  @Test
  void workingDays_2026_is247_and2020_losesPresidentialDays() {
    assertThat(RUSSIA.workingDays(2026)).isEqualTo(247);
    assertThat(RUSSIA.workingDays(2020)).isEqualTo(248 - 29);
  }

  @Test
  void isWorkingDay_daysJollydayGetsWrong_areWorkingDays() {
    assertThat(RUSSIA.isWorkingDay(LocalDate.of(2022, 1, 10))).isTrue();
    assertThat(RUSSIA.isWorkingDay(LocalDate.of(2026, 1, 12))).isTrue();
  }

  static Stream<Arguments> dayInfos() {
    return Stream.of(
        Arguments.of("2026-12-31", DayKind.TRANSFER_DAY_OFF, "2026-01-04", null, false),
        Arguments.of("2026-03-09", DayKind.TRANSFER_DAY_OFF, "2026-03-08", null, false),
        Arguments.of("2026-01-07", DayKind.HOLIDAY, null, "Рождество Христово", false),
        Arguments.of("2025-11-01", DayKind.WORKING_WEEKEND, null, null, true),
        Arguments.of("2026-04-30", DayKind.SHORTENED, null, null, true),
        Arguments.of("2021-11-03", DayKind.NON_WORKING_DECREE, null,
            "Нерабочие дни (Указ Президента от 20.10.2021 №595)", false),
        Arguments.of("2026-01-10", DayKind.WEEKEND, null, null, false),
        Arguments.of("2026-01-12", DayKind.WORKING_DAY, null, null, false));
  }

  @ParameterizedTest
  @MethodSource("dayInfos")
  void dayInfo_knowsKindOriginNameAndShortening(String date, DayKind kind, String from,
      String name, boolean shortened) {
    DayInfo day = RUSSIA.dayInfo(LocalDate.parse(date));
    assertThat(day.kind()).isEqualTo(kind);
    assertThat(day.transferredFrom().map(LocalDate::toString).orElse(null)).isEqualTo(from);
    if (name != null) {
      assertThat(day.name()).contains(name);
    }
    assertThat(day.isShortened()).isEqualTo(shortened);
  }

  /** Days off, shortened days and hours of 2013–2019 as the .md computes them from the data. */
  static Stream<Arguments> figures2013to2019() {
    return Stream.of(Arguments.of(2013, 118, 6, 1970), Arguments.of(2014, 118, 6, 1970),
        Arguments.of(2015, 118, 5, 1971), Arguments.of(2016, 119, 2, 1974),
        Arguments.of(2017, 118, 3, 1973), Arguments.of(2018, 118, 6, 1970),
        Arguments.of(2019, 118, 6, 1970));
  }

  @ParameterizedTest
  @MethodSource("figures2013to2019")
  void workingDays_2013to2019_matchThePublishedFiguresOfTheReferenceNotes(int year, int daysOff,
      int shortened, int hours) {
    int length = java.time.Year.of(year).length();
    int working = RUSSIA.workingDays(year);
    long shortenedDays = RUSSIA.specialDays(year).stream()
        .filter(day -> day.kind() == DayKind.SHORTENED).count();
    assertThat(working).isEqualTo(247);
    assertThat(length - working).isEqualTo(daysOff);
    assertThat(shortenedDays).isEqualTo(shortened);
    assertThat(8 * working - shortenedDays).as("40-hour week norm").isEqualTo(hours);
  }

  @Test
  void isWorkingDay_strictYearWithoutData_isAnErrorNamingTheYearAndRangeInEnglishAndRussian() {
    RussianProductionCalendar strict = RussianProductionCalendar.strict();
    assertThatThrownBy(() -> strict.isWorkingDay(LocalDate.of(2031, 5, 4)))
        .isInstanceOf(CalendarException.class)
        .hasMessageContaining("2031").hasMessageContaining("2013-2027")
        .satisfies(e -> assertThat(((CalendarException) e).getMessage(Locale.forLanguageTag("ru")))
            .contains("2031 год").contains("2013-2027").contains("ТК РФ"));
    assertThatThrownBy(() -> strict.nextWorkingDay(LocalDate.of(2027, 12, 31)))
        .isInstanceOf(CalendarException.class).hasMessageContaining("2028");
    assertThatThrownBy(() -> strict.dayInfo(LocalDate.of(2012, 12, 31)))
        .isInstanceOf(CalendarException.class).hasMessageContaining("2012");
    assertThatThrownBy(() -> RussianProductionCalendar.builder().strict().build()
        .isProvisional(2029)).isInstanceOf(CalendarException.class).hasMessageContaining("2029");
  }

  @Test
  void dayInfo_yearWithoutData_isProvisional() {
    DayInfo newYear2029 = RUSSIA.dayInfo(LocalDate.of(2029, 1, 1));
    assertThat(newYear2029.kind()).isEqualTo(DayKind.HOLIDAY);
    assertThat(newYear2029.isProvisional()).isTrue();
    assertThat(RUSSIA.isProvisional(LocalDate.of(2028, 6, 1))).isTrue();
    assertThat(RUSSIA.isProvisional(2012)).isTrue();
    assertThat(RUSSIA.dayInfo(LocalDate.of(2012, 6, 12)).isProvisional()).isTrue();
    assertThat(RUSSIA.isProvisional(2013)).isFalse();
    assertThat(RUSSIA.isProvisional(LocalDate.of(2027, 12, 31))).isFalse();
    assertThat(RUSSIA.dayInfo(LocalDate.of(2027, 12, 31)).isProvisional()).isFalse();
    // the search runs on into a provisional year rather than stopping
    assertThat(RUSSIA.nextWorkingDay(LocalDate.of(2027, 12, 31))).isEqualTo(LocalDate.of(2028, 1, 10));
    assertThat(RUSSIA.specialDays(2028)).isNotEmpty()
        .allSatisfy(day -> assertThat(day.isProvisional()).isTrue());
  }

  @Test
  void isProvisional_agreesWithDayInfo_acrossTheEndOfTheData() {
    for (LocalDate day = LocalDate.of(2012, 12, 1); day.isBefore(LocalDate.of(2013, 2, 1));
        day = day.plusDays(1)) {
      assertThat(RUSSIA.isProvisional(day)).isEqualTo(RUSSIA.dayInfo(day).isProvisional());
    }
    for (LocalDate day = LocalDate.of(2027, 12, 1); day.isBefore(LocalDate.of(2028, 2, 1));
        day = day.plusDays(1)) {
      assertThat(RUSSIA.isProvisional(day)).isEqualTo(RUSSIA.dayInfo(day).isProvisional());
    }
  }

  @ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(ints = {1899, 2101, 0, -5, 20026})
  void isWorkingDay_yearThatCannotBeMeant_isAnErrorNamingTheValue(int year) {
    LocalDate date = LocalDate.of(year, 6, 1);
    for (RussianProductionCalendar calendar : List.of(RUSSIA, RussianProductionCalendar.strict())) {
      assertThatThrownBy(() -> calendar.isWorkingDay(date))
          .isInstanceOf(CalendarException.class)
          .hasMessageContaining("(valid values 1900 - 2100): " + year)
          .satisfies(e -> assertThat(((CalendarException) e).getMessage(java.util.Locale.forLanguageTag("ru")))
              .contains("1900–2100").endsWith(": " + year));
    }
    assertThatThrownBy(() -> RussianProductionCalendar.checkYear(year))
        .isInstanceOf(CalendarException.class).hasMessageEndingWith(": " + year);
  }

  @Test
  void checkYear_firstAndLastYearThatCanBeMeant_areAccepted() {
    assertThat(RussianProductionCalendar.checkYear(1900)).isEqualTo(1900);
    assertThat(RussianProductionCalendar.checkYear(2100)).isEqualTo(2100);
    assertThat(RUSSIA.dayInfo(LocalDate.of(1900, 1, 1)).isProvisional()).isTrue();
    assertThat(RUSSIA.dayInfo(LocalDate.of(2100, 12, 31)).isProvisional()).isTrue();
  }

  /**
   * A hypothetical 2028 calendar in xmlcalendar form, with a decree unlike the Labour Code alone:
   * Saturday 1 January moved to Friday 10 November, and the day off for Saturday 4 November given on
   * Friday 3 November instead of Monday 6 November.
   */
  static final String XML_2028 = """
      <?xml version="1.0" encoding="UTF-8"?>
      <calendar year="2028" lang="ru" date="2027.09.01" country="ru">
        <holidays>
          <holiday id="1" title="Новогодние каникулы"/>
          <holiday id="2" title="Рождество Христово"/>
          <holiday id="3" title="День защитника Отечества"/>
          <holiday id="4" title="Международный женский день"/>
          <holiday id="5" title="Праздник Весны и Труда"/>
          <holiday id="6" title="День Победы"/>
          <holiday id="7" title="День России"/>
          <holiday id="8" title="День народного единства"/>
        </holidays>
        <days>
          <day d="01.01" t="1" h="1"/><day d="01.02" t="1" h="1"/><day d="01.03" t="1" h="1"/>
          <day d="01.04" t="1" h="1"/><day d="01.05" t="1" h="1"/><day d="01.06" t="1" h="1"/>
          <day d="01.07" t="1" h="2"/><day d="01.08" t="1" h="1"/>
          <day d="02.22" t="2"/><day d="02.23" t="1" h="3"/>
          <day d="03.07" t="2"/><day d="03.08" t="1" h="4"/>
          <day d="05.01" t="1" h="5"/><day d="05.08" t="2"/><day d="05.09" t="1" h="6"/>
          <day d="06.09" t="2"/><day d="06.12" t="1" h="7"/>
          <day d="11.02" t="2"/><day d="11.03" t="1" f="11.04"/><day d="11.04" t="1" h="8"/>
          <day d="11.10" t="1" f="01.01"/>
        </days>
      </calendar>
      """;

  @Test
  void loadXmlCalendar_yearThatWasProvisional_removesTheMarkAndMovesDays() {
    RussianProductionCalendar official = RussianProductionCalendar.builder()
        .loadXmlCalendar(new java.io.ByteArrayInputStream(
            XML_2028.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "ru-2028.xml")
        .build();
    LocalDate monday6November = LocalDate.of(2028, 11, 6);
    LocalDate friday3November = LocalDate.of(2028, 11, 3);
    assertThat(RUSSIA.dayKind(monday6November)).isEqualTo(DayKind.TRANSFER_DAY_OFF);
    assertThat(RUSSIA.dayKind(friday3November)).isEqualTo(DayKind.SHORTENED);
    assertThat(official.dayKind(monday6November)).isEqualTo(DayKind.WORKING_DAY);
    assertThat(official.dayInfo(friday3November).transferredFrom())
        .contains(LocalDate.of(2028, 11, 4));
    assertThat(official.isProvisional(2028)).isFalse();
    assertThat(official.dayInfo(monday6November).isProvisional()).isFalse();
    assertThat(official.source(2028)).isEqualTo("ru-2028.xml");
    assertThat(official.isProvisional(2029)).isTrue();
  }

  /** The shipped resource read line by line with a parser of its own: date and kind columns. */
  private static List<String> shippedRowsParsedHere() throws java.io.IOException {
    List<String> rows = new ArrayList<>();
    try (java.io.BufferedReader reader = new java.io.BufferedReader(new java.io.InputStreamReader(
        RussianProductionCalendar.class.getResourceAsStream(
            RussianProductionCalendar.SHIPPED_RESOURCE),
        java.nio.charset.StandardCharsets.UTF_8))) {
      boolean header = true;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.startsWith("#")) {
          continue;
        }
        if (header) {
          assertThat(line).startsWith("date\tkind\tfrom\tname\tnote");
          header = false;
          continue;
        }
        String[] cells = line.split("\t", -1);
        rows.add(cells[0] + " " + cells[1] + (cells[2].isEmpty() ? "" : " from " + cells[2]));
      }
    }
    return rows;
  }

  @Test
  void shippedResource_parsedIndependently_holdsExactlyTheReferenceRows() throws Exception {
    List<String> expected = ReferenceCalendar.ROWS.stream()
        .map(row -> row.date() + " " + row.kind() + (row.kind().equals("transfer_day_off")
            ? " from " + ReferenceCalendar.transferredFrom(row) : ""))
        .toList();
    assertThat(shippedRowsParsedHere()).containsExactlyElementsOf(expected);
    assertThat(expected).hasSize(387);
  }

  @Test
  void everyDay_2013to2027_ofTheShippedResourceParsedIndependently_matchesTheCalendar()
      throws Exception {
    java.util.Map<LocalDate, java.util.Set<String>> kinds = new java.util.HashMap<>();
    for (String row : shippedRowsParsedHere()) {
      String[] parts = row.split(" ");
      kinds.computeIfAbsent(LocalDate.parse(parts[0]), d -> new java.util.HashSet<>()).add(parts[1]);
    }
    int days = 0;
    for (LocalDate day = LocalDate.of(2013, 1, 1); day.getYear() <= 2027; day = day.plusDays(1)) {
      java.util.Set<String> k = kinds.getOrDefault(day, java.util.Set.of());
      boolean weekend = day.getDayOfWeek().getValue() >= 6;
      boolean working = !(k.contains("holiday") || k.contains("transfer_day_off")
          || k.contains("non_working_decree")) && (!weekend || k.contains("working_weekend"));
      assertThat(RUSSIA.isWorkingDay(day)).as("%s", day).isEqualTo(working);
      assertThat(RUSSIA.dayInfo(day).isShortened()).as("%s", day)
          .isEqualTo(k.contains("shortened"));
      assertThat(RUSSIA.dayInfo(day).isProvisional()).isFalse();
      days++;
    }
    assertThat(days).isEqualTo(5478);
  }

  @ParameterizedTest
  @MethodSource("years")
  void labourCodeFallback_holidays_areTheReferenceHolidays(int year) {
    RussianProductionCalendar fallback = RussianProductionCalendar.builder()
        .withoutShippedData().withLabourCodeFallback().build();
    for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
      DayInfo info = fallback.dayInfo(day);
      assertThat(info.isProvisional()).isTrue();
      assertThat(info.kind() == DayKind.HOLIDAY).as("holiday %s", day)
          .isEqualTo(ReferenceCalendar.kinds(day).contains("holiday"));
    }
  }

  @ParameterizedTest
  @MethodSource("years")
  void labourCodeFallback_hasEveryAutomaticCarryOverOfTheReference(int year) {
    RussianProductionCalendar fallback = RussianProductionCalendar.builder()
        .withoutShippedData().withLabourCodeFallback().build();
    ReferenceCalendar.ROWS.stream()
        .filter(row -> row.date().getYear() == year && row.kind().equals("transfer_day_off")
            && row.note().contains("automatic carry-over under ТК РФ ст.112 ч.2 (not a decree"))
        .forEach(row -> assertThat(fallback.dayKind(row.date())).as("%s", row.date())
            .isEqualTo(DayKind.TRANSFER_DAY_OFF));
  }

  @Test
  void labourCodeFallback_answersOnlyYearsWithoutData_andMarksThemProvisional() {
    RussianProductionCalendar calendar =
        RussianProductionCalendar.builder().withLabourCodeFallback().build();
    DayInfo newYear2031 = calendar.dayInfo(LocalDate.of(2031, 1, 1));
    assertThat(newYear2031.kind()).isEqualTo(DayKind.HOLIDAY);
    assertThat(newYear2031.isProvisional()).isTrue();
    assertThat(calendar.source(2031)).contains("Labour Code");
    // 2031-03-08 is a Saturday: the day off carries over to Monday 10 March
    assertThat(calendar.dayInfo(LocalDate.of(2031, 3, 10)).transferredFrom())
        .contains(LocalDate.of(2031, 3, 8));
    assertThat(calendar.dayInfo(LocalDate.of(2026, 1, 9)).isProvisional()).isFalse();
    assertThat(calendar.hasDataFor(2031)).isFalse();
  }

  private static InputStream resource(String name) {
    return RussianProductionCalendarTest.class.getResourceAsStream("xmlcalendar/" + name);
  }

  @Test
  void loadXmlCalendar_sameYearAsShipped_givesTheSameDays() {
    RussianProductionCalendar loaded = RussianProductionCalendar.builder()
        .withoutShippedData().loadXmlCalendar(resource("ru-2026.xml"), "ru-2026.xml").build();
    assertThat(loaded.years()).containsExactly(2026);
    for (LocalDate day = LocalDate.of(2026, 1, 1); day.getYear() == 2026; day = day.plusDays(1)) {
      assertThat(loaded.dayKind(day)).as("%s", day).isEqualTo(RUSSIA.dayKind(day));
      assertThat(loaded.dayInfo(day).isShortened()).isEqualTo(RUSSIA.dayInfo(day).isShortened());
      assertThat(loaded.dayInfo(day).transferredFrom())
          .isEqualTo(RUSSIA.dayInfo(day).transferredFrom());
    }
    assertThat(loaded.specialDays(2026).stream().map(SpecialDay::toString))
        .containsExactlyElementsOf(RUSSIA.specialDays(2026).stream().map(SpecialDay::toString)
            .toList());
  }

  @Test
  void loadXmlCalendar_correctedYear_replacesTheShippedYear() {
    RussianProductionCalendar corrected = RussianProductionCalendar.builder()
        .loadXmlCalendar(resource("ru-2026-corrected.xml"), "ru-2026-corrected.xml").build();

    assertThat(corrected.dayKind(LocalDate.of(2026, 12, 26))).isEqualTo(DayKind.WORKING_WEEKEND);
    assertThat(corrected.dayKind(LocalDate.of(2026, 12, 28)))
        .isEqualTo(DayKind.NON_WORKING_DECREE);
    assertThat(corrected.dayKind(LocalDate.of(2026, 12, 30))).isEqualTo(DayKind.SHORTENED);
    assertThat(corrected.workingDays(2026)).isEqualTo(247);
    assertThat(corrected.source(2026)).isEqualTo("ru-2026-corrected.xml");
    assertThat(corrected.source(2025)).contains("shipped");
    assertThat(RUSSIA.dayKind(LocalDate.of(2026, 12, 28))).isEqualTo(DayKind.WORKING_DAY);
  }

  @Test
  void load_pathOfXmlFile_detectsTheFormat() throws URISyntaxException {
    Path file = Path.of(RussianProductionCalendarTest.class
        .getResource("xmlcalendar/ru-2026-corrected.xml").toURI());
    RussianProductionCalendar corrected = RussianProductionCalendar.builder().load(file).build();
    assertThat(corrected.dayKind(LocalDate.of(2026, 12, 28)))
        .isEqualTo(DayKind.NON_WORKING_DECREE);
  }

  @Test
  void loadXmlCalendar_presidentialDaysOnWeekends_stayWeekends_andCarryOverWithoutFrom() {
    RussianProductionCalendar loaded = RussianProductionCalendar.builder().withoutShippedData()
        .loadXmlCalendar(resource("ru-2020-weekend-decree-days.xml"), "2020.xml").build();
    assertThat(loaded.dayKind(LocalDate.of(2020, 4, 10))).isEqualTo(DayKind.NON_WORKING_DECREE);
    assertThat(loaded.dayKind(LocalDate.of(2020, 4, 11))).isEqualTo(DayKind.WEEKEND);
    assertThat(loaded.dayKind(LocalDate.of(2020, 2, 23))).isEqualTo(DayKind.HOLIDAY);
    assertThat(loaded.dayKind(LocalDate.of(2020, 2, 24))).isEqualTo(DayKind.TRANSFER_DAY_OFF);
  }

  @Test
  void loadXmlCalendar_withDoctype_isRefused() {
    assertThatThrownBy(() -> RussianProductionCalendar.builder()
        .loadXmlCalendar(resource("doctype.xml"), "doctype.xml"))
        .isInstanceOf(CalendarException.class).hasMessageContaining("doctype.xml")
        .hasMessageNotContaining("root:");
  }

  static Stream<Arguments> badXml() {
    String head = "<calendar year=\"2026\"><holidays><holiday id=\"1\" title=\"X\"/></holidays><days>";
    return Stream.of(
        Arguments.of(head + "<day d=\"13.01\" t=\"1\"/></days></calendar>", "'13.01'"),
        Arguments.of(head + "<day d=\"01.12\" t=\"7\"/></days></calendar>", "t=\"7\""),
        Arguments.of(head + "<day d=\"01.12\" t=\"3\"/></days></calendar>", "t=\"3\""),
        Arguments.of(head + "<day d=\"01.12\" t=\"1\" h=\"5\"/></days></calendar>", "h=\"5\""),
        Arguments.of("<calendar year=\"twenty\"/>", "'twenty'"),
        Arguments.of("<kalender year=\"2026\"/>", "<kalender>"),
        Arguments.of(head + "<day d=\"01.12\"", "line 1"));
  }

  @ParameterizedTest
  @MethodSource("badXml")
  void loadXmlCalendar_badInput_isAnErrorQuotingTheBadValue(String xml, String quoted) {
    assertThatThrownBy(() -> RussianProductionCalendar.builder().loadXmlCalendar(
        new java.io.ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        "bad.xml"))
        .isInstanceOf(CalendarException.class).hasMessageContaining("bad.xml, line 1")
        .hasMessageContaining(quoted);
  }

  @Test
  void loadTable_ownFormat_addsAYear() {
    String table = "# 2028, hypothetical, for the test\n"
        + "date\tkind\tfrom\tname\tnote\n"
        + "2028-01-01\tholiday\t\tНовогодние каникулы\t\n"
        + "2028-03-04\tworking_weekend\t\t\tSat\n"
        + "2028-03-04\tshortened\t\t\t\n"
        + "2028-03-06\ttransfer_day_off\t2028-03-04\t\t\n";
    RussianProductionCalendar calendar = RussianProductionCalendar.builder()
        .loadTable(new StringReader(table), "2028.tsv").build();
    assertThat(calendar.years()).contains(2020, 2027, 2028);
    DayInfo saturday = calendar.dayInfo(LocalDate.of(2028, 3, 4));
    assertThat(saturday.kind()).isEqualTo(DayKind.WORKING_WEEKEND);
    assertThat(saturday.isShortened()).isTrue();
    assertThat(calendar.dayInfo(LocalDate.of(2028, 3, 6)).transferredFrom())
        .contains(LocalDate.of(2028, 3, 4));
    assertThat(calendar.specialDays(2028).stream().map(SpecialDay::toString)).containsExactly(
        "2028-01-01 holiday", "2028-03-04 working_weekend", "2028-03-04 shortened",
        "2028-03-06 transfer_day_off");
  }

  static Stream<Arguments> badTables() {
    String header = "date\tkind\tfrom\tname\tnote\n";
    return Stream.of(
        Arguments.of(header + "2028-02-30\tholiday\t\t\t\n", "line 2", "'2028-02-30'"),
        Arguments.of(header + "2028-01-01\tfeast\t\t\t\n", "line 2", "'feast'"),
        Arguments.of(header + "2028-01-03\tworking_weekend\t\t\t\n", "line 2", "2028-01-03"),
        Arguments.of(header + "2028-01-01\tholiday\t\t\t\n2028-01-01\tshortened\t\t\t\n",
            "line 3", "holiday and shortened"),
        Arguments.of("2028-01-01\tholiday\n", "line 1", "'date' and 'kind'"));
  }

  @ParameterizedTest
  @MethodSource("badTables")
  void loadTable_badLine_isAnErrorNamingTheLine(String table, String line, String quoted) {
    assertThatThrownBy(() -> RussianProductionCalendar.builder()
        .loadTable(new StringReader(table), "bad.tsv"))
        .isInstanceOf(CalendarException.class).hasMessageContaining("bad.tsv, " + line)
        .hasMessageContaining(quoted);
  }

  @Test
  void crossCheckDefaults_searchesAndCountsAcrossYearEnds_agreeWithTheInterfaceDefaults() {
    RussianProductionCalendar calendar =
        RussianProductionCalendar.builder().withLabourCodeFallback().build();
    WorkingCalendar defaults = new WorkingCalendar() {
      @Override
      public boolean isWorkingDay(LocalDate date) {
        return calendar.isWorkingDay(date);
      }

      @Override
      public DayInfo dayInfo(LocalDate date) {
        return calendar.dayInfo(date);
      }
    };
    org.quicktheories.QuickTheory.qt().forAll(
        org.quicktheories.generators.SourceDSL.integers().between(
            (int) LocalDate.of(2018, 1, 1).toEpochDay(), (int) LocalDate.of(2030, 1, 1).toEpochDay()),
        org.quicktheories.generators.SourceDSL.integers().between(-800, 800))
        .checkAssert((epochDay, length) -> {
          LocalDate day = LocalDate.ofEpochDay(epochDay);
          assertThat(calendar.nextOrSameWorkingDay(day))
              .isEqualTo(defaults.nextOrSameWorkingDay(day));
          assertThat(calendar.previousOrSameWorkingDay(day))
              .isEqualTo(defaults.previousOrSameWorkingDay(day));
          assertThat(calendar.nextWorkingDay(day)).isEqualTo(defaults.nextWorkingDay(day));
          assertThat(calendar.workingDaysBetween(day, day.plusDays(length)))
              .isEqualTo(defaults.workingDaysBetween(day, day.plusDays(length)));
        });
  }

  @Test
  void get_isOneSharedInstance_withTheLabourCodeFallback() {
    assertThat(RussianProductionCalendar.get()).isSameAs(RUSSIA);
    assertThat(RUSSIA.years()).containsExactlyElementsOf(
        IntStream.rangeClosed(2013, 2027).boxed().toList());
    assertThat(RUSSIA.hasLabourCodeFallback()).isTrue();
    assertThat(RUSSIA.isStrict()).isFalse();
    assertThat(RUSSIA).hasToString("RussianProductionCalendar[2013-2027, Labour Code fallback]");
  }

  @Test
  void strict_isOneSharedInstance_withTheSameYearsAndNoFallback() {
    RussianProductionCalendar strict = RussianProductionCalendar.strict();
    assertThat(RussianProductionCalendar.strict()).isSameAs(strict);
    assertThat(strict.years()).isEqualTo(RUSSIA.years());
    assertThat(strict.isStrict()).isTrue();
    assertThat(strict.dayInfo(LocalDate.of(2026, 1, 9))).isEqualTo(RUSSIA.dayInfo(LocalDate.of(2026, 1, 9)));
    assertThat(RussianProductionCalendar.builder().strict().withLabourCodeFallback().build()
        .isStrict()).isFalse();
  }
}
