package org.parquetframe.adapter.scan;

import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;
import org.parquetframe.adapter.metadata.DataFile;
import org.parquetframe.adapter.reader.RowSelection;

/**
 * A scan's unit of work: {@code rowCount} consecutive rows (of those it reads) of one row group,
 * decoded in order by one thread into batches. {@code selection} is null when the slice is the
 * whole row group, read page after page; {@code readsPages} is false when every column read is a
 * partition key or missing from the file.
 */
record Slice(DataFile file, ParquetMetadata footer, BlockMetaData rowGroup, RowSelection selection, long rowCount,
    boolean readsPages) {}
