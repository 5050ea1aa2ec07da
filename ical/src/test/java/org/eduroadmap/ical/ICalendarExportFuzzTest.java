package org.eduroadmap.ical;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import org.eduroadmap.responsibility.Party;
import org.eduroadmap.responsibility.PartyKind;
import org.eduroadmap.responsibility.Responsibility;
import org.eduroadmap.roadmap.Activity;
import org.eduroadmap.roadmap.Roadmap;
import org.eduroadmap.roadmap.Section;
import org.eduroadmap.schedule.ScheduleCalculator;
import org.eduroadmap.term.Term;

/**
 * Fuzzes the iCalendar writer with a round-trip oracle: whatever text an activity's title, its party and the
 * roadmap's title hold, ical4j parses back exactly the properties we wrote — the calendar's four and the
 * event's seven — with the title and party as written (cleaned of control characters), no more.
 *
 * <p>The input is UTF-8 text split at {@code |} into the activity's title, the party's name and the
 * roadmap's title. Without {@code JAZZER_FUZZ=1} it replays the committed inputs in
 * {@code src/test/resources/org/eduroadmap/ical/ICalendarExportFuzzTestInputs/write/}: the lone-CR injection of
 * issue 22, every control character, a long Cyrillic title.
 */
class ICalendarExportFuzzTest {

  private static final ICalendarExport EXPORT = ICalendarExport.of(ScheduleCalculator.standard())
      .withClock(Clock.fixed(Instant.parse("2024-01-01T00:00:00Z"), ZoneOffset.UTC));
  private static final Roadmap BASE = org.eduroadmap.json.RoadmapJson.standard()
      .read(org.eduroadmap.seeds.SeedDocuments.json("kizel-2021"));

  @FuzzTest(maxDuration = "10m")
  void write(byte[] input) throws Exception {
    String[] parts = new String(input, StandardCharsets.UTF_8).split("\\|", 3);
    String title = parts[0];
    String partyName = parts.length > 1 ? parts[1] : "ИМЦ";
    String roadmapTitle = parts.length > 2 ? parts[2] : "План";
    Party party = Party.of(partyName, PartyKind.ORGANISATION);
    Roadmap roadmap = BASE.withTitle(roadmapTitle)
        .withSections(Section.untitled(List.of(Activity.of("1", title, Term.of("ноябрь 2021"))
            .withResponsibility(Responsibility.of(partyName, List.of(party))))));

    String ics = EXPORT.toIcs(roadmap, roadmap.period().toDateRange());

    assertThat(ics.replace("\r\n", "")).doesNotContainPattern("[\\p{Cc}&&[^\t]]|[\u2028\u2029]");
    Calendar parsed = new CalendarBuilder().build(new StringReader(ics));
    assertThat(parsed.getProperties().stream().map(p -> ((Property) p).getName()))
        .containsExactlyInAnyOrder("PRODID", "VERSION", "CALSCALE", "X-WR-CALNAME");
    assertThat(parsed.getComponents()).hasSize(1);
    Component event = (Component) parsed.getComponents().get(0);
    assertThat(event.getProperties().stream().map(p -> ((Property) p).getName()))
        .containsExactlyInAnyOrder("DTSTART", "DTEND", "DTSTAMP", "UID", "SUMMARY", "DESCRIPTION", "CATEGORIES");
    assertThat(value(event, Property.SUMMARY)).isEqualTo(IcsText.clean("1. " + title.strip()).strip());
    assertThat(value(event, Property.DESCRIPTION)).startsWith("Ответственный: " + IcsText.clean(partyName) + "\n");
  }

  private static String value(Component c, String name) {
    return c.getProperty(name).map(p -> ((Property) p).getValue()).orElseThrow();
  }
}
