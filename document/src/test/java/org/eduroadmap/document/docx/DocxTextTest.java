package org.eduroadmap.document.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.eduroadmap.document.DocumentText;
import org.eduroadmap.document.ImportLimits;
import org.eduroadmap.document.RoadmapDocumentException;
import org.eduroadmap.document.SeedFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

class DocxTextTest {

  private static final ImportLimits LIMITS = ImportLimits.standard();
  private static final Locale RU = Locale.forLanguageTag("ru");

  static List<String> seeds() {
    return SeedFixtures.SEEDS;
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void read_seedAsWordLaysItOut_givesTheSameRoadmapAsTheTextCopy(String seed) {
    String text = SeedFixtures.seedText(seed);
    byte[] docx = DocxFixtures.write(SeedFixtures.layout(text));

    DocumentText read = DocxText.read(docx, LIMITS);

    assertThat(SeedFixtures.differences(text, read)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void read_seedAsWordLaysItOut_givesTheTextCopyLinesBack(String seed) {
    String text = SeedFixtures.seedText(seed);

    DocumentText read = DocxText.read(DocxFixtures.write(SeedFixtures.layout(text)), LIMITS);

    assertThat(normalised(read.toPlainText())).isEqualTo(normalised(text));
  }

  /** The text copy's bold stars are runs in Word, and cell padding is not text. */
  private static List<String> normalised(String text) {
    List<String> out = new ArrayList<>();
    for (String line : text.replace("**", "").split("\n", -1)) {
      String[] cells = line.split("\t", -1);
      for (int i = 0; i < cells.length; i++) {
        cells[i] = cells[i].strip();
      }
      out.add(String.join("\t", cells));
    }
    while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
      out.remove(out.size() - 1);
    }
    return out;
  }

  @Test
  void read_twoRowHeaderWithYearsMergedUnderOneTitle_keepsTheYearColumnsAligned() {
    String text = SeedFixtures.seedText("yakovlevsky-2020");
    SeedFixtures.TableBlock table = SeedFixtures.layout(text).blocks().stream()
        .filter(SeedFixtures.TableBlock.class::isInstance).map(SeedFixtures.TableBlock.class::cast)
        .findFirst().orElseThrow();
    assertThat(table.headerRows()).isEqualTo(2);
    assertThat(table.rows().get(0).get(2).span()).isEqualTo(3);

    List<String> rows = tableRows(DocxText.read(DocxFixtures.write(SeedFixtures.layout(text)), LIMITS));

    assertThat(rows.get(0).split("\t", -1)).containsExactly(
        "№ п/п", "Мероприятия", "Ключевые мероприятия, сроки реализации", "", "",
        "Ответственный исполнитель", "Документы, закрепляющие результат");
    assertThat(rows.get(1).split("\t", -1)).containsExactly("", "", "2020", "2021", "2022", "", "");
  }

  @Test
  void read_sectionHeadingSpanningTheRow_isOneFilledCellThenEmptyOnes() {
    XWPFDocument doc = new XWPFDocument();
    XWPFTable table = doc.createTable(2, 4);
    table.getRow(0).getCell(0).setText("Раздел 1. Диагностика");
    table.getRow(0).getCell(0).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(4));
    for (int i = 3; i >= 1; i--) {
      table.getRow(0).removeCell(i);
    }
    fill(table, 1, "1.1", "Анализ ВПР", "октябрь 2021", "ОО");

    assertThat(tableRows(DocxText.read(DocxFixtures.bytes(doc), LIMITS)))
        .containsExactly("Раздел 1. Диагностика\t\t\t", "1.1\tАнализ ВПР\tоктябрь 2021\tОО");
  }

  @Test
  void read_verticallyMergedResponsibleCell_repeatsNothing() {
    XWPFDocument doc = new XWPFDocument();
    XWPFTable table = doc.createTable(3, 4);
    fill(table, 0, "1", "Анализ ВПР", "октябрь 2021", "Управление образования");
    fill(table, 1, "2", "Семинар", "ноябрь 2021", "");
    fill(table, 2, "3", "Совещание", "декабрь 2021", "");
    table.getRow(0).getCell(3).getCTTc().addNewTcPr().addNewVMerge().setVal(
        org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge.RESTART);
    table.getRow(1).getCell(3).getCTTc().addNewTcPr().addNewVMerge();
    table.getRow(2).getCell(3).getCTTc().addNewTcPr().addNewVMerge().setVal(
        org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge.CONTINUE);

    assertThat(tableRows(DocxText.read(DocxFixtures.bytes(doc), LIMITS))).containsExactly(
        "1\tАнализ ВПР\tоктябрь 2021\tУправление образования",
        "2\tСеминар\tноябрь 2021\t",
        "3\tСовещание\tдекабрь 2021\t");
  }

  @Test
  void read_cellWithParagraphsAndLineBreaks_joinsThemWithASpace() {
    XWPFDocument doc = new XWPFDocument();
    XWPFTable table = doc.createTable(1, 2);
    XWPFTableCell cell = table.getRow(0).getCell(1);
    cell.setText("Управление");
    cell.getParagraphs().get(0).createRun().addBreak();
    cell.getParagraphs().get(0).createRun().setText("образования,");
    cell.addParagraph().createRun().setText("ОО");
    table.getRow(0).getCell(0).setText("1");

    assertThat(tableRows(DocxText.read(DocxFixtures.bytes(doc), LIMITS)))
        .containsExactly("1\tУправление образования, ОО");
  }

  @Test
  void read_nestedTable_isFlattenedIntoTheCellText() {
    XWPFDocument doc = new XWPFDocument();
    XWPFTable table = doc.createTable(1, 2);
    table.getRow(0).getCell(0).setText("1");
    XWPFTableCell cell = table.getRow(0).getCell(1);
    cell.setText("Мониторинг:");
    XWPFTable nested = cell.insertNewTbl(cell.getParagraphArray(0).getCTP().newCursor());
    // insertNewTbl puts the table before the cursor; move the text after it is not needed for the check.
    nested.getCTTbl().addNewTblPr();
    var nestedRow = nested.createRow();
    nestedRow.addNewTableCell().setText("ВПР");
    nestedRow.addNewTableCell().setText("ОГЭ");

    String row = tableRows(DocxText.read(DocxFixtures.bytes(doc), LIMITS)).get(0);

    assertThat(row.split("\t", -1)).hasSize(2);
    assertThat(row).contains("Мониторинг:").contains("ВПР").contains("ОГЭ");
  }

  @Test
  void read_footnotes_followTheBodyAsLinesStartingWithTheirMark() {
    XWPFDocument doc = new XWPFDocument();
    XWPFParagraph p = DocxFixtures.paragraph(doc, "Доля школ с низкими результатами");
    XWPFFootnote note = doc.createFootnote();
    note.createParagraph().createRun().setText("По данным ФИС ОКО за 2021 год.");
    p.addFootnoteReference(note);
    DocxFixtures.paragraph(doc, "Конец");

    List<String> lines = texts(DocxText.read(DocxFixtures.bytes(doc), LIMITS));

    assertThat(lines).containsExactly(
        "Доля школ с низкими результатами*", "Конец", "* По данным ФИС ОКО за 2021 год.");
  }

  @Test
  void read_numberedParagraphs_keepTheirListNumbers() {
    XWPFDocument doc = new XWPFDocument();
    XWPFNumbering numbering = doc.createNumbering();
    CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
    abstractNum.setAbstractNumId(BigInteger.ZERO);
    CTLvl lvl = abstractNum.addNewLvl();
    lvl.setIlvl(BigInteger.ZERO);
    lvl.addNewStart().setVal(BigInteger.ONE);
    lvl.addNewNumFmt().setVal(STNumberFormat.DECIMAL);
    lvl.addNewLvlText().setVal("%1.");
    BigInteger abstractId = numbering.addAbstractNum(
        new org.apache.poi.xwpf.usermodel.XWPFAbstractNum(abstractNum));
    BigInteger numId = numbering.addNum(abstractId);
    for (String t : List.of("Утвердить план.", "Контроль оставляю за собой.")) {
      DocxFixtures.paragraph(doc, t).setNumID(numId);
    }

    assertThat(texts(DocxText.read(DocxFixtures.bytes(doc), LIMITS)))
        .containsExactly("1. Утвердить план.", "2. Контроль оставляю за собой.");
  }

  @Test
  void read_emptyParagraphsAndLineBreaks_becomeEmptyAndSeparateLines() {
    XWPFDocument doc = new XWPFDocument();
    XWPFParagraph p = DocxFixtures.paragraph(doc, "КОМИТЕТ ОБРАЗОВАНИЯ");
    p.createRun().addBreak();
    p.createRun().setText("ЕВРЕЙСКОЙ АВТОНОМНОЙ ОБЛАСТИ");
    doc.createParagraph();
    DocxFixtures.paragraph(doc, "ПРИКАЗ");

    DocumentText read = DocxText.read(DocxFixtures.bytes(doc), LIMITS);

    assertThat(texts(read)).containsExactly("КОМИТЕТ ОБРАЗОВАНИЯ", "ЕВРЕЙСКОЙ АВТОНОМНОЙ ОБЛАСТИ", "", "ПРИКАЗ");
    assertThat(read.lines().get(3).origin()).isEqualTo(DocumentText.Origin.ofParagraph(3));
  }

  @Test
  void read_headerRowRepeatedOnEveryPage_isReadOnce() {
    XWPFDocument doc = new XWPFDocument();
    XWPFTable table = doc.createTable(3, 2);
    fill(table, 0, "№", "Мероприятие");
    table.getRow(0).setRepeatHeader(true);
    fill(table, 1, "1", "Анализ");
    fill(table, 2, "2", "Семинар");

    DocumentText read = DocxText.read(DocxFixtures.bytes(doc), LIMITS);

    assertThat(texts(read)).containsExactly("№\tМероприятие", "1\tАнализ", "2\tСеминар");
    assertThat(read.lines().get(2).origin()).isEqualTo(DocumentText.Origin.ofTableRow(1, 3, 1));
  }

  @Test
  void read_fileLargerThanTheLimit_isRefusedBeforeParsing() {
    byte[] notEvenAZip = new byte[100];

    assertThatThrownBy(() -> DocxText.read(notEvenAZip, LIMITS.withMaxDocxBytes(99)))
        .isInstanceOfSatisfying(RoadmapDocumentException.class, e -> {
          assertThat(e.getMessage(RU)).startsWith("Файл .docx слишком велик");
          assertThat(e.getMessage(Locale.ENGLISH)).startsWith("The .docx file is too large");
        });
  }

  @Test
  void read_textLargerThanTheLimit_isRefused() {
    XWPFDocument doc = new XWPFDocument();
    DocxFixtures.paragraph(doc, "мероприятие ".repeat(1000));

    assertThatThrownBy(() -> DocxText.read(DocxFixtures.bytes(doc), LIMITS.withMaxTextBytes(1000)))
        .isInstanceOfSatisfying(RoadmapDocumentException.class,
            e -> assertThat(e.getMessage(RU)).startsWith("Текст документа .docx слишком велик"));
  }

  @Test
  void read_notADocx_isAClearErrorWithoutClassNames() {
    byte[] text = "ПРИКАЗ\n№ 94".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> DocxText.read(text, LIMITS))
        .isInstanceOfSatisfying(RoadmapDocumentException.class, e -> {
          assertThat(e.getMessage(RU)).isEqualTo("Файл не читается как документ .docx (повреждён или другого формата)");
          assertThat(e.getMessage(Locale.ENGLISH)).doesNotContain("Exception");
        });
  }

