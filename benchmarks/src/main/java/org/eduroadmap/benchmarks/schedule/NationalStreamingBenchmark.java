package org.eduroadmap.benchmarks.schedule;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.concurrent.TimeUnit;
import org.eduroadmap.schedule.ScheduleCalculator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Streams the national set from a generator — roadmaps made one at a time, as if read from disk —
 * in a JVM limited to 256 MB of heap, and prints the peak heap used per iteration (sum of the heap
 * pools' peaks). Running at all proves the set never sits in memory; the score includes generating
 * the roadmaps.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar NationalStreamingBenchmark -f 1 -wi 1 -i 3
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m", "-Xms256m"})
public class NationalStreamingBenchmark {

  private ScheduleCalculator calculator;

  @Setup
  public void setUp() {
    calculator = ScheduleCalculator.standard();
  }

  @Setup(Level.Iteration)
  public void resetPeaks() {
    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  @TearDown(Level.Iteration)
  public void printPeak() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf("%npeak heap used: %d MB (max heap %d MB)%n", peak >> 20,
        Runtime.getRuntime().maxMemory() >> 20);
  }

  /** Every occurrence of 40 000 roadmaps generated on the fly. */
  @Benchmark
  public void streamNationalSet(Blackhole bh) {
    calculator.occurrences(NationalSet.stream(), NationalSet.RANGE).forEach(bh::consume);
  }
}
