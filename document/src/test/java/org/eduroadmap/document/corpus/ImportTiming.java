package org.eduroadmap.document.corpus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.eduroadmap.document.RoadmapDocuments;

/**
 * A one-off timing of the importer on large documents ({@code tools/corpus/time-import.sh} makes them):
 * each file read {@value #WARM_UP} times to warm the JVM, then {@value #MEASURED} times, the median and the
 * fastest printed. Not a test: speed is measured, never asserted in unit tests.
 *
 * <pre>{@code
 * java -cp … org.eduroadmap.document.corpus.ImportTiming big.pdf big.docx
 * // big.pdf  1843 KB  activities 600  median 812 ms  fastest 790 ms
 * }</pre>
 */
public final class ImportTiming {
  static final int WARM_UP = 5;
  static final int MEASURED = 10;

  private ImportTiming() {}

  public static void main(String[] args) throws Exception {
    for (String a : args) {
      Path file = Path.of(a);
      byte[] bytes = Files.readAllBytes(file);
      int activities = 0;
      for (int i = 0; i < WARM_UP; i++) {
        activities = RoadmapDocuments.standard().lenient().read(bytes, file.getFileName().toString())
            .roadmap().activities().size();
      }
      long[] ms = new long[MEASURED];
      for (int i = 0; i < MEASURED; i++) {
        long t = System.nanoTime();
        RoadmapDocuments.standard().lenient().read(bytes, file.getFileName().toString());
        ms[i] = (System.nanoTime() - t) / 1_000_000;
      }
      Arrays.sort(ms);
      System.out.printf("%s  %d KB  activities %d  median %d ms  fastest %d ms%n", file.getFileName(),
          bytes.length / 1024, activities, ms[MEASURED / 2], ms[0]);
    }
  }
}
