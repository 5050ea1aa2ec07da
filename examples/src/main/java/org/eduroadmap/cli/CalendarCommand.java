package org.eduroadmap.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.eduroadmap.calendar.CalendarOverlay;
import org.eduroadmap.calendar.RegionalCalendars;
import org.eduroadmap.calendar.RussianProductionCalendar;
import org.eduroadmap.calendar.RussianRegion;
import org.eduroadmap.calendar.WorkingCalendar;
import picocli.CommandLine.ParameterException;
import org.eduroadmap.calendar.SpecialDay;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code calendar --year Y}: the days that differ from a plain Monday–Friday week. A year without
 * an approved production calendar is computed from the Labour Code and said to be provisional.
 */
@Command(name = "calendar", description = {
    "With --region NAME, the subject's own non-working days too (marked with the subject's name).",
    "Days of a year that differ from a plain Monday–Friday week.",
    "2013–2027 come from the approved production calendars; any other year from 1900 to 2100 is"
        + " computed by the Labour Code (art. 112 holidays and their carry-over), marked"
        + " \"provisional\": true in jsonl and with a warning on standard error in text mode."})
final class CalendarCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Option(names = "--year", required = true, paramLabel = "Y", descriptionKey = "year",
      description = "the year: 2013–2027 approved, 1900–2100 accepted (others provisional)")
  int year;

  @Option(names = "--region", paramLabel = "NAME", descriptionKey = "region",
      description = "a federal subject, by name in any case form or by code: its own non-working days are added")
  String region;

  @Option(names = "--format", defaultValue = "text", paramLabel = "text|jsonl", descriptionKey = "format",
      description = "text (default) or jsonl")
  OutputFormat format;

  @Mixin
  CommonOptions common;

  @Mixin
  OutputOptions output;

  @Override
  public void run() {
    Locale locale = common.locale();
    ProvisionalNotice.checkYear(spec, year, locale);
    RussianProductionCalendar federal = RussianProductionCalendar.get();
    boolean provisional = federal.isProvisional(year);
    WorkingCalendar calendar = federal;
    String calendarName = null;
    CalendarOverlay own = null;
    if (region != null) {
      RussianRegion subject = region.strip().chars().allMatch(Character::isDigit) && !region.isBlank()
          ? RussianRegion.ofCode(region)
          : RussianRegion.findIn(region).orElseThrow(() -> new ParameterException(spec.commandLine(),
              org.eduroadmap.Language.isRussian(locale) ? "Нет такого субъекта РФ: " + region
                  : "No such federal subject: " + region));
      calendar = RegionalCalendars.shipped().calendar(subject);
      own = RegionalCalendars.shipped().overlay(subject).orElse(null);
      calendarName = own == null ? null : own.name();
    }
    PrintWriter out = output.open();
    for (SpecialDay day : calendar.specialDays(year)) {
      if (format == OutputFormat.jsonl) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("date", day.date());
        line.put("kind", day.code());
        line.put("name", day.name().orElse(null));
        line.put("from", day.transferredFrom().orElse(null));
        line.put("provisional", day.isProvisional());
        if (own != null) {
          line.put("regional", own.day(day.date()).isPresent());
        }
        JsonLines.write(out, line);
      } else {
        out.printf("%s  %-18s %s%s%n", day.date(), day.code(),
            day.name().orElse(day.note().orElse(""))
                + (own != null && own.day(day.date()).isPresent() ? "  [" + calendarName + "]" : ""),
            day.isProvisional() ? (org.eduroadmap.Language.isRussian(locale) ? " [предварительно]"
                : " [provisional]") : "");
      }
    }
    out.flush();
    if (region != null && calendarName == null && format == OutputFormat.text) {
      spec.commandLine().getErr().println(org.eduroadmap.Language.isRussian(locale)
          ? "Своих нерабочих дней у субъекта нет в данных: только федеральный календарь"
          : "The subject has no non-working days of its own in the data: the federal calendar only");
    }
    output.commit(spec);
    if (provisional && format == OutputFormat.text) {
      ProvisionalNotice notice = new ProvisionalNotice();
      notice.addYear(year);
      notice.print(spec.commandLine().getErr(), locale);
    }
  }
}
