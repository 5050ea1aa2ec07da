package org.eduroadmap.document;

/**
 * How much of a document an import reads before it refuses: file sizes per format, PDF pages, and the
 * length of the text a reader produces. Limits are checked before parsing, so that a hostile file costs
 * little.
 *
 * <pre>{@code
 * ImportLimits limits = ImportLimits.standard().withMaxPdfPages(50);
 * limits.maxPdfPages();  // 50
 * limits.maxDocxBytes(); // 33554432
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ImportLimits {

  private static final ImportLimits STANDARD =
      new ImportLimits(32L * 1024 * 1024, 64L * 1024 * 1024, 500, 8L * 1024 * 1024);

  private final long maxDocxBytes;
  private final long maxPdfBytes;
  private final int maxPdfPages;
  private final long maxTextBytes;

  private ImportLimits(long maxDocxBytes, long maxPdfBytes, int maxPdfPages, long maxTextBytes) {
    this.maxDocxBytes = requireNonNegative("maximum .docx size", maxDocxBytes);
    this.maxPdfBytes = requireNonNegative("maximum PDF size", maxPdfBytes);
    this.maxPdfPages = (int) requireNonNegative("maximum PDF pages", maxPdfPages);
    this.maxTextBytes = requireNonNegative("maximum text size", maxTextBytes);
  }

  /** The standard limits: .docx 32 MiB, PDF 64 MiB and 500 pages, text 8 MiB. */
  public static ImportLimits standard() {
    return STANDARD;
  }

  /** The largest .docx file read, in bytes. */
  public long maxDocxBytes() {
    return maxDocxBytes;
  }

  /** The largest PDF file read, in bytes. */
  public long maxPdfBytes() {
    return maxPdfBytes;
  }

  /** The most PDF pages read. */
  public int maxPdfPages() {
    return maxPdfPages;
  }

  /** The most text a reader produces, in bytes of UTF-16 (two per character). */
  public long maxTextBytes() {
    return maxTextBytes;
  }

  /** These limits with {@code bytes} as the largest .docx file. */
  public ImportLimits withMaxDocxBytes(long bytes) {
    return new ImportLimits(bytes, maxPdfBytes, maxPdfPages, maxTextBytes);
  }

  /** These limits with {@code bytes} as the largest PDF file. */
  public ImportLimits withMaxPdfBytes(long bytes) {
    return new ImportLimits(maxDocxBytes, bytes, maxPdfPages, maxTextBytes);
  }

  /** These limits with {@code pages} as the most PDF pages. */
  public ImportLimits withMaxPdfPages(int pages) {
    return new ImportLimits(maxDocxBytes, maxPdfBytes, pages, maxTextBytes);
  }

  /** These limits with {@code bytes} as the most text produced. */
  public ImportLimits withMaxTextBytes(long bytes) {
    return new ImportLimits(maxDocxBytes, maxPdfBytes, maxPdfPages, bytes);
  }

  private static long requireNonNegative(String what, long value) {
    if (value < 0) {
      throw new IllegalArgumentException("Invalid " + what + " (valid values 0 and up): " + value);
    }
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ImportLimits other && maxDocxBytes == other.maxDocxBytes
        && maxPdfBytes == other.maxPdfBytes && maxPdfPages == other.maxPdfPages
        && maxTextBytes == other.maxTextBytes;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(maxDocxBytes) * 31 * 31 * 31 + Long.hashCode(maxPdfBytes) * 31 * 31
        + maxPdfPages * 31 + Long.hashCode(maxTextBytes);
  }

  @Override
  public String toString() {
    return "ImportLimits[docx " + maxDocxBytes + " B, pdf " + maxPdfBytes + " B / " + maxPdfPages
        + " pages, text " + maxTextBytes + " B]";
  }
}
