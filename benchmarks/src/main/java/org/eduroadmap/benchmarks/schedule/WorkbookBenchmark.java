package org.eduroadmap.benchmarks.schedule;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.concurrent.TimeUnit;
import org.eduroadmap.report.xlsx.MonitoringForm;
import org.eduroadmap.report.xlsx.ScheduleWorkbook;
import org.eduroadmap.roadmap.Roadmap;
import org.eduroadmap.schedule.ScheduleCalculator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The Excel workbooks of one roadmap of the national set (40 activities over 2022 – 2024, terms drawn
 * from the seed forms): the schedule of its whole period, the monitoring form, and reading that form
 * back. The score is the time for one .xlsx file, written to memory (or read from it). It sits beside
 * {@link NationalSet}, which is this package's.
 *
 * <pre>
 * mvn -B -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar WorkbookBenchmark -f 1 -wi 2 -i 3
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class WorkbookBenchmark {

  private Roadmap roadmap;
  private ScheduleWorkbook schedule;
  private MonitoringForm form;
  private byte[] formBytes;

  @Setup
  public void setUp() {
    ScheduleCalculator calculator = ScheduleCalculator.standard();
    roadmap = NationalSet.roadmap(0);
    schedule = ScheduleWorkbook.of(calculator).withToday(NationalSet.PERIOD.first().plusMonths(14));
    form = MonitoringForm.of(calculator);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    form.write(roadmap, out);
    formBytes = out.toByteArray();
    System.out.printf("%nnational-set roadmap: %d activities, %d occurrences; form %d bytes%n",
        roadmap.allActivities().size(), calculator.occurrences(roadmap, NationalSet.RANGE).count(),
        formBytes.length);
  }

  /** The schedule workbook of the roadmap's period. */
  @Benchmark
  public byte[] scheduleWorkbook() {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    schedule.write(roadmap, NationalSet.RANGE, out);
    return out.toByteArray();
  }

  /** The monitoring form. */
  @Benchmark
  public byte[] monitoringForm() {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    form.write(roadmap, out);
    return out.toByteArray();
  }

  /** Reading the (unfilled) monitoring form back. */
  @Benchmark
  public int readMonitoringForm() {
    return form.read(new ByteArrayInputStream(formBytes)).size();
  }
}
