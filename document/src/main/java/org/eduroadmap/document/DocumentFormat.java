package org.eduroadmap.document;

import java.nio.charset.StandardCharsets;

/**
 * The format of a roadmap document, told by its content — the first bytes and, for a ZIP, its entries
 * — not by its file name, which a user may have got wrong.
 *
 * <pre>{@code
 * DocumentFormat.detect(Files.readAllBytes(Path.of("plan.docx")));  // DOCX
 * DocumentFormat.detect(Files.readAllBytes(Path.of("plan.odt")));   // ODT
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
  /** An old binary Word document (OLE2 compound file, {@code D0 CF 11 E0}). */
  DOC,
  /** A ZIP archive that is neither a Word nor an OpenDocument text (an Excel file, say); not read. */
  OTHER_ZIP,
  /**
   * An OpenDocument text (.odt): a ZIP whose first entry, {@code mimetype}, stored uncompressed as the
   * standard requires, is {@code application/vnd.oasis.opendocument.text}.
   */
  ODT;

  private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
  private static final byte[] ZIP_MAGIC = {0x50, 0x4B, 0x03, 0x04};
  private static final byte[] WORD_ENTRY = "word/document.xml".getBytes(StandardCharsets.US_ASCII);
  /** The {@code mimetype} entry's name followed by its stored content, as in the first local header. */
  private static final byte[] ODT_MIMETYPE =
      "mimetypeapplication/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
  /** The first local header is 30 bytes and the name; an extra field would move the content a little. */
  private static final int ODT_MIMETYPE_WITHIN = 1024;

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
      if (indexOf(content, WORD_ENTRY, 0, content.length) >= 0) {
        return DOCX;
      }
      return isOdt(content) ? ODT : OTHER_ZIP;
    }
    return TEXT;
  }

  private static boolean isOdt(byte[] content) {
    int at = indexOf(content, ODT_MIMETYPE, 0, Math.min(content.length, ODT_MIMETYPE_WITHIN));
    // Exactly ...text: not ...text-template or ...text-master, whose content ends the entry with more.
    int end = at + ODT_MIMETYPE.length;
    return at >= 0 && (end == content.length || !isMimeTypeChar(content[end]));
  }

  private static boolean isMimeTypeChar(byte b) {
    return b == '-' || b == '.' || b == '+' || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9');
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
