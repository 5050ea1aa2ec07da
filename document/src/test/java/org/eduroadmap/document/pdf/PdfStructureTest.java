package org.eduroadmap.document.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eduroadmap.document.ImportLimits;
import org.eduroadmap.document.structure.Alignment;
import org.eduroadmap.document.structure.Block;
import org.eduroadmap.document.structure.GridCell;
import org.eduroadmap.document.structure.GridRow;
import org.eduroadmap.document.structure.GridTable;
import org.eduroadmap.document.structure.Paragraph;
import org.eduroadmap.document.structure.StructuredDocument;
import org.junit.jupiter.api.Test;

/** {@link PdfText#structure} on a plan LibreOffice saved as PDF: what the .docx it came from says, the PDF says. */
class PdfStructureTest {

  private static final Path CORPUS_PDF =
      Path.of(System.getProperty("basedir", ".")).resolve("src/test/resources/corpus/synthetic/pdf");

  private static StructuredDocument structure(String name) throws IOException {
    return PdfText.structure(Files.readAllBytes(CORPUS_PDF.resolve(name)), ImportLimits.standard());
  }

  private static List<Paragraph> paragraphs(StructuredDocument d) {
    return d.blocks().stream().filter(Paragraph.class::isInstance).map(Paragraph.class::cast).toList();
  }

  @Test
  void structure_signatureAndApprovalStamp_areParagraphsOfTheirOwn() throws IOException {
    List<Paragraph> paragraphs = paragraphs(structure("dev-01-kursk-shnor.pdf"));

    assertThat(paragraphs).extracting(Paragraph::text)
        .contains("15.03.2024\t№ 112", "Начальник управления образования\tН.А. Милых", "Приложение", "УТВЕРЖДЁН",
            "приказом", "от 15.03.2024 № 112");
    assertThat(paragraphs.stream().filter(p -> p.text().equals("УТВЕРЖДЁН")).findFirst().orElseThrow().alignment())
        .isEqualTo(Alignment.END);
    assertThat(paragraphs.stream().filter(p -> p.text().equals("ПРИКАЗ")).findFirst().orElseThrow().alignment())
        .isEqualTo(Alignment.CENTER);
  }

  @Test
  void structure_table_hasSpansVerticalMergesAndCellParagraphs() throws IOException {
    StructuredDocument d = structure("dev-01-kursk-shnor.pdf");
    GridTable table = d.tables().get(0);
    List<GridRow> rows = table.rows();

    // «Сроки и исполнители» over two columns; the cells under the single-row titles continue them.
    assertThat(rows.get(0).cells().get(2).text()).isEqualTo("Сроки и исполнители");
    assertThat(rows.get(0).cells().get(2).columnSpan()).isEqualTo(2);
    assertThat(rows.get(1).cells().get(0).isContinuation()).isTrue();
    // A section row spans the table.
    assertThat(rows.get(3).cells()).hasSize(1);
    assertThat(rows.get(3).cells().get(0).columnSpan()).isEqualTo(5);
    // Row 1.1: one party a paragraph; row 1.2 shares them (a vertical merge); a word cut at the cell edge is whole.
    assertThat(rows.get(4).cells().get(3).paragraphs()).containsExactly("УО", "НМЦ");
    assertThat(rows.get(5).cells().get(3)).isEqualTo(GridCell.continuation());
    assertThat(rows.get(8).cells().get(2).text()).isEqualTo("ежеквартально");
    assertThat(d.blocks()).filteredOn(GridTable.class::isInstance).hasSize(1);
    assertThat(d.blocks().get(d.blocks().size() - 1)).isInstanceOf(Block.class);
  }
}
