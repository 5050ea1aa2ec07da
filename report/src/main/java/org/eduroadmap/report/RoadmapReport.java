package org.eduroadmap.report;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.TemplateException;
import gg.jte.output.StringOutput;
import gg.jte.output.WriterOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.eduroadmap.report.internal.ReportBuilder;
import org.eduroadmap.report.internal.View;
import org.eduroadmap.roadmap.Roadmap;
import org.eduroadmap.schedule.ExecutionRecord;
import org.eduroadmap.schedule.ScheduleCalculator;
import org.eduroadmap.validation.RoadmapValidator;
import org.eduroadmap.validation.ValidationReport;
import org.jspecify.annotations.Nullable;

/**
 * A roadmap as one self-contained HTML page people look at and print: the approving order, the period
 * and goals, a timeline (Gantt chart, inline SVG) with a lane per activity grouped by section, the
 * activities that have no dates and why, the validation findings and an agenda per responsible party.
 * With execution records each occurrence is coloured (and shaped) by its status, and on-time rates per
 * section and per party are added.
 *
 * <pre>{@code
 * Roadmap roadmap = RoadmapJson.standard().read(Path.of("eao-2021.json"));
 * String html = RoadmapReport.of(ScheduleCalculator.standard()).toHtml(roadmap);   // Russian
 * RoadmapReport.standard()
 *     .withLocale(Locale.ENGLISH)
 *     .withRecords(List.of(ExecutionRecord.of("1", LocalDate.of(2021, 1, 1), LocalDate.of(2021, 2, 10), "Приказ № 94")))
 *     .withToday(LocalDate.of(2021, 11, 29))
 *     .writeTo(roadmap, Files.newOutputStream(Path.of("eao.html")));
 * }</pre>
 *
 * <p>The page has no script and loads nothing: its styles and pictures are inline, so it opens offline,
 * can be mailed as one file and prints on A4 landscape pages, each part of the report on a page of its
 * own. Texts are HTML-escaped by the template engine (jte, templates compiled into this library). It is
 * accessible: the page has a {@code lang}, each timeline a {@code title} and {@code desc}, every
 * occurrence a text alternative, and a status is told by a word and a shape, not only by a colour.
 *
 * <p>For tests and tools, the timeline's elements carry their data: each lane
 * {@code data-activity-id}, each occurrence's bar {@code data-start}, {@code data-end},
 * {@code data-due} (nominal), {@code data-effective-due}, {@code data-kind} and, with records,
 * {@code data-status}; each month tick {@code data-date}.
 *
 * <p>This class is immutable and thread-safe: build one and share it.
 */
public final class RoadmapReport {

  private static final String PACKAGE = "org.eduroadmap.report.internal.templates";
  static final TemplateEngine ENGINE = engine();

  private final ScheduleCalculator calculator;
  private final Locale locale;
  private final @Nullable List<ExecutionRecord> records;
  private final Clock clock;
  private final @Nullable LocalDate today;
  private final boolean validation;

  private RoadmapReport(ScheduleCalculator calculator, Locale locale, @Nullable List<ExecutionRecord> records,
      Clock clock, @Nullable LocalDate today, boolean validation) {
    this.calculator = calculator;
    this.locale = locale;
    this.records = records;
    this.clock = clock;
    this.today = today;
    this.validation = validation;
  }

  /**
   * A report of the schedules {@code calculator} computes: in Russian, without execution records,
   * today from the system clock in the roadmap region's time zone, with validation findings.
   */
  public static RoadmapReport of(ScheduleCalculator calculator) {
    return new RoadmapReport(Objects.requireNonNull(calculator, "calculator"), Locale.forLanguageTag("ru"), null,
        Clock.systemUTC(), null, true);
  }

  /** {@link #of} the {@linkplain ScheduleCalculator#standard() standard calculator}. */
  public static RoadmapReport standard() {
    return of(ScheduleCalculator.standard());
  }

  /** A copy in {@code newLocale}'s language: Russian for {@code ru}, English for any other. */
  public RoadmapReport withLocale(Locale newLocale) {
    return new RoadmapReport(calculator, Objects.requireNonNull(newLocale, "locale"), records, clock, today,
        validation);
  }

