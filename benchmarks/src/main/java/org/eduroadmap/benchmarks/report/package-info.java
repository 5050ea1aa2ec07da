/**
 * JMH benchmark of the HTML report: a national-size roadmap (40 activities, three years) rendered
 * whole.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar ReportBenchmark -f 1 -wi 2 -i 3
 * }</pre>
 */
package org.eduroadmap.benchmarks.report;
