package org.eduroadmap.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.eduroadmap.json.SupportCycleJson;
import org.eduroadmap.roadmap.Activity;
import org.eduroadmap.roadmap.Roadmap;
import org.eduroadmap.schedule.ExecutionRecord;
import org.eduroadmap.schedule.Occurrence;
import org.eduroadmap.schedule.ScheduleCalculator;
import org.eduroadmap.seeds.SeedDocuments;
import org.eduroadmap.support.SupportCycle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.Pdf;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.print.PageMargin;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

/**
 * The report as a person sees it: each bundled roadmap's report opened in headless Chromium (Debian's
 * {@code chromium} and {@code chromedriver}, driven by Selenium without downloading anything), saved as a
 * PNG and a printed A4 landscape PDF in {@code target/browser/}. The page is not blank, every activity
 * number is on it, the bars sit on their dates as the month axis measures them, and the PDF has the
 * pages the print layout asks for, each part of the report starting a page.
 *
 * <p>Without Chromium the test is skipped, with a message; with the system property
 * {@code eduroadmap.browser.required=true} or the environment variable
 * {@code EDUROADMAP_BROWSER_REQUIRED=1} (CI sets it) it fails instead.
 */
class RoadmapReportBrowserTest {

  private static final Path CHROMIUM = Path.of(System.getProperty("eduroadmap.chromium", "/usr/bin/chromium"));
  private static final Path CHROMEDRIVER =
      Path.of(System.getProperty("eduroadmap.chromedriver", "/usr/bin/chromedriver"));
  private static final Path OUT = Path.of("target", "browser");
  private static final ScheduleCalculator CALCULATOR = ScheduleCalculator.standard();
  /** CSS pixels of an A4 landscape page's printable area with 1 cm margins: 27.7 cm × 19 cm at 96 dpi. */
  private static final double PAGE_WIDTH_PX = 277 / 25.4 * 96;
  private static final double PAGE_HEIGHT_PX = 190 / 25.4 * 96;

  /** Why the browser test is skipped here, when it is. */
  private static String unavailable;
  private static ChromeDriverService service;
  private static ChromeDriver driver;

  static List<String> seeds() {
    return Seeds.names();
  }

  static boolean required() {
    String env = System.getenv("EDUROADMAP_BROWSER_REQUIRED");
    return Boolean.getBoolean("eduroadmap.browser.required")
        || (env != null && (env.equals("1") || env.equalsIgnoreCase("true")));
  }

