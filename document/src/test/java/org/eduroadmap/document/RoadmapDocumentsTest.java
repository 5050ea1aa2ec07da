package org.eduroadmap.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.eduroadmap.roadmap.Roadmap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The front door: every seed in every encoding and layout a user may have imports to the same roadmap
 * as its UTF-8 TAB copy, and what gives no roadmap is refused with a message in Russian and English.
 */
class RoadmapDocumentsTest {

  private static final Path SEEDS = Path.of("src/test/resources/org/eduroadmap/document");
  private static final Locale RU = Locale.forLanguageTag("ru");

  static Stream<String> seeds() {
    return Stream.of("eao-2021", "yakovlevsky-2020", "olenegorsk-2021", "katanga-2023", "kizel-2021", "own-layout");
  }

  private static String utf8(String seed) throws IOException {
    return Files.readString(SEEDS.resolve(seed + ".txt"));
  }

  private static Roadmap expected(String seed) throws IOException {
    return RoadmapDocumentReader.standard().read(utf8(seed)).roadmap();
  }

  private static Roadmap imported(byte[] content, String name) {
    return RoadmapDocuments.standard().read(content, name).roadmap();
  }

  private static void assertSameRoadmap(Roadmap expected, Roadmap actual) {
    List<RoadmapDiff.Difference> differences = RoadmapDiff.between(expected, actual);
    assertThat(differences).as("differences").isEmpty();
    assertThat(actual.activities()).hasSameSizeAs(expected.activities()).isNotEmpty();
  }

  private static final java.util.regex.Pattern STRUCTURE_KNOWS_MORE = java.util.regex.Pattern.compile(
      "order\\.authority|controlledBy\\.organisation|municipality|order\\.place");

  /**
   * The same roadmap, but for what a document read through its structure (Word, ODF, PDF, aligned text)
   * knows better than the TAB text copy: names as written, and a municipality or place found with them.
   */
  private static void assertSameReadingOfStructure(Roadmap expected, Roadmap actual) {
    List<RoadmapDiff.Difference> differences = RoadmapDiff.between(expected, actual).stream()
        .filter(d -> !STRUCTURE_KNOWS_MORE.matcher(d.path()).matches())
        .toList();
    assertThat(differences).as("differences").isEmpty();
    assertThat(actual.activities()).hasSameSizeAs(expected.activities()).isNotEmpty();
  }

  @Test
  void read_pdftotextLayoutOfAComplexPlanNotUnderstood_isRefusedSayingWhat() throws IOException {
    // A plan with a column per year, narrow enough that pdftotext breaks every term mid-word: its terms are
    // lost, so it is refused rather than imported as fragments; leniently it imports, every guess reported.
    Path file = Path.of("src/test/resources/corpus/synthetic/txt/dev-03-ulyanovsk-literacy.txt");

    assertThatThrownBy(() -> RoadmapDocuments.standard().read(file))
        .isInstanceOfSatisfying(RoadmapDocumentException.class, e -> {
          assertThat(e.getMessage(Locale.ENGLISH)).contains("no row has a term");
          assertThat(e.getMessage(RU)).contains("ни в одной строке нет срока");
        });
    assertThat(RoadmapDocuments.standard().lenient().read(file).roadmap().activities()).isNotEmpty();
  }

  static Stream<String> fiveSeeds() {
    return SeedFixtures.SEEDS.stream();
  }

