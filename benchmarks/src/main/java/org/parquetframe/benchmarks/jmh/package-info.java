/**
 * JMH benchmarks of each graph kernel and of the graph build, on generated uniform and R-MAT
 * graphs of 1K to 10M edges, 1 and 2 threads, JVM and native engines. Run with
 * {@code bin/parquetframe bench jmh}; see docs/benchmarks.md.
 */
package org.parquetframe.benchmarks.jmh;
