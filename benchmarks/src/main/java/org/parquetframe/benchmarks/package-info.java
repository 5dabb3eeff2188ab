/**
 * Benchmarks of ParquetFrame SQL against its peers, run by {@code bin/parquetframe bench} and JMH;
 * results and the commands that reproduce them are in {@code docs/benchmarks.md}.
 */
package org.parquetframe.benchmarks;
