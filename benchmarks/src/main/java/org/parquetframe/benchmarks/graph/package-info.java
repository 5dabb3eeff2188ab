/**
 * The end-to-end graph benchmark ({@code bin/parquetframe bench}): SQL through the JDBC driver,
 * cold and warm, against JGraphT on the same Parquet graphs, each system in its own process.
 */
package org.parquetframe.benchmarks.graph;
