package org.eduroadmap.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eduroadmap.roadmap.Roadmap;
import org.eduroadmap.schedule.ExecutionRecord;
import org.eduroadmap.schedule.Occurrence;
import org.eduroadmap.schedule.ScheduleCalculator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The workbooks as an official prints them: every bundled roadmap's schedule (with records, so that every
 * status shows) and monitoring form, in Russian and English, converted to PDF by LibreOffice headless
 * ({@code soffice --convert-to pdf}) into {@code target/print/}, and checked there with PDFBox: every glyph
 * of every cell lies inside its cell's borders (nothing prints over the next row or past its column), every
 * cell's text is printed whole (nothing cut), the pages are A4 landscape, the header row is repeated on
 * every page and the footer names the roadmap and the page. The first page of each eao-2021 workbook is
 * saved as a PNG ({@code pdftoppm}) beside the PDF.
 *
 * <p>Without LibreOffice the test is skipped, with a message; with the system property
 * {@code eduroadmap.libreoffice.required=true} or the environment variable
 * {@code EDUROADMAP_LIBREOFFICE_REQUIRED=1} (CI sets it) it fails instead.
 */
class WorkbookPrintTest {

  private static final Path SOFFICE = Path.of(System.getProperty("eduroadmap.soffice", "/usr/bin/soffice"));
  private static final Path PDFTOPPM = Path.of(System.getProperty("eduroadmap.pdftoppm", "/usr/bin/pdftoppm"));
  private static final Path OUT = Path.of("target", "print");
  private static final ScheduleCalculator CALCULATOR = ScheduleCalculator.standard();
  private static final LocalDate TODAY = LocalDate.of(2022, 12, 1);
  /** Points of slack a glyph may have against a border: the width of a border line and rounding. */
  private static final double SLACK = 1.0;
  /** A4 in points, landscape. */
  private static final double A4_LONG = 842;
  private static final double A4_SHORT = 595;

  private static String unavailable;

  static boolean required() {
    String env = System.getenv("EDUROADMAP_LIBREOFFICE_REQUIRED");
    return Boolean.getBoolean("eduroadmap.libreoffice.required")
        || (env != null && (env.equals("1") || env.equalsIgnoreCase("true")));
  }

  static List<String> printed() {
    List<String> out = new ArrayList<>();
    for (String name : Seeds.names()) {
      for (String kind : List.of("schedule", "form")) {
        for (String lang : List.of("ru", "en")) {
          out.add(name + "-" + kind + "-" + lang);
        }
      }
    }
    return out;
  }

