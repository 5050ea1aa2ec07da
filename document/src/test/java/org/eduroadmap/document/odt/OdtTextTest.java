package org.eduroadmap.document.odt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
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
import org.junit.jupiter.api.io.TempDir;

class OdtTextTest {

  private static final ImportLimits LIMITS = ImportLimits.standard();
  private static final Locale RU = Locale.forLanguageTag("ru");

  private static StructuredDocument fixture() {
    return OdtText.structure(FormatFixtures.fixture("odt"), LIMITS);
  }

  private static GridTable fixtureTable() {
    return fixture().tables().get(0);
  }

  // The fixture, as LibreOffice saves it.

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
  void structure_centredParagraph_hasItsAutomaticStylesAlignment() {
    assertThat(((Paragraph) fixture().blocks().get(0)).alignment()).isEqualTo(Alignment.CENTER);
  }

  @Test
  void structure_headerRows_areRepeatedHeaders() {
    assertThat(fixtureTable().rows()).extracting(GridRow::isRepeatedHeader)
        .containsExactly(true, true, false, false, false, false, false);
  }

  @Test
  void structure_spanningTitle_hasColumnSpan_andCoveredCellToItsRightIsAbsorbed() {
    List<GridCell> header = fixtureTable().rows().get(0).cells();
    assertThat(header).hasSize(4);
    assertThat(header.get(2)).isEqualTo(GridCell.of("Сроки и исполнители").withColumnSpan(2));
    assertThat(fixtureTable().rows().get(2).cells())
        .containsExactly(GridCell.of("1. Организационные мероприятия").withColumnSpan(5));
  }

  @Test
  void structure_coveredCellBelowSpannedCell_isContinuation() {
    List<GridCell> second = fixtureTable().rows().get(1).cells();
    assertThat(second).extracting(GridCell::isContinuation).containsExactly(true, true, false, false, true);
    assertThat(fixtureTable().rows().get(5).cells().get(3)).isEqualTo(GridCell.continuation());
  }

  @Test
  void structure_cellOfTwoParagraphs_keepsBoth() {
    assertThat(fixtureTable().rows().get(3).cells().get(3).paragraphs()).containsExactly("Комитет", "ИМЦ");
  }

  @Test
  void structure_footnote_isMarkedAndFollowsTheBody() {
    List<?> blocks = fixture().blocks();
    assertThat(((Paragraph) blocks.get(2)).text()).endsWith("год*");
    assertThat(((Paragraph) blocks.get(blocks.size() - 1)).text()).isEqualTo("* В редакции приказа от 01.04.2024 № 130.");
  }

  // Hand-written content.xml: what LibreOffice did not make for the fixture.

  @Test
  void structure_spacesLineBreaksAndSpans_readAsWritten() {
    StructuredDocument doc = structure(body("<text:p>  а  <text:span>б</text:span><text:s text:c=\"3\"/>в"
        + "<text:line-break/>г<text:tab/>д <text:a xlink:href=\"x\">е</text:a></text:p>"));
    assertThat(((Paragraph) doc.blocks().get(0)).text()).isEqualTo("а б   в\nг\tд е");
  }

  @Test
  void structure_numberedAndBulletedLists_keepTheirNumbers() {
    String styles = "<text:list-style style:name=\"L1\">"
        + "<text:list-level-style-number text:level=\"1\" style:num-suffix=\".\" style:num-format=\"1\"/>"
        + "<text:list-level-style-number text:level=\"2\" style:num-suffix=\")\" style:num-format=\"a\"/>"
        + "</text:list-style><text:list-style style:name=\"L2\">"
        + "<text:list-level-style-bullet text:level=\"1\" text:bullet-char=\"•\"/></text:list-style>";
    StructuredDocument doc = structure(document(styles,
        "<text:p>ПРИКАЗЫВАЮ:</text:p><text:list text:style-name=\"L1\">"
            + "<text:list-item><text:p>Утвердить план.</text:p></text:list-item>"
            + "<text:list-item><text:p>Назначить ответственных:</text:p><text:list>"
            + "<text:list-item><text:p>ИМЦ;</text:p></text:list-item>"
            + "<text:list-item><text:p>ОО.</text:p></text:list-item></text:list></text:list-item>"
            + "<text:list-item><text:p>Контроль оставляю за собой.</text:p></text:list-item></text:list>"
            + "<text:list text:style-name=\"L2\"><text:list-item><text:p>пункт</text:p></text:list-item></text:list>"));
    assertThat(doc.blocks()).map(b -> ((Paragraph) b).text()).containsExactly("ПРИКАЗЫВАЮ:", "1. Утвердить план.",
        "2. Назначить ответственных:", "a) ИМЦ;", "b) ОО.", "3. Контроль оставляю за собой.", "- пункт");
  }

