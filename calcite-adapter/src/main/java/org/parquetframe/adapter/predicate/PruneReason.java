package org.parquetframe.adapter.predicate;

/** Why a file or row group is not read, cheapest check first; {@link #KEPT} when none excluded it. */
public enum PruneReason {
  KEPT, PARTITION, STATISTICS, COLUMN_INDEX, BLOOM_FILTER, DICTIONARY
}
