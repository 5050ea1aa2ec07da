package org.eduroadmap.ical;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VToDo;
import org.eduroadmap.calendar.DateRange;
import org.eduroadmap.json.RoadmapJson;
import org.eduroadmap.responsibility.Party;
import org.eduroadmap.responsibility.PartyKind;
import org.eduroadmap.responsibility.Responsibility;
import org.eduroadmap.roadmap.Activity;
import org.eduroadmap.roadmap.Roadmap;
import org.eduroadmap.roadmap.Section;
import org.eduroadmap.term.Term;
import org.eduroadmap.schedule.Occurrence;
import org.eduroadmap.schedule.ScheduleCalculator;
import org.eduroadmap.ical.ICalendarExport.Style;
import net.fortuna.ical4j.model.component.VAlarm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ICalendarExportTest {

  private static final ScheduleCalculator CALCULATOR = ScheduleCalculator.standard();
  private static final ICalendarExport EXPORT = ICalendarExport.of(CALCULATOR)
      .withClock(Clock.fixed(Instant.parse("2024-01-01T00:00:00Z"), ZoneOffset.UTC));


  static Stream<String> seeds() {
    return Stream.of("eao-2021", "yakovlevsky-2020", "olenegorsk-2021", "katanga-2023", "kizel-2021");
  }

  private static Roadmap seed(String name) {
    return RoadmapJson.standard().read(org.eduroadmap.seeds.SeedDocuments.json(name));
  }

  private static String value(Component c, String name) {
    return c.getProperty(name).map(p -> ((Property) p).getValue()).orElseThrow(
        () -> new AssertionError(name + " missing in " + c));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void toIcs_seedRoadmapAsTodos_parsesBackWithEveryOccurrenceIntact(String seed) throws Exception {
    Roadmap roadmap = seed(seed);
    DateRange range = DateRange.of(LocalDate.of(2000, 1, 1), LocalDate.of(2099, 12, 31));
    List<Occurrence> occurrences = CALCULATOR.occurrences(roadmap, range).toList();

    String ics = EXPORT.withStyle(Style.TODOS).toIcs(roadmap, range);
    Calendar parsed = new CalendarBuilder().build(new StringReader(ics));

    List<CalendarComponent> components = parsed.getComponents();
    assertThat(components).hasSameSizeAs(occurrences);
    Map<String, CalendarComponent> byUid = components.stream()
        .collect(Collectors.toMap(c -> value(c, Property.UID), Function.identity()));
    assertThat(byUid).hasSameSizeAs(occurrences); // UIDs are unique
    for (Occurrence o : occurrences) {
      CalendarComponent c = byUid.get(o.uid());
      assertThat(c).as(o.toString()).isNotNull();
      assertThat(value(c, Property.SUMMARY)).isEqualTo(ICalendarExport.summaryOf(o));
      assertThat(value(c, Property.DESCRIPTION)).isEqualTo(ICalendarExport.descriptionOf(o, true));
      switch (o.kind()) {
        case DEADLINE:
        case WINDOW:
          assertThat(c).isInstanceOf(VToDo.class);
          assertThat(value(c, Property.DUE)).isEqualTo(basic(o.effectiveDue().orElseThrow()));
          assertThat(value(c, Property.DTSTART)).isEqualTo(basic(o.start()));
          break;
        default:
          assertThat(c).isInstanceOf(VEvent.class);
          assertThat(value(c, Property.DTSTART)).isEqualTo(basic(o.start()));
          assertThat(value(c, Property.DTEND)).isEqualTo(basic(o.end().plusDays(1)));
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void toIcs_byDefault_writesEveryDeadlineAndWindowAsAnAllDayEventOnItsEffectiveDueDay(String seed)
      throws Exception {
    Roadmap roadmap = seed(seed);
    DateRange range = roadmap.period().toDateRange();
    List<Occurrence> occurrences = CALCULATOR.occurrences(roadmap, range).toList();

    String ics = EXPORT.toIcs(roadmap, range);
    Calendar parsed = new CalendarBuilder().build(new StringReader(ics));

    assertThat(ics).doesNotContain("BEGIN:VTODO").doesNotContain("BEGIN:VALARM");
    Map<String, CalendarComponent> byUid = parsed.getComponents().stream()
        .collect(Collectors.toMap(c -> value(c, Property.UID), Function.identity()));
    assertThat(byUid).hasSameSizeAs(occurrences);
    for (Occurrence o : occurrences) {
      CalendarComponent c = byUid.get(o.uid());
      assertThat(c).as(o.toString()).isInstanceOf(VEvent.class);
      LocalDate first = o.isDue() ? o.effectiveDue().orElseThrow() : o.start();
      LocalDate last = o.isDue() ? first : o.end();
      assertThat(value(c, Property.DTSTART)).as(o.toString()).isEqualTo(basic(first));
      assertThat(value(c, Property.DTEND)).as(o.toString()).isEqualTo(basic(last.plusDays(1)));
      assertThat(value(c, Property.DTSTAMP)).isEqualTo("20240101T000000Z");
      if (o.isDue() && !o.start().equals(o.end())) {
        assertThat(value(c, Property.DESCRIPTION)).contains("Период выполнения: " + o.start() + " – " + o.end());
      }
    }
  }

  @Test
  void withReminder_twoWorkingDays_alarmsAtNineOnTheSecondWorkingDayBeforeTheDueDay() throws Exception {
    // Olenegorsk's activity 3 is due in November 2021: the window ends on Tue 30 November, two working
    // days before it is Fri 26 November (27-28 are a weekend), 09:00 is 3 days 15 hours before 30 Nov 00:00.
    Roadmap roadmap = seed("olenegorsk-2021");
    DateRange november = DateRange.of(LocalDate.of(2021, 11, 1), LocalDate.of(2021, 11, 30));
    Occurrence due = CALCULATOR.dueIn(roadmap, november)
        .filter(o -> o.effectiveDue().orElseThrow().equals(LocalDate.of(2021, 11, 30)))
        .findFirst().orElseThrow();

    Calendar parsed = new CalendarBuilder().build(new StringReader(
        EXPORT.withReminder(2).toIcs(roadmap, november)));

    VEvent event = parsed.getComponents().stream()
        .filter(c -> value(c, Property.UID).equals(due.uid())).map(VEvent.class::cast).findFirst().orElseThrow();
    List<VAlarm> alarms = event.getAlarms();
    assertThat(alarms).hasSize(1);
    assertThat(value(alarms.get(0), Property.TRIGGER)).isEqualTo("-P3DT15H");
    assertThat(value(alarms.get(0), Property.ACTION)).isEqualTo("DISPLAY");
  }

  @Test
  void withReminder_onTodos_isRelatedToTheDueDate() throws Exception {
    Roadmap roadmap = seed("olenegorsk-2021");
    String ics = EXPORT.withStyle(Style.TODOS).withReminder(0).toIcs(roadmap, roadmap.period().toDateRange());

    assertThat(ics).contains("BEGIN:VTODO").contains("TRIGGER;RELATED=END:PT9H");
    new CalendarBuilder().build(new StringReader(ics)); // parses
  }

  @Test
  void withReminder_outOfRange_isRejectedNamingTheValue() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> EXPORT.withReminder(61))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("61");
  }

  @Test
  void withLocale_english_writesDescriptionsInEnglish() {
    Roadmap roadmap = seed("olenegorsk-2021");
    String ics = EXPORT.withLocale(java.util.Locale.ENGLISH).toIcs(roadmap, roadmap.period().toDateRange());

    assertThat(ics).contains("Term: ").doesNotContain("Срок: ");
  }

  @Test
  void toIcs_sameClock_isTheSameFileEveryTime() {
    Roadmap roadmap = seed("kizel-2021");
    DateRange range = roadmap.period().toDateRange();

    assertThat(EXPORT.toIcs(roadmap, range)).isEqualTo(EXPORT.toIcs(roadmap, range));
  }

  @Test
  void toIcs_longCyrillicSummary_isFoldedAt75OctetsAndSurvives() throws Exception {
    Roadmap roadmap = seed("eao-2021");
    String ics = EXPORT.toIcs(roadmap, roadmap.period().toDateRange());

    for (String line : ics.split("\r\n")) {
      assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
    }
    assertThat(ics).contains("\r\n "); // something was folded
    Calendar parsed = new CalendarBuilder().build(new StringReader(ics));
    assertThat(parsed.getComponents().stream().map(c -> value((Component) c, Property.SUMMARY)))
        .contains("5. Формирование и реализация индивидуального образовательного маршрута (ИОМ) для "
            + "педагогов ШНОР по совершенствованию предметных и методических компетенций (в том числе в "
            + "области формирования функциональной грамотности учащихся)");
  }

  @Test
  void toIcs_twoExports_keepEveryUid() {
    Roadmap roadmap = seed("olenegorsk-2021");
    ICalendarExport later = EXPORT.withClock(Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC));

    assertThat(uids(later.toIcs(roadmap, roadmap.period().toDateRange())))
        .isEqualTo(uids(EXPORT.toIcs(roadmap, roadmap.period().toDateRange())));
  }

  /** Every control character the issue names, and the injection of a lone CR. */
  static Stream<String> hostileSeparators() {
    return Stream.of("\r", "\n", "\r\n", "\u0000", "\u001b", "\u000b", "\u000c", "\u0085", "\u2028", "\u2029");
  }

  @ParameterizedTest(name = "{index}")
  @MethodSource("hostileSeparators")
  void write_titleWithLoneCarriageReturn_neverStartsANewProperty(String separator) throws Exception {
    String injected = "Совещание" + separator + "ATTACH:https://example.org/x" + separator + "URL:https://example.org"
        + separator + "ORGANIZER:mailto:a@example.org";
    Party party = Party.of("ИМЦ" + separator + "X-INJECTED:1", PartyKind.ORGANISATION);
    Roadmap roadmap = seed("kizel-2021").withTitle("План" + separator + "X-WR-TIMEZONE:Evil")
        .withSections(Section.untitled(List.of(Activity.of("1", injected, Term.of("ноябрь 2021"))
            .withResponsibility(Responsibility.of(party.name(), List.of(party))))));

    String ics = EXPORT.toIcs(roadmap, roadmap.period().toDateRange());

    assertThat(ics.replace("\r\n", "")).doesNotContainPattern("[\\p{Cc}&&[^\t]]|[\u2028\u2029]");
    Calendar parsed = new CalendarBuilder().build(new StringReader(ics));
    assertThat(parsed.getProperties().stream().map(p -> ((Property) p).getName()))
        .containsExactlyInAnyOrder("PRODID", "VERSION", "CALSCALE", "X-WR-CALNAME");
    assertThat(parsed.getComponents()).hasSize(1);
    Component event = (Component) parsed.getComponents().get(0);
    assertThat(event.getProperties().stream().map(p -> ((Property) p).getName()))
        .containsExactlyInAnyOrder("DTSTART", "DTEND", "DTSTAMP", "UID", "SUMMARY", "DESCRIPTION", "CATEGORIES");
    assertThat(value(event, Property.SUMMARY)).startsWith("1. Совещание").contains("ATTACH:https://example.org/x");
  }

  private static List<String> uids(String ics) {
    return Stream.of(ics.split("\r\n")).filter(l -> l.startsWith("UID:")).toList();
  }

  private static String basic(LocalDate d) {
    return d.toString().replace("-", "");
  }

  @org.junit.jupiter.api.Test
  void descriptionOf_rowNamingNoOne_namesThePlansImplementersByTheOrder() {
    Roadmap eao = seed("eao-2021");
    org.eduroadmap.schedule.Occurrence fromPlan = CALCULATOR.schedule(eao)
        .filter(o -> o.activity().responsibility().isEmpty()).findFirst().orElseThrow();

    assertThat(ICalendarExport.descriptionOf(fromPlan, true)).startsWith(
        "Ответственный: Отдел общего образования\nСоисполнители: ОГАУ ДПО «Институт повышения квалификации"
            + " педагогический работников» (по приказу)\n");
    assertThat(ICalendarExport.descriptionOf(fromPlan, false)).contains("(by the order)");
  }
}