  @Test
  void structure_cellSpanningTwoColumnsAndTwoRows_continuesAsWideAsItIs() {
    StructuredDocument doc = structure(body("<table:table>"
        + "<table:table-row><table:table-cell table:number-columns-spanned=\"2\" table:number-rows-spanned=\"2\">"
        + "<text:p>А</text:p></table:table-cell><table:covered-table-cell/>"
        + "<table:table-cell><text:p>Б</text:p></table:table-cell></table:table-row>"
        + "<table:table-row><table:covered-table-cell/><table:covered-table-cell/>"
        + "<table:table-cell><text:p>В</text:p></table:table-cell></table:table-row>"
        + "<table:table-row><table:table-cell><text:p>Г</text:p></table:table-cell>"
        + "<table:covered-table-cell/><table:table-cell/></table:table-row></table:table>"));
    List<GridRow> rows = doc.tables().get(0).rows();
    assertThat(rows.get(0).cells()).containsExactly(GridCell.of("А").withColumnSpan(2), GridCell.of("Б"));
    assertThat(rows.get(1).cells()).containsExactly(GridCell.continuation().withColumnSpan(2), GridCell.of("В"));
    // A covered cell nothing explains (damaged) is an empty cell, not a continuation.
    assertThat(rows.get(2).cells()).containsExactly(GridCell.of("Г"), GridCell.of(""), GridCell.of(""));
  }

  @Test
  void structure_repeatedRowsAndCells_areExpanded() {
    StructuredDocument doc = structure(body("<table:table><table:table-row table:number-rows-repeated=\"3\">"
        + "<table:table-cell table:number-columns-repeated=\"2\"><text:p>x</text:p></table:table-cell>"
        + "</table:table-row></table:table>"));
    assertThat(doc.tables().get(0).rows()).hasSize(3)
        .allSatisfy(r -> assertThat(r.cells()).containsExactly(GridCell.of("x"), GridCell.of("x")));
  }

  @Test
  void structure_hugeRepeatOfAnEmptyRow_isReadOnce_andHugeColumnRepeatIsCapped() {
    StructuredDocument doc = structure(body("<table:table><table:table-row table:number-rows-repeated=\"1048576\">"
        + "<table:table-cell table:number-columns-repeated=\"1000000000\"/></table:table-row></table:table>"));
    assertThat(doc.tables().get(0).rows()).hasSize(1);
    assertThat(doc.tables().get(0).rows().get(0).cells()).hasSize(OdtText.MAX_COLUMNS);
  }

  @Test
  void structure_hugeRepeatOfARowWithText_isRefused() {
    byte[] odt = odt(body("<table:table><table:table-row table:number-rows-repeated=\"2000000000\">"
        + "<table:table-cell><text:p>x</text:p></table:table-cell></table:table-row></table:table>"));
    assertRefused(odt, "more than 5000 table rows", "больше 5000 строк");
  }

