package org.eduroadmap.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.eduroadmap.roadmap.Activity;
import org.eduroadmap.roadmap.ApprovingOrder;
import org.eduroadmap.roadmap.Roadmap;
import org.eduroadmap.roadmap.RoadmapLevel;
import org.eduroadmap.roadmap.RoadmapPeriod;
import org.eduroadmap.roadmap.Section;
import org.eduroadmap.schedule.ExecutionRecord;
import org.eduroadmap.schedule.Occurrence;
import org.eduroadmap.schedule.ScheduleCalculator;
import org.eduroadmap.term.Term;
import org.eduroadmap.testsupport.BundleCheck;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RoadmapReportTest {

  private static final ScheduleCalculator CALCULATOR = ScheduleCalculator.standard();
  private static final LocalDate TODAY = LocalDate.of(2022, 3, 15);
  private static final RoadmapReport REPORT = RoadmapReport.of(CALCULATOR).withToday(TODAY);

  static List<String> seeds() {
    return Seeds.names();
  }

  private static Document parse(String html) {
    return Jsoup.parse(html);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void toHtml_eachSeed_hasOneLanePerActivityWithItsNumber(String name) {
    Roadmap roadmap = Seeds.load(name);
    Document doc = parse(REPORT.toHtml(roadmap));

    Elements lanes = doc.select("svg.timeline g.lane");
    assertThat(lanes).hasSize(roadmap.allActivities().size());
    assertThat(lanes.eachAttr("data-activity-id"))
        .containsExactlyElementsOf(roadmap.allActivities().stream().map(Activity::id).toList());
    for (Activity a : roadmap.allActivities()) {
      Element lane = doc.selectFirst("svg.timeline g.lane[data-activity-id=\"" + a.id() + "\"]");
      assertThat(lane).as(a.id()).isNotNull();
      assertThat(lane.selectFirst("tspan.lane-number").text()).as(a.id()).contains(a.key());
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void toHtml_eachSeed_barsAreTheScheduleOccurrences(String name) {
    Roadmap roadmap = Seeds.load(name);
    Document doc = parse(REPORT.toHtml(roadmap));

    List<String> bars = new ArrayList<>();
    for (Element lane : doc.select("svg.timeline g.lane")) {
      for (Element rect : lane.select("g.occurrence > rect")) {
        bars.add(lane.attr("data-activity-id") + " " + rect.attr("data-kind") + " " + rect.attr("data-start") + " "
            + rect.attr("data-end") + " " + rect.attr("data-due") + " " + rect.attr("data-effective-due"));
      }
    }
    List<String> expected = new ArrayList<>();
    for (Occurrence o : CALCULATOR.schedule(roadmap).toList()) {
      expected.add(o.activityId() + " " + o.kind() + " " + o.start() + " " + o.end() + " "
          + o.nominalDue().map(Object::toString).orElse("") + " "
          + o.effectiveDue().map(Object::toString).orElse(""));
    }
    assertThat(bars).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void toHtml_byDefault_isRussianWithRussianDates() {
    Roadmap roadmap = Seeds.load("eao-2021");
    Document doc = parse(RoadmapReport.standard().withToday(TODAY).toHtml(roadmap));

    assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("ru");
    assertThat(doc.selectFirst("#timeline-heading").text()).isEqualTo("Временная шкала");
    assertThat(doc.selectFirst("#agenda-heading").text()).isEqualTo("Календарь по ответственным");
    assertThat(doc.selectFirst("#period").text()).isEqualTo("01.01.2021 – 31.12.2023");
    assertThat(doc.select("dl.facts dd").eachText()).contains("20 февраля 2021 г.", "Приказ № 94");
    assertThat(doc.select("svg.timeline text.month-label").eachText()).contains("янв", "ноя");
    assertThat(doc.selectFirst("svg.timeline g.today text").text()).isEqualTo("сегодня, 15.03.2022");
  }

  @Test
  void toHtml_inEnglish_hasEnglishLabels() {
    Roadmap roadmap = Seeds.load("eao-2021");
    Document doc = parse(REPORT.withLocale(Locale.ENGLISH).toHtml(roadmap));

    assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("en");
    assertThat(doc.selectFirst("#timeline-heading").text()).isEqualTo("Timeline");
    assertThat(doc.selectFirst("#agenda-heading").text()).isEqualTo("Agenda by responsible party");
    assertThat(doc.selectFirst("#period").text()).isEqualTo("1 Jan 2021 – 31 Dec 2023");
    assertThat(doc.select("dl.facts dd").eachText()).contains("20 February 2021");
    assertThat(doc.select("svg.timeline text.month-label").eachText()).contains("Jan", "Nov");
    assertThat(doc.select("svg.timeline title").eachText()).anyMatch(t -> t.contains("window"));
    assertThat(doc.text()).doesNotContain("Временная шкала");
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void toHtml_eachSeed_hasNoScriptAndNothingToFetch(String name) {
    String html = REPORT.withRecords(List.of()).toHtml(Seeds.load(name));
    Document doc = parse(html);

    assertThat(doc.select("script, link, img, iframe, object, embed")).isEmpty();
    for (Element e : doc.getAllElements()) {
      e.attributes().forEach(a -> {
        if (!a.getKey().equals("xmlns")) {
          assertThat(a.getValue()).as(e.tagName() + " " + a.getKey()).doesNotContainIgnoringCase("http")
              .doesNotStartWith("//");
        }
        assertThat(a.getKey()).as(e.tagName()).doesNotStartWith("on");
      });
    }
    assertThat(doc.select("style").html()).doesNotContain("url(").doesNotContain("@import");
  }

  @Test
  void toHtml_timeline_isAccessible() {
    Document doc = parse(REPORT.toHtml(Seeds.load("kizel-2021")));

    Elements charts = doc.select("svg.timeline");
    assertThat(charts).isNotEmpty();
    for (Element svg : charts) {
      assertThat(svg.attr("role")).isEqualTo("img");
      for (String id : svg.attr("aria-labelledby").split(" ")) {
        assertThat(svg.getElementById(id)).as(id).isNotNull();
      }
      assertThat(svg.selectFirst("> title").text()).isNotBlank();
      assertThat(svg.selectFirst("> desc").text()).contains("1.1", "3.");
    }
    // Every occurrence has a text alternative that names its activity and dates.
    for (Element occurrence : doc.select("g.occurrence")) {
      assertThat(occurrence.selectFirst("> title").text()).matches("(?s).*\\d{2}\\.\\d{2}\\.\\d{4}.*");
    }
  }

  @Test
  void toHtml_withRecords_coloursOverdueRedAndDoneGreen() {
    Roadmap roadmap = Seeds.load("eao-2021");
    List<Occurrence> due = CALCULATOR.schedule(roadmap).filter(Occurrence::isDue)
        .filter(o -> o.effectiveDue().orElseThrow().isBefore(TODAY)).toList();
    Occurrence onTime = due.get(0);
    Occurrence late = due.get(1);
    Occurrence overdue = due.get(2);
    List<ExecutionRecord> records = List.of(
        ExecutionRecord.of(onTime, onTime.effectiveDue().orElseThrow(), "Приказ № 5"),
        ExecutionRecord.of(late, late.effectiveDue().orElseThrow().plusDays(3), "Протокол № 2"));
    Document doc = parse(REPORT.withRecords(records).toHtml(roadmap));

    assertThat(bar(doc, onTime).attr("data-status")).isEqualTo("DONE_ON_TIME");
    assertThat(bar(doc, onTime).classNames()).contains("st-done-on-time");
    assertThat(bar(doc, late).classNames()).contains("st-done-late");
    assertThat(bar(doc, overdue).attr("data-status")).isEqualTo("OVERDUE");
    assertThat(bar(doc, overdue).classNames()).contains("st-overdue");
    assertThat(bar(doc, overdue).parent().selectFirst("path.mark").classNames()).contains("st-overdue");
    assertThat(doc.select("style").html()).contains(".st-overdue { fill: #c62828; }");
    // The status in words, not only in colour: the tooltip and the agenda.
    assertThat(bar(doc, overdue).parent().selectFirst("title").text()).endsWith("просрочено");
    assertThat(doc.select("#agenda span.status.st-done-late").eachText()).contains("исполнено с опозданием");
    assertThat(doc.select("#agenda td").eachText()).anyMatch(t -> t.contains("Протокол № 2"));
    assertThat(doc.select(".legend li").eachText()).contains("запланировано", "скоро срок", "просрочено",
        "исполнено в срок", "исполнено с опозданием");
    // On-time rates: the whole roadmap, per section, per party.
    Element total = doc.selectFirst("#rates-total tbody tr");
    assertThat(total.select("td").eachText().subList(1, 3)).containsExactly("1", "1");
    assertThat(doc.select("#rates-sections tbody tr")).hasSize(2);
    assertThat(doc.select("#rates-parties tbody tr")).isNotEmpty();
  }

  @Test
  void toHtml_withoutRecords_hasNoStatusesAndNoProgress() {
    Document doc = parse(REPORT.toHtml(Seeds.load("eao-2021")));

    assertThat(doc.select("#progress")).isEmpty();
    assertThat(doc.select("rect[data-status]")).isEmpty();
    assertThat(doc.select("rect.bar").eachAttr("class")).allMatch(c -> c.contains("plain"));
  }

  @Test
  void toHtml_deadlineMovedOffANonWorkingDay_showsBothDays() {
    Roadmap roadmap = Seeds.load("eao-2021");
    Occurrence moved = CALCULATOR.schedule(roadmap)
        .filter(o -> o.isDue() && !o.nominalDue().equals(o.effectiveDue())).findFirst().orElseThrow();
    Document doc = parse(REPORT.toHtml(roadmap));

    Element group = bar(doc, moved).parent();
    assertThat(group.selectFirst("path.nominal").attr("data-nominal-due"))
        .isEqualTo(moved.nominalDue().orElseThrow().toString());
    assertThat(group.selectFirst("path.mark").attr("data-effective-due"))
        .isEqualTo(moved.effectiveDue().orElseThrow().toString());
    assertThat(group.selectFirst("title").text()).contains("перенесён с");
  }

  @Test
  void toHtml_longPeriod_shadesHolidaysButNotEveryWeekend() {
    Document threeYears = parse(REPORT.toHtml(Seeds.load("eao-2021")));
    assertThat(threeYears.select("svg.timeline rect.nonworking").eachAttr("data-first"))
        .contains("2021-12-31").doesNotContain("2022-03-12");

    Roadmap oneYear = roadmap("ежегодно (ноябрь)", RoadmapPeriod.ofYears(2022, 2022));
    Document year = parse(REPORT.toHtml(oneYear));
    assertThat(year.select("svg.timeline rect.nonworking").eachAttr("data-first")).contains("2022-03-12");
  }

  @Test
  void toHtml_fortyActivities_drawsOnePicturePerPageEachLaneOnce() {
    List<Activity> activities = new ArrayList<>();
    for (int i = 1; i <= 40; i++) {
      activities.add(Activity.of(i + ".", "Мероприятие " + i, Term.of(i % 2 == 0 ? "ежегодно (ноябрь)" : "два раза в год")));
    }
    Roadmap roadmap = roadmap("ежегодно (ноябрь)", RoadmapPeriod.ofYears(2022, 2024))
        .withSections(Section.of("1.", "Организационные мероприятия", activities));
    Document doc = parse(REPORT.toHtml(roadmap));

    Elements charts = doc.select("svg.timeline");
    assertThat(charts).hasSize(2);
    // A picture holds 26 rows: the section's heading and 25 lanes.
    assertThat(charts.get(0).select("g.lane")).hasSize(25);
    assertThat(doc.select("g.lane").eachAttr("data-activity-id"))
        .containsExactlyElementsOf(activities.stream().map(Activity::id).toList());
    assertThat(charts.get(1).selectFirst("text.heading-text").text()).endsWith("(продолжение)");
    assertThat(charts.get(1).selectFirst("> title").text()).isEqualTo("Временная шкала дорожной карты, часть 2 из 2");
  }

  @Test
  void toHtml_todayOutsideTheTimeline_saysSo() {
    Document doc = parse(RoadmapReport.standard().withToday(LocalDate.of(2026, 11, 29))
        .toHtml(Seeds.load("eao-2021")));

    assertThat(doc.select("svg.timeline g.today")).isEmpty();
    assertThat(doc.selectFirst("#today-note").text()).contains("29.11.2026", "после окончания");
  }

  @Test
  void toHtml_unscheduledAndFindings_areListed() {
    Roadmap roadmap = Seeds.load("eao-2021");
    Document doc = parse(REPORT.toHtml(roadmap));

    Set<String> unscheduled = CALCULATOR.unscheduled(roadmap).stream().map(u -> u.activityId())
        .collect(Collectors.toSet());
    assertThat(new HashSet<>(doc.select("#unscheduled tbody tr").eachAttr("data-activity-id")))
        .isEqualTo(unscheduled);
    assertThat(doc.select("#findings-heading").text()).isEqualTo("Замечания проверки");

    Document without = parse(REPORT.withValidation(false).toHtml(roadmap));
    assertThat(without.select("#findings-heading")).isEmpty();
  }

  @Test
  void toHtml_agenda_hasEachPartyWithItsOccurrences() {
    Roadmap roadmap = Seeds.load("olenegorsk-2021");
    Document doc = parse(REPORT.toHtml(roadmap));

    Set<String> parties = new HashSet<>();
    roadmap.allActivities().forEach(a -> a.responsibility().parties().forEach(p -> parties.add(p.name().strip())));
    List<String> headings = doc.select("#agenda section.party h3").eachText();
    for (String party : parties) {
      if (CALCULATOR.schedule(roadmap).anyMatch(o -> o.activity().responsibility().parties().stream()
          .anyMatch(p -> p.name().strip().equals(party)))) {
        assertThat(headings).as(party).anyMatch(h -> h.startsWith(party));
      }
    }
    assertThat(doc.select("#agenda tbody tr")).isNotEmpty();
  }

  @Test
  void toHtml_rowsNamingNoOne_fileUnderThePlansImplementersByTheOrder() {
    // eao-2021's table names no one; the order names the plan's implementers.
    Roadmap roadmap = Seeds.load("eao-2021");
    List<ExecutionRecord> records = CALCULATOR.schedule(roadmap).filter(Occurrence::isDue).limit(3)
        .map(o -> ExecutionRecord.of(o, o.effectiveDue().orElseThrow(), "Приказ")).toList();
    Document doc = parse(REPORT.withRecords(records).toHtml(roadmap));

    List<String> headings = doc.select("#agenda section.party h3").eachText();
    assertThat(headings).noneMatch(h -> h.contains("ответственный не указан"));
    assertThat(headings).anyMatch(h -> h.startsWith("Отдел общего образования"))
        .anyMatch(h -> h.startsWith("ОГАУ ДПО"));
    assertThat(doc.select("#agenda .by-order").eachText()).isNotEmpty().allMatch(t -> t.equals("(по приказу)"));
    assertThat(doc.select("#agenda .by-order-note")).isNotEmpty();
    assertThat(doc.select("#rates-parties tbody tr").eachText())
        .anyMatch(t -> t.startsWith("Отдел общего образования (по приказу)"))
        .anyMatch(t -> t.startsWith("руководители муниципальных отделов образования") && !t.contains("по приказу"));
  }

  @Test
  void toHtml_activityCount_saysWhatItCounts() {
    Document doc = parse(REPORT.toHtml(Seeds.load("eao-2021")));

    // The table's 14 rows and the order's own duty (п. 3.4), as the demo counts them.
    assertThat(doc.text()).contains("Мероприятий 15 (в таблице 14, по приказу 1)");
  }

  @Test
  void toHtml_escapesTheDocumentsText() {
    Roadmap roadmap = roadmap("ежегодно (ноябрь)", RoadmapPeriod.ofYears(2022, 2023))
        .withTitle("<script>alert(1)</script> & «план»");
    String html = REPORT.toHtml(roadmap);

    assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;");
    assertThat(parse(html).selectFirst("h1").text()).isEqualTo("<script>alert(1)</script> & «план»");
  }

  @Test
  void toHtml_isPrintable() {
    String html = REPORT.toHtml(Seeds.load("eao-2021"));

    assertThat(html).contains("@page { size: A4 landscape;").contains(".chapter { break-before: page; }");
    assertThat(parse(html).select("section.chapter")).hasSizeGreaterThanOrEqualTo(3);
  }

  @Test
  void toHtml_textColours_contrastAtLeast4_5ToTheirBackground() {
    String css = parse(REPORT.withRecords(List.of()).toHtml(Seeds.load("eao-2021"))).select("style").html();

    java.util.regex.Matcher color = java.util.regex.Pattern.compile("(?<![-a-z])color: (#[0-9a-f]{6})").matcher(css);
    int colours = 0;
    while (color.find()) {
      assertThat(contrast(color.group(1), "#ffffff")).as("color %s on white", color.group(1)).isGreaterThanOrEqualTo(4.5);
      colours++;
    }
    assertThat(colours).isGreaterThan(5);
    // SVG text: on white, on the light stripe of odd lanes, headings on their band.
    for (String text : List.of("year-label", "month-label", "lane-label", "lane-note", "today-label", "heading-text")) {
      java.util.regex.Matcher fill = java.util.regex.Pattern
          .compile("\\." + text + " \\{[^}]*fill: (#[0-9a-f]{6})").matcher(css);
      assertThat(fill.find()).as(text).isTrue();
      String background = text.equals("heading-text") ? "#e3ecf5" : "#f5f7f9";
      assertThat(Math.min(contrast(fill.group(1), "#ffffff"), contrast(fill.group(1), background)))
          .as("%s %s", text, fill.group(1)).isGreaterThanOrEqualTo(4.5);
    }
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

  @Test
  void toHtml_sameInput_sameOutput() {
    Roadmap roadmap = Seeds.load("yakovlevsky-2020");
    assertThat(REPORT.toHtml(roadmap)).isEqualTo(REPORT.toHtml(roadmap));
  }

  @Test
  void writeTo_outputStream_writesTheSameHtmlInUtf8() {
    Roadmap roadmap = Seeds.load("katanga-2023");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    REPORT.writeTo(roadmap, out);

    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(REPORT.toHtml(roadmap));
  }

  @Test
  void writeTo_failingWriter_throwsReportExceptionInBothLanguages() {
    Writer broken = new Writer() {
      @Override
      public void write(char[] buffer, int offset, int length) throws IOException {
        throw new IOException("disk full");
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    assertThatThrownBy(() -> REPORT.writeTo(Seeds.load("katanga-2023"), broken))
        .isInstanceOfSatisfying(ReportException.class, e -> {
          assertThat(e.getMessage(Locale.forLanguageTag("ru"))).isEqualTo("Не удалось записать отчёт: disk full");
          assertThat(e.getMessage(Locale.ENGLISH)).isEqualTo("Cannot write the report: disk full");
        });
  }

  @Test
  void withCopies_leaveTheOriginalAlone() {
    RoadmapReport base = RoadmapReport.standard();
    RoadmapReport english = base.withLocale(Locale.ENGLISH).withRecords(List.of());

    assertThat(base.locale().getLanguage()).isEqualTo("ru");
    assertThat(base.records()).isEmpty();
    assertThat(english.records()).contains(List.of());
    assertThat(english.withoutRecords().records()).isEmpty();
    assertThat(base.withToday(TODAY).today(Seeds.load("eao-2021"))).isEqualTo(TODAY);
  }

  @Test
  void messages_russianAndEnglish_haveTheSameKeys() {
    BundleCheck.check("org/eduroadmap/report/messages");
  }

  private static Element bar(Document doc, Occurrence o) {
    Element lane = doc.selectFirst("g.lane[data-activity-id=\"" + o.activityId() + "\"]");
    return lane.select("g.occurrence > rect").stream()
        .filter(r -> r.attr("data-start").equals(o.start().toString()) && r.attr("data-end").equals(o.end().toString()))
        .findFirst().orElseThrow();
  }

  private static Roadmap roadmap(String term, RoadmapPeriod period) {
    return Roadmap.builder().title("План").level(RoadmapLevel.SCHOOL)
        .order(ApprovingOrder.builder().authority("Школа").kind("Приказ").number("1")
            .date(LocalDate.of(2021, 12, 20)).build())
        .period(period)
        .addSections(Section.untitled(List.of(Activity.of("1.", "Анализ результатов", Term.of(term)))))
        .build();
  }
}