  /** Writes every workbook and converts them all with one LibreOffice run. */
  @BeforeAll
  static void print() throws IOException, InterruptedException {
    if (!Files.isExecutable(SOFFICE)) {
      String message = "the workbooks' print test needs LibreOffice (Debian package libreoffice-calc-nogui); "
          + "missing here: " + SOFFICE;
      if (required()) {
        fail(message + ", and EDUROADMAP_LIBREOFFICE_REQUIRED / eduroadmap.libreoffice.required asks for it");
      }
      unavailable = "skipped: " + message;
      System.err.println("WorkbookPrintTest " + unavailable);
      return;
    }
    Files.createDirectories(OUT);
    List<String> files = new ArrayList<>();
    for (String file : printed()) {
      Path xlsx = OUT.resolve(file + ".xlsx");
      Files.write(xlsx, workbook(file));
      Files.deleteIfExists(OUT.resolve(file + ".pdf"));
      files.add(xlsx.toString());
    }
    Path profile = Files.createTempDirectory("lo-print-");
    try {
      List<String> command = new ArrayList<>(List.of(SOFFICE.toString(), "--headless", "--norestore",
          "-env:UserInstallation=" + profile.toUri(), "--convert-to", "pdf", "--outdir", OUT.toString()));
      command.addAll(files);
      Process p = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(OUT.resolve("soffice.log").toFile()).start();
      if (!p.waitFor(10, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        fail("LibreOffice took more than 10 minutes to convert the workbooks");
      }
      assertThat(p.exitValue()).as("soffice exit status (see target/print/soffice.log)").isZero();
    } finally {
      try (Stream<Path> walk = Files.walk(profile)) {
        walk.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
    if (Files.isExecutable(PDFTOPPM)) {
      for (String kind : List.of("schedule", "form")) {
        String base = "eao-2021-" + kind + "-ru";
        Process p = new ProcessBuilder(PDFTOPPM.toString(), "-png", "-r", "80", "-f", "1", "-l", "1",
            "-singlefile", OUT.resolve(base + ".pdf").toString(), OUT.resolve(base).toString())
            .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
      }
    }
  }

  /** The workbook {@code file} ({@code NAME-KIND-LANG}) as bytes. */
  static byte[] workbook(String file) {
    String[] parts = file.split("-(?=(schedule|form)-)|-(?=(ru|en)$)");
    Roadmap roadmap = Seeds.roadmap(parts[0]);
    Locale locale = Locale.forLanguageTag(parts[2]);
    if (parts[1].equals("form")) {
      return Seeds.bytes(out -> MonitoringForm.of(CALCULATOR).withLocale(locale).write(roadmap, out));
    }
    return Seeds.bytes(out -> ScheduleWorkbook.of(CALCULATOR).withLocale(locale).withToday(TODAY)
        .withRecords(records(roadmap)).write(roadmap, out));
  }

  /** Records that make every status appear: of the occurrences due before today, some late, some on time. */
  static List<ExecutionRecord> records(Roadmap roadmap) {
    List<ExecutionRecord> out = new ArrayList<>();
    int i = 0;
    for (Occurrence o : CALCULATOR.schedule(roadmap).filter(Occurrence::isDue).toList()) {
      LocalDate due = o.effectiveDue().orElseThrow();
      if (due.isBefore(TODAY)) {
        switch (i++ % 3) {
          case 0 -> { }
          case 1 -> out.add(ExecutionRecord.of(o, due.plusDays(4), "Протокол № " + i));
          default -> out.add(ExecutionRecord.of(o, due.minusDays(2), "Приказ № " + i));
        }
      }
    }
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("printed")
  void print_everyCell_keepsItsTextInsideItsBorders(String file) throws IOException {
    skipWithoutLibreOffice();
    try (PDDocument pdf = Loader.loadPDF(OUT.resolve(file + ".pdf").toFile())) {
      List<String> escapes = new ArrayList<>();
      for (int i = 0; i < pdf.getNumberOfPages(); i++) {
        Page page = Page.read(pdf, i);
        for (Glyph g : page.glyphs) {
          if (page.isFooter(g)) {
            continue;
          }
          String where = page.cellOf(g);
          if (where != null) {
            escapes.add("page " + (i + 1) + " «" + g.text + "» at (" + Math.round(g.x) + ", " + Math.round(g.y)
                + "): " + where + " — in «" + page.lineAround(g) + "»");
          }
        }
      }
      assertThat(escapes).as("glyphs outside their cell in %s.pdf", file).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("printed")
  void print_everyCellText_isPrintedWhole(String file) throws IOException {
    skipWithoutLibreOffice();
    Set<String> printedCells = new LinkedHashSet<>();
    try (PDDocument pdf = Loader.loadPDF(OUT.resolve(file + ".pdf").toFile())) {
      for (int i = 0; i < pdf.getNumberOfPages(); i++) {
        printedCells.addAll(Page.read(pdf, i).cellTexts());
      }
    }
    List<String> missing = new ArrayList<>();
    try (XSSFWorkbook book = Seeds.open(Files.readAllBytes(OUT.resolve(file + ".xlsx")))) {
      XSSFSheet sheet = book.getSheetAt(0);
      for (Row row : sheet) {
        for (Cell cell : row) {
          if (cell.getCellType() == CellType.STRING && !cell.getStringCellValue().isBlank()) {
            String text = squeeze(cell.getStringCellValue());
            if (!printedCells.contains(text)) {
              missing.add(cell.getAddress() + " «" + cell.getStringCellValue() + "»");
            }
          }
        }
      }
    }
    assertThat(missing).as("cells of %s not printed whole in one cell of the PDF", file).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("printed")
  void print_everyPage_isA4LandscapeWithHeaderAndFooter(String file) throws IOException {
    skipWithoutLibreOffice();
    boolean russian = file.endsWith("-ru");
    Roadmap roadmap = Seeds.roadmap(file.substring(0, file.indexOf(file.contains("-schedule-") ? "-schedule-" : "-form-")));
    String header = russian ? "Мероприятие" : "Activity";
    try (PDDocument pdf = Loader.loadPDF(OUT.resolve(file + ".pdf").toFile())) {
      int pages = pdf.getNumberOfPages();
      for (int i = 0; i < pages; i++) {
        PDPage page = pdf.getPage(i);
        assertThat(page.getMediaBox().getWidth()).as("page width").isCloseTo((float) A4_LONG, within(2));
        assertThat(page.getMediaBox().getHeight()).as("page height").isCloseTo((float) A4_SHORT, within(2));
        Page p = Page.read(pdf, i);
        // Spaces compared away: the extracted footer's word gaps are guessed from glyph positions.
        String footer = squeeze(p.footer());
        assertThat(footer).as("footer of page %d", i + 1)
            .contains(squeeze((russian ? "Страница " : "Page ") + (i + 1) + (russian ? " из " : " of ") + pages))
            .contains(squeeze(roadmap.title()).substring(0, 30));
        assertThat(p.cellTexts()).as("the header on page %d", i + 1).contains(squeeze(header));
      }
    }
  }

  @Test
  void print_eao2021FirstPages_areSavedAsPng() {
    skipWithoutLibreOffice();
    if (!Files.isExecutable(PDFTOPPM)) {
      return;
    }
    assertThat(OUT.resolve("eao-2021-schedule-ru.png")).isNotEmptyFile();
    assertThat(OUT.resolve("eao-2021-form-ru.png")).isNotEmptyFile();
  }

  private static org.assertj.core.data.Offset<Float> within(float v) {
    return org.assertj.core.data.Offset.offset(v);
  }

  private static void skipWithoutLibreOffice() {
    org.junit.jupiter.api.Assumptions.assumeTrue(unavailable == null, () -> unavailable);
  }

  /** The text without any white space: what a cell prints however it wraps. */
  static String squeeze(String text) {
    return text.replaceAll("[\\s\\u00ad]+", "");
  }

  // ---------------------------------------------------------------- the PDF

  /** One glyph: its box in points from the page's top left, baseline at {@code y}. */
  record Glyph(String text, double x, double y, double width, double height) {
    double top() {
      return y - height;
    }
  }

  /** A border: a horizontal or vertical segment, in points from the page's top left. */
  record Segment(double x1, double y1, double x2, double y2) {
    boolean vertical() {
      return Math.abs(x1 - x2) < 0.5;
    }

    boolean horizontal() {
      return Math.abs(y1 - y2) < 0.5;
    }
  }

  /** A page's glyphs and borders. */
  static final class Page {
    final double height;
    final List<Glyph> glyphs = new ArrayList<>();
    final List<Segment> lines = new ArrayList<>();

    private Page(double height) {
      this.height = height;
    }

    static Page read(PDDocument pdf, int index) throws IOException {
      PDPage pdPage = pdf.getPage(index);
      Page page = new Page(pdPage.getMediaBox().getHeight());
      new Borders(pdPage, page).processPage(pdPage);
      PDFTextStripper stripper = new PDFTextStripper() {
        @Override
        protected void writeString(String text, List<TextPosition> positions) {
          for (TextPosition t : positions) {
            if (!t.getUnicode().isBlank()) {
              page.glyphs.add(new Glyph(t.getUnicode(), t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(),
                  t.getHeightDir()));
            }
          }
        }
      };
      stripper.setSortByPosition(true);
      stripper.setStartPage(index + 1);
      stripper.setEndPage(index + 1);
      stripper.writeText(pdf, Writer.nullWriter());
      return page;
    }

    /** Whether {@code g} is in the bottom margin, where the footer is and no cell may be. */
    boolean isFooter(Glyph g) {
      return g.top() > height - 50;
    }

    /** The footer's text. */
    String footer() {
      StringBuilder b = new StringBuilder();
      Glyph last = null;
      for (Glyph g : glyphs.stream().filter(this::isFooter)
          .sorted(Comparator.comparingDouble((Glyph g) -> Math.round(g.y)).thenComparingDouble(g -> g.x)).toList()) {
        if (last != null && g.x - (last.x + last.width) > 1.5) {
          b.append(' ');
        }
        b.append(g.text);
        last = g;
      }
      return b.toString();
    }

    /** The borders around {@code g}: left, right, top, bottom; null when one is missing. */
    double @org.jspecify.annotations.Nullable [] cell(Glyph g) {
      double cx = g.x + g.width / 2;
      double cy = g.y - g.height / 2;
      double left = Double.NEGATIVE_INFINITY;
      double right = Double.POSITIVE_INFINITY;
      double top = Double.NEGATIVE_INFINITY;
      double bottom = Double.POSITIVE_INFINITY;
      for (Segment s : lines) {
        if (s.vertical() && cy >= Math.min(s.y1, s.y2) && cy <= Math.max(s.y1, s.y2)) {
          if (s.x1 <= cx) {
            left = Math.max(left, s.x1);
          } else {
            right = Math.min(right, s.x1);
          }
        } else if (s.horizontal() && cx >= Math.min(s.x1, s.x2) && cx <= Math.max(s.x1, s.x2)) {
          if (s.y1 <= cy) {
            top = Math.max(top, s.y1);
          } else {
            bottom = Math.min(bottom, s.y1);
          }
        }
      }
      if (Double.isInfinite(left) || Double.isInfinite(right) || Double.isInfinite(top)
          || Double.isInfinite(bottom)) {
        return null;
      }
      return new double[] {left, right, top, bottom};
    }

    /** Why {@code g} is not inside its cell, or null when it is. */
    @org.jspecify.annotations.Nullable String cellOf(Glyph g) {
      double[] c = cell(g);
      if (c == null) {
        return "in no bordered cell";
      }
      if (g.x < c[0] - SLACK || g.x + g.width > c[1] + SLACK) {
        return "crosses a column border (" + Math.round(c[0]) + "–" + Math.round(c[1]) + ")";
      }
      if (g.top() < c[2] - SLACK || g.y > c[3] + SLACK) {
        return "crosses a row border (" + Math.round(c[2]) + "–" + Math.round(c[3]) + ")";
      }
      return null;
    }

    /** The glyphs on {@code g}'s line, for a message. */
    String lineAround(Glyph g) {
      StringBuilder b = new StringBuilder();
      for (Glyph o : glyphs) {
        if (Math.abs(o.y - g.y) < 1 && Math.abs(o.x - g.x) < 120) {
          b.append(o.text);
        }
      }
      return b.toString();
    }

    /** The text of every bordered cell on the page, glyphs in reading order, white space removed. */
    List<String> cellTexts() {
      Map<String, List<Glyph>> byCell = new LinkedHashMap<>();
      for (Glyph g : glyphs) {
        double[] c = cell(g);
        if (c != null && !isFooter(g)) {
          String key = Math.round(c[0]) + "," + Math.round(c[2]);
          byCell.computeIfAbsent(key, k -> new ArrayList<>()).add(g);
        }
      }
      List<String> out = new ArrayList<>();
      for (List<Glyph> cell : byCell.values()) {
        StringBuilder b = new StringBuilder();
        cell.stream().sorted(Comparator.comparingDouble((Glyph g) -> Math.round(g.y * 2) / 2.0)
            .thenComparingDouble(g -> g.x)).forEach(g -> b.append(g.text));
        out.add(squeeze(b.toString()));
      }
      return out;
    }
  }

  /** Collects the page's borders: stroked segments and thin filled rectangles. */
  private static final class Borders extends PDFGraphicsStreamEngine {
    private final Page page;
    private final List<Point2D[]> path = new ArrayList<>();
    private Point2D current;
    private Point2D start;

    Borders(PDPage pdPage, Page page) {
      super(pdPage);
      this.page = page;
    }

    private Point2D flip(Point2D p) {
      return new Point2D.Double(p.getX(), page.height - p.getY());
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
      path.add(new Point2D[] {flip(p0), flip(p1)});
      path.add(new Point2D[] {flip(p1), flip(p2)});
      path.add(new Point2D[] {flip(p2), flip(p3)});
      path.add(new Point2D[] {flip(p3), flip(p0)});
    }

    @Override
    public void moveTo(float x, float y) {
      current = flip(new Point2D.Float(x, y));
      start = current;
    }

    @Override
    public void lineTo(float x, float y) {
      Point2D next = flip(new Point2D.Float(x, y));
      if (current != null) {
        path.add(new Point2D[] {current, next});
      }
      current = next;
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
      current = flip(new Point2D.Float(x3, y3));
    }

    @Override
    public Point2D getCurrentPoint() {
      return current == null ? new Point2D.Float() : flip(current);
    }

    @Override
    public void closePath() {
      if (current != null && start != null) {
        path.add(new Point2D[] {current, start});
        current = start;
      }
    }

    @Override
    public void endPath() {
      path.clear();
    }

    @Override
    public void strokePath() {
      for (Point2D[] s : path) {
        Segment seg = new Segment(s[0].getX(), s[0].getY(), s[1].getX(), s[1].getY());
        if (seg.vertical() || seg.horizontal()) {
          page.lines.add(seg);
        }
      }
      path.clear();
    }

    @Override
    public void fillPath(int windingRule) {
      // A thin filled rectangle is a border drawn as an area.
      double minX = Double.MAX_VALUE;
      double maxX = -Double.MAX_VALUE;
      double minY = Double.MAX_VALUE;
      double maxY = -Double.MAX_VALUE;
      for (Point2D[] s : path) {
        for (Point2D p : s) {
          minX = Math.min(minX, p.getX());
          maxX = Math.max(maxX, p.getX());
          minY = Math.min(minY, p.getY());
          maxY = Math.max(maxY, p.getY());
        }
      }
      if (!path.isEmpty()) {
        if (maxX - minX < 1.5 && maxY - minY > 1.5) {
          page.lines.add(new Segment((minX + maxX) / 2, minY, (minX + maxX) / 2, maxY));
        } else if (maxY - minY < 1.5 && maxX - minX > 1.5) {
          page.lines.add(new Segment(minX, (minY + maxY) / 2, maxX, (minY + maxY) / 2));
        }
      }
      path.clear();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
      strokePath();
    }

    @Override
    public void clip(int windingRule) {}

    @Override
    public void drawImage(PDImage pdImage) {}

    @Override
    public void shadingFill(COSName shadingName) {}
  }

  static {
    // PDFBox reads fonts; keep its font cache out of the user's home.
    System.setProperty("pdfbox.fontcache", OUT.toAbsolutePath().toString());
  }
}
