package org.parquetframe.cli;

/**
 * One edge on its way to the Parquet writer. Mutable and reused for every row, so that writing
 * a hundred million edges allocates nothing per edge.
 */
final class EdgeRow {
  long src;
  long dst;
  double weight;
}
