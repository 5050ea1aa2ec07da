package org.eduroadmap.document;

import java.util.Objects;

/**
 * How large a document the importer takes, per format: a limit keeps a hostile or mistaken file (a
 * scanned 2 000-page PDF, a ZIP bomb) from exhausting memory.
 *
 * <pre>{@code
 * ImportLimits limits = ImportLimits.standard();     // text 8 MiB, docx 32 MiB, pdf 64 MiB, 500 pages
 * ImportLimits small = limits.withMaxPdfPages(50).withMaxPdfBytes(10 * 1024 * 1024);
 * RoadmapDocuments.withLimits(small).read(Path.of("plan.pdf"));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ImportLimits {

  private static final long MIB = 1024 * 1024;
  private static final ImportLimits STANDARD = new ImportLimits(8 * MIB, 32 * MIB, 64 * MIB, 500);

  private final long maxTextBytes;
  private final long maxDocxBytes;
  private final long maxPdfBytes;
  private final int maxPdfPages;

  private ImportLimits(long maxTextBytes, long maxDocxBytes, long maxPdfBytes, int maxPdfPages) {
    this.maxTextBytes = check("text bytes", maxTextBytes);
    this.maxDocxBytes = check("docx bytes", maxDocxBytes);
    this.maxPdfBytes = check("pdf bytes", maxPdfBytes);
    this.maxPdfPages = (int) check("pdf pages", maxPdfPages);
  }

  private static long check(String what, long value) {
    if (value < 1) {
      throw new IllegalArgumentException("Invalid maximum " + what + " (valid values 1 and up): " + value);
    }
    return value;
  }

  /** The defaults: text 8 MiB, {@code .docx} 32 MiB, {@code .pdf} 64 MiB and 500 pages. */
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
    return new ImportLimits(bytes, maxDocxBytes, maxPdfBytes, maxPdfPages);
  }

  /**
   * A copy with the largest {@code .docx} file {@code bytes}.
   *
   * @throws IllegalArgumentException if {@code bytes} is less than 1
   */
  public ImportLimits withMaxDocxBytes(long bytes) {
    return new ImportLimits(maxTextBytes, bytes, maxPdfBytes, maxPdfPages);
  }

  /**
   * A copy with the largest {@code .pdf} file {@code bytes}.
   *
   * @throws IllegalArgumentException if {@code bytes} is less than 1
   */
  public ImportLimits withMaxPdfBytes(long bytes) {
    return new ImportLimits(maxTextBytes, maxDocxBytes, bytes, maxPdfPages);
  }

  /**
   * A copy reading at most {@code pages} pages of a PDF file.
   *
   * @throws IllegalArgumentException if {@code pages} is less than 1
   */
  public ImportLimits withMaxPdfPages(int pages) {
    return new ImportLimits(maxTextBytes, maxDocxBytes, maxPdfBytes, pages);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ImportLimits l && maxTextBytes == l.maxTextBytes && maxDocxBytes == l.maxDocxBytes
        && maxPdfBytes == l.maxPdfBytes && maxPdfPages == l.maxPdfPages;
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxTextBytes, maxDocxBytes, maxPdfBytes, maxPdfPages);
  }

  @Override
  public String toString() {
    return "ImportLimits[text=" + maxTextBytes + ", docx=" + maxDocxBytes + ", pdf=" + maxPdfBytes
        + ", pdfPages=" + maxPdfPages + "]";
  }
}