  @BeforeAll
  static void startChromium() throws IOException {
    List<String> missing = new ArrayList<>();
    for (Path p : List.of(CHROMIUM, CHROMEDRIVER)) {
      if (!Files.isExecutable(p)) {
        missing.add(p.toString());
      }
    }
    if (!missing.isEmpty()) {
      String message = "the report's browser test needs headless Chromium (Debian packages chromium and "
          + "chromium-driver); missing here: " + String.join(", ", missing);
      if (required()) {
        fail(message + ", and EDUROADMAP_BROWSER_REQUIRED / eduroadmap.browser.required asks for them");
      }
      unavailable = "skipped: " + message;
      System.err.println("RoadmapReportBrowserTest " + unavailable);
      return;
    }
    Files.createDirectories(OUT);
    service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort()
        .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toString());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--window-size=1280,1000", "--force-device-scale-factor=1", "--hide-scrollbars");
    driver = new ChromeDriver(service, options);
  }

  @AfterAll
  static void stopChromium() {
    if (driver != null) {
      driver.quit();
    }
    if (service != null) {
      service.stop();
    }
  }

  /**
   * Records that make every status appear: of the occurrences due before today, every fourth is left
   * overdue, every fourth done late, the others done on time.
   */
  static List<ExecutionRecord> records(Roadmap roadmap, LocalDate today) {
    List<ExecutionRecord> out = new ArrayList<>();
    int i = 0;
    for (Occurrence o : CALCULATOR.schedule(roadmap).filter(Occurrence::isDue).toList()) {
      LocalDate due = o.effectiveDue().orElseThrow();
      if (!due.isBefore(today)) {
        continue;
      }
      switch (i++ % 4) {
        case 0 -> { }
        case 1 -> out.add(ExecutionRecord.of(o, due.plusDays(4), "Протокол № " + i));
        default -> out.add(ExecutionRecord.of(o, due.minusDays(2), "Приказ № " + i));
      }
    }
    return out;
  }

  /** A day in the second year of the plan: some occurrences done, some to come. */
  static LocalDate today(Roadmap roadmap) {
    return roadmap.period().first().plusMonths(14);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void report_inChromium_looksRightAndPrints(String name) throws Exception {
    Assumptions.assumeTrue(unavailable == null, () -> unavailable);
    Roadmap roadmap = Seeds.load(name);
    LocalDate today = today(roadmap);
    String html = RoadmapReport.of(CALCULATOR).withToday(today).withRecords(records(roadmap, today)).toHtml(roadmap);
    Path file = OUT.resolve(name + ".html").toAbsolutePath();
    Files.writeString(file, html);

    driver.manage().window().setSize(new Dimension(1280, 1000));
    driver.get(file.toUri().toString());
    assertThat(driver.getTitle()).isEqualTo(roadmap.title().strip());

    // The whole page as a picture, and the timeline alone.
    long height = ((Number) driver.executeScript("return document.documentElement.scrollHeight")).longValue();
    driver.manage().window().setSize(new Dimension(1280, (int) Math.min(height + 20, 12_000)));
    byte[] page = driver.getScreenshotAs(OutputType.BYTES);
    Files.write(OUT.resolve(name + ".png"), page);
    byte[] timeline = driver.findElement(By.id("timeline")).getScreenshotAs(OutputType.BYTES);
    Files.write(OUT.resolve(name + "-timeline.png"), timeline);
    assertNotBlank(page);
    assertHasColour(timeline, 0xc62828);  // overdue
    assertHasColour(timeline, 0x2e7d32);  // done on time

    assertEveryActivityNumberVisible(roadmap);
    assertBarsOnTheirDates(roadmap);
    assertPrintsOnExpectedPages(name);
  }

  /**
   * The support cycle's report ({@link CycleReport}) of the bundled example: not blank, the rate bars and
   * the words of status in their colours, every school's section, and the pages of its print layout.
   */
  @Test
  void cycleReport_inChromium_looksRightAndPrints() throws Exception {
    Assumptions.assumeTrue(unavailable == null, () -> unavailable);
    SupportCycle cycle = SupportCycleJson.standard().read(SeedDocuments.supportCycleJson("eao-cycle-example"));
    String html = CycleReport.of(CALCULATOR).withToday(LocalDate.of(2022, 12, 31)).toHtml(cycle);
    String name = "eao-cycle-example";
    Path file = OUT.resolve(name + ".html").toAbsolutePath();
    Files.writeString(file, html);

    driver.manage().window().setSize(new Dimension(1280, 1000));
    driver.get(file.toUri().toString());
    assertThat(driver.getTitle()).isEqualTo(cycle.title().strip());
    long height = ((Number) driver.executeScript("return document.documentElement.scrollHeight")).longValue();
    driver.manage().window().setSize(new Dimension(1280, (int) Math.min(height + 20, 12_000)));
    byte[] page = driver.getScreenshotAs(OutputType.BYTES);
    Files.write(OUT.resolve(name + ".png"), page);
    byte[] dashboard = driver.findElement(By.id("dashboard")).getScreenshotAs(OutputType.BYTES);
    Files.write(OUT.resolve(name + "-dashboard.png"), dashboard);
    byte[] school = driver.findElement(By.id("school-1")).getScreenshotAs(OutputType.BYTES);
    Files.write(OUT.resolve(name + "-school-1.png"), school);
    assertNotBlank(page);
    assertHasColour(dashboard, 0x2e7d32);  // a good rate's bar
    assertHasColour(dashboard, 0xc62828);  // a poor rate's bar
    assertHasColour(school, 0xb71c1c);     // a high risk, a target not met
    assertThat(driver.findElements(By.cssSelector("section.school"))).hasSize(cycle.schools().size());
    for (var s : driver.findElements(By.cssSelector("section.school h2"))) {
      assertThat(s.isDisplayed()).isTrue();
    }
    driver.manage().window().setSize(new Dimension(1280, 1000));
    assertPrintsOnExpectedPages(name);
  }

  private static void assertNotBlank(byte[] png) throws IOException {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    long dark = 0;
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        int rgb = image.getRGB(x, y);
        int sum = ((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff);
        if (sum < 3 * 235) {
          dark++;
        }
      }
    }
    long sampled = (long) ((image.getHeight() + 1) / 2) * ((image.getWidth() + 1) / 2);
    assertThat(dark).as("non-white pixels of %d sampled", sampled).isGreaterThan(sampled / 50);
  }

  private static void assertHasColour(byte[] png, int colour) throws IOException {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    int found = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y) & 0xffffff;
        if (Math.abs(((rgb >> 16) & 0xff) - ((colour >> 16) & 0xff)) < 12
            && Math.abs(((rgb >> 8) & 0xff) - ((colour >> 8) & 0xff)) < 12
            && Math.abs((rgb & 0xff) - (colour & 0xff)) < 12) {
          found++;
        }
      }
    }
    assertThat(found).as("pixels of #%06x", colour).isGreaterThan(10);
  }

  private static void assertEveryActivityNumberVisible(Roadmap roadmap) {
    List<String> numbers = new ArrayList<>();
    for (WebElement lane : driver.findElements(By.cssSelector("svg.timeline g.lane"))) {
      WebElement number = lane.findElement(By.cssSelector("tspan.lane-number"));
      assertThat(number.isDisplayed()).as(number.getText()).isTrue();
      numbers.add(number.getText().strip());
    }
    assertThat(numbers).hasSize(roadmap.allActivities().size());
    for (int i = 0; i < numbers.size(); i++) {
      Activity a = roadmap.allActivities().get(i);
      assertThat(numbers.get(i)).as(a.id()).contains(a.key());
    }
  }

  /**
   * Each bar's left and right edges, and each due mark's centre, where the month axis puts their days:
   * x(d) is read off the ticks on the first of each month (a day is a month's width over its days), so
   * a bar a day off, or the axis stretched, fails.
   */
  @SuppressWarnings("unchecked")
  private static void assertBarsOnTheirDates(Roadmap roadmap) {
    List<Map<String, Object>> charts = (List<Map<String, Object>>) driver.executeScript("""
        return Array.from(document.querySelectorAll('svg.timeline')).map(svg => {
          const box = svg.getBoundingClientRect();
          return {
            scale: box.width / svg.viewBox.baseVal.width,
            ticks: Array.from(svg.querySelectorAll('g.months line')).map(t =>
                ({date: t.dataset.date, x: t.getBoundingClientRect().left})),
            bars: Array.from(svg.querySelectorAll('g.occurrence > rect')).map(r => {
              const b = r.getBoundingClientRect();
              return {start: r.dataset.start, end: r.dataset.end, left: b.left, right: b.right,
                  natural: r.width.baseVal.value};
            }),
            marks: Array.from(svg.querySelectorAll('g.occurrence > path.mark')).map(m => {
              const b = m.getBoundingClientRect();
              return {due: m.dataset.effectiveDue, centre: (b.left + b.right) / 2};
            })
          };
        });""");
    assertThat(charts).isNotEmpty();
    int bars = 0;
    for (Map<String, Object> chart : charts) {
      List<Map<String, Object>> ticks = (List<Map<String, Object>>) chart.get("ticks");
      double scale = ((Number) chart.get("scale")).doubleValue();
      assertThat(ticks).hasSizeGreaterThan(2);
      for (Map<String, Object> bar : (List<Map<String, Object>>) chart.get("bars")) {
        LocalDate start = LocalDate.parse((String) bar.get("start"));
        LocalDate end = LocalDate.parse((String) bar.get("end"));
        Double left = x(ticks, start);
        if (left == null) {
          continue; // starts before the axis: drawn from its edge
        }
        assertThat(((Number) bar.get("left")).doubleValue()).as("left edge of %s – %s", start, end)
            .isCloseTo(left, org.assertj.core.data.Offset.offset(1.0));
        Double right = x(ticks, end.plusDays(1));
        if (right != null && ((Number) bar.get("natural")).doubleValue() * scale >= right - left - 0.01
            && right - left >= 1.5 * scale) {
          assertThat(((Number) bar.get("right")).doubleValue()).as("right edge of %s – %s", start, end)
              .isCloseTo(right, org.assertj.core.data.Offset.offset(1.0));
        }
        bars++;
      }
      for (Map<String, Object> mark : (List<Map<String, Object>>) chart.get("marks")) {
        LocalDate due = LocalDate.parse((String) mark.get("due"));
        Double from = x(ticks, due);
        Double to = x(ticks, due.plusDays(1));
        if (from != null && to != null) {
          assertThat(((Number) mark.get("centre")).doubleValue()).as("due mark of %s", due)
              .isCloseTo((from + to) / 2, org.assertj.core.data.Offset.offset(1.0));
        }
      }
    }
    assertThat(bars).as("bars checked in %s", roadmap.title()).isGreaterThan(0);
  }

  /** Where day {@code d} starts, read off the month ticks; null off the axis. */
  private static Double x(List<Map<String, Object>> ticks, LocalDate d) {
    for (int i = 0; i + 1 < ticks.size(); i++) {
      LocalDate month = LocalDate.parse((String) ticks.get(i).get("date"));
      LocalDate next = LocalDate.parse((String) ticks.get(i + 1).get("date"));
      if (!d.isBefore(month) && d.isBefore(next)) {
        double x0 = ((Number) ticks.get(i).get("x")).doubleValue();
        double x1 = ((Number) ticks.get(i + 1).get("x")).doubleValue();
        return x0 + (x1 - x0) * (d.toEpochDay() - month.toEpochDay()) / (next.toEpochDay() - month.toEpochDay());
      }
    }
    LocalDate last = LocalDate.parse((String) ticks.get(ticks.size() - 1).get("date"));
    return d.equals(last) ? ((Number) ticks.get(ticks.size() - 1).get("x")).doubleValue() : null;
  }

  /**
   * Prints A4 landscape and checks the pages: each part of the report (the order, the timeline's
   * pictures, progress, problems, agenda) starts a page, and the page count is what the print layout
   * measures — each part's height in print media at the page's width, over the page's height (a part
   * longer than a page may take one more, as rows and headings are kept whole).
   */
  @SuppressWarnings("unchecked")
  private static void assertPrintsOnExpectedPages(String name) throws IOException {
    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", (int) Math.round(PAGE_WIDTH_PX),
        "height", (int) Math.round(PAGE_HEIGHT_PX), "deviceScaleFactor", 1, "mobile", false));
    List<Map<String, Object>> parts;
    try {
      parts = (List<Map<String, Object>>) driver.executeScript("""
          const starts = [document.querySelector('header'),
              ...document.querySelectorAll('section.chapter')];
          return starts.map(s => ({heading: (s.querySelector('h1, h2') || s).textContent.trim(),
              height: s.getBoundingClientRect().height}));""");
    } finally {
      driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
      driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }
    int expected = 0;
    int longParts = 0;
    for (Map<String, Object> part : parts) {
      int partPages = (int) Math.max(1, Math.ceil(((Number) part.get("height")).doubleValue() / PAGE_HEIGHT_PX - 0.02));
      expected += partPages;
      longParts += partPages > 1 ? 1 : 0;
    }
    PrintOptions print = new PrintOptions();
    print.setOrientation(PrintOptions.Orientation.LANDSCAPE);
    print.setPageSize(new PageSize(29.7, 21.0));
    print.setPageMargin(new PageMargin(1.0, 1.0, 1.0, 1.0));
    print.setBackground(true);
    Pdf pdf = driver.print(print);
    byte[] bytes = Base64.getDecoder().decode(pdf.getContent());
    Files.write(OUT.resolve(name + ".pdf"), bytes);
    try (PDDocument document = Loader.loadPDF(bytes)) {
      int pages = document.getNumberOfPages();
      assertThat(document.getPage(0).getMediaBox().getWidth()).as("landscape")
          .isGreaterThan(document.getPage(0).getMediaBox().getHeight());
      List<String> firstLines = new ArrayList<>();
      PDFTextStripper stripper = new PDFTextStripper();
      for (int p = 1; p <= pages; p++) {
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        String text = stripper.getText(document).strip();
        firstLines.add(text.isEmpty() ? "" : text.lines().findFirst().orElse("").strip());
      }
      for (Map<String, Object> part : parts) {
        String heading = ((String) part.get("heading")).replaceAll("\\s+", " ");
        String start = heading.substring(0, Math.min(20, heading.length()));
        assertThat(firstLines).as("a page starts with «%s» in %s", start, name).anyMatch(l -> l.startsWith(start));
      }
      // A part longer than a page may take one page more than its height says: a table row or a heading
      // is never split from what follows it, so a page may end early.
      assertThat(pages).as("pages of %s (parts %s)", name, parts).isBetween(expected, expected + longParts);
    }
  }
}