  @Test
  void structure_externalEntity_isNotResolved(@TempDir Path dir) throws IOException {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "SECRET-42");
    String xxe = "<?xml version=\"1.0\"?><!DOCTYPE office:document-content [<!ENTITY xxe SYSTEM \""
        + secret.toUri() + "\">]>" + body("<text:p>&xxe;</text:p>").substring("<?xml version=\"1.0\"?>".length());
    assertThatThrownBy(() -> OdtText.structure(odt(xxe), LIMITS)).isInstanceOf(RoadmapDocumentException.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("SECRET"));
    String parameterEntity = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY % p SYSTEM \"" + secret.toUri()
        + "\"> %p;]><x/>";
    assertThatThrownBy(() -> OdtText.structure(odt(parameterEntity), LIMITS))
        .isInstanceOf(RoadmapDocumentException.class);
  }

  @Test
  void structure_doctypeWithoutEntities_isRefused() {
    String xml = "<?xml version=\"1.0\"?><!DOCTYPE x>" + body("<text:p>а</text:p>").substring(21);
    assertRefused(odt(xml), "DOCTYPE", "DOCTYPE");
  }

  @Test
  void structure_zipBomb_isRefusedBeforeParsing() {
    // 64 MiB of spaces deflate to about 64 KiB: a thousand times, past the ratio of 100 the reader takes.
    byte[] spaces = new byte[64 * 1024 * 1024];
    Arrays.fill(spaces, (byte) ' ');
    byte[] odt = zip(true, new Entry("content.xml", spaces));
    assertThat(odt.length).isLessThan(1024 * 1024);
    assertRefused(odt, "zip bomb", "zip-бомба");
  }

  @Test
  void structure_deepNesting_isRefused() {
    String deep = "<text:span>".repeat(OdtText.MAX_DEPTH) + "x" + "</text:span>".repeat(OdtText.MAX_DEPTH);
    assertRefused(odt(body("<text:p>" + deep + "</text:p>")), "deeper than", "глубже");
  }

  @Test
  void structure_notAZip_isRefused() {
    assertRefused("ПРИКАЗ".getBytes(StandardCharsets.UTF_8), "not a readable .odt", "не читается как документ .odt");
  }

  @Test
  void structure_damagedZip_isRefused() {
    byte[] fixture = FormatFixtures.fixture("odt");
    assertRefused(Arrays.copyOf(fixture, fixture.length / 2), "not a readable .odt", "не читается");
  }

  @Test
  void structure_spreadsheet_isRefused() {
    byte[] ods = zip(true, new Entry("mimetype", "application/vnd.oasis.opendocument.spreadsheet".getBytes(
        StandardCharsets.US_ASCII)), new Entry("content.xml", body("").getBytes(StandardCharsets.UTF_8)));
    assertRefused(ods, "not a readable .odt", "не читается");
  }

  @Test
  void structure_encrypted_isRefusedAsEncrypted() {
    String manifest = "<manifest:manifest xmlns:manifest=\"" + OdtText.MANIFEST + "\"><manifest:file-entry "
        + "manifest:full-path=\"content.xml\"><manifest:encryption-data manifest:checksum=\"x\"/>"
        + "</manifest:file-entry></manifest:manifest>";
    byte[] odt = zip(true, new Entry("mimetype", "application/vnd.oasis.opendocument.text".getBytes(
            StandardCharsets.US_ASCII)), new Entry("content.xml", new byte[] {1, 2, 3}),
        new Entry("META-INF/manifest.xml", manifest.getBytes(StandardCharsets.UTF_8)));
    assertRefused(odt, "encrypted", "зашифрован");
  }

  @Test
  void structure_fileOverTheLimit_isRefused() {
    assertRefused(FormatFixtures.fixture("odt"), LIMITS.withMaxDocxBytes(1000), "too large", "слишком велик");
  }

  @Test
  void structure_textOverTheLimit_isRefused() {
    assertRefused(FormatFixtures.fixture("odt"), LIMITS.withMaxTextBytes(100), "text is too large",
        "слишком велик");
  }

  // Helpers.

  private static void assertRefused(byte[] odt, String english, String russian) {
    assertRefused(odt, LIMITS, english, russian);
  }

  private static void assertRefused(byte[] odt, ImportLimits limits, String english, String russian) {
    assertThatThrownBy(() -> OdtText.structure(odt, limits)).isInstanceOf(RoadmapDocumentException.class)
        .satisfies(e -> {
          RoadmapDocumentException r = (RoadmapDocumentException) e;
          assertThat(r.getMessage(Locale.ENGLISH)).contains(english);
          assertThat(r.getMessage(RU)).contains(russian);
        });
  }

  private static StructuredDocument structure(String contentXml) {
    return OdtText.structure(odt(contentXml), LIMITS);
  }

  private static String body(String body) {
    return document("", body);
  }

  /** A content.xml with {@code automaticStyles} and {@code body} in office:text. */
  static String document(String automaticStyles, String body) {
    return "<?xml version=\"1.0\"?><office:document-content xmlns:office=\"" + OdtText.OFFICE + "\" xmlns:text=\""
        + OdtText.TEXT + "\" xmlns:table=\"" + OdtText.TABLE + "\" xmlns:style=\"" + OdtText.STYLE + "\" xmlns:fo=\""
        + OdtText.FO + "\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"><office:automatic-styles>" + automaticStyles
        + "</office:automatic-styles><office:body><office:text>" + body
        + "</office:text></office:body></office:document-content>";
  }

  /** An .odt of {@code contentXml}: the mimetype entry stored first, as ODF requires. */
  static byte[] odt(String contentXml) {
    return zip(true, new Entry("mimetype", "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII)),
        new Entry("content.xml", contentXml.getBytes(StandardCharsets.UTF_8)));
  }

  record Entry(String name, byte[] data) {}

  static byte[] zip(boolean storeMimetype, Entry... entries) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Entry e : entries) {
        ZipEntry entry = new ZipEntry(e.name());
        if (storeMimetype && e.name().equals("mimetype")) {
          entry.setMethod(ZipEntry.STORED);
          entry.setSize(e.data().length);
          CRC32 crc = new CRC32();
          crc.update(e.data());
          entry.setCrc(crc.getValue());
        }
        zip.putNextEntry(entry);
        zip.write(e.data());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
