package org.eduroadmap.benchmarks.schedule;

import java.time.LocalDate;
import java.time.Month;
import java.util.concurrent.TimeUnit;
import net.fortuna.ical4j.model.Recur;
import org.dmfs.rfc5545.DateTime;
import org.dmfs.rfc5545.recur.InvalidRecurrenceRuleException;
import org.dmfs.rfc5545.recur.RecurrenceRule;
import org.dmfs.rfc5545.recur.RecurrenceRuleIterator;
import org.eduroadmap.calendar.DateRange;
import org.eduroadmap.calendar.DueDatePolicy;
import org.eduroadmap.schedule.ScheduleCalculator;
import org.eduroadmap.schedule.TermContext;
import org.eduroadmap.term.TermRule;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Time per occurrence of RRULE-able terms over a 100-year period (2000 – 2099), side by side:
 * our expansion, dmfs lib-recur 0.17, ical4j 4 {@code Recur}, and a bare java.time loop as the floor.
 *
 * <ul>
 *   <li>{@code ежегодно (ноябрь)} = {@code FREQ=YEARLY;BYMONTH=11}: 100 occurrences;
 *   <li>{@code два раза в год} = {@code FREQ=YEARLY;BYMONTH=1,7}: 200 occurrences.
 * </ul>
 *
 * <p>The {@code *Roadmap} variants do the same over a roadmap's period, 2021 – 2023 (the seeds' and
 * the national set's length): 3 and 6 occurrences per expansion, so what each way costs to start an
 * expansion (lib-recur builds an iterator chain per start date) counts as it does when a portal
 * expands one roadmap's activities.
 *
 * <p>Our expansion gives a window (start, end, due) per occurrence; the libraries give a start
 * instant; the loop makes a start and an end date. Due dates are not moved here ({@code NONE}): the
 * production calendar has approved data for 2013 – 2027 only (other years are provisional);
 * {@code ours*WithDueDates} measures 2020 – 2027 with the default policy. Scores are ns per occurrence ({@code @OperationsPerInvocation}).
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar RecurrenceComparisonBenchmark -f 1 -wi 2 -i 3
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class RecurrenceComparisonBenchmark {

  private static final int FIRST_YEAR = 2000;
  private static final int LAST_YEAR = 2099;
  private static final int YEARS = LAST_YEAR - FIRST_YEAR + 1;
  private static final int ROADMAP_FIRST_YEAR = 2021;
  private static final int ROADMAP_LAST_YEAR = 2023;
  private static final int ROADMAP_YEARS = ROADMAP_LAST_YEAR - ROADMAP_FIRST_YEAR + 1;

  private final ScheduleCalculator calculator = ScheduleCalculator.standard().withPolicy(DueDatePolicy.NONE);
  private final ScheduleCalculator withDueDates = ScheduleCalculator.standard();
  private final TermContext century = TermContext.of(DateRange.ofYears(FIRST_YEAR, LAST_YEAR));
  private final TermContext roadmapPeriod = TermContext.of(DateRange.ofYears(ROADMAP_FIRST_YEAR, ROADMAP_LAST_YEAR));
  private final TermContext eightYears = TermContext.of(DateRange.ofYears(2020, 2027));
  private final TermRule november = TermRule.YearlyInMonths.of(Month.NOVEMBER);
  private final TermRule twice = TermRule.TimesAYear.of(2);

  private RecurrenceRule libRecurNovember;
  private RecurrenceRule libRecurTwice;
  private Recur<LocalDate> ical4jNovember;
  private Recur<LocalDate> ical4jTwice;
  private long endMillis;
  private long roadmapEndMillis;

  @Setup
  public void setUp() throws InvalidRecurrenceRuleException {
    libRecurNovember = new RecurrenceRule("FREQ=YEARLY;BYMONTH=11");
    libRecurTwice = new RecurrenceRule("FREQ=YEARLY;BYMONTH=1,7");
    ical4jNovember = new Recur<>("FREQ=YEARLY;BYMONTH=11");
    ical4jTwice = new Recur<>("FREQ=YEARLY;BYMONTH=1,7");
    endMillis = new DateTime(LAST_YEAR, 11, 31).getTimestamp();
    roadmapEndMillis = new DateTime(ROADMAP_LAST_YEAR, 11, 31).getTimestamp();
  }

  @Benchmark
  @OperationsPerInvocation(YEARS)
  public void oursNovember(Blackhole bh) {
    calculator.expand(november, century).forEach(bh::consume);
  }

  @Benchmark
  @OperationsPerInvocation(YEARS)
  public void libRecurNovember(Blackhole bh) {
    libRecur(libRecurNovember, new DateTime(FIRST_YEAR, 10, 1), bh);
  }

  @Benchmark
  @OperationsPerInvocation(YEARS)
  public void ical4jNovember(Blackhole bh) {
    ical4j(ical4jNovember, LocalDate.of(FIRST_YEAR, 11, 1), FIRST_YEAR, LAST_YEAR, bh);
  }

  @Benchmark
  @OperationsPerInvocation(YEARS)
  public void loopNovember(Blackhole bh) {
    loopNovember(FIRST_YEAR, LAST_YEAR, bh);
  }

  @Benchmark
  @OperationsPerInvocation(2 * YEARS)
  public void oursTwice(Blackhole bh) {
    calculator.expand(twice, century).forEach(bh::consume);
  }

  @Benchmark
  @OperationsPerInvocation(2 * YEARS)
  public void libRecurTwice(Blackhole bh) {
    libRecur(libRecurTwice, new DateTime(FIRST_YEAR, 0, 1), bh);
  }

  @Benchmark
  @OperationsPerInvocation(2 * YEARS)
  public void ical4jTwice(Blackhole bh) {
    ical4j(ical4jTwice, LocalDate.of(FIRST_YEAR, 1, 1), FIRST_YEAR, LAST_YEAR, bh);
  }

  @Benchmark
  @OperationsPerInvocation(2 * YEARS)
  public void loopTwice(Blackhole bh) {
    loopTwice(FIRST_YEAR, LAST_YEAR, bh);
  }

  @Benchmark
  @OperationsPerInvocation(8)
  public void oursNovemberWithDueDates(Blackhole bh) {
    withDueDates.expand(november, eightYears).forEach(bh::consume);
  }

  @Benchmark
  @OperationsPerInvocation(16)
  public void oursTwiceWithDueDates(Blackhole bh) {
    withDueDates.expand(twice, eightYears).forEach(bh::consume);
  }

  @Benchmark
  @OperationsPerInvocation(ROADMAP_YEARS)
  public void oursNovemberRoadmap(Blackhole bh) {
    calculator.expand(november, roadmapPeriod).forEach(bh::consume);
  }

  @Benchmark
  @OperationsPerInvocation(ROADMAP_YEARS)
  public void libRecurNovemberRoadmap(Blackhole bh) {
    libRecur(libRecurNovember, new DateTime(ROADMAP_FIRST_YEAR, 10, 1), roadmapEndMillis, bh);
  }

  @Benchmark
  @OperationsPerInvocation(ROADMAP_YEARS)
  public void ical4jNovemberRoadmap(Blackhole bh) {
    ical4j(ical4jNovember, LocalDate.of(ROADMAP_FIRST_YEAR, 11, 1), ROADMAP_FIRST_YEAR, ROADMAP_LAST_YEAR, bh);
  }

  @Benchmark
  @OperationsPerInvocation(ROADMAP_YEARS)
  public void loopNovemberRoadmap(Blackhole bh) {
    loopNovember(ROADMAP_FIRST_YEAR, ROADMAP_LAST_YEAR, bh);
  }

  @Benchmark
  @OperationsPerInvocation(2 * ROADMAP_YEARS)
  public void oursTwiceRoadmap(Blackhole bh) {
    calculator.expand(twice, roadmapPeriod).forEach(bh::consume);
  }

  @Benchmark
  @OperationsPerInvocation(2 * ROADMAP_YEARS)
  public void libRecurTwiceRoadmap(Blackhole bh) {
    libRecur(libRecurTwice, new DateTime(ROADMAP_FIRST_YEAR, 0, 1), roadmapEndMillis, bh);
  }

  @Benchmark
  @OperationsPerInvocation(2 * ROADMAP_YEARS)
  public void ical4jTwiceRoadmap(Blackhole bh) {
    ical4j(ical4jTwice, LocalDate.of(ROADMAP_FIRST_YEAR, 1, 1), ROADMAP_FIRST_YEAR, ROADMAP_LAST_YEAR, bh);
  }

  @Benchmark
  @OperationsPerInvocation(2 * ROADMAP_YEARS)
  public void loopTwiceRoadmap(Blackhole bh) {
    loopTwice(ROADMAP_FIRST_YEAR, ROADMAP_LAST_YEAR, bh);
  }

  /** The floor: a window per year, from the 1st to the last day of November. */
  private static void loopNovember(int firstYear, int lastYear, Blackhole bh) {
    for (int y = firstYear; y <= lastYear; y++) {
      LocalDate start = LocalDate.of(y, 11, 1);
      bh.consume(start);
      bh.consume(start.withDayOfMonth(start.lengthOfMonth()));
    }
  }

  /** The floor: two half-year windows per year. */
  private static void loopTwice(int firstYear, int lastYear, Blackhole bh) {
    for (int y = firstYear; y <= lastYear; y++) {
      for (int m = 1; m <= 7; m += 6) {
        LocalDate start = LocalDate.of(y, m, 1);
        bh.consume(start);
        bh.consume(start.plusMonths(5).withDayOfMonth(start.plusMonths(5).lengthOfMonth()));
      }
    }
  }

  private static void ical4j(Recur<LocalDate> rule, LocalDate seed, int firstYear, int lastYear, Blackhole bh) {
    bh.consume(rule.getDates(seed, LocalDate.of(firstYear, 1, 1), LocalDate.of(lastYear, 12, 31)));
  }

  private void libRecur(RecurrenceRule rule, DateTime start, Blackhole bh) {
    libRecur(rule, start, endMillis, bh);
  }

  private static void libRecur(RecurrenceRule rule, DateTime start, long endMillis, Blackhole bh) {
    RecurrenceRuleIterator it = rule.iterator(start);
    while (it.hasNext()) {
      DateTime next = it.nextDateTime();
      if (next.getTimestamp() > endMillis) {
        break;
      }
      bh.consume(next);
    }
  }
}
