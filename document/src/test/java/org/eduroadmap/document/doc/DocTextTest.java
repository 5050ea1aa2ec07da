package org.eduroadmap.document.doc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.eduroadmap.document.FormatFixtures;
import org.eduroadmap.document.ImportLimits;
import org.eduroadmap.document.RoadmapDocumentException;
import org.eduroadmap.document.structure.Alignment;
import org.eduroadmap.document.structure.GridCell;
import org.eduroadmap.document.structure.GridRow;
import org.eduroadmap.document.structure.GridTable;
import org.eduroadmap.document.structure.Paragraph;
import org.eduroadmap.document.structure.StructuredDocument;
import org.junit.jupiter.api.Test;

class DocTextTest {

  private static final ImportLimits LIMITS = ImportLimits.standard();
  private static final Locale RU = Locale.forLanguageTag("ru");

  private static StructuredDocument fixture() {
    return DocText.structure(FormatFixtures.fixture("doc"), LIMITS);
  }

  private static GridTable fixtureTable() {
    return fixture().tables().get(0);
  }

  // The fixture, as LibreOffice saves it in Word 97 format.

  @Test
  void structure_libreOfficeFixture_isExactlyTheDocument() {
    assertThat(fixture()).isEqualTo(FormatFixtures.expected());
  }

  @Test
  void structure_tabAlignedDateLine_keepsTabs() {
    Paragraph date = (Paragraph) fixture().blocks().get(1);
    assertThat(date.text()).isEqualTo("15.03.2024\t\t\t№ 112");
    assertThat(date.segments()).containsExactly("15.03.2024", "№ 112");
  }

  @Test
  void structure_centredParagraph_hasItsJustification() {
    assertThat(((Paragraph) fixture().blocks().get(0)).alignment()).isEqualTo(Alignment.CENTER);
  }

  @Test
  void structure_headerRows_areRepeatedHeaders() {
    assertThat(fixtureTable().rows()).extracting(GridRow::isRepeatedHeader)
        .containsExactly(true, true, false, false, false, false, false);
  }

  @Test
  void structure_wideCell_spansTheGridColumnsBetweenItsEdges() {
    assertThat(fixtureTable().columnCount()).isEqualTo(5);
    assertThat(fixtureTable().rows().get(0).cells().get(2))
        .isEqualTo(GridCell.of("Сроки и исполнители").withColumnSpan(2));
    assertThat(fixtureTable().rows().get(2).cells())
        .containsExactly(GridCell.of("1. Организационные мероприятия").withColumnSpan(5));
  }

  @Test
  void structure_verticallyMergedCell_isContinuation() {
    assertThat(fixtureTable().rows().get(1).cells()).extracting(GridCell::isContinuation)
        .containsExactly(true, true, false, false, true);
    assertThat(fixtureTable().rows().get(5).cells().get(3)).isEqualTo(GridCell.continuation());
  }

  @Test
  void structure_cellOfTwoParagraphs_keepsBoth() {
    assertThat(fixtureTable().rows().get(3).cells().get(3).paragraphs()).containsExactly("Комитет", "ИМЦ");
  }

  @Test
  void structure_footnote_isMarkedAndFollowsTheBody() {
    List<?> blocks = fixture().blocks();
    assertThat(((Paragraph) blocks.get(2)).text()).isEqualTo("Об утверждении плана мероприятий на 2024 год*");
    assertThat(((Paragraph) blocks.get(blocks.size() - 1)).text())
        .isEqualTo("* В редакции приказа от 01.04.2024 № 130.");
  }

  // Hostile and broken files.

  @Test
  void structure_notOle2_isRefused() {
    assertRefused("ПРИКАЗ".getBytes(StandardCharsets.UTF_8), LIMITS, "not a readable .doc", "не читается как документ .doc");
  }

  @Test
  void structure_damagedFile_isRefused() {
    byte[] fixture = FormatFixtures.fixture("doc");
    assertRefused(Arrays.copyOf(fixture, fixture.length / 3), LIMITS, "not a readable .doc", "не читается");
    byte[] scrambled = fixture.clone();
    for (int i = 1024; i < scrambled.length; i += 7) {
      scrambled[i] ^= 0x5A;
    }
    assertRefused(scrambled, LIMITS, "not a readable .doc", "не читается");
  }

  @Test
  void structure_ole2WithoutWordStream_isRefused() throws IOException {
    // An OLE2 file that is no Word document, as an Excel .xls is.
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      fs.createDocument(new ByteArrayInputStream(new byte[100]), "Workbook");
      fs.writeFilesystem(out);
    }
    assertRefused(out.toByteArray(), LIMITS, "not a readable .doc", "не читается");
  }

  @Test
  void structure_encrypted_isRefusedAsEncrypted() throws IOException {
    byte[] encrypted;
    Biff8EncryptionKey.setCurrentUserPassword("пароль");
    try (HWPFDocument doc = new HWPFDocument(new ByteArrayInputStream(FormatFixtures.fixture("doc")))) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.write(out);
      encrypted = out.toByteArray();
    } finally {
      Biff8EncryptionKey.setCurrentUserPassword(null);
    }
    assertRefused(encrypted, LIMITS, "encrypted", "зашифрован");
  }

  @Test
  void structure_fileOverTheLimit_isRefused() {
    assertRefused(FormatFixtures.fixture("doc"), LIMITS.withMaxDocxBytes(1000), "too large", "слишком велик");
  }

  @Test
  void structure_textOverTheLimit_isRefused() {
    assertRefused(FormatFixtures.fixture("doc"), LIMITS.withMaxTextBytes(100), "text is too large", "слишком велик");
  }

  private static void assertRefused(byte[] doc, ImportLimits limits, String english, String russian) {
    assertThatThrownBy(() -> DocText.structure(doc, limits)).isInstanceOf(RoadmapDocumentException.class)
        .satisfies(e -> {
          RoadmapDocumentException r = (RoadmapDocumentException) e;
          assertThat(r.getMessage(Locale.ENGLISH)).contains(english);
          assertThat(r.getMessage(RU)).contains(russian);
        });
  }
}