  @Test
  void read_oldBinaryWordDocument_saysToSaveAsDocx() {
    byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    assertThatThrownBy(() -> DocxText.read(ole2, LIMITS))
        .isInstanceOfSatisfying(RoadmapDocumentException.class,
            e -> assertThat(e.getMessage(RU)).contains("сохраните его как .docx"));
  }

  @Test
  void read_moreTableRowsThanTheLimit_isRefusedBeforePoiReadsThem() throws IOException {
    XWPFDocument doc = new XWPFDocument();
    DocxFixtures.paragraph(doc, "TABLE_HERE");
    String row = "<w:tr><w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc></w:tr>";
    String table = "<w:tbl><w:tblPr/>" + row.repeat(DocxText.MAX_TABLE_ROWS + 1) + "</w:tbl>";
    byte[] docx = rewriteDocumentXml(DocxFixtures.bytes(doc),
        xml -> xml.replaceFirst("<w:p>(?:(?!<w:p>).)*TABLE_HERE.*?</w:p>", table));

    assertThatThrownBy(() -> DocxText.read(docx, LIMITS))
        .isInstanceOfSatisfying(RoadmapDocumentException.class,
            e -> assertThat(e.getMessage(RU)).isEqualTo("В документе .docx больше 5000 строк таблиц"));
  }

