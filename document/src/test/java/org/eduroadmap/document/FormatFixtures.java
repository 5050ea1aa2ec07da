package org.eduroadmap.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.eduroadmap.document.structure.Alignment;
import org.eduroadmap.document.structure.GridCell;
import org.eduroadmap.document.structure.GridRow;
import org.eduroadmap.document.structure.GridTable;
import org.eduroadmap.document.structure.Paragraph;
import org.eduroadmap.document.structure.StructuredDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * The small roadmap document every format's reader is tested on, written as .docx with POI and converted
 * by LibreOffice to .odt, .doc and .pdf. The committed files are in
 * {@code src/test/resources/formats/}; to make them again (LibreOffice installed as {@code soffice}):
 *
 * <pre>{@code
 * cd document && mvn -B -q dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -cp target/test-classes:target/classes:$(cat /tmp/cp.txt) \
 *     org.eduroadmap.document.FormatFixtures src/test/resources/formats
 * }</pre>
 *
 * <p>The document: a centred «ПРИКАЗ»; the tab-aligned line «15.03.2024⇥⇥⇥№ 112»; a title with a footnote;
 * a table of five columns whose two header rows (both repeated on every page) have «Сроки и
 * исполнители» spanning two columns over «Срок исполнения | Ответственные», and «№ п/п», «Мероприятие»,
 * «Ожидаемый результат» merged down over both rows; a section row spanning all five columns; a
 * responsible cell of two paragraphs; a responsible cell merged down over two rows; and a tab-aligned
 * signature line.
 */
public final class FormatFixtures {

  /** The base name of the fixture files: {@code roadmap.docx}, {@code roadmap.odt} and so on. */
  public static final String NAME = "roadmap";

  /** The formats LibreOffice converts the .docx to. */
  public static final List<String> CONVERTED = List.of("odt", "doc", "pdf");

  private FormatFixtures() {}

