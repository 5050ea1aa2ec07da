package org.eduroadmap.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
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
 * {@code %PDF-} as a PDF with a text layer, an old binary {@code .doc} is refused with advice to save
 * it as {@code .docx}; anything else is text in UTF-8 (with or without BOM), UTF-16 with BOM,
 * Windows-1251 or KOI8-R, its table separated by TABs or aligned with spaces. Sizes are bounded by
 * {@link ImportLimits}. This class is immutable and thread-safe.
 */
public final class RoadmapDocuments {

  private static final RoadmapDocuments STANDARD = new RoadmapDocuments(ImportLimits.standard());

  private final ImportLimits limits;

  private RoadmapDocuments(ImportLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /** The importer with {@link ImportLimits#standard()}. */
  public static RoadmapDocuments standard() {
    return STANDARD;
  }

  /** An importer with {@code limits}. */
  public static RoadmapDocuments withLimits(ImportLimits limits) {
    return new RoadmapDocuments(limits);
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
    if (DocumentFormat.detect(content) == DocumentFormat.DOCX) {
      limit(fileName, "DOCX", content.length, limits.maxDocxBytes());
      return RoadmapDocumentReader.standard().read(DocxText.structure(content, limits));
    }
    return RoadmapDocumentReader.standard().read(text(content, fileName));
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

  private static void limit(String fileName, String format, long size, long max) {
    if (size > max) {
      throw RoadmapDocumentException.fileTooLarge(fileName, format, size, max);
    }
  }

  @Override
  public String toString() {
    return "RoadmapDocuments[" + limits + "]";
  }
}