  @Test
  void read_moreTableRowsThanTheLimitInADefaultNamespace_isRefusedBeforePoiReadsThem() throws IOException {
    // <tr> instead of <w:tr>: the same document to an XML parser, and it passed a count of «:tr».
    XWPFDocument doc = new XWPFDocument();
    DocxFixtures.paragraph(doc, "TABLE_HERE");
    String row = "<tr><tc><p><r><t>1</t></r></p></tc></tr>";
    String table = "<tbl xmlns=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><tblPr/>"
        + row.repeat(DocxText.MAX_TABLE_ROWS + 1) + "</tbl>";
    byte[] docx = rewriteDocumentXml(DocxFixtures.bytes(doc),
        xml -> xml.replaceFirst("<w:p>(?:(?!<w:p>).)*TABLE_HERE.*?</w:p>", table));

    assertTimeoutPreemptively(java.time.Duration.ofSeconds(20), () -> assertThatThrownBy(() -> DocxText.read(docx, LIMITS))
        .isInstanceOfSatisfying(RoadmapDocumentException.class,
            e -> assertThat(e.getMessage(RU)).isEqualTo("В документе .docx больше 5000 строк таблиц")));
  }

  @Test
  void read_anyDocument_leavesPoisJvmWideZipLimitsAsTheHostSetThem() throws IOException {
    double ratio = org.apache.poi.openxml4j.util.ZipSecureFile.getMinInflateRatio();
    long entry = org.apache.poi.openxml4j.util.ZipSecureFile.getMaxEntrySize();
    long text = org.apache.poi.openxml4j.util.ZipSecureFile.getMaxTextSize();
    try {
      // A host that reads large workbooks loosens POI's limits for itself.
      org.apache.poi.openxml4j.util.ZipSecureFile.setMinInflateRatio(0.001);
      org.apache.poi.openxml4j.util.ZipSecureFile.setMaxEntrySize(8L << 30);
      org.apache.poi.openxml4j.util.ZipSecureFile.setMaxTextSize(1L << 30);
      XWPFDocument doc = new XWPFDocument();
      DocxFixtures.paragraph(doc, "ПРИКАЗ");

      DocxText.read(DocxFixtures.bytes(doc), LIMITS);

      assertThat(org.apache.poi.openxml4j.util.ZipSecureFile.getMinInflateRatio()).isEqualTo(0.001);
      assertThat(org.apache.poi.openxml4j.util.ZipSecureFile.getMaxEntrySize()).isEqualTo(8L << 30);
      assertThat(org.apache.poi.openxml4j.util.ZipSecureFile.getMaxTextSize()).isEqualTo(1L << 30);
      // Whatever ran first in this JVM: the class itself sets none of them (no static initialiser does).
      try (InputStream in = DocxText.class.getResourceAsStream("DocxText.class")) {
        assertThat(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1))
            .doesNotContain("org/apache/poi/openxml4j/util/ZipSecureFile");
      }
    } finally {
      org.apache.poi.openxml4j.util.ZipSecureFile.setMinInflateRatio(ratio);
      org.apache.poi.openxml4j.util.ZipSecureFile.setMaxEntrySize(entry);
      org.apache.poi.openxml4j.util.ZipSecureFile.setMaxTextSize(text);
    }
  }

  @Test
  void read_zipBombWhileTheHostLoosenedPoisLimits_isStillRefused() throws IOException {
    double ratio = org.apache.poi.openxml4j.util.ZipSecureFile.getMinInflateRatio();
    try {
      org.apache.poi.openxml4j.util.ZipSecureFile.setMinInflateRatio(0.0);
      read_zipBomb_isRefusedBeforeItIsInflatedInMemory();
    } finally {
      org.apache.poi.openxml4j.util.ZipSecureFile.setMinInflateRatio(ratio);
    }
  }

  @Test
  void read_zipBomb_isRefusedBeforeItIsInflatedInMemory() throws IOException {
    XWPFDocument doc = new XWPFDocument();
    DocxFixtures.paragraph(doc, "ПРИКАЗ");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(DocxFixtures.bytes(doc)));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] content = readAll(in);
        zip.putNextEntry(new ZipEntry(e.getName()));
        zip.write(content);
        zip.closeEntry();
      }
      // 32 MiB of zeros deflate about a thousand times: far below POI's least inflate ratio.
      zip.putNextEntry(new ZipEntry("word/media/zeros.bin"));
      byte[] zeros = new byte[1024 * 1024];
      for (int i = 0; i < 32; i++) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }

    assertThatThrownBy(() -> DocxText.read(out.toByteArray(), LIMITS))
        .isInstanceOf(RoadmapDocumentException.class).hasMessageContaining("zip bomb");
  }

  @Test
  void read_externalEntityInTheDocumentXml_isNeverFetched(@TempDir Path dir) throws Exception {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "СЕКРЕТ");
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      server.setSoTimeout(300);
      XWPFDocument doc = new XWPFDocument();
      DocxFixtures.paragraph(doc, "ENTITY_HERE");
      String doctype = "<!DOCTYPE w:document [<!ENTITY file SYSTEM \"" + secret.toUri() + "\">"
          + "<!ENTITY net SYSTEM \"http://127.0.0.1:" + server.getLocalPort() + "/x\">]>";
      byte[] docx = rewriteDocumentXml(DocxFixtures.bytes(doc),
          xml -> xml.replaceFirst("\\?>", "?>" + doctype).replace("ENTITY_HERE", "&file;&net;"));

      String read;
      try {
        read = DocxText.read(docx, LIMITS).toPlainText();
      } catch (RoadmapDocumentException refused) {
        read = "";
      }

      assertThat(read).doesNotContain("СЕКРЕТ");
      AtomicBoolean fetched = new AtomicBoolean(true);
      try (var ignored = server.accept()) {
        fetched.set(true);
      } catch (SocketTimeoutException nobodyCame) {
        fetched.set(false);
      }
      assertThat(fetched).isFalse();
    }
  }

  private static byte[] rewriteDocumentXml(byte[] docx, java.util.function.UnaryOperator<String> change)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] content = readAll(in);
        if (e.getName().equals("word/document.xml")) {
          content = change.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        }
        zip.putNextEntry(new ZipEntry(e.getName()));
        zip.write(content);
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  private static byte[] readAll(InputStream in) throws IOException {
    return in.readAllBytes();
  }

  private static void fill(XWPFTable table, int row, String... cells) {
    for (int i = 0; i < cells.length; i++) {
      table.getRow(row).getCell(i).setText(cells[i]);
    }
  }

  private static List<String> texts(DocumentText text) {
    return text.lines().stream().map(DocumentText.Line::text).toList();
  }

  private static List<String> tableRows(DocumentText text) {
    return text.lines().stream().filter(l -> l.origin().table() > 0).map(DocumentText.Line::text).toList();
  }
}
