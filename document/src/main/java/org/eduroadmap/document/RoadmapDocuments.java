package org.eduroadmap.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.eduroadmap.document.doc.DocText;
import org.eduroadmap.document.odt.OdtText;
import org.eduroadmap.document.structure.StructuredDocument;
import org.eduroadmap.document.docx.DocxText;
import org.eduroadmap.document.pdf.PdfText;

/**
 * The front door of the importer: reads a roadmap document of any supported format, picking the
 * reader by the file's content, not its name.
 *
 * <pre>{@code
 * ImportResult result = RoadmapDocuments.standard().read(Path.of("Приказ 94.docx"));
 * Roadmap roadmap = result.roadmap();
 * for (ImportProblem p : result.problems()) {
 *   System.err.println(p.where(Locale.ENGLISH) + ": " + p.getMessage(Locale.ENGLISH));  // table 1, row 4: …
 * }
 * }</pre>
 *
 * <p>A ZIP holding {@code word/document.xml} is read as {@code .docx}, a file starting with
 * {@code %PDF-} as a PDF with a text layer, a ZIP whose {@code mimetype} is ODF text as {@code .odt}, an OLE2
 * file as an old Word {@code .doc}; Word and ODF documents and PDFs are read through their structure (see
 * {@link RoadmapDocumentReader#read(StructuredDocument)}; a PDF's is rebuilt from where its text and ruling
 * lines stand, see {@link PdfText#structure}); anything else is text in UTF-8 (with or without BOM), UTF-16 with BOM,
 * Windows-1251 or KOI8-R, its table separated by TABs or aligned with spaces. Sizes are bounded by
 * {@link ImportLimits}. This class is immutable and thread-safe.
 */
public final class RoadmapDocuments {

  private static final RoadmapDocuments STANDARD = new RoadmapDocuments(ImportLimits.standard(), false);

  private final ImportLimits limits;
  private final RoadmapDocumentReader reader;

