package org.eduroadmap.benchmarks.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eduroadmap.benchmarks.schedule.NationalSet;
import org.eduroadmap.report.RoadmapReport;
import org.eduroadmap.roadmap.Roadmap;
import org.eduroadmap.schedule.ExecutionRecord;
import org.eduroadmap.schedule.Occurrence;
import org.eduroadmap.schedule.ScheduleCalculator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The HTML report of a national-size roadmap: 40 activities over 2022 – 2024 (roadmap 0 of the
 * generated national set, terms drawn from the seed documents), validated, scheduled, laid out and
 * rendered to one string. {@link #withRecords} adds execution records for half the occurrences due by
 * today (1 June 2023), so every status, the on-time rates and the agenda's evidence are computed too.
 * The bar: under 1 s.
 *
 * <pre>
 * mvn -B -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar ReportBenchmark -f 1 -wi 2 -i 3
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReportBenchmark {

  private static final LocalDate TODAY = LocalDate.of(2023, 6, 1);

  private Roadmap roadmap;
  private RoadmapReport plain;
  private RoadmapReport withRecords;

  @Setup
  public void setUp() {
    ScheduleCalculator calculator = ScheduleCalculator.standard();
    roadmap = NationalSet.roadmap(0);
    List<ExecutionRecord> records = new ArrayList<>();
    int i = 0;
    for (Occurrence o : calculator.schedule(roadmap).filter(Occurrence::isDue).toList()) {
      LocalDate due = o.effectiveDue().orElseThrow();
      if (due.isBefore(TODAY) && i++ % 2 == 0) {
        records.add(ExecutionRecord.of(o, due.minusDays(i % 5 == 0 ? -3 : 1), "Приказ № " + i));
      }
    }
    plain = RoadmapReport.of(calculator).withToday(TODAY);
    withRecords = plain.withRecords(records);
    String html = withRecords.toHtml(roadmap);
    System.out.printf("%nreport: %d activities, %d occurrences, %d records, %d characters of HTML%n",
        roadmap.allActivities().size(), calculator.schedule(roadmap).count(), records.size(), html.length());
  }

  /** The report without records: the plan alone. */
  @Benchmark
  public String plan() {
    return plain.toHtml(roadmap);
  }

  /** The report with execution records: statuses, on-time rates, evidence. */
  @Benchmark
  public String withRecords() {
    return withRecords.toHtml(roadmap);
  }
}