  /** What a portal shows of a schedule: each occurrence's activity, kind, span and effective due date. */
  private static List<String> schedule(Roadmap roadmap) {
    return org.eduroadmap.schedule.ScheduleCalculator.standard().schedule(roadmap)
        .map(o -> o.activityId() + " " + o.kind() + " " + o.start() + "/" + o.end() + " "
            + o.effectiveDue().map(Object::toString).orElse("-"))
        .toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fiveSeeds")
  void read_seedAsDocx_readsAndSchedulesAsTheTextCopy(String seed) throws IOException {
    byte[] docx = org.eduroadmap.document.docx.DocxFixtures.write(SeedFixtures.layout(utf8(seed)));

    Roadmap roadmap = imported(docx, seed + ".bin"); // told by content, not by the name
    // Read through its structure, a .docx keeps names as written (capitals and all: the text copy's
    // sentence case loses proper names), and with them finds a municipality or place the text copy hides;
    // the fixture sets a line of the text copy as a paragraph, so a title wrapped over several lines
    // (a paragraph in a real document) reaches the order's title in part. The table reads the same.
    assertSameReadingOfStructure(expected(seed), roadmap);
    assertThat(schedule(roadmap)).isEqualTo(schedule(expected(seed))).isNotEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fiveSeeds")
  void read_seedAsTextPdf_readsAndSchedulesAsTheTextCopy(String seed) throws IOException {
    byte[] pdf = org.eduroadmap.document.pdf.PdfFixtures.write(SeedFixtures.layout(utf8(seed))).bytes();

    Roadmap roadmap = imported(pdf, seed + ".pdf");
    assertSameReadingOfStructure(expected(seed), roadmap);
    assertThat(schedule(roadmap)).isEqualTo(schedule(expected(seed))).isNotEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fiveSeeds")
  void read_seedAsWindows1251AndSpaceAligned_schedulesAsTheTextCopy(String seed) throws IOException {
    byte[] cp1251 = utf8(seed).replace("\n", "\r\n").getBytes(Charset.forName("windows-1251"));
    byte[] spaces = spaceAligned(utf8(seed)).getBytes(java.nio.charset.StandardCharsets.UTF_8);

    assertThat(schedule(imported(cp1251, seed + ".txt"))).isEqualTo(schedule(expected(seed)));
    assertThat(schedule(imported(spaces, seed + ".txt"))).isEqualTo(schedule(expected(seed)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void read_windows1251WithCrlf_readsAsUtf8Copy(String seed) throws IOException {
    byte[] content = utf8(seed).replace("\n", "\r\n").getBytes(Charset.forName("windows-1251"));

    assertSameRoadmap(expected(seed), imported(content, seed + ".txt"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void read_koi8r_readsAsUtf8Copy(String seed) throws IOException {
    // KOI8-R has no «», dashes or №: a KOI8-R file has the stand-ins its author typed, and so does
    // the UTF-8 copy it is compared with.
    String text = koi8Typed(utf8(seed));
    byte[] content = text.getBytes(Charset.forName("KOI8-R"));

    assertThat(new String(content, Charset.forName("KOI8-R"))).as("representable in KOI8-R").isEqualTo(text);
    assertSameRoadmap(RoadmapDocumentReader.standard().read(text).roadmap(), imported(content, seed + ".txt"));
  }

  private static String koi8Typed(String text) {
    return text.replaceAll("[«»“”„]", "\"").replaceAll("[—–−]", "-").replace("№", "N").replace("…", "...")
        .replaceAll("[^\\p{InCyrillic}\\p{ASCII}]", " ").replace("ё", "е").replace("Ё", "Е");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void read_utf16WithBom_readsAsUtf8Copy(String seed) throws IOException {
    // Java's "UTF-16" writes a big-endian BOM; Windows Notepad's «Unicode» is little-endian with a BOM.
    byte[] be = utf8(seed).getBytes(StandardCharsets.UTF_16);
    byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, utf8(seed).getBytes(StandardCharsets.UTF_16LE));

    assertSameRoadmap(expected(seed), imported(be, seed + ".txt"));
    assertSameRoadmap(expected(seed), imported(le, seed + ".txt"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void read_utf8WithBomAndCrLineEnds_readsAsUtf8Copy(String seed) throws IOException {
    byte[] content = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        utf8(seed).replace("\n", "\r").getBytes(StandardCharsets.UTF_8));

    assertSameRoadmap(expected(seed), imported(content, seed + ".txt"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seeds")
  void read_spaceAligned_readsAsUtf8Copy(String seed) throws IOException {
    byte[] content = spaceAligned(utf8(seed)).getBytes(StandardCharsets.UTF_8);

    ImportResult result = RoadmapDocuments.standard().read(content, seed + ".txt");

    assertSameReadingOfStructure(expected(seed), result.roadmap());
    assertThat(result.problems(ImportProblemKind.COLUMNS_FROM_ALIGNMENT)).hasSize(1);
  }

  @Test
  void read_path_picksTheReaderByContentNotByName(@TempDir Path dir) throws IOException {
    Path misnamed = dir.resolve("plan.pdf");
    Files.write(misnamed, utf8("kizel-2021").getBytes(Charset.forName("windows-1251")));

    assertSameRoadmap(expected("kizel-2021"), RoadmapDocuments.standard().read(misnamed).roadmap());
  }

  @Test
  void read_windows1251ShortFile_readsTheLetters() {
    String text = "План на 2022 год\n\n№\tМероприятие\tСрок\tОтветственные\n1.\tСовещание\tмай 2022\tИМЦ\n";

    Roadmap roadmap = imported(text.getBytes(Charset.forName("windows-1251")), "short.txt");

    assertThat(roadmap.activities()).singleElement().satisfies(a -> {
      assertThat(a.title()).isEqualTo("Совещание");
      assertThat(a.responsibility().text()).isEqualTo("ИМЦ");
    });
  }

  @Test
  void read_emptyFile_isRefusedInRussianAndEnglish() {
    assertThatThrownBy(() -> RoadmapDocuments.standard().read(new byte[0], "empty.txt"))
        .isInstanceOfSatisfying(RoadmapDocumentException.class, e -> {
          assertThat(e.getMessage(RU)).startsWith("Документ пуст");
          assertThat(e.getMessage(Locale.ENGLISH)).startsWith("The document is empty");
        });
  }

  @Test
  void read_binaryGarbage_isRefusedNamingTheFileAndTheEncodingsTried() {
    byte[] garbage = new byte[4096];
    new Random(42).nextBytes(garbage);

    assertThatThrownBy(() -> RoadmapDocuments.standard().read(garbage, "photo.jpg"))
        .isInstanceOfSatisfying(RoadmapDocumentException.class, e -> {
          assertThat(e.getMessage(RU)).contains("photo.jpg").contains("Windows-1251").contains("KOI8-R");
          assertThat(e.getMessage(Locale.ENGLISH)).contains("photo.jpg").contains("UTF-8");
        });
  }

  @Test
  void read_damagedOldWordDocument_isRefusedAsNotReadable() {
    byte[] doc = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};

    assertThatThrownBy(() -> RoadmapDocuments.standard().read(doc, "plan.doc"))
        .isInstanceOfSatisfying(RoadmapDocumentException.class, e -> {
          assertThat(e.getMessage(RU)).contains(".doc");
          assertThat(e.getMessage(Locale.ENGLISH)).contains("not a readable .doc");
        });
  }

  @Test
  void read_formatFixtureInEveryWordProcessorFormat_readsTheSameActivities() throws IOException {
    List<List<String>> seen = new java.util.ArrayList<>();
    for (String name : List.of("roadmap.docx", "roadmap.odt", "roadmap.doc")) {
      byte[] bytes;
      try (var in = RoadmapDocumentsTest.class.getResourceAsStream("/formats/" + name)) {
        bytes = in.readAllBytes();
      }
      Roadmap r = RoadmapDocuments.standard().read(bytes, name).roadmap();
      seen.add(r.activities().stream().map(a -> a.number() + " " + a.title() + " | " + a.term().text() + " | "
          + a.responsibility().parties().stream().map(p -> p.name()).toList()).toList());
    }
    assertThat(seen.get(0)).isNotEmpty();
    assertThat(seen.get(1)).isEqualTo(seen.get(0));
    assertThat(seen.get(2)).isEqualTo(seen.get(0));
  }

  @Test
  void read_textOverTheTextLimit_isRefusedNamingTheSize() {
    RoadmapDocuments small = RoadmapDocuments.withLimits(ImportLimits.standard().withMaxTextBytes(10));

    assertThatThrownBy(() -> small.read(new byte[11], "big.txt"))
        .isInstanceOfSatisfying(RoadmapDocumentException.class,
            e -> assertThat(e.getMessage(Locale.ENGLISH)).contains("big.txt").contains("11").contains("10"));
  }

  /** The TAB lines of {@code text} with every column padded to its widest cell and two spaces. */
  static String spaceAligned(String text) {
    String[] lines = text.split("\n", -1);
    List<Integer> widths = new ArrayList<>();
    for (String line : lines) {
      if (line.indexOf('\t') >= 0) {
        String[] cells = line.split("\t", -1);
        for (int c = 0; c < cells.length; c++) {
          if (widths.size() <= c) {
            widths.add(0);
          }
          widths.set(c, Math.max(widths.get(c), cells[c].strip().length()));
        }
      }
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.indexOf('\t') >= 0) {
        String[] cells = line.split("\t", -1);
        StringBuilder row = new StringBuilder();
        for (int c = 0; c < cells.length; c++) {
          String cell = cells[c].strip();
          row.append(cell).append(" ".repeat(widths.get(c) - cell.length() + 2));
        }
        line = row.toString().stripTrailing();
      }
      sb.append(line);
      if (i < lines.length - 1) {
        sb.append('\n');
      }
    }
    return sb.toString();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
