package org.eduroadmap.consumercheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eduroadmap.document.ImportLimits;
import org.eduroadmap.document.RoadmapDocuments;
import org.eduroadmap.document.doc.DocText;
import org.eduroadmap.document.odt.OdtText;
import org.eduroadmap.document.structure.GridTable;
import org.eduroadmap.document.structure.Paragraph;
import org.eduroadmap.document.structure.StructuredDocument;
import org.junit.jupiter.api.Test;

/**
 * Each document format read on the module path, from document's committed fixtures (copied in as test
 * resources, see the pom). Surefire starts the test JVM with {@code --add-modules ALL-MODULE-PATH}, which
 * resolves every jar whether anything requires it or not; an embedder's {@code java -p … -m app} resolves
 * only what the descriptors require. So the formats are read twice: in the test's own JVM, and in one
 * launched with {@code java --module-path … --module org.eduroadmap.consumercheck/…Embedder}, every
 * runtime jar on the module path, as an embedder launches an application. In the second, PDFBox (an automatic module, requiring nothing) failed with
 * {@code NoClassDefFoundError: org/apache/commons/logging/LogFactory} until document required
 * commons-logging.
 */
class DocumentFormatsTest {

  private static byte[] fixture(String extension) throws IOException {
    try (InputStream in = DocumentFormatsTest.class.getResourceAsStream("/formats/roadmap." + extension)) {
      assertThat(in).as("fixture roadmap." + extension).isNotNull();
      return in.readAllBytes();
    }
  }

  @Test
  void pdf_readsOnTheModulePath() throws IOException {
    String text = RoadmapDocuments.standard().text(fixture("pdf"), "roadmap.pdf").toPlainText();
    assertThat(text).contains("ПРИКАЗ").contains("15.03.2024").contains("Формирование списка");
  }

  @Test
  void docx_readsOnTheModulePath() throws IOException {
    String text = RoadmapDocuments.standard().text(fixture("docx"), "roadmap.docx").toPlainText();
    assertThat(text).contains("ПРИКАЗ").contains("15.03.2024").contains("Формирование списка ШНОР");
  }

  @Test
  void odt_readsOnTheModulePath() throws IOException {
    assertStructure(OdtText.structure(fixture("odt"), ImportLimits.standard()));
  }

  @Test
  void doc_readsOnTheModulePath() throws IOException {
    assertStructure(DocText.structure(fixture("doc"), ImportLimits.standard()));
  }

  @Test
  void everyFormat_readsInAJvmLaunchedAsAnEmbedderLaunches() throws Exception {
    // consumer-check's classes and every runtime jar (the pom copies them), as an application ships.
    String modulePath = System.getProperty("embedder.modulePath");
    assertThat(modulePath).as("embedder.modulePath, set by the pom").isNotNull();
    Path formats = Path.of(DocumentFormatsTest.class.getResource("/formats/roadmap.pdf").toURI()).getParent();
    List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(),
        "--module-path", modulePath, "--module", "org.eduroadmap.consumercheck/org.eduroadmap.consumercheck.Embedder"));
    for (String format : List.of("pdf", "docx", "odt", "doc")) {
      command.add(formats.resolve("roadmap." + format).toString());
    }
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as(output).isZero();
    assertThat(output.lines().filter(l -> l.startsWith("roadmap.")).toList()).as(output).containsExactly(
        "roadmap.pdf date true", "roadmap.docx date true",
        "roadmap.odt blocks 6 rows 7 columns 5", "roadmap.doc blocks 6 rows 7 columns 5");
  }

  private static void assertStructure(StructuredDocument doc) {
    assertThat(((Paragraph) doc.blocks().get(1)).text()).isEqualTo("15.03.2024\t\t\t№ 112");
    GridTable table = doc.tables().get(0);
    assertThat(table.rows()).hasSize(7);
    assertThat(table.columnCount()).isEqualTo(5);
    assertThat(table.rows().get(3).cells().get(3).paragraphs()).containsExactly("Комитет", "ИМЦ");
  }
}
