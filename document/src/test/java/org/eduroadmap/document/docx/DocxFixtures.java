package org.eduroadmap.document.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.eduroadmap.document.SeedFixtures;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Writes .docx fixtures with POI: a seed's layout as Word would store it (bold runs, tables with
 * {@code gridSpan} and {@code vMerge}, the header row marked to repeat on every page).
 *
 * <pre>{@code
 * byte[] docx = DocxFixtures.write(SeedFixtures.layout(SeedFixtures.seedText("eao-2021")));
 * }</pre>
 */
public final class DocxFixtures {

  private DocxFixtures() {}

  /** The .docx bytes of {@code layout}. */
  public static byte[] write(SeedFixtures.Layout layout) {
    try (XWPFDocument doc = new XWPFDocument()) {
      for (SeedFixtures.Block block : layout.blocks()) {
        if (block instanceof SeedFixtures.Paragraph p) {
          XWPFRun run = doc.createParagraph().createRun();
          run.setText(p.text());
          run.setBold(p.bold());
        } else if (block instanceof SeedFixtures.TableBlock t) {
          table(doc, t);
        }
      }
      return bytes(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Adds {@code t} to {@code doc}. */
  static XWPFTable table(XWPFDocument doc, SeedFixtures.TableBlock t) {
    XWPFTable table = doc.createTable(t.rows().size(), t.columns());
    for (int r = 0; r < t.rows().size(); r++) {
      List<SeedFixtures.Cell> cells = t.rows().get(r);
      XWPFTableRow row = table.getRow(r);
      if (r < t.headerRows()) {
        row.setRepeatHeader(true);
      }
      for (int c = 0; c < cells.size(); c++) {
        SeedFixtures.Cell cell = cells.get(c);
        XWPFTableCell x = row.getCell(c);
        CTTcPr pr = x.getCTTc().isSetTcPr() ? x.getCTTc().getTcPr() : x.getCTTc().addNewTcPr();
        if (cell.span() > 1) {
          pr.addNewGridSpan().setVal(BigInteger.valueOf(cell.span()));
        }
        if (cell.continuation()) {
          pr.addNewVMerge().setVal(STMerge.CONTINUE);
        } else if (r + 1 < t.rows().size() && continuesBelow(t, r, c)) {
          pr.addNewVMerge().setVal(STMerge.RESTART);
        }
        if (!cell.continuation()) {
          x.setText(cell.text());
        }
      }
      // createTable made every row as wide as the grid; spans take the place of the cells removed here.
      while (row.getTableCells().size() > cells.size()) {
        row.removeCell(row.getTableCells().size() - 1);
      }
    }
    return table;
  }

  private static boolean continuesBelow(SeedFixtures.TableBlock t, int r, int c) {
    int column = column(t.rows().get(r), c);
    List<SeedFixtures.Cell> below = t.rows().get(r + 1);
    int k = 0;
    for (SeedFixtures.Cell cell : below) {
      if (k == column) {
        return cell.continuation();
      }
      k += cell.span();
    }
    return false;
  }

  private static int column(List<SeedFixtures.Cell> row, int index) {
    int k = 0;
    for (int i = 0; i < index; i++) {
      k += row.get(i).span();
    }
    return k;
  }

  /** The bytes of {@code doc}. */
  static byte[] bytes(XWPFDocument doc) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A paragraph with {@code text} added to {@code doc}. */
  static XWPFParagraph paragraph(XWPFDocument doc, String text) {
    XWPFParagraph p = doc.createParagraph();
    p.createRun().setText(text);
    return p;
  }
}
