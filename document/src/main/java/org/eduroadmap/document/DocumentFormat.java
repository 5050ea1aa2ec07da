package org.eduroadmap.document;

import java.nio.charset.StandardCharsets;

/**
 * The format of a roadmap document, told by its content — the first bytes and, for a ZIP, its entries
 * — not by its file name, which a user may have got wrong.
 *
 * <pre>{@code
 * DocumentFormat.detect(Files.readAllBytes(Path.of("plan.docx")));  // DOCX
 * DocumentFormat.detect("ПРИКАЗ".getBytes(StandardCharsets.UTF_8));  // TEXT
 * }</pre>
 */
public enum DocumentFormat {
  /** Text in any encoding the importer reads (a copy of the document as text). */
  TEXT,
  /** A Word 2007+ document: a ZIP holding {@code word/document.xml}. */
  DOCX,
  /** A PDF file, starting with {@code %PDF-}. */
  PDF,
  /** An old binary Word document (OLE2 compound file, {@code D0 CF 11 E0}); not read. */
  DOC,
  /** A ZIP archive that is not a Word document (an Excel or OpenDocument file, say); not read. */
  OTHER_ZIP;

  private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
  private static final byte[] ZIP_MAGIC = {0x50, 0x4B, 0x03, 0x04};
  private static final byte[] WORD_ENTRY = "word/document.xml".getBytes(StandardCharsets.US_ASCII);

  /** The format of {@code content}. */
  public static DocumentFormat detect(byte[] content) {
    // Some PDF writers put a little junk (a BOM, a line) before the header; the spec allows 1 KiB.
    if (indexOf(content, PDF_MAGIC, 0, Math.min(content.length, 1024)) >= 0) {
      return PDF;
    }
    if (startsWith(content, OLE2_MAGIC)) {
      return DOC;
    }
    if (startsWith(content, ZIP_MAGIC)) {
      // Entry names are stored in plain bytes in each local header and in the central directory.
      return indexOf(content, WORD_ENTRY, 0, content.length) >= 0 ? DOCX : OTHER_ZIP;
    }
    return TEXT;
  }

  private static boolean startsWith(byte[] content, byte[] magic) {
    if (content.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (content[i] != magic[i]) {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] content, byte[] needle, int from, int to) {
    outer:
    for (int i = from; i + needle.length <= to; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (content[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
