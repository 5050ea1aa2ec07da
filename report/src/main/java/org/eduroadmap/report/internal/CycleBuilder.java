package org.eduroadmap.report.internal;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SortedSet;
import java.util.TreeSet;
import org.eduroadmap.roadmap.Activity;
import org.eduroadmap.roadmap.Roadmap;
import org.eduroadmap.school.School;
import org.eduroadmap.schedule.OnTimeRate;
import org.eduroadmap.schedule.ScheduleCalculator;
import org.eduroadmap.support.Attainment;
import org.eduroadmap.support.Dashboard;
import org.eduroadmap.support.IndicatorStatus;
import org.eduroadmap.support.Performance;
import org.eduroadmap.support.ProgrammeIndicator;
import org.eduroadmap.support.RiskFactor;
import org.eduroadmap.support.RiskLevel;
import org.eduroadmap.support.RiskProfile;
import org.eduroadmap.support.RiskProfileHistory;
import org.eduroadmap.support.Rollup;
import org.eduroadmap.support.SchoolProgramme;
import org.eduroadmap.support.SupportCycle;

/** Works out a {@link CycleView.Report} of a support cycle on a day: the dashboard, then each school. */
public final class CycleBuilder {

  private final ScheduleCalculator calculator;
  private final Labels l;
  private final LocalDate today;
  private final DecimalFormat number;

