package org.eduroadmap.benchmarks.calendar;

import java.time.LocalDate;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.eduroadmap.calendar.RegionalCalendars;
import org.eduroadmap.calendar.RussianRegion;
import org.eduroadmap.calendar.DueDatePolicy;
import org.eduroadmap.calendar.RussianProductionCalendar;
import org.eduroadmap.calendar.WorkingCalendar;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The cost of asking the Russian production calendar about a day and of moving a due date off a
 * non-working day. Dates are drawn from 2020-2027 in advance (fixed seed), a quarter of them
 * non-working as in the data.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar WorkingCalendarBenchmark -f 1 -wi 2 -i 3}
 * (add {@code -prof gc} for allocation per operation).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@State(Scope.Thread)
public class WorkingCalendarBenchmark {

  private static final int MASK = 1023;

  private WorkingCalendar russia;
  private WorkingCalendar tatarstan;
  private LocalDate[] dates;
  private int next;

  @Setup
  public void setUp() {
    russia = RussianProductionCalendar.get();
    // The shipped regional layer of Татарстан (2013-2027 and its yearly holidays to 2100).
    tatarstan = RegionalCalendars.shipped().calendar(RussianRegion.TATARSTAN);
    Random random = new Random(20260101L);
    long first = LocalDate.of(2020, 2, 1).toEpochDay();
    long last = LocalDate.of(2027, 11, 30).toEpochDay();
    dates = new LocalDate[MASK + 1];
    for (int i = 0; i < dates.length; i++) {
      dates[i] = LocalDate.ofEpochDay(first + (long) (random.nextDouble() * (last - first)));
    }
  }

  private LocalDate nextDate() {
    return dates[next++ & MASK];
  }

  @Benchmark
  public boolean isWorkingDay() {
    return russia.isWorkingDay(nextDate());
  }

  @Benchmark
  public boolean isWorkingDay_withRegionalOverlay() {
    return tatarstan.isWorkingDay(nextDate());
  }

  @Benchmark
  public LocalDate dueDate_previousWorkingDay() {
    return DueDatePolicy.PREVIOUS_WORKING_DAY.adjust(nextDate(), russia);
  }

  @Benchmark
  public LocalDate dueDate_nextWorkingDay() {
    return DueDatePolicy.NEXT_WORKING_DAY.adjust(nextDate(), russia);
  }

  @Benchmark
  public LocalDate dueDate_previousWorkingDay_withRegionalOverlay() {
    return DueDatePolicy.PREVIOUS_WORKING_DAY.adjust(nextDate(), tatarstan);
  }
}