  /** The committed fixture {@code roadmap.<extension>}, from the test class path. */
  public static byte[] fixture(String extension) {
    try (InputStream in = FormatFixtures.class.getResourceAsStream("/formats/" + NAME + "." + extension)) {
      if (in == null) {
        throw new IllegalStateException("No fixture formats/" + NAME + "." + extension);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The structure every reader is to give of the fixture, exactly: paragraphs with TABs and alignment,
   * the table's spans, continuations, repeated header rows and a cell of two paragraphs, the footnote
   * marked {@code *} in the text and following the body.
   */
  public static StructuredDocument expected() {
    int table = 1;
    int at = 4;
    GridCell up = GridCell.continuation();
    List<List<GridCell>> cells = List.of(
        List.of(GridCell.of("№ п/п"), GridCell.of("Мероприятие"), GridCell.of("Сроки и исполнители").withColumnSpan(2),
            GridCell.of("Ожидаемый результат")),
        List.of(up, up, GridCell.of("Срок исполнения"), GridCell.of("Ответственные"), up),
        List.of(GridCell.of("1. Организационные мероприятия").withColumnSpan(5)),
        List.of(GridCell.of("1.1."), GridCell.of("Формирование списка ШНОР"), GridCell.of("ежегодно (ноябрь)"),
            GridCell.of(List.of("Комитет", "ИМЦ")), GridCell.of("Приказ")),
        List.of(GridCell.of("1.2."), GridCell.of("Анализ результатов ВПР"), GridCell.of("октябрь 2024"),
            GridCell.of("ОО"), GridCell.of("Аналитическая справка")),
        List.of(GridCell.of("1.3."), GridCell.of("Методические семинары"), GridCell.of("ежеквартально"), up,
            GridCell.of("Протоколы")),
        List.of(GridCell.of("1.4."), GridCell.of("Мониторинг"), GridCell.of("декабрь 2024"), GridCell.of("Комитет"),
            GridCell.of("Отчёт")));
    List<GridRow> rows = new java.util.ArrayList<>();
    for (int r = 0; r < cells.size(); r++) {
      rows.add(GridRow.of(cells.get(r), DocumentText.Origin.ofTableRow(table, r + 1, at)).withRepeatedHeader(r < 2));
    }
    return StructuredDocument.of(List.of(
        Paragraph.of("ПРИКАЗ", DocumentText.Origin.ofParagraph(1)).withAlignment(Alignment.CENTER),
        Paragraph.of("15.03.2024\t\t\t№ 112", DocumentText.Origin.ofParagraph(2)),
        Paragraph.of("Об утверждении плана мероприятий на 2024 год*", DocumentText.Origin.ofParagraph(3)),
        GridTable.of(rows, DocumentText.Origin.ofTableRow(table, 0, at)),
        Paragraph.of("Начальник управления\t\tА.Б. Петрова", DocumentText.Origin.ofParagraph(5)),
        Paragraph.of("* В редакции приказа от 01.04.2024 № 130.", DocumentText.Origin.ofParagraph(6))));
  }

  /** The .docx bytes of the fixture document. */
  public static byte[] docx() {
    try (XWPFDocument doc = new XWPFDocument()) {
      XWPFParagraph kind = doc.createParagraph();
      kind.setAlignment(ParagraphAlignment.CENTER);
      XWPFRun k = kind.createRun();
      k.setBold(true);
      k.setText("ПРИКАЗ");

      XWPFRun date = doc.createParagraph().createRun();
      date.setText("15.03.2024");
      date.addTab();
      date.addTab();
      date.addTab();
      date.setText("№ 112");

      XWPFParagraph title = doc.createParagraph();
      title.createRun().setText("Об утверждении плана мероприятий на 2024 год");
      XWPFFootnote note = doc.createFootnote();
      note.createParagraph().createRun().setText("В редакции приказа от 01.04.2024 № 130.");
      title.addFootnoteReference(note);

      table(doc);

      XWPFRun sign = doc.createParagraph().createRun();
      sign.setText("Начальник управления");
      sign.addTab();
      sign.addTab();
      sign.setText("А.Б. Петрова");

      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void table(XWPFDocument doc) {
    XWPFTable t = doc.createTable(7, 5);
    // Row 1: «№ п/п», «Мероприятие» merged down; «Сроки и исполнители» over two columns; «Ожидаемый
    // результат» merged down.
    XWPFTableRow h1 = t.getRow(0);
    h1.setRepeatHeader(true);
    text(h1.getCell(0), "№ п/п");
    merge(h1.getCell(0), STMerge.RESTART);
    text(h1.getCell(1), "Мероприятие");
    merge(h1.getCell(1), STMerge.RESTART);
    text(h1.getCell(2), "Сроки и исполнители");
    span(h1.getCell(2), 2);
    text(h1.getCell(3), "Ожидаемый результат");
    merge(h1.getCell(3), STMerge.RESTART);
    h1.removeCell(4);

    XWPFTableRow h2 = t.getRow(1);
    h2.setRepeatHeader(true);
    merge(h2.getCell(0), STMerge.CONTINUE);
    merge(h2.getCell(1), STMerge.CONTINUE);
    text(h2.getCell(2), "Срок исполнения");
    text(h2.getCell(3), "Ответственные");
    merge(h2.getCell(4), STMerge.CONTINUE);

    XWPFTableRow section = t.getRow(2);
    text(section.getCell(0), "1. Организационные мероприятия");
    span(section.getCell(0), 5);
    for (int i = 4; i >= 1; i--) {
      section.removeCell(i);
    }

    row(t.getRow(3), "1.1.", "Формирование списка ШНОР", "ежегодно (ноябрь)", null, "Приказ");
    XWPFTableCell two = t.getRow(3).getCell(3);
    text(two, "Комитет");
    two.addParagraph().createRun().setText("ИМЦ");

    row(t.getRow(4), "1.2.", "Анализ результатов ВПР", "октябрь 2024", "ОО", "Аналитическая справка");
    merge(t.getRow(4).getCell(3), STMerge.RESTART);
    row(t.getRow(5), "1.3.", "Методические семинары", "ежеквартально", null, "Протоколы");
    merge(t.getRow(5).getCell(3), STMerge.CONTINUE);
    row(t.getRow(6), "1.4.", "Мониторинг", "декабрь 2024", "Комитет", "Отчёт");
    widths(t);
  }

  /** Column widths in twentieths of a point; LibreOffice places cells by the grid and their widths. */
  private static final int[] COLUMN_WIDTHS = {800, 3400, 1800, 1900, 2000};

  private static void widths(XWPFTable t) {
    CTTblGrid grid = t.getCTTbl().getTblGrid() == null ? t.getCTTbl().addNewTblGrid() : t.getCTTbl().getTblGrid();
    while (grid.sizeOfGridColArray() > 0) {
      grid.removeGridCol(0);
    }
    for (int w : COLUMN_WIDTHS) {
      grid.addNewGridCol().setW(BigInteger.valueOf(w));
    }
    for (XWPFTableRow row : t.getRows()) {
      int column = 0;
      for (XWPFTableCell cell : row.getTableCells()) {
        CTTcPr pr = pr(cell);
        int span = pr.getGridSpan() == null ? 1 : pr.getGridSpan().getVal().intValue();
        int width = 0;
        for (int i = column; i < column + span; i++) {
          width += COLUMN_WIDTHS[i];
        }
        column += span;
        CTTblWidth w = pr.isSetTcW() ? pr.getTcW() : pr.addNewTcW();
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(width));
      }
    }
  }

  private static void row(XWPFTableRow row, String... texts) {
    for (int i = 0; i < texts.length; i++) {
      if (texts[i] != null) {
        text(row.getCell(i), texts[i]);
      }
    }
  }

  private static void text(XWPFTableCell cell, String text) {
    cell.getParagraphs().get(0).createRun().setText(text);
  }

  private static CTTcPr pr(XWPFTableCell cell) {
    return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
  }

  private static void merge(XWPFTableCell cell, STMerge.Enum how) {
    pr(cell).addNewVMerge().setVal(how);
  }

  private static void span(XWPFTableCell cell, int columns) {
    pr(cell).addNewGridSpan().setVal(BigInteger.valueOf(columns));
  }

  /** Writes {@code roadmap.docx} into {@code args[0]} and converts it with LibreOffice headless. */
  public static void main(String[] args) throws IOException, InterruptedException {
    Path dir = Path.of(args.length > 0 ? args[0] : "src/test/resources/formats");
    Files.createDirectories(dir);
    Path docx = dir.resolve(NAME + ".docx");
    Files.write(docx, docx());
    // A profile of its own, so that a LibreOffice the user has open does not take the conversion.
    Path profile = Files.createTempDirectory("lo-fmt-");
    try {
      for (String format : CONVERTED) {
        Process p = new ProcessBuilder("soffice", "--headless", "-env:UserInstallation=" + profile.toUri(),
            "--convert-to", format, "--outdir", dir.toString(), docx.toString()).inheritIO().start();
        if (p.waitFor() != 0) {
          throw new IllegalStateException("soffice --convert-to " + format + " failed: " + p.exitValue());
        }
      }
    } finally {
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
      }
    }
  }
}