  /**
   * A copy that colours each occurrence by its status given {@code newRecords} (none done, for an empty
   * collection) and adds the on-time rates per section and per party.
   */
  public RoadmapReport withRecords(Collection<ExecutionRecord> newRecords) {
    return new RoadmapReport(calculator, locale, List.copyOf(newRecords), clock, today, validation);
  }

  /** A copy without execution records: no statuses, no on-time rates. */
  public RoadmapReport withoutRecords() {
    return new RoadmapReport(calculator, locale, null, clock, today, validation);
  }

  /** A copy for which today is {@code day}: the timeline's line of today, and the statuses on that day. */
  public RoadmapReport withToday(LocalDate day) {
    return new RoadmapReport(calculator, locale, records, clock, Objects.requireNonNull(day, "day"), validation);
  }

  /**
   * A copy whose today is the date {@code newClock} shows in each roadmap region's time zone
   * ({@link ScheduleCalculator#zoneOf}); replaces a day given by {@link #withToday}.
   */
  public RoadmapReport withClock(Clock newClock) {
    return new RoadmapReport(calculator, locale, records, Objects.requireNonNull(newClock, "clock"), null,
        validation);
  }

  /** A copy that lists the validation findings ({@code true}, the default) or leaves them out. */
  public RoadmapReport withValidation(boolean findings) {
    return new RoadmapReport(calculator, locale, records, clock, today, findings);
  }

  /** The locale of the report's language. */
  public Locale locale() {
    return locale;
  }

  /** The execution records, when the report shows statuses. */
  public Optional<List<ExecutionRecord>> records() {
    return Optional.ofNullable(records);
  }

  /** The day the report is made on for {@code roadmap}: the one given, else the clock's in its region. */
  public LocalDate today(Roadmap roadmap) {
    return today != null ? today : LocalDate.now(clock.withZone(calculator.zoneOf(roadmap)));
  }

  /**
   * The report of {@code roadmap} as one HTML document.
   *
   * @throws org.eduroadmap.schedule.ScheduleException if the roadmap's period is invalid
   */
  public String toHtml(Roadmap roadmap) {
    StringOutput out = new StringOutput(64 * 1024);
    render(roadmap, out);
    return out.toString();
  }

  /**
   * Writes the report of {@code roadmap} to {@code writer}, which is flushed, not closed.
   *
   * @throws ReportException if the writer fails
   */
  public void writeTo(Roadmap roadmap, Writer writer) {
    try {
      render(roadmap, new WriterOutput(writer));
      writer.flush();
    } catch (IOException e) {
      throw ReportException.cannotWrite(e);
    } catch (UncheckedIOException e) {
      throw ReportException.cannotWrite(e.getCause());
    }
  }

  /**
   * Writes the report of {@code roadmap} to {@code out} in UTF-8; the stream is flushed, not closed.
   *
   * @throws ReportException if the stream fails
   */
  public void writeTo(Roadmap roadmap, OutputStream out) {
    writeTo(roadmap, new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
  }

  private void render(Roadmap roadmap, gg.jte.TemplateOutput output) {
    Objects.requireNonNull(roadmap, "roadmap");
    LocalDate day = today(roadmap);
    ValidationReport findings = validation ? RoadmapValidator.standard().validate(roadmap, locale) : null;
    View.Report view = new ReportBuilder(calculator, locale, records, day, findings).build(roadmap);
    try {
      ENGINE.render("report.jte", view, output);
    } catch (TemplateException e) {
      if (e.getCause() instanceof UncheckedIOException io) {
        throw io;
      }
      throw e;
    }
  }

  /**
   * The engine of the templates compiled into this library, found through this library's class loader
   * (jte looks them up through the thread's context class loader, which in a container may be another).
   */
  private static TemplateEngine engine() {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(RoadmapReport.class.getClassLoader());
    try {
      return TemplateEngine.createPrecompiled(null, ContentType.Html, null, PACKAGE);
    } finally {
      thread.setContextClassLoader(previous);
    }
  }

  @Override
  public String toString() {
    return "RoadmapReport[" + locale.toLanguageTag() + (records == null ? "" : ", " + records.size() + " records")
        + (today == null ? "" : ", today " + today) + (validation ? "" : ", no validation") + "]";
  }
}
