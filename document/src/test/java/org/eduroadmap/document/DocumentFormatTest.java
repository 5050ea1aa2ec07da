package org.eduroadmap.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class DocumentFormatTest {

  @Test
  void detect_fixtures_byContent() {
    assertThat(DocumentFormat.detect(FormatFixtures.fixture("docx"))).isEqualTo(DocumentFormat.DOCX);
    assertThat(DocumentFormat.detect(FormatFixtures.fixture("odt"))).isEqualTo(DocumentFormat.ODT);
    assertThat(DocumentFormat.detect(FormatFixtures.fixture("doc"))).isEqualTo(DocumentFormat.DOC);
    assertThat(DocumentFormat.detect(FormatFixtures.fixture("pdf"))).isEqualTo(DocumentFormat.PDF);
  }

  @Test
  void detect_otherOpenDocuments_areOtherZips() throws IOException {
    assertThat(DocumentFormat.detect(zipWithMimetype("application/vnd.oasis.opendocument.spreadsheet")))
        .isEqualTo(DocumentFormat.OTHER_ZIP);
    assertThat(DocumentFormat.detect(zipWithMimetype("application/vnd.oasis.opendocument.text-template")))
        .isEqualTo(DocumentFormat.OTHER_ZIP);
    assertThat(DocumentFormat.detect(zipWithMimetype("application/vnd.oasis.opendocument.text")))
        .isEqualTo(DocumentFormat.ODT);
  }

  private static byte[] zipWithMimetype(String mimetype) throws IOException {
    byte[] data = mimetype.getBytes(StandardCharsets.US_ASCII);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      ZipEntry entry = new ZipEntry("mimetype");
      entry.setMethod(ZipEntry.STORED);
      entry.setSize(data.length);
      CRC32 crc = new CRC32();
      crc.update(data);
      entry.setCrc(crc.getValue());
      zip.putNextEntry(entry);
      zip.write(data);
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("content.xml"));
      zip.write("<x/>".getBytes(StandardCharsets.US_ASCII));
      zip.closeEntry();
    }
    return out.toByteArray();
  }
}