  private RoadmapDocuments(ImportLimits limits, boolean lenient) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.reader = lenient ? RoadmapDocumentReader.standard().lenient() : RoadmapDocumentReader.standard();
  }

  /**
   * This importer, taking what it can from a table it does not understand with confidence instead of
   * refusing the document (see {@link RoadmapDocumentReader#lenient()}); every guess is reported.
   *
   * <pre>{@code
   * ImportResult r = RoadmapDocuments.standard().lenient().read(Path.of("scan-ocr.txt"));
   * }</pre>
   */
  public RoadmapDocuments lenient() {
    return reader.isLenient() ? this : new RoadmapDocuments(limits, true);
  }

  /** Whether this importer takes what it can from a table it does not understand. */
  public boolean isLenient() {
    return reader.isLenient();
  }

  /** The importer with {@link ImportLimits#standard()}. */
  public static RoadmapDocuments standard() {
    return STANDARD;
  }

  /** An importer with {@code limits}. */
  public static RoadmapDocuments withLimits(ImportLimits limits) {
    return new RoadmapDocuments(limits, false);
  }

  /** The limits this importer keeps. */
  public ImportLimits limits() {
    return limits;
  }

  /**
   * Reads the document in {@code file}.
   *
   * @throws RoadmapDocumentException if the file is too large, in a format or encoding not read, or
   *     gives no roadmap (empty, no table of activities)
   * @throws UncheckedIOException if it cannot be read
   */
  public ImportResult read(Path file) {
    String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    try {
      long size = Files.size(file);
      long largest = Math.max(limits.maxTextBytes(), Math.max(limits.maxDocxBytes(), limits.maxPdfBytes()));
      if (size > largest) {
        // Refused before reading it into memory; the per-format limit is checked once the format is known.
        throw RoadmapDocumentException.fileTooLarge(name, "—", size, largest);
      }
      return read(Files.readAllBytes(file), name);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads a document given as its bytes; {@code fileName} names it in messages only.
   *
   * @throws RoadmapDocumentException if the content is too large, in a format or encoding not read,
   *     or gives no roadmap (empty, no table of activities)
   */
  public ImportResult read(byte[] content, String fileName) {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(fileName, "fileName");
    Optional<StructuredDocument> structure = structure(content, fileName);
    if (structure.isPresent()) {
      return reader.read(structure.get());
    }
    DocumentText text = text(content, fileName);
    Optional<LayoutText.Result> layout = LayoutText.read(text);
    if (layout.isPresent()) {
      // A page copied with its layout (pdftotext -layout), cells wrapped over lines: its table rebuilt from
      // where the words stand, its paragraphs from how the lines wrap.
      DocumentText.Line header = text.lines().get(layout.get().firstTableLine() - 1);
      return withColumnsFromAlignment(reader.read(layout.get().structure()), header, header.text().strip());
    }
    AlignedColumns.Result aligned = AlignedColumns.toTabs(text);
    if (aligned.firstTableLine() > 0) {
      // Columns aligned with spaces, a row a line (a PDF viewer's copy): its table rebuilt from where the
      // words stand, its paragraphs from how the lines wrap.
      DocumentText.Line header = aligned.text().lines().get(aligned.firstTableLine() - 1);
      return withColumnsFromAlignment(reader.read(LiftedStructure.of(aligned.text())), header,
          header.text().replace('\t', '|'));
    }
    return reader.read(text);
  }

  /**
   * The structure of a word-processor document — {@code .docx}, {@code .odt} or {@code .doc} — or of a
   * text PDF (rebuilt from where its text and ruling lines stand), as {@link #read(byte[], String)} reads
   * it; empty for a text file, which is read as text.
   *
   * <pre>{@code
   * RoadmapDocuments.standard().structure(bytes, "plan.odt").orElseThrow().tables().size(); // 1
   * }</pre>
   *
   * @throws RoadmapDocumentException if the content is too large or not a readable document of its format
   */
  public Optional<StructuredDocument> structure(byte[] content, String fileName) {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(fileName, "fileName");
    switch (DocumentFormat.detect(content)) {
      case DOCX -> {
        limit(fileName, "DOCX", content.length, limits.maxDocxBytes());
        return Optional.of(DocxText.structure(content, limits));
      }
      case ODT -> {
        limit(fileName, "ODT", content.length, limits.maxDocxBytes());
        return Optional.of(OdtText.structure(content, limits));
      }
      case DOC -> {
        limit(fileName, "DOC", content.length, limits.maxDocxBytes());
        return Optional.of(DocText.structure(content, limits));
      }
      case PDF -> {
        limit(fileName, "PDF", content.length, limits.maxPdfBytes());
        return Optional.of(PdfText.structure(content, limits));
      }
      default -> {
        return Optional.empty();
      }
    }
  }

  /**
   * The text of a document given as its bytes, each line with its origin, without reading a roadmap
   * from it: what {@link #read(byte[], String)} gives the {@link RoadmapDocumentReader}.
   *
   * @throws RoadmapDocumentException if the content is too large or in a format or encoding not read
   */
  public DocumentText text(byte[] content, String fileName) {
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(fileName, "fileName");
    DocumentFormat format = DocumentFormat.detect(content);
    switch (format) {
      case DOCX -> {
        limit(fileName, "DOCX", content.length, limits.maxDocxBytes());
        return DocxText.read(content, limits);
      }
      case PDF -> {
        limit(fileName, "PDF", content.length, limits.maxPdfBytes());
        return PdfText.read(content, limits);
      }
      case DOC -> throw RoadmapDocumentException.oldWord(fileName);
      // Read by OdtText; until the roadmap reader takes a StructuredDocument, refused as before.
      case ODT, OTHER_ZIP -> throw RoadmapDocumentException.otherZip(fileName);
      default -> {
        limit(fileName, "text", content.length, limits.maxTextBytes());
        String text = TextDecoding.decode(content, fileName).text();
        return DocumentText.ofPlainText(text);
      }
    }
  }

  /** {@code result} with, first, the problem that its columns were found from alignment at {@code header}. */
  private static ImportResult withColumnsFromAlignment(ImportResult result, DocumentText.Line header,
      String subject) {
    List<ImportProblem> problems = new ArrayList<>();
    problems.add(ImportProblem.of(header.origin(), ImportProblemKind.COLUMNS_FROM_ALIGNMENT, subject));
    problems.addAll(result.problems());
    return ImportResult.of(result.roadmap(), problems);
  }

  private static void limit(String fileName, String format, long size, long max) {
    if (size > max) {
      throw RoadmapDocumentException.fileTooLarge(fileName, format, size, max);
    }
  }

  @Override
  public String toString() {
    return "RoadmapDocuments[" + limits + (reader.isLenient() ? ", lenient" : "") + "]";
  }
}
