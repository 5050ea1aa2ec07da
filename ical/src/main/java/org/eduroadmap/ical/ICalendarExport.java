package org.eduroadmap.ical;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.CalendarComponent;
import net.fortuna.ical4j.model.component.VAlarm;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VToDo;
import net.fortuna.ical4j.model.parameter.Related;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Due;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Trigger;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableAction;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.eduroadmap.Language;
import org.eduroadmap.calendar.DateRange;
import org.eduroadmap.calendar.WorkingCalendar;
import org.eduroadmap.responsibility.Party;
import org.eduroadmap.responsibility.Responsibility;
import org.eduroadmap.responsibility.ResponsibleParties;
import org.eduroadmap.roadmap.Roadmap;
import org.eduroadmap.schedule.Occurrence;
import org.eduroadmap.schedule.ScheduleCalculator;

/**
 * Writes a roadmap's schedule as an iCalendar file (RFC 5545), built with ical4j, that phones, mail
 * clients and task managers show.
 *
 * <pre>{@code
 * String ics = ICalendarExport.of(ScheduleCalculator.standard()).toIcs(roadmap, roadmap.period().toDateRange());
 * // BEGIN:VEVENT
 * // DTSTART;VALUE=DATE:20211130
 * // DTEND;VALUE=DATE:20211201
 * // UID:2021-02-20.94.8.2021-11-01@eduroadmap.org
 * // SUMMARY:8. Проведение анализа эффективности принятых мер (по работе со ШНОР)
 * }</pre>
 *
 * <p>By default ({@link Style#EVENTS}) every deadline and window is an all-day {@code VEVENT} on its
 * effective due day, with the window and the term as written in its description: Google Calendar,
 * iOS and many other clients ignore {@code VTODO}. An event is an all-day {@code VEVENT} on its day, a
 * continuous span an all-day {@code VEVENT} over its days. {@link Style#TODOS} writes deadlines and
 * windows as {@code VTODO}s with {@code DTSTART} and {@code DUE}, for task clients.
 * {@link #withReminder(int)} adds a {@code VALARM} a number of working days before each due day.
 *
 * <p>No control character of a roadmap's text reaches the file raw: a line break inside a title, party or
 * term becomes a space, any other control character U+FFFD, so a title cannot start a property of its own
 * ({@code RoadmapValidator} reports such characters as {@code ROADMAP_TEXT_CONTROL_CHARACTER}).
 *
 * <p>Each component's UID is {@link Occurrence#uid()}: the same occurrence keeps its UID from one
 * export to the next, in either style, so calendars that import the file again update rather than
 * duplicate. {@code DTSTAMP} is the export's clock ({@link #withClock}), fixed for reproducible files.
 * Every occurrence is written as its own component, not as a recurrence rule: effective due dates move
 * differently each year (a window ending on 31 December 2021 is due on the 30th, in 2023 on the 29th),
 * which one RRULE cannot say.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ICalendarExport {

  /** How deadlines and windows are written. */
  public enum Style {
    /** An all-day {@code VEVENT} on the effective due day: what calendar apps show. The default. */
    EVENTS,
    /** A {@code VTODO} from the start to the effective due day: for task clients. */
    TODOS
  }

  /** The PRODID of the files written. */
  public static final String PRODUCT_ID = "-//Eduroadmap//Eduroadmap Schedule//RU";

  private static final String END_CALENDAR = "END:VCALENDAR\r\n";

  /** The local time of day a reminder goes off on its day. */
  private static final int REMINDER_HOUR = 9;

  private final ScheduleCalculator calculator;
  private final Clock clock;
  private final Style style;
  private final int reminderWorkingDays;
  private final boolean russian;

  private ICalendarExport(ScheduleCalculator calculator, Clock clock, Style style, int reminderWorkingDays,
      boolean russian) {
    this.calculator = calculator;
    this.clock = clock;
    this.style = style;
    this.reminderWorkingDays = reminderWorkingDays;
    this.russian = russian;
  }

  /**
   * An export of the schedules {@code calculator} computes: deadlines and windows as events, no
   * reminders, DTSTAMP the current UTC time.
   */
  public static ICalendarExport of(ScheduleCalculator calculator) {
    return new ICalendarExport(Objects.requireNonNull(calculator, "calculator"), Clock.systemUTC(),
        Style.EVENTS, -1, true);
  }

  /** A copy that stamps components (DTSTAMP) with the time of {@code newClock}: fixed for reproducible files. */
  public ICalendarExport withClock(Clock newClock) {
    return new ICalendarExport(calculator, Objects.requireNonNull(newClock, "clock"), style, reminderWorkingDays, russian);
  }

  /** A copy that writes deadlines and windows in {@code newStyle}. */
  public ICalendarExport withStyle(Style newStyle) {
    return new ICalendarExport(calculator, clock, Objects.requireNonNull(newStyle, "style"), reminderWorkingDays,
        russian);
  }

  /**
   * A copy that adds to each deadline and window a reminder ({@code VALARM}, display) at 09:00 local
   * time, {@code workingDays} working days (on the calculator's calendar) before its effective due day;
   * 0 reminds on the due day itself.
   *
   * @throws IllegalArgumentException if {@code workingDays} is negative or over 60
   */
  public ICalendarExport withReminder(int workingDays) {
    if (workingDays < 0 || workingDays > 60) {
      throw new IllegalArgumentException(
          "Invalid reminder (valid values 0 - 60 working days before the due day): " + workingDays);
    }
    return new ICalendarExport(calculator, clock, style, workingDays, russian);
  }

  /** A copy without reminders. */
  public ICalendarExport withoutReminder() {
    return new ICalendarExport(calculator, clock, style, -1, russian);
  }

  /**
   * A copy whose descriptions and reminders are in the language of {@code locale}: Russian for
   * {@code ru} (the default), English otherwise. Titles and terms stay as the document writes them.
   */
  public ICalendarExport withLocale(Locale locale) {
    boolean ru = Language.isRussian(locale);
    return new ICalendarExport(calculator, clock, style, reminderWorkingDays, ru);
  }

  /** How deadlines and windows are written. */
  public Style style() {
    return style;
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

  /**
   * Writes the occurrences of {@code roadmap} overlapping {@code range} to {@code out}, one component at a
   * time: ical4j holds one component, never the whole calendar.
   *
   * @throws org.eduroadmap.schedule.ScheduleException if the range holds more occurrences than the
   *     calculator's {@link ScheduleCalculator#maxOccurrences()}
   */
  public void write(Roadmap roadmap, DateRange range, Writer out) {
    Calendar header = new Calendar()
        .add(new ProdId(PRODUCT_ID))
        .add(ImmutableVersion.VERSION_2_0)
        .add(ImmutableCalScale.GREGORIAN)
        .add(new XProperty("X-WR-CALNAME", IcsText.clean(roadmap.title())));
    Instant stamp = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    List<Occurrence> occurrences = calculator.occurrences(roadmap, range).toList();
    try {
      StringWriter text = new StringWriter();
      new CalendarOutputter(false).output(header, text);
      String calendar = text.toString();
      int end = calendar.lastIndexOf(END_CALENDAR);
      out.write(OctetFolding.refold(calendar.substring(0, end)));
      for (Occurrence o : occurrences) {
        out.write(OctetFolding.refold(componentOf(o, stamp).toString()));
      }
      out.write(END_CALENDAR);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ValidationException e) {
      throw new IllegalStateException("ical4j rejected the calendar: " + e.getMessage(), e);
    }
  }

  private CalendarComponent componentOf(Occurrence o, Instant stamp) {
    CalendarComponent c;
    switch (o.kind()) {
      case DEADLINE:
      case WINDOW: {
        LocalDate due = o.effectiveDue().orElseThrow();
        if (style == Style.TODOS) {
          // RFC 5545: DUE must not be before DTSTART; a due date moved back before the start starts the task.
          LocalDate start = o.start().isAfter(due) ? due : o.start();
          VToDo todo = new VToDo(false).add(new DtStart<>(start)).add(new Due<>(due));
          reminderBefore(due, true).ifPresent(todo::add);
          c = todo;
        } else {
          VEvent event = new VEvent(false).add(new DtStart<>(due)).add(new DtEnd<>(due.plusDays(1)));
          reminderBefore(due, false).ifPresent(event::add);
          c = event;
        }
        break;
      }
      default:
        // EVENT and CONTINUOUS: all-day, DTEND is the day after the last (exclusive).
        c = new VEvent(false).add(new DtStart<>(o.start())).add(new DtEnd<>(o.end().plusDays(1)));
        break;
    }
    return c.add(new DtStamp(stamp))
        .add(new Uid(IcsText.clean(o.uid())))
        .add(new Summary(summaryOf(o)))
        .add(new Description(descriptionOf(o, russian)))
        .add(new Categories(o.kind().name()));
  }

  /**
   * The reminder for a due day: at 09:00 on the day {@code reminderWorkingDays} working days before it,
   * as a trigger relative to the component's all-day start (its due day for an event) or to its DUE.
   */
  private Optional<VAlarm> reminderBefore(LocalDate due, boolean relatedToDue) {
    if (reminderWorkingDays < 0) {
      return Optional.empty();
    }
    WorkingCalendar calendar = calculator.calendar();
    LocalDate day = reminderWorkingDays == 0 ? due : calendar.plusWorkingDays(due, -reminderWorkingDays);
    long days = ChronoUnit.DAYS.between(day, due);
    Duration before = Duration.ofHours(REMINDER_HOUR - 24L * days);
    Trigger trigger = new Trigger(before);
    if (relatedToDue) {
      trigger.add(Related.END);
    }
    VAlarm alarm = new VAlarm();
    alarm.add(trigger).add(ImmutableAction.DISPLAY)
        .add(new Description((russian ? "Срок: " : "Due: ") + due));
    return Optional.of(alarm);
  }

  /** The activity's number and title: «8. Проведение анализа эффективности принятых мер». */
  static String summaryOf(Occurrence o) {
    // Stripped after cleaning: parsers drop a value's trailing spaces, and a cleaned line break may leave one.
    return IcsText.clean(o.activityKey() + ". " + o.activity().title().strip()).strip();
  }

  /**
   * Who owes it ({@link Occurrence#responsible()}: the plan's implementers, marked «по приказу», when the
   * row names no one), the term as written, the window a deadline or window is done in, and the
   * nominal due date when the policy moved it, in the language of {@code russian}.
   */
  static String descriptionOf(Occurrence o, boolean russian) {
    StringBuilder b = new StringBuilder();
    ResponsibleParties owed = o.responsible();
    Responsibility r = owed.responsibility();
    // The plan's implementers stand in for a row that names no one, and say so.
    String byOrder = owed.isFromPlan() ? (russian ? " (по приказу)" : " (by the order)") : "";
    r.lead().ifPresent(p -> b.append(russian ? "Ответственный: " : "Responsible: ").append(IcsText.clean(p.name()))
        .append(r.coExecutors().isEmpty() ? byOrder : "").append('\n'));
    if (!r.coExecutors().isEmpty()) {
      b.append(russian ? "Соисполнители: " : "Co-executors: ")
          .append(r.coExecutors().stream().map(p -> IcsText.clean(p.name())).collect(Collectors.joining(", ")))
          .append(byOrder).append('\n');
    }
    if (r.isEmpty() && !r.text().isBlank()) {
      b.append(russian ? "Ответственные: " : "Responsible: ").append(IcsText.clean(r.text())).append(byOrder)
          .append('\n');
    }
    b.append(russian ? "Срок: " : "Term: ").append(IcsText.clean(o.year().isPresent() && o.activity().hasYearCells()
        ? o.activity().yearCell(o.year().getAsInt()).map(cell -> cell.term().text()).orElse("")
        : o.activity().term().text()));
    if (o.isDue() && !o.start().equals(o.end())) {
      b.append(russian ? "\nПериод выполнения: " : "\nTo be done between ").append(o.start())
          .append(russian ? " – " : " and ").append(o.end());
    }
    o.nominalDue().ifPresent(nominal -> {
      LocalDate effective = o.effectiveDue().orElseThrow();
      if (!nominal.equals(effective)) {
        b.append(russian ? "\nСрок по документу: " : "\nDue by the document: ").append(nominal)
            .append(russian ? ", перенесен на рабочий день " : ", moved to the working day ").append(effective);
      }
    });
    return b.toString().strip();
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
