/**
 * JMH benchmarks of the term reader: all seed terms, crafted adversarial inputs, a 1 MB line.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar TermReaderBenchmark -f 1 -wi 2 -i 3
 * }</pre>
 */
package org.eduroadmap.benchmarks.term;
