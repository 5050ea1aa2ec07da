package org.eduroadmap.document.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PdfTextTest {

  private static final ImportLimits LIMITS = ImportLimits.standard();
  private static final Locale RU = Locale.forLanguageTag("ru");

  static List<String> seeds() {
    return SeedFixtures.SEEDS;
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void read_seedAsWordExportsIt_givesTheSameRoadmapAsTheTextCopy(String seed) {
    String text = SeedFixtures.seedText(seed);
    PdfFixtures.Written pdf = PdfFixtures.write(SeedFixtures.layout(text));
    assertThat(pdf.pages()).isGreaterThan(1);

    DocumentText read = PdfText.read(pdf.bytes(), LIMITS);

    assertThat(SeedFixtures.differences(text, read)).isEmpty();
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

  static byte[] save(PDDocument doc) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.save(out);
    return out.toByteArray();
  }
}
