package org.eduroadmap.report.xlsx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eduroadmap.json.RoadmapJson;
import org.eduroadmap.roadmap.Roadmap;
import org.eduroadmap.seeds.SeedDocuments;

/** The bundled seed roadmaps, and workbooks written to memory and opened again with POI. */
final class Seeds {

  private Seeds() {}

  static List<String> names() {
    return SeedDocuments.names();
  }

  static Roadmap roadmap(String name) {
    return RoadmapJson.standard().read(SeedDocuments.json(name));
  }

  static byte[] bytes(Consumer<ByteArrayOutputStream> writer) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.accept(out);
    return out.toByteArray();
  }

  static XSSFWorkbook open(byte[] bytes) {
    try {
      return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] save(XSSFWorkbook workbook) {
    try (workbook) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
