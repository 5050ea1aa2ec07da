package org.eduroadmap.document.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.eduroadmap.document.DocumentText;
import org.eduroadmap.document.ImportLimits;
import org.eduroadmap.document.RoadmapDocumentException;
import org.eduroadmap.document.SeedFixtures;
import org.eduroadmap.roadmap.Activity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class PdfTextTest {

  private static final ImportLimits LIMITS = ImportLimits.standard();
  private static final Locale RU = Locale.forLanguageTag("ru");

  static List<String> seeds() {
    return SeedFixtures.SEEDS;
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void read_seedAsWordExportsIt_givesTheSameRoadmapAsTheTextCopy(String seed) {
    assertReadAsTheTextCopy(seed, PdfFixtures::write);
  }

  // Not katanga-2023 and olenegorsk-2021: their last table has one row, too few to find unruled columns
  // in. Not kizel-2021: «Управление образования,» justified over a cell of two words sets its second word
  // at the same place in every row, which is taken for a column.
  @ParameterizedTest
  @ValueSource(strings = {"eao-2021", "yakovlevsky-2020"})
  void read_seedWithoutRulings_givesTheSameActivitiesAsTheTextCopy(String seed) {
    assertReadAsTheTextCopy(seed, PdfFixtures::writeUnruled);
  }

  /** The seed written as a PDF of several pages by {@code writer} reads as the same roadmap as its text. */
  private static void assertReadAsTheTextCopy(String seed, Function<SeedFixtures.Layout, PdfFixtures.Written> writer) {
    String text = SeedFixtures.seedText(seed);
    PdfFixtures.Written pdf = writer.apply(SeedFixtures.layout(text));
    assertThat(pdf.pages()).isGreaterThan(1);

    DocumentText read = PdfText.read(pdf.bytes(), LIMITS);

    assertThat(SeedFixtures.differences(text, read)).isEmpty();
  }

  @Test
  void read_overItsTimeBudget_stopsWithAClearErrorNamingTheBudget() {
    // The slow PDF of issue 22 spent ~13 s of CPU a page; any PDF over its budget must stop between
    // pages or operations, not run on for the hours the page limit allows.
    PdfFixtures.Written pdf = PdfFixtures.write(SeedFixtures.layout(SeedFixtures.seedText("eao-2021")));
    ImportLimits tight = LIMITS.withPdfTimeBudget(java.time.Duration.ofMillis(1));

    long started = System.nanoTime();
    assertThatThrownBy(() -> PdfText.read(pdf.bytes(), tight))
        .isInstanceOfSatisfying(RoadmapDocumentException.class, e -> {
          assertThat(e.getMessage(java.util.Locale.forLanguageTag("ru"))).contains("0,001 с", "withPdfTimeBudget");
          assertThat(e.getMessage()).contains("0.001 s", "withPdfTimeBudget");
        });
    assertThat(java.time.Duration.ofNanos(System.nanoTime() - started)).isLessThan(java.time.Duration.ofSeconds(5));
    assertThat(PdfText.read(pdf.bytes(), LIMITS).toPlainText()).isNotEmpty();
  }

  @Test
  void read_unruledRowsRepeatingOneJustifiedText_keepTheirColumns() {
    // Every row's activity is justified alike, so its words stand at the same places in every row and no
    // other text crosses them: they must still not be taken for columns.
    StringBuilder text = new StringBuilder("ПЛАН МЕРОПРИЯТИЙ\n\n№\tМероприятие\tСрок\tОтветственный\tРезультат\n");
    for (int i = 1; i <= 6; i++) {
      text.append(i).append(".\tАнализ результатов оценочных процедур в общеобразовательных организациях округа ")
          .append(i).append("\tноябрь 2021\tУправление образования, ОО\tАналитическая справка\n");
    }
    PdfFixtures.Written pdf = PdfFixtures.writeUnruled(SeedFixtures.layout(text.toString()));

    DocumentText read = PdfText.read(pdf.bytes(), LIMITS);

    assertThat(SeedFixtures.differences(text.toString(), read)).isEmpty();
  }

  @Test
  void read_unruledTable_rowsWrappedOverLines_areOneActivityEach() {
    String longCell = "Организация и проведение инструктивно-методических совещаний с руководителями "
        .repeat(3).strip();
    String text = "ПЛАН МЕРОПРИЯТИЙ\n\n"
        + "№\tМероприятие\tСрок\tОтветственный\n"
        + "1.\tАнализ результатов ВПР в общеобразовательных организациях\tоктябрь 2021\tОО\n"
        + "2.\t" + longCell + "\tежегодно\tУправление образования администрации округа\n"
        + "3.\tСеминар\tноябрь 2021\tМетодический центр\n"
        + "4.\tСовещание по итогам\tдекабрь 2021\tОО\n";
    PdfFixtures.Written pdf = PdfFixtures.write(SeedFixtures.layout(text), 420, 260, true, false);
    assertThat(pdf.pages()).isEqualTo(2);
    assertThat(pdf.splitRows()).isPositive();

    DocumentText read = PdfText.read(pdf.bytes(), LIMITS);
    List<String> rows = tableRows(read);

    assertThat(rows).containsExactly(
        "№\tМероприятие\tСрок\tОтветственный",
        "1.\tАнализ результатов ВПР в общеобразовательных организациях\tоктябрь 2021\tОО",
        "2.\t" + longCell + "\tежегодно\tУправление образования администрации округа",
        "3.\tСеминар\tноябрь 2021\tМетодический центр",
        "4.\tСовещание по итогам\tдекабрь 2021\tОО");
    assertThat(SeedFixtures.roadmap(read.toPlainText()).activities()).extracting(Activity::number)
        .containsExactly("1.", "2.", "3.", "4.");
  }

  @Test
  void read_seedsAsWordExportsThem_includeSplitRowsAndRepeatedHeaders() {
    int split = 0;
    int repeated = 0;
    for (String seed : SeedFixtures.SEEDS) {
      PdfFixtures.Written pdf = PdfFixtures.write(SeedFixtures.layout(SeedFixtures.seedText(seed)));
      split += pdf.splitRows();
      repeated += pdf.repeatedHeaders();
    }

    // The seed test above means something only if the layouts split rows and repeat headers.
    assertThat(split).isPositive();
    assertThat(repeated).isPositive();
  }

  @Test
  void read_imageOnlyPage_saysItIsAScan() throws IOException {
    byte[] scan;
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      doc.addPage(page);
      BufferedImage image = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
      PDImageXObject x = LosslessFactory.createFromImage(doc, image);
      try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
        out.drawImage(x, 50, 500, 400, 200);
      }
      scan = save(doc);
    }

    assertThatThrownBy(() -> PdfText.read(scan, LIMITS))
        .isInstanceOfSatisfying(RoadmapDocumentException.class, e -> {
          assertThat(e.getMessage(RU))
              .isEqualTo("В PDF нет текстового слоя: похоже, это скан; нужен PDF с текстом или .docx");
          assertThat(e.getMessage(Locale.ENGLISH)).contains("no text layer");
        });
  }

  @Test
  void read_passwordProtected_isAClearError() throws IOException {
    byte[] encrypted;
    try (PDDocument doc = new PDDocument()) {
      doc.addPage(new PDPage());
      StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      doc.protect(policy);
      encrypted = save(doc);
    }

    assertThatThrownBy(() -> PdfText.read(encrypted, LIMITS))
        .isInstanceOfSatisfying(RoadmapDocumentException.class,
            e -> assertThat(e.getMessage(RU)).isEqualTo(
                "PDF защищён паролем: сохраните его без пароля или импортируйте .docx"));
  }

  @Test
  void read_notAPdf_isAClearErrorWithoutClassNames() {
    byte[] text = "ПРИКАЗ\n№ 94".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> PdfText.read(text, LIMITS))
        .isInstanceOfSatisfying(RoadmapDocumentException.class, e -> {
          assertThat(e.getMessage(RU)).isEqualTo("Файл не читается как PDF (повреждён или другого формата)");
          assertThat(e.getMessage(Locale.ENGLISH)).doesNotContain("Exception");
        });
  }

  @Test
  void read_fileLargerThanTheLimit_isRefusedBeforeParsing() {
    assertThatThrownBy(() -> PdfText.read(new byte[100], LIMITS.withMaxPdfBytes(99)))
        .isInstanceOfSatisfying(RoadmapDocumentException.class,
            e -> assertThat(e.getMessage(RU)).startsWith("Файл PDF слишком велик"));
  }

  @Test
  void read_morePagesThanTheLimit_isRefused() {
    PdfFixtures.Written pdf = PdfFixtures.write(SeedFixtures.layout(SeedFixtures.seedText("kizel-2021")));

    assertThatThrownBy(() -> PdfText.read(pdf.bytes(), LIMITS.withMaxPdfPages(1)))
        .isInstanceOfSatisfying(RoadmapDocumentException.class,
            e -> assertThat(e.getMessage(RU)).startsWith("В PDF слишком много страниц (допустимо от 0 до 1)"));
  }

  @Test
  void read_sectionHeadingSpanningTheRow_isOneFilledCellThenEmptyOnes() {
    String text = "№\tМероприятие\tСрок\tОтветственный\n"
        + "1. Диагностика\t\t\t\n"
        + "1.1.\tАнализ результатов ВПР\tоктябрь 2021\tОО\n";

    assertThat(tableRows(read(text, 842, 595))).containsExactly(
        "№\tМероприятие\tСрок\tОтветственный", "1. Диагностика\t\t\t",
        "1.1.\tАнализ результатов ВПР\tоктябрь 2021\tОО");
  }

  @Test
  void read_verticallyMergedResponsibleCell_repeatsNothing() {
    String text = "№\tМероприятие\tСрок\tОтветственный\n"
        + "1.\tАнализ результатов ВПР\tоктябрь 2021\tУправление образования администрации округа\n"
        + "2.\tСеминар\tноябрь 2021\t\n"
        + "3.\tСовещание\tдекабрь 2021\t\n";
    SeedFixtures.TableBlock table = (SeedFixtures.TableBlock) SeedFixtures.layout(text).blocks().get(0);
    assertThat(table.rows().get(2).get(3).continuation()).isTrue();

    assertThat(tableRows(read(text, 842, 595))).containsExactly(
        "№\tМероприятие\tСрок\tОтветственный",
        "1.\tАнализ результатов ВПР\tоктябрь 2021\tУправление образования администрации округа",
        "2.\tСеминар\tноябрь 2021\t",
        "3.\tСовещание\tдекабрь 2021\t");
  }

  @Test
  void read_rowSplitByAPageBreakUnderARepeatedHeader_isOneRowAndTheHeaderIsReadOnce() {
    String longCell = "Организация и проведение инструктивно-методических совещаний с руководителями "
        .repeat(6).strip();
    String text = "№\tМероприятие\tСрок\n"
        + "1.\tАнализ\tоктябрь 2021\n"
        + "2.\t" + longCell + "\tежегодно\n"
        + "3.\tСеминар\tноябрь 2021\n";
    PdfFixtures.Written pdf = PdfFixtures.write(SeedFixtures.layout(text), 300, 200, true);
    assertThat(pdf.splitRows()).isPositive();
    assertThat(pdf.repeatedHeaders()).isPositive();

    DocumentText read = PdfText.read(pdf.bytes(), LIMITS);

    assertThat(tableRows(read)).containsExactly(
        "№\tМероприятие\tСрок", "1.\tАнализ\tоктябрь 2021", "2.\t" + longCell + "\tежегодно",
        "3.\tСеминар\tноябрь 2021");
  }

  @Test
  void read_justifiedParagraphWrappedOverLines_isOneLine() {
    String paragraph = "В целях реализации Концепции поддержки школ с низкими образовательными результатами "
        + "обучающихся и школ, функционирующих в неблагоприятных социальных условиях, в Пермском крае до "
        + "2024 года, утвержденного приказом Министерства образования и науки Пермского края";
    String text = "ПРИКАЗ\n\n" + paragraph + "\n\nПРИКАЗЫВАЮ:\n";

    List<String> lines = read(text, 400, 600).lines().stream().map(DocumentText.Line::text).toList();

    assertThat(lines).containsExactly("ПРИКАЗ", "", paragraph, "", "ПРИКАЗЫВАЮ:");
  }

  @Test
  void read_twoRowHeaderWithYearsMergedUnderOneTitle_keepsTheYearColumnsAligned() {
    String text = SeedFixtures.seedText("yakovlevsky-2020");

    List<String> rows = tableRows(PdfText.read(PdfFixtures.write(SeedFixtures.layout(text)).bytes(), LIMITS));

    assertThat(rows.get(0).split("\t", -1)).containsExactly(
        "№ п/п", "Мероприятия", "Ключевые мероприятия, сроки реализации", "", "",
        "Ответственный исполнитель", "Документы, закрепляющие результат");
    assertThat(rows.get(1).split("\t", -1)).containsExactly("", "", "2020", "2021", "2022", "", "");
  }

  @Test
  void read_tableRow_hasItsPageAsOrigin() {
    String text = "ПРИКАЗ\n\n№\tМероприятие\n1.\tАнализ\n";

    DocumentText read = read(text, 400, 300);

    // The lines of page 1: «ПРИКАЗ», the header row, this row; the page number is not a line.
    DocumentText.Line last = read.lines().get(read.lines().size() - 1);
    assertThat(last.text()).isEqualTo("1.\tАнализ");
    assertThat(last.origin()).isEqualTo(DocumentText.Origin.ofPage(1, 3));
  }

  private static DocumentText read(String text, float width, float height) {
    return PdfText.read(PdfFixtures.write(SeedFixtures.layout(text), width, height, true).bytes(), LIMITS);
  }

  private static List<String> tableRows(DocumentText text) {
    return text.lines().stream().map(DocumentText.Line::text).filter(t -> t.contains("\t")).toList();
  }

  static byte[] save(PDDocument doc) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.save(out);
    return out.toByteArray();
  }
}
