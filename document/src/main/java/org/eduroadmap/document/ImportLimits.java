package org.eduroadmap.document;

import java.time.Duration;
import java.util.Objects;

/**
 * How large a document the importer takes, per format: a limit keeps a hostile or mistaken file (a
 * scanned 2 000-page PDF, a ZIP bomb) from exhausting memory.
 *
 * <pre>{@code
 * ImportLimits limits = ImportLimits.standard();     // text 8 MiB, docx 32 MiB, pdf 64 MiB, 500 pages
 * ImportLimits small = limits.withMaxPdfPages(50).withMaxPdfBytes(10 * 1024 * 1024)
 *     .withPdfTimeBudget(Duration.ofSeconds(20));        // default 60 s of reading a PDF
 * RoadmapDocuments.withLimits(small).read(Path.of("plan.pdf"));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ImportLimits {

  private static final long MIB = 1024 * 1024;
  /** How long reading one PDF may take unless told otherwise: the 53-page seed-like plan reads in 0.5–3 s. */
  private static final Duration STANDARD_PDF_TIME_BUDGET = Duration.ofSeconds(60);
  private static final ImportLimits STANDARD =
      new ImportLimits(8 * MIB, 32 * MIB, 64 * MIB, 500, STANDARD_PDF_TIME_BUDGET);

  private final long maxTextBytes;
  private final long maxDocxBytes;
  private final long maxPdfBytes;
  private final int maxPdfPages;
  private final Duration pdfTimeBudget;

  private ImportLimits(long maxTextBytes, long maxDocxBytes, long maxPdfBytes, int maxPdfPages,
      Duration pdfTimeBudget) {
    this.maxTextBytes = check("text bytes", maxTextBytes);
    this.maxDocxBytes = check("docx bytes", maxDocxBytes);
    this.maxPdfBytes = check("pdf bytes", maxPdfBytes);
    this.maxPdfPages = (int) check("pdf pages", maxPdfPages);
    if (pdfTimeBudget.isNegative() || pdfTimeBudget.isZero()) {
      throw new IllegalArgumentException("Invalid PDF time budget (valid values above 0): " + pdfTimeBudget);
    }
    this.pdfTimeBudget = pdfTimeBudget;
  }

  private static long check(String what, long value) {
    if (value < 1) {
      throw new IllegalArgumentException("Invalid maximum " + what + " (valid values 1 and up): " + value);
    }
    return value;
  }

  /** The defaults: text 8 MiB, {@code .docx} 32 MiB, {@code .pdf} 64 MiB, 500 pages and 60 s. */
  public static ImportLimits standard() {
    return STANDARD;
  }

  /** The largest text file, in bytes. */
  public long maxTextBytes() {
    return maxTextBytes;
  }

  /**
   * The largest {@code .docx} file, in bytes; the same limit holds for the other word-processor formats,
   * {@code .odt} ({@code OdtText}) and {@code .doc} ({@code DocText}).
   */
  public long maxDocxBytes() {
    return maxDocxBytes;
  }

  /** The largest {@code .pdf} file, in bytes. */
  public long maxPdfBytes() {
    return maxPdfBytes;
  }

  /** The most pages of a PDF file read. */
  public int maxPdfPages() {
    return maxPdfPages;
  }

  /**
   * A copy with the largest text file {@code bytes}.
   *
   * @throws IllegalArgumentException if {@code bytes} is less than 1
   */
  public ImportLimits withMaxTextBytes(long bytes) {
    return new ImportLimits(bytes, maxDocxBytes, maxPdfBytes, maxPdfPages, pdfTimeBudget);
  }

  /**
   * A copy with the largest {@code .docx} file {@code bytes}.
   *
   * @throws IllegalArgumentException if {@code bytes} is less than 1
   */
  public ImportLimits withMaxDocxBytes(long bytes) {
    return new ImportLimits(maxTextBytes, bytes, maxPdfBytes, maxPdfPages, pdfTimeBudget);
  }

  /**
   * A copy with the largest {@code .pdf} file {@code bytes}.
   *
   * @throws IllegalArgumentException if {@code bytes} is less than 1
   */
  public ImportLimits withMaxPdfBytes(long bytes) {
    return new ImportLimits(maxTextBytes, maxDocxBytes, bytes, maxPdfPages, pdfTimeBudget);
  }

  /**
   * A copy reading at most {@code pages} pages of a PDF file.
   *
   * @throws IllegalArgumentException if {@code pages} is less than 1
   */
  public ImportLimits withMaxPdfPages(int pages) {
    return new ImportLimits(maxTextBytes, maxDocxBytes, maxPdfBytes, pages, pdfTimeBudget);
  }

  /**
   * How long reading one PDF may take, from loading to the last page; checked between pages and every
   * few hundred content-stream operations, so a small PDF that costs seconds of CPU a page (a font
   * repeated on every page) stops with a {@code RoadmapDocumentException} rather than running for hours.
   */
  public Duration pdfTimeBudget() {
    return pdfTimeBudget;
  }

  /**
   * A copy that gives reading a PDF at most {@code budget}.
   *
   * <pre>{@code
   * RoadmapDocuments.withLimits(ImportLimits.standard().withPdfTimeBudget(Duration.ofMinutes(5)))
   * }</pre>
   *
   * @throws IllegalArgumentException if {@code budget} is zero or negative
   */
  public ImportLimits withPdfTimeBudget(Duration budget) {
    return new ImportLimits(maxTextBytes, maxDocxBytes, maxPdfBytes, maxPdfPages,
        Objects.requireNonNull(budget, "budget"));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ImportLimits l && maxTextBytes == l.maxTextBytes && maxDocxBytes == l.maxDocxBytes
        && maxPdfBytes == l.maxPdfBytes && maxPdfPages == l.maxPdfPages && pdfTimeBudget.equals(l.pdfTimeBudget);
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxTextBytes, maxDocxBytes, maxPdfBytes, maxPdfPages, pdfTimeBudget);
  }

  @Override
  public String toString() {
    return "ImportLimits[text=" + maxTextBytes + ", docx=" + maxDocxBytes + ", pdf=" + maxPdfBytes
        + ", pdfPages=" + maxPdfPages + ", pdfTime=" + pdfTimeBudget + "]";
  }
}
