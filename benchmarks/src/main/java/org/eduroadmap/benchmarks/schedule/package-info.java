/**
 * JMH benchmarks of the scheduler: the national set, streaming, and per-occurrence expansion against
 * lib-recur, ical4j and a bare java.time loop.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar NationalScheduleBenchmark -f 1 -wi 2 -i 5
 * }</pre>
 */
package org.eduroadmap.benchmarks.schedule;
