package org.eduroadmap.benchmarks.schedule;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eduroadmap.roadmap.Roadmap;
import org.eduroadmap.schedule.ScheduleCalculator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Full expansion of a national set, on one thread: 40 000 generated school roadmaps of 40 activities,
 * terms drawn from the seed forms, 2022 – 2024, Russian production calendar, previous working day.
 * The set is in memory (activities shared between roadmaps); the score is the time for the whole set.
 * Occurrences per second = {@link #occurrences} (printed at setup) / score.
 *
 * <pre>
 * mvn -B -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar NationalScheduleBenchmark -f 1 -wi 2 -i 3
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class NationalScheduleBenchmark {

  private ScheduleCalculator calculator;
  private List<Roadmap> roadmaps;
  long occurrences;

  @Setup
  public void setUp() {
    calculator = ScheduleCalculator.standard();
    roadmaps = NationalSet.list();
    occurrences = calculator.occurrences(roadmaps.stream(), NationalSet.RANGE).count();
    System.out.printf("%nnational set: %d roadmaps, %d activities, %d occurrences%n", roadmaps.size(),
        roadmaps.size() * NationalSet.ACTIVITIES, occurrences);
  }

  /** Every occurrence of every roadmap, each handed to the consumer. */
  @Benchmark
  public void expandNationalSet(Blackhole bh) {
    calculator.occurrences(roadmaps.stream(), NationalSet.RANGE).forEach(bh::consume);
  }
}
