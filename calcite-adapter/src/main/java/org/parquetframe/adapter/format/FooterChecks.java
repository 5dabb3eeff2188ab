package org.parquetframe.adapter.format;

import java.nio.file.Path;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;
import org.apache.parquet.schema.MessageType;

/**
 * Sanity of a decoded footer against the file it came from, checked once where the footer enters:
 * row counts are not negative and add up without overflow, every column chunk lies inside the
 * file's data (after the leading magic, before the footer), value counts are not negative, and a
 * column that does not repeat holds exactly one value (or NULL) per row. Whatever passes here is
 * still only a claim about the pages; {@code reader.ColumnChunkPages} checks the pages against it.
 */
final class FooterChecks {
  private static final int LEADING_MAGIC = 4;

  private FooterChecks() {}

  /**
   * Throws a {@link ParquetFormatException} naming {@code file} at the first inconsistency;
   * {@code dataEnd} is where the footer starts.
   */
  static void check(Path file, ParquetMetadata footer, long dataEnd) {
    MessageType schema = footer.getFileMetaData().getSchema();
    long totalRows = 0;
    for (int index = 0; index < footer.getBlocks().size(); index++) {
      BlockMetaData rowGroup = footer.getBlocks().get(index);
      long rows = rowGroup.getRowCount();
      if (rows < 0) {
        throw corrupt(file, "row group " + index + " declares " + rows + " rows");
      }
      try {
        totalRows = Math.addExact(totalRows, rows);
      } catch (ArithmeticException e) {
        throw corrupt(file, "its row groups declare more than " + Long.MAX_VALUE + " rows in all");
      }
      for (ColumnChunkMetaData chunk : rowGroup.getColumns()) {
        checkChunk(file, schema, index, rows, chunk, dataEnd);
      }
    }
  }

  private static void checkChunk(Path file, MessageType schema, int rowGroup, long rows, ColumnChunkMetaData chunk,
      long dataEnd) {
    String column = chunk.getPath().toDotString();
    String where = "column '" + column + "' in row group " + rowGroup;
    long start = chunk.getStartingPos();
    long length = chunk.getTotalSize();
    if (start < LEADING_MAGIC || length < 0 || start > dataEnd || length > dataEnd - start) {
      throw corrupt(file, where + " declares a chunk of " + length + " bytes at offset " + start
          + ", outside the file's data (bytes " + LEADING_MAGIC + " to " + dataEnd + ")");
    }
    if (chunk.getTotalUncompressedSize() < 0) {
      throw corrupt(file, where + " declares " + chunk.getTotalUncompressedSize() + " uncompressed bytes");
    }
    long values = chunk.getValueCount();
    if (values < 0) {
      throw corrupt(file, where + " declares " + values + " values");
    }
    ColumnDescriptor descriptor;
    try {
      descriptor = schema.getColumnDescription(chunk.getPath().toArray());
    } catch (RuntimeException e) {
      throw corrupt(file, where + " is not in the file's schema");
    }
    if (descriptor.getMaxRepetitionLevel() == 0 && values != rows) {
      throw corrupt(file, where + " declares " + values + " values but the row group has " + rows
          + " rows (a column that does not repeat has one value or NULL per row)");
    }
  }

  private static ParquetFormatException corrupt(Path file, String problem) {
    return new ParquetFormatException(file, "corrupt footer: " + problem);
  }
}
