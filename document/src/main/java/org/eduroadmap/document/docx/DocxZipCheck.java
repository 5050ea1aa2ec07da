package org.eduroadmap.document.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.eduroadmap.document.RoadmapDocumentException;

/**
 * The checks a .docx passes before POI opens it: our zip-bomb limits, enforced here rather than through
 * POI's {@code ZipSecureFile}, whose limits are JVM-wide (setting them would change them for the
 * application that embeds us, and cap any limits it chose), and the count of table rows.
 *
 * <pre>{@code
 * DocxZipCheck.check(Files.readAllBytes(Path.of("plan.docx")));   // throws RoadmapDocumentException
 * }</pre>
 *
 * <p>Every part is inflated once, counting, and nothing is kept: a part larger than
 * {@link DocxText#MAX_ENTRY_BYTES}, all parts together larger than {@link DocxText#MAX_INFLATED_BYTES},
 * or a part of more than 1 MiB that deflated below {@link DocxText#MIN_INFLATE_RATIO} of its size is
 * refused as a zip bomb. In {@code word/document.xml} the start tags of table rows are counted whatever
 * their namespace prefix ({@code <w:tr>}, {@code <tr>} under a default namespace, {@code <x:tr ...>}):
 * more than {@link DocxText#MAX_TABLE_ROWS} is refused before POI's quadratic walk over them. A zip that
 * {@code java.util.zip} cannot read is left for POI to judge. This class is stateless and thread-safe.
 */
final class DocxZipCheck {

  /** Parts smaller than this are not held to the inflate ratio: a small XML part can compress well. */
  private static final long RATIO_FREE_BYTES = 1024 * 1024;

  private DocxZipCheck() {}

  static void check(byte[] content) {
    long total = 0;
    byte[] buffer = new byte[64 * 1024];
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        RowCounter rows = entry.getName().equals("word/document.xml") ? new RowCounter() : null;
        long inflated = 0;
        for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
          inflated += n;
          total += n;
          if (rows != null && rows.add(buffer, n) > DocxText.MAX_TABLE_ROWS) {
            throw RoadmapDocumentException.of(
                "The .docx document has more than " + DocxText.MAX_TABLE_ROWS + " table rows",
                "В документе .docx больше " + DocxText.MAX_TABLE_ROWS + " строк таблиц");
          }
          if (inflated > DocxText.MAX_ENTRY_BYTES || total > DocxText.MAX_INFLATED_BYTES) {
            throw zipBomb("inflates to more than " + Math.min(inflated, total) + " bytes",
                "распаковывается больше чем в " + Math.min(inflated, total) + " байт");
          }
        }
        long compressed = entry.getCompressedSize();
        if (inflated > RATIO_FREE_BYTES && compressed >= 0
            && (double) compressed / inflated < DocxText.MIN_INFLATE_RATIO) {
          throw zipBomb("has a part that inflates more than " + Math.round(1 / DocxText.MIN_INFLATE_RATIO)
                  + " times (" + entry.getName() + ")",
              "содержит часть, которая распаковывается больше чем в "
                  + Math.round(1 / DocxText.MIN_INFLATE_RATIO) + " раз (" + entry.getName() + ")");
        }
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof RoadmapDocumentException r) {
        throw r;
      }
      // A zip that java.util.zip cannot read (another compression method, damage): POI decides.
    }
  }

  private static RoadmapDocumentException zipBomb(String english, String russian) {
    return RoadmapDocumentException.of(
        "The .docx file " + english + ": refused as a zip bomb (limits: a part "
            + DocxText.MAX_ENTRY_BYTES + " bytes, all parts " + DocxText.MAX_INFLATED_BYTES + " bytes)",
        "Файл .docx " + russian + ": отклонён как «zip-бомба» (пределы: часть — "
            + DocxText.MAX_ENTRY_BYTES + " байт, все части — " + DocxText.MAX_INFLATED_BYTES + " байт)");
  }

  /**
   * Counts start tags named {@code tr} with any prefix, across reads: {@code <}, an optional
   * {@code prefix:}, {@code tr}, then {@code >}, {@code /} or white space. {@code <w:trPr>} and end tags do
   * not count.
   */
  static final class RowCounter {
    /** The local name of the tag being read: its last bytes after the last «:», at most «tr» plus one. */
    private final byte[] name = new byte[3];
    private int length;
    private boolean inName;
    private long rows;

    long add(byte[] bytes, int count) {
      for (int i = 0; i < count; i++) {
        byte b = bytes[i];
        if (b == '<') {
          inName = true;
          length = 0;
        } else if (inName) {
          if (b == '>' || b == '/' || b == ' ' || b == '\t' || b == '\n' || b == '\r') {
            // «</w:tr>» has its «/» first: an empty name, no row.
            if (length == 2 && name[0] == 't' && name[1] == 'r') {
              rows++;
            }
            inName = false;
          } else if (b == ':') {
            length = 0;
          } else if (length < name.length) {
            name[length++] = b;
          } else {
            length = name.length; // longer than «tr»: no row, whatever follows
          }
        }
      }
      return rows;
    }
  }
}
