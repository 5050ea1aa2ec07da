package org.eduroadmap.schedule;

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
import org.eduroadmap.roadmap.Roadmap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ICalendarExportTest {

  private static final ScheduleCalculator CALCULATOR = ScheduleCalculator.standard();
  private static final ICalendarExport EXPORT = ICalendarExport.of(CALCULATOR)
      .withClock(Clock.fixed(Instant.parse("2024-01-01T00:00:00Z"), ZoneOffset.UTC));

  static Stream<String> seeds() {
    return Stream.of(Seeds.NAMES);
  }

  private static String value(Component c, String name) {
    return c.getProperty(name).map(p -> ((Property) p).getValue()).orElseThrow(
        () -> new AssertionError(name + " missing in " + c));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void toIcs_seedRoadmap_parsesBackWithEveryOccurrenceIntact(String seed) throws Exception {
    Roadmap roadmap = Seeds.load(seed);
    DateRange range = DateRange.of(LocalDate.of(2000, 1, 1), LocalDate.of(2099, 12, 31));
    List<Occurrence> occurrences = CALCULATOR.occurrences(roadmap, range).toList();

    String ics = EXPORT.toIcs(roadmap, range);
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
      assertThat(value(c, Property.DESCRIPTION)).isEqualTo(ICalendarExport.descriptionOf(o));
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

  @Test
  void toIcs_longCyrillicSummary_isFoldedAt75OctetsAndSurvives() throws Exception {
    Roadmap roadmap = Seeds.load("eao-2021");
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
    Roadmap roadmap = Seeds.load("olenegorsk-2021");
    ICalendarExport later = EXPORT.withClock(Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC));

    assertThat(uids(later.toIcs(roadmap, roadmap.period().toDateRange())))
        .isEqualTo(uids(EXPORT.toIcs(roadmap, roadmap.period().toDateRange())));
  }

  private static List<String> uids(String ics) {
    return Stream.of(ics.split("\r\n")).filter(l -> l.startsWith("UID:")).toList();
  }

  private static String basic(LocalDate d) {
    return d.toString().replace("-", "");
  }
}
