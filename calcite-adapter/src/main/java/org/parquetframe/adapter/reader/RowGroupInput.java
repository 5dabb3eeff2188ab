package org.parquetframe.adapter.reader;

import java.nio.channels.FileChannel;
import java.nio.file.Path;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;

/**
 * One row group of an open file, as a reader reads it: all its rows page by page, or the rows of
 * a {@link RowSelection}. {@link ColumnChunkReaders} opens the value reader of each column over it.
 */
public record RowGroupInput(Path file, FileChannel channel, long fileSize, ParquetMetadata footer,
    BlockMetaData rowGroup, RowSelection selection, PageCounter counter) {

  /** All rows of {@code rowGroup}, in order. */
  public static RowGroupInput whole(Path file, FileChannel channel, long fileSize, ParquetMetadata footer,
      BlockMetaData rowGroup) {
    return new RowGroupInput(file, channel, fileSize, footer, rowGroup, null, PageCounter.NONE);
  }

  /** The rows each column reader yields a value for (flat columns: one value per row). */
  public long rowCount() {
    return selection == null ? rowGroup.getRowCount() : selection.slice().rowCount();
  }
}
