package org.eduroadmap.cli;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eduroadmap.calendar.DateRange;
import org.eduroadmap.schedule.ScheduleCalculator;
import org.eduroadmap.schedule.TermContext;
import org.eduroadmap.term.TermParseException;
import org.eduroadmap.term.TermReader;
import org.eduroadmap.term.TermRule;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code terms}: reads term texts from standard input, one per line, and explains each. */
@Command(name = "terms", description = {"Reads term texts («сроки») from standard input, one per line.",
    "Each occurrence in jsonl has \"provisional\": true when its due date depends on a year without"
        + " an approved production calendar (before 2013, after 2027), computed by the Labour Code."})
final class TermsCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Option(names = "--from", paramLabel = "DATE", descriptionKey = "from",
      description = "first day of the period (2023-02-28 or 28.02.2023)")
  LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", descriptionKey = "to",
      description = "last day of the period (2023-02-28 or 28.02.2023)")
  LocalDate to;

  @Option(names = "--year", paramLabel = "Y", descriptionKey = "year", description = "the year of a per-year column; alone, the period is 1 January of it to 31 August of the next year")
  Integer year;

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
    Lang lang = common.lang();
    if (year != null) {
      ProvisionalNotice.checkYear(spec, year, locale);
    }
    if ((from == null) != (to == null)) {
      throw new ParameterException(spec.commandLine(),
          lang.t("--from и --to задаются вместе", "--from and --to go together"));
    }
    DateRange period = null;
    if (from != null) {
      if (to.isBefore(from)) {
        throw new ParameterException(spec.commandLine(),
            lang.t("--to " + to + " раньше, чем --from " + from, "--to " + to + " is before --from " + from));
      }
      period = DateRange.of(from, to);
    } else if (year != null) {
      // A column year alone: the calendar year and the academic year that starts in it, so that
      // «В течение учебного года» in column Y is not cut at 31 December.
      period = DateRange.of(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 8, 31));
    }
    TermContext context = period == null ? null : TermContext.of(period);
    if (context != null && year != null) {
      context = context.withColumnYear(year);
    }
    ProvisionalNotice notice = new ProvisionalNotice();
    ScheduleCalculator calculator = ScheduleCalculator.standard();
    PrintWriter out = output.open();
    List<String> lines = readStdin();
    for (String text : lines) {
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("text", text);
      try {
        TermRule rule = TermReader.strict().read(text);
        line.put("ok", true);
        line.put("kind", rule.kind().name());
        rule.unscheduledReason().ifPresent(r -> line.put("reason", r.name()));
        line.put("ru", rule.toRussian());
        line.put("en", rule.toEnglish());
        // what is written beside the dates (D29, D38): kept and shown, never used to move a date
        if (!rule.weekdayNotes().isEmpty()) {
          line.put("weekdays", rule.weekdayNotes().stream().map(Enum::name).toList());
        }
        rule.time().ifPresent(t -> line.put("time", t.toString()));
        rule.until().ifPresent(t -> line.put("until", t.toString()));
        rule.zone().ifPresent(z -> line.put("zone", z.getId()));
        if (rule instanceof TermRule.Noted n) {
          n.comment().ifPresent(c -> line.put("comment", c));
        }
        if (rule instanceof TermRule.Several several) {
          line.put("parts", several.rules().size());
        }
        line.put("error", null);
        if (context != null) {
          List<Map<String, Object>> occurrences = new ArrayList<>();
          List<Map<String, Object>> outside = new ArrayList<>();
          DateRange asked = context.period();
          calculator.expand(rule, context).forEach(o -> {
            if (o.end().isBefore(asked.first()) || o.start().isAfter(asked.last())) {
              // a date written outside the period asked for (D63): reported as such, not as an occurrence
              Map<String, Object> occ = new LinkedHashMap<>();
              occ.put("start", o.start());
              occ.put("end", o.end());
              outside.add(occ);
              return;
            }
            Map<String, Object> occ = new LinkedHashMap<>();
            occ.put("start", o.start());
            occ.put("end", o.end());
            occ.put("due", o.nominalDue().orElse(null));
            occ.put("effectiveDue", o.effectiveDue().orElse(null));
            occ.put("provisional", o.isProvisional());
            if (o.isProvisional()) {
              notice.add(o.end(), o.effectiveDue().orElse(null));
            }
            o.timeOfDay().ifPresent(t -> occ.put("time", t.toString()));
            occurrences.add(occ);
          });
          line.put("occurrences", occurrences);
          if (!outside.isEmpty()) {
            line.put("outsidePeriod", outside);
          }
        }
      } catch (TermParseException e) {
        line.put("ok", false);
        line.put("kind", "UNSCHEDULED");
        line.put("reason", "UNPARSED");
        line.put("ru", null);
        line.put("en", null);
        line.put("error", e.getMessage(locale));
      }
      if (format == OutputFormat.jsonl) {
        JsonLines.write(out, line);
      } else {
        out.printf("%s%n  → %s%n", text, Boolean.TRUE.equals(line.get("ok"))
            ? Labels.kind(lang, (String) line.get("kind")) + ": " + line.get("ru") + " / " + line.get("en")
            : lang.t("ошибка: ", "error: ") + line.get("error"));
        occurrences(out, line, lang);
        if (line.get("outsidePeriod") instanceof List<?> outside) {
          for (Object o : outside) {
            Map<?, ?> occ = (Map<?, ?>) o;
            out.printf("  %s %s – %s%n", lang.t("вне периода:", "outside the period:"), occ.get("start"),
                occ.get("end"));
          }
        }
      }
    }
    out.flush();
    output.commit(spec);
    if (format == OutputFormat.text) {
      notice.print(spec.commandLine().getErr(), locale);
    }
  }

  /**
   * The occurrences jsonl gives, a line each under the rule: «01.01.2022 – 31.01.2022, срок 20.01.2022»,
   * a moved due date with the day it was moved from, a provisional one marked.
   */
  @SuppressWarnings("unchecked")
  private static void occurrences(PrintWriter out, Map<String, Object> line, Lang lang) {
    Object all = line.get("occurrences");
    if (!(all instanceof List<?> list)) {
      return;
    }
    if (list.isEmpty()) {
      out.println("     " + lang.t("в этот период сроков нет", "no occurrence in this period"));
    }
    for (Object each : list) {
      Map<String, Object> o = (Map<String, Object>) each;
      LocalDate start = (LocalDate) o.get("start");
      LocalDate end = (LocalDate) o.get("end");
      LocalDate due = (LocalDate) o.get("due");
      LocalDate effective = (LocalDate) o.get("effectiveDue");
      StringBuilder text = new StringBuilder("     ").append(Dates.format(start, lang));
      if (!end.equals(start)) {
        text.append(" – ").append(Dates.format(end, lang));
      }
      if (effective != null) {
        text.append(lang.t(", срок ", ", due ")).append(Dates.format(effective, lang));
        if (due != null && !due.equals(effective)) {
          text.append(lang.t(" (перенесён с ", " (moved from ")).append(Dates.format(due, lang)).append(')');
        }
      }
      if (Boolean.TRUE.equals(o.get("provisional"))) {
        text.append(lang.t(" — предварительно", " — provisional"));
      }
      out.println(text);
    }
  }

  /** The most characters {@code terms} reads from standard input (1 MiB): some 20 000 phrases. */
  static final int MAX_STDIN_CHARS = 1024 * 1024;

  /**
   * The lines of standard input, read a block at a time and refused as soon as they pass
   * {@link #MAX_STDIN_CHARS}: the rest is never read (exit 3).
   */
  private List<String> readStdin() {
    StringBuilder text = new StringBuilder();
    char[] block = new char[8192];
    try {
      // Not closed: standard input belongs to the process.
      java.io.Reader in = new InputStreamReader(System.in, StandardCharsets.UTF_8);
      for (int n = in.read(block); n >= 0; n = in.read(block)) {
        if (text.length() + n > MAX_STDIN_CHARS) {
          Lang lang = common.lang();
          throw new InputException(lang.t("стандартный ввод длиннее ", "standard input is longer than ")
              + MAX_STDIN_CHARS + lang.t(" символов (1 МиБ), а больше terms не читает; разделите фразы на части",
              " characters (1 MiB), the most terms reads; split the phrases into parts"));
        }
        text.append(block, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> lines = new ArrayList<>(text.toString().lines().toList());
    return lines;
  }
}
