package org.eduroadmap.schedule;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VToDo;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Due;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.eduroadmap.calendar.DateRange;
import org.eduroadmap.responsibility.Party;
import org.eduroadmap.responsibility.Responsibility;
import org.eduroadmap.roadmap.Roadmap;

/**
 * Writes a roadmap's schedule as an iCalendar file (RFC 5545), built with ical4j: DEADLINE and WINDOW
 * occurrences as VTODO with DTSTART and DUE (the effective due date), EVENT as an all-day VEVENT,
 * CONTINUOUS as an all-day VEVENT spanning its days.
 *
 * <pre>{@code
 * String ics = ICalendarExport.of(ScheduleCalculator.standard()).toIcs(roadmap, roadmap.period().toDateRange());
 * // BEGIN:VTODO
 * // UID:2021-02-20.94.a8.8.2021-11-01@eduroadmap.org
 * // DTSTART;VALUE=DATE:20211101
 * // DUE;VALUE=DATE:20211130
 * // SUMMARY:8. Проведение анализа эффективности принятых мер (по работе со ШНОР)
 * }</pre>
 *
 * <p>Each component's UID is {@link Occurrence#uid()}: the same occurrence keeps its UID from one
 * export to the next, so calendars that import the file again update rather than duplicate. The
 * summary is the activity's number and title; the description names the responsible parties, the
 * term as written and the nominal due date when the policy moved it. Every occurrence is written as
 * its own component, not as a recurrence rule: effective due dates move differently each year (a
 * window ending on 31 December 2021 is due on the 30th, in 2022 on the 30th, in 2023 on the 29th),
 * which one RRULE cannot say.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ICalendarExport {

  /** The PRODID of the files written. */
  public static final String PRODUCT_ID = "-//Eduroadmap//Eduroadmap Schedule//RU";

  private final ScheduleCalculator calculator;
  private final Clock clock;

  private ICalendarExport(ScheduleCalculator calculator, Clock clock) {
    this.calculator = calculator;
    this.clock = clock;
  }

  /** An export of the schedules {@code calculator} computes; DTSTAMP is the current UTC time. */
  public static ICalendarExport of(ScheduleCalculator calculator) {
    return new ICalendarExport(Objects.requireNonNull(calculator, "calculator"), Clock.systemUTC());
  }

  /** A copy that stamps components (DTSTAMP) with the time of {@code newClock}: fixed in tests. */
  public ICalendarExport withClock(Clock newClock) {
    return new ICalendarExport(calculator, Objects.requireNonNull(newClock, "clock"));
  }

  /**
   * The occurrences of {@code roadmap} overlapping {@code range} as iCalendar text, lines ending in
   * CRLF and folded at 75 octets as RFC 5545 requires.
   */
  public String toIcs(Roadmap roadmap, DateRange range) {
    StringWriter out = new StringWriter();
    write(roadmap, range, out);
    return out.toString();
  }

  /** Writes the occurrences of {@code roadmap} overlapping {@code range} to {@code out}. */
  public void write(Roadmap roadmap, DateRange range, Writer out) {
    Calendar calendar = new Calendar()
        .add(new ProdId(PRODUCT_ID))
        .add(ImmutableVersion.VERSION_2_0)
        .add(ImmutableCalScale.GREGORIAN)
        .add(new XProperty("X-WR-CALNAME", roadmap.title()));
    Instant stamp = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    List<Occurrence> occurrences = calculator.occurrences(roadmap, range).toList();
    for (Occurrence o : occurrences) {
      calendar.add(componentOf(o, stamp));
    }
    try {
      StringWriter text = new StringWriter();
      new CalendarOutputter(false).output(calendar, text);
      out.write(OctetFolding.refold(text.toString()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ValidationException e) {
      throw new IllegalStateException("ical4j rejected the calendar: " + e.getMessage(), e);
    }
  }

  private static CalendarComponent componentOf(Occurrence o, Instant stamp) {
    CalendarComponent c;
    switch (o.kind()) {
      case DEADLINE:
      case WINDOW: {
        LocalDate due = o.effectiveDue().orElseThrow();
        // RFC 5545: DUE must not be before DTSTART; a due date moved back before the start starts the task.
        LocalDate start = o.start().isAfter(due) ? due : o.start();
        c = new VToDo(false).add(new DtStart<>(start)).add(new Due<>(due));
        break;
      }
      default:
        // EVENT and CONTINUOUS: all-day, DTEND is the day after the last (exclusive).
        c = new VEvent(false).add(new DtStart<>(o.start())).add(new DtEnd<>(o.end().plusDays(1)));
        break;
    }
    return c.add(new DtStamp(stamp))
        .add(new Uid(o.uid()))
        .add(new Summary(summaryOf(o)))
        .add(new Description(descriptionOf(o)))
        .add(new Categories(o.kind().name()));
  }

  /** The activity's number and title: «8. Проведение анализа эффективности принятых мер». */
  static String summaryOf(Occurrence o) {
    return o.activityKey() + ". " + o.activity().title().strip();
  }

  static String descriptionOf(Occurrence o) {
    StringBuilder b = new StringBuilder();
    Responsibility r = o.activity().responsibility();
    r.lead().ifPresent(p -> b.append("Ответственный: ").append(p.name()).append('\n'));
    if (!r.coExecutors().isEmpty()) {
      b.append("Соисполнители: ")
          .append(r.coExecutors().stream().map(Party::name).collect(Collectors.joining(", "))).append('\n');
    }
    if (r.isEmpty() && !r.text().isBlank()) {
      b.append("Ответственные: ").append(r.text()).append('\n');
    }
    b.append("Срок: ").append(o.year().isPresent() && o.activity().hasYearCells()
        ? o.activity().yearCell(o.year().getAsInt()).map(cell -> cell.term().text()).orElse("")
        : o.activity().term().text());
    o.nominalDue().ifPresent(nominal -> {
      if (!nominal.equals(o.effectiveDue().orElseThrow())) {
        b.append("\nСрок по документу: ").append(nominal).append(", перенесен на рабочий день ")
            .append(o.effectiveDue().orElseThrow());
      }
    });
    return b.toString();
  }

  /**
   * RFC 5545 §3.1 folds lines longer than 75 <em>octets</em>; ical4j's {@code FoldingWriter} counts
   * characters, so a Cyrillic line of 75 characters is some 140 octets. The writer's output is
   * unfolded (its folds are CRLF and one space) and folded again by UTF-8 octets, never inside a
   * character.
   */
  static final class OctetFolding {
    private static final int MAX_OCTETS = 75;

    private OctetFolding() {}

    static String refold(String ical4jText) {
      String unfolded = ical4jText.replace("\r\n ", "").replace("\r\n\t", "");
      StringBuilder out = new StringBuilder(unfolded.length() + unfolded.length() / 20);
      int lineStart = 0;
      while (lineStart < unfolded.length()) {
        int lineEnd = unfolded.indexOf("\r\n", lineStart);
        if (lineEnd < 0) {
          lineEnd = unfolded.length();
        }
        fold(unfolded, lineStart, lineEnd, out);
        out.append("\r\n");
        lineStart = lineEnd + 2;
      }
      return out.toString();
    }

    private static void fold(String s, int from, int to, StringBuilder out) {
      int octets = 0;
      int i = from;
      while (i < to) {
        int cp = s.codePointAt(i);
        int n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
        if (octets + n > MAX_OCTETS) {
          out.append("\r\n ");
          octets = 1; // the leading space of a continuation line counts
        }
        out.appendCodePoint(cp);
        octets += n;
        i += Character.charCount(cp);
      }
    }
  }
}
