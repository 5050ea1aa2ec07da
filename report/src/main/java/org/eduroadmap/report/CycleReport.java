package org.eduroadmap.report;

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
import java.util.Locale;
import java.util.Objects;
import org.eduroadmap.report.internal.CycleBuilder;
import org.eduroadmap.report.internal.CycleView;
import org.eduroadmap.report.internal.Labels;
import org.eduroadmap.schedule.ScheduleCalculator;
import org.eduroadmap.support.SupportCycle;
import org.jspecify.annotations.Nullable;

/**
 * A municipality's support cycle ({@link SupportCycle}) as one self-contained HTML page: the dashboard
 * (on-time rates of activities and attainment of indicators per school, per risk factor and per activity,
 * the same figures as {@link SupportCycle#dashboard}), then each school with its risk profile for each
 * year, its programmes and each programme's indicators (baseline, target and measured value per year, and
 * the status).
 *
 * <pre>{@code
 * SupportCycle cycle = SupportCycleJson.standard().read(SeedDocuments.supportCycleJson("eao-cycle-example"));
 * String html = CycleReport.of(ScheduleCalculator.standard())
 *     .withToday(LocalDate.of(2022, 12, 31))
 *     .toHtml(cycle);                                    // Russian
 * CycleReport.standard().withLocale(Locale.ENGLISH).writeTo(cycle, Files.newOutputStream(Path.of("cycle.html")));
 * }</pre>
 *
 * <p>As {@link RoadmapReport}'s page, it has no script and loads nothing, has a {@code lang}, prints on A4
 * landscape pages (the dashboard and each school on pages of their own), and tells a risk level and an
 * indicator's status by a word as well as a colour. For tests and tools, each dashboard row carries
 * {@code data-key} (a school's name, a factor's code, {@code roadmap/activity}), each school's section
 * {@code data-school}, each indicator's year cell {@code data-year} and {@code data-status}.
 *
 * <p>An indicator's status in a year after today's is shown as not yet measured, as the dashboard counts it.
 * This class is immutable and thread-safe.
 */
public final class CycleReport {

  private final ScheduleCalculator calculator;
  private final Locale locale;
  private final Clock clock;
  private final @Nullable LocalDate today;

  private CycleReport(ScheduleCalculator calculator, Locale locale, Clock clock, @Nullable LocalDate today) {
    this.calculator = calculator;
    this.locale = locale;
    this.clock = clock;
    this.today = today;
  }

  /**
   * A report whose schedules {@code calculator} computes: in Russian, today from the system clock in the
   * municipal roadmap region's time zone.
   */
  public static CycleReport of(ScheduleCalculator calculator) {
    return new CycleReport(Objects.requireNonNull(calculator, "calculator"), Locale.forLanguageTag("ru"),
        Clock.systemUTC(), null);
  }

  /** {@link #of} the {@linkplain ScheduleCalculator#standard() standard calculator}. */
  public static CycleReport standard() {
    return of(ScheduleCalculator.standard());
  }

  /** A copy in {@code newLocale}'s language: Russian for {@code ru}, English for any other. */
  public CycleReport withLocale(Locale newLocale) {
    return new CycleReport(calculator, Objects.requireNonNull(newLocale, "locale"), clock, today);
  }

  /** A copy for which today is {@code day}: the statuses and rates on that day. */
  public CycleReport withToday(LocalDate day) {
    return new CycleReport(calculator, locale, clock, Objects.requireNonNull(day, "day"));
  }

  /** A copy whose today is the date {@code newClock} shows in the municipal roadmap's region. */
  public CycleReport withClock(Clock newClock) {
    return new CycleReport(calculator, locale, Objects.requireNonNull(newClock, "clock"), null);
  }

  /** The locale of the report's language. */
  public Locale locale() {
    return locale;
  }

  /** The day the report is made on for {@code cycle}: the one given, else the clock's in its region. */
  public LocalDate today(SupportCycle cycle) {
    return today != null ? today : LocalDate.now(clock.withZone(calculator.zoneOf(cycle.municipalRoadmap())));
  }

  /** The report of {@code cycle} as one HTML document. */
  public String toHtml(SupportCycle cycle) {
    StringOutput out = new StringOutput(64 * 1024);
    render(cycle, out);
    return out.toString();
  }

  /**
   * Writes the report of {@code cycle} to {@code writer}, which is flushed, not closed.
   *
   * @throws ReportException if the writer fails
   */
  public void writeTo(SupportCycle cycle, Writer writer) {
    try {
      render(cycle, new WriterOutput(writer));
      writer.flush();
    } catch (IOException e) {
      throw ReportException.cannotWrite(e);
    } catch (UncheckedIOException e) {
      throw ReportException.cannotWrite(e.getCause());
    }
  }

  /**
   * Writes the report of {@code cycle} to {@code out} in UTF-8; the stream is flushed, not closed.
   *
   * @throws ReportException if the stream fails
   */
  public void writeTo(SupportCycle cycle, OutputStream out) {
    writeTo(cycle, new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
  }

  private void render(SupportCycle cycle, gg.jte.TemplateOutput output) {
    Objects.requireNonNull(cycle, "cycle");
    CycleView.Report view = new CycleBuilder(calculator, Labels.of(locale), today(cycle)).build(cycle);
    try {
      RoadmapReport.ENGINE.render("cycle.jte", view, output);
    } catch (TemplateException e) {
      if (e.getCause() instanceof UncheckedIOException io) {
        throw io;
      }
      throw e;
    }
  }

  @Override
  public String toString() {
    return "CycleReport[" + locale.toLanguageTag() + (today == null ? "" : ", today " + today) + "]";
  }
}
