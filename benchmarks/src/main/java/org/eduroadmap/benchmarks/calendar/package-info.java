/**
 * JMH benchmarks of the working-day calendar: isWorkingDay and moving a due date.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar WorkingCalendarBenchmark -f 1 -wi 2 -i 3
 * }</pre>
 */
package org.eduroadmap.benchmarks.calendar;