  /** A builder of reports in {@code labels}' language as of {@code today}. */
  public CycleBuilder(ScheduleCalculator calculator, Labels labels, LocalDate today) {
    this.calculator = calculator;
    this.l = labels;
    this.today = today;
    this.number = new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(labels.language().bundleLocale()));
  }

  /** The view of {@code cycle}. */
  public CycleView.Report build(SupportCycle cycle) {
    Dashboard d = cycle.dashboard(calculator, today);
    List<CycleView.PerfRow> bySchool = new ArrayList<>();
    for (Rollup school : d.rollup().parts()) {
      bySchool.add(row(school.name(), "", school.name(), false, school.total()));
    }
    bySchool.add(row(d.municipality(), "", l.t("cycle.allSchools"), true, d.rollup().total()));
    bySchool.add(row("own", "", l.t("cycle.own"), false, d.own()));
    List<CycleView.PerfRow> byFactor = new ArrayList<>();
    d.rollup().byFactor().forEach((code, p) -> byFactor.add(row(code, code, factorName(cycle, code), false, p)));
    List<CycleView.PerfRow> byActivity = new ArrayList<>();
    d.rollup().byActivity().forEach((key, p) -> byActivity.add(row(key, key, title(cycle, key), false, p)));

    List<View.Fact> facts = new ArrayList<>();
    cycle.region().ifPresent(r -> facts.add(new View.Fact(l.t("facts.region"), r)));
    facts.add(new View.Fact(l.t("facts.municipality"), cycle.municipality()));
    facts.add(new View.Fact(l.t("cycle.schools"), Integer.toString(cycle.schools().size())));
    facts.add(new View.Fact(l.t("cycle.programmes"), Integer.toString(cycle.programmes().size())));
    facts.add(new View.Fact(l.t("cycle.municipalRoadmap"), cycle.municipalRoadmap().title().strip()));
    facts.add(new View.Fact(l.t("cycle.catalogue"), cycle.catalogue().version()));
    facts.add(new View.Fact(l.t("facts.records"), Integer.toString(cycle.records().size())));

    List<CycleView.SchoolView> schools = new ArrayList<>();
    int i = 0;
    for (School s : cycle.schools()) {
      schools.add(school("school-" + ++i, s, cycle));
    }
    return new CycleView.Report(l, cycle.title().strip(), cycle.municipality(), cycle.notes(), facts,
        l.f("report.generated", l.date(today)), l.f("cycle.asOf", l.date(today)), bySchool, byFactor, byActivity,
        schools);
  }

  private CycleView.SchoolView school(String id, School s, SupportCycle cycle) {
    RiskProfileHistory history = cycle.history(s.shortName());
    List<Integer> years = new ArrayList<>();
    List<String> sources = new ArrayList<>();
    SortedSet<String> codes = new TreeSet<>();
    for (RiskProfile p : history.profiles()) {
      years.add(p.year());
      sources.add(p.source().orElse("—"));
      codes.addAll(p.levels().keySet());
    }
    List<CycleView.RiskRow> risks = new ArrayList<>();
    for (String code : ordered(cycle, codes)) {
      List<CycleView.LevelCell> cells = new ArrayList<>();
      for (RiskProfile p : history.profiles()) {
        Optional<RiskLevel> level = p.level(code);
        cells.add(level.map(v -> new CycleView.LevelCell(v.name(), l.t("risk." + v.name()), "risk-" + v.name()))
            .orElseGet(() -> new CycleView.LevelCell("", "—", "")));
      }
      risks.add(new CycleView.RiskRow(code, factorName(cycle, code), cells));
    }
    List<CycleView.ProgrammeView> programmes = new ArrayList<>();
    for (SchoolProgramme p : cycle.programmesOf(s.shortName())) {
      programmes.add(programme(p, cycle));
    }
    return new CycleView.SchoolView(id, s.shortName(), s.fullName(), years, risks, sources, programmes);
  }

  /** The factors in the catalogue's order, then any the catalogue does not know. */
  private static List<String> ordered(SupportCycle cycle, SortedSet<String> codes) {
    List<String> out = new ArrayList<>();
    for (RiskFactor f : cycle.catalogue().factors()) {
      if (codes.contains(f.code())) {
        out.add(f.code());
      }
    }
    for (String c : codes) {
      if (!out.contains(c)) {
        out.add(c);
      }
    }
    return out;
  }

  private CycleView.ProgrammeView programme(SchoolProgramme p, SupportCycle cycle) {
    List<Integer> years = p.years();
    List<CycleView.IndicatorRow> indicators = new ArrayList<>();
    for (ProgrammeIndicator i : p.indicators()) {
      List<CycleView.YearCell> cells = new ArrayList<>();
      for (int year : years) {
        Double target = i.targets().get(year);
        if (target == null) {
          cells.add(new CycleView.YearCell(year, false, "—", "—", "", "", ""));
          continue;
        }
        IndicatorStatus status = year > today.getYear() ? IndicatorStatus.NOT_YET_MEASURED : i.status(year);
        Double value = year > today.getYear() ? null : i.measured().get(year);
        cells.add(new CycleView.YearCell(year, true, value(target), value == null ? "—" : value(value),
            status.name(), l.t("indicator." + status.name()), "ind-" + status.name()));
      }
      // The unit, unless the name already ends with it («Доля педагогов …, %»).
      String name = i.unit().filter(u -> !i.name().strip().endsWith(u)).map(u -> i.name() + ", " + u)
          .orElse(i.name());
      indicators.add(new CycleView.IndicatorRow(name, l.f("cycle.baselineValue", value(i.baseline()),
          Integer.toString(i.baselineYear())), cells));
    }
    String code = p.riskFactor().orElse("");
    return new CycleView.ProgrammeView(p.id(), p.roadmap().title().strip(), l.t("programme." + p.kind().name()),
        code, code.isEmpty() ? "—" : factorName(cycle, code),
        l.span(p.roadmap().period().first(), p.roadmap().period().last()), years, indicators);
  }

  private String value(double v) {
    return number.format(v);
  }

  private String factorName(SupportCycle cycle, String code) {
    return cycle.catalogue().factor(code)
        .map(f -> l.language().choose(f.nameRu(), f.nameEn())).orElse(code);
  }

  private static String title(SupportCycle cycle, String key) {
    int slash = key.lastIndexOf('/');
    Roadmap r = slash < 0 ? null : cycle.roadmaps().get(key.substring(0, slash));
    return r == null ? "" : r.activityById(key.substring(slash + 1)).map(Activity::title).orElse("");
  }

  private CycleView.PerfRow row(String key, String code, String name, boolean total, Performance p) {
    OnTimeRate t = p.onTime();
    Attainment a = p.attainment();
    String[] onTime = rate(t.rate());
    String[] attained = rate(a.rate());
    return new CycleView.PerfRow(key, code, name, total, t.onTime(), t.late(), t.overdue(), onTime[0], onTime[1],
        onTime[2], a.met(), a.notMet(), a.notYetMeasured(), attained[0], attained[1], attained[2]);
  }

  /** The rate's text, bar width (per cent) and bar class; «—» and no bar without data. */
  private static String[] rate(OptionalDouble rate) {
    if (rate.isEmpty()) {
      return new String[] {"—", "0", "rate-none"};
    }
    double r = rate.getAsDouble();
    long percent = Math.round(r * 100);
    String css = r >= 0.8 ? "rate-good" : r >= 0.5 ? "rate-fair" : "rate-poor";
    return new String[] {percent + " %", Long.toString(percent), css};
  }
}
