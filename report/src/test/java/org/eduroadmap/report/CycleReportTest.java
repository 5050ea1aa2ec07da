package org.eduroadmap.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eduroadmap.json.SupportCycleJson;
import org.eduroadmap.schedule.ScheduleCalculator;
import org.eduroadmap.school.School;
import org.eduroadmap.seeds.SeedDocuments;
import org.eduroadmap.support.Dashboard;
import org.eduroadmap.support.IndicatorStatus;
import org.eduroadmap.support.Performance;
import org.eduroadmap.support.ProgrammeIndicator;
import org.eduroadmap.support.RiskLevel;
import org.eduroadmap.support.RiskProfile;
import org.eduroadmap.support.Rollup;
import org.eduroadmap.support.SchoolProgramme;
import org.eduroadmap.support.SupportCycle;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class CycleReportTest {

  private static final ScheduleCalculator CALCULATOR = ScheduleCalculator.standard();
  private static final LocalDate TODAY = LocalDate.of(2022, 12, 31);
  private static final SupportCycle CYCLE =
      SupportCycleJson.standard().read(SeedDocuments.supportCycleJson("eao-cycle-example"));
  private static final CycleReport REPORT = CycleReport.of(CALCULATOR).withToday(TODAY);

  private static Document ru() {
    return Jsoup.parse(REPORT.toHtml(CYCLE));
  }

  @Test
  void toHtml_showsEverySchoolHighFactorAndIndicator() {
    Document doc = ru();
    String text = doc.text();

    assertThat(doc.select("section.school").eachAttr("data-school"))
        .containsExactlyElementsOf(CYCLE.schools().stream().map(School::shortName).toList());
    int high = 0;
    for (RiskProfile p : CYCLE.profiles()) {
      Element school = doc.selectFirst("section.school[data-school=\"" + p.school() + "\"]");
      assertThat(school).as(p.school()).isNotNull();
      for (String code : p.factorsAt(RiskLevel.HIGH)) {
        String name = CYCLE.catalogue().factor(code).orElseThrow().nameRu();
        Element row = school.selectFirst("table.risks tr[data-factor=" + code + "]");
        assertThat(row).as("%s %s", p.school(), code).isNotNull();
        assertThat(row.text()).contains(code, name, "высокий");
        assertThat(row.select("td[data-level=HIGH] span.risk-HIGH")).isNotEmpty();
        high++;
      }
      p.source().ifPresent(s -> assertThat(school.text()).contains(s));
    }
    assertThat(high).isGreaterThan(0);
    for (SchoolProgramme p : CYCLE.programmes()) {
      assertThat(doc.select("table.programmes tr[data-programme=" + p.id() + "]")).as(p.id()).hasSize(1);
      for (ProgrammeIndicator i : p.indicators()) {
        assertThat(text).contains(i.name());
      }
    }
  }

  @Test
  void toHtml_indicatorCells_tellTheStatusInWordsAndColour() {
    Document doc = ru();
    for (SchoolProgramme p : CYCLE.programmes()) {
      Element table = doc.selectFirst("table.indicators[data-programme=" + p.id() + "]");
      if (p.indicators().isEmpty()) {
        assertThat(table).isNull();
        continue;
      }
      assertThat(table).isNotNull();
      for (int row = 0; row < p.indicators().size(); row++) {
        ProgrammeIndicator i = p.indicators().get(row);
        Element tr = table.select("tbody tr").get(row);
        assertThat(tr.selectFirst(".indicator-name").text()).startsWith(i.name());
        for (Map.Entry<Integer, Double> target : i.targets().entrySet()) {
          Element cell = tr.selectFirst("td[data-year=" + target.getKey() + "]");
          IndicatorStatus expected =
              target.getKey() > TODAY.getYear() ? IndicatorStatus.NOT_YET_MEASURED : i.status(target.getKey());
          assertThat(cell.attr("data-status")).isEqualTo(expected.name());
          assertThat(cell.select("span.ind-" + expected.name()).text()).isEqualTo(switch (expected) {
            case MET -> "достигнут";
            case NOT_MET -> "не достигнут";
            case NOT_YET_MEASURED -> "ещё не измерен";
          });
        }
      }
    }
    assertThat(doc.select("td[data-status=MET]")).isNotEmpty();
    assertThat(doc.select("td[data-status=NOT_MET]")).isNotEmpty();
    assertThat(doc.select("td[data-status=NOT_YET_MEASURED]")).isNotEmpty();
  }

  @Test
  void toHtml_dashboard_hasTheDashboardsFigures() {
    Document doc = ru();
    Dashboard d = CYCLE.dashboard(CALCULATOR, TODAY);

    for (Rollup school : d.rollup().parts()) {
      assertRow(doc, "dashboard-schools", school.name(), school.total());
    }
    assertRow(doc, "dashboard-schools", d.municipality(), d.rollup().total());
    assertRow(doc, "dashboard-schools", "own", d.own());
    assertThat(doc.select("#dashboard-factors tbody tr")).hasSize(d.rollup().byFactor().size());
    d.rollup().byFactor().forEach((code, p) -> assertRow(doc, "dashboard-factors", code, p));
    assertThat(doc.select("#dashboard-activities tbody tr")).hasSize(d.rollup().byActivity().size());
    d.rollup().byActivity().forEach((key, p) -> assertRow(doc, "dashboard-activities", key, p));
    // The figures `./eduroadmap rollup eao-cycle-example --today 2022-12-31` prints.
    Element total = doc.selectFirst("#dashboard-schools tr.total");
    assertThat(total.select("td").eachText()).containsExactly("Итого по школам района", "22", "5", "7", "65 %", "5",
        "5", "2", "50 %");
  }

  private static void assertRow(Document doc, String table, String key, Performance p) {
    Element row = doc.selectFirst("#" + table + " tr[data-key=\"" + key + "\"]");
    assertThat(row).as("%s %s", table, key).isNotNull();
    List<String> cells = row.select("td").eachText();
    List<String> expected = List.of(
        Integer.toString(p.onTime().onTime()), Integer.toString(p.onTime().late()),
        Integer.toString(p.onTime().overdue()), percent(p.onTime().rate()),
        Integer.toString(p.attainment().met()), Integer.toString(p.attainment().notMet()),
        Integer.toString(p.attainment().notYetMeasured()), percent(p.attainment().rate()));
    // A table none of whose rows has indicators (per activity) leaves their columns out.
    boolean noIndicators = !doc.select("#" + table + " thead th").eachText().contains("достигнут");
    assertThat(cells).as("%s %s", table, key).hasSize(noIndicators ? 5 : 9);
    assertThat(cells.subList(1, cells.size())).as("%s %s", table, key)
        .containsExactlyElementsOf(expected.subList(0, cells.size() - 1));
  }

  private static String percent(OptionalDouble rate) {
    return rate.isPresent() ? Math.round(rate.getAsDouble() * 100) + " %" : "—";
  }

  @Test
  void toHtml_russianByDefault_englishWithLocale() {
    assertThat(ru().selectFirst("html").attr("lang")).isEqualTo("ru");
    assertThat(ru().text()).contains("Сводка по муниципалитету", "Рисковый профиль", "антирисковая программа");

    Document en = Jsoup.parse(REPORT.withLocale(Locale.ENGLISH).toHtml(CYCLE));
    assertThat(en.selectFirst("html").attr("lang")).isEqualTo("en");
    assertThat(en.text()).contains("Dashboard of the municipality", "Risk profile", "anti-risk programme",
        "All schools of the municipality", "not yet measured", "high")
        .doesNotContain("Сводка по муниципалитету", "высокий", "ещё не измерен");
    for (String code : CYCLE.profiles().get(0).factorsAt(RiskLevel.HIGH)) {
      assertThat(en.text()).contains(CYCLE.catalogue().factor(code).orElseThrow().nameEn());
    }
  }

  @Test
  void toHtml_selfContained_noScriptNoNetwork_printable() {
    String html = REPORT.toHtml(CYCLE);
    Document doc = Jsoup.parse(html);

    assertThat(doc.select("script")).isEmpty();
    assertThat(doc.select("[src], link, iframe, object, embed")).isEmpty();
    assertThat(doc.select("a[href]")).isEmpty();
    assertThat(html).doesNotContain("http://", "https://", "url(", "@import");
    assertThat(doc.select("style").html()).contains("@page { size: A4 landscape;");
    assertThat(doc.select("section.chapter")).hasSize(1 + CYCLE.schools().size());
    assertThat(doc.title()).isEqualTo(CYCLE.title().strip());
  }

  @Test
  void toHtml_statusColours_contrastAtLeast4_5() {
    String css = Jsoup.parse(REPORT.toHtml(CYCLE)).select("style").html();
    for (String cls : List.of("risk-HIGH", "risk-MEDIUM", "risk-LOW", "risk-NONE", "ind-MET", "ind-NOT_MET",
        "ind-NOT_YET_MEASURED")) {
      Matcher m = Pattern.compile("\\." + cls + " \\{[^}]*(?<![-a-z])color: (#[0-9a-f]{6})").matcher(css);
      assertThat(m.find()).as(cls).isTrue();
      // On white, and on the light row of the totals.
      assertThat(Math.min(contrast(m.group(1), "#ffffff"), contrast(m.group(1), "#f5f7f9")))
          .as("%s %s", cls, m.group(1)).isGreaterThanOrEqualTo(4.5);
    }
  }

  @Test
  void writeTo_sameAsToHtml_andDeterministic() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    REPORT.writeTo(CYCLE, out);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(REPORT.toHtml(CYCLE)).isEqualTo(REPORT.toHtml(CYCLE));
  }

  /** The WCAG contrast ratio of two sRGB colours. */
  private static double contrast(String a, String b) {
    double la = luminance(a);
    double lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }

  private static double luminance(String hex) {
    int rgb = Integer.parseInt(hex.substring(1), 16);
    double[] c = {(rgb >> 16 & 0xff) / 255.0, (rgb >> 8 & 0xff) / 255.0, (rgb & 0xff) / 255.0};
    for (int i = 0; i < 3; i++) {
      c[i] = c[i] <= 0.03928 ? c[i] / 12.92 : Math.pow((c[i] + 0.055) / 1.055, 2.4);
    }
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  }
}
