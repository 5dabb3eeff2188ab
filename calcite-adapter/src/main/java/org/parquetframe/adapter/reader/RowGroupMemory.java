package org.parquetframe.adapter.reader;

import java.util.Set;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;

/**
 * Memory that reading some columns of one row group takes: each chunk is held compressed while its
 * pages are decompressed, so compressed plus uncompressed bytes of every column read.
 */
public final class RowGroupMemory {
  private RowGroupMemory() {}

  public static long bytesToRead(BlockMetaData rowGroup, Set<String> topLevelColumns) {
    long bytes = 0;
    for (ColumnChunkMetaData chunk : rowGroup.getColumns()) {
      if (topLevelColumns.contains(chunk.getPath().toArray()[0])) {
        bytes += Math.max(0, chunk.getTotalSize()) + Math.max(0, chunk.getTotalUncompressedSize());
      }
    }
    return bytes;
  }
}
