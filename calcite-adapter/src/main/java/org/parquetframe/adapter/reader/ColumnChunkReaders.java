package org.parquetframe.adapter.reader;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import org.apache.parquet.VersionParser;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.ColumnReader;
import org.apache.parquet.column.impl.ColumnReaderImpl;
import org.apache.parquet.column.page.PageReader;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;
import org.apache.parquet.io.api.PrimitiveConverter;
import org.parquetframe.adapter.format.ParquetFormatException;

/**
 * Opens parquet-column value readers over the column chunks of one row group. Every failure of
 * the pages or the decoders, now or while values are read, is a {@link ParquetFormatException}
 * naming the file and the column.
 */
public final class ColumnChunkReaders {
  private static final PrimitiveConverter NO_CONVERTER = new PrimitiveConverter() {};

  private ColumnChunkReaders() {}

  /**
   * A reader positioned on the first value of {@code column} in {@code rowGroup}; the caller reads
   * {@code rowGroup.getRowCount()} values (flat columns hold one value per row).
   */
  public static ColumnReader open(Path file, FileChannel channel, long fileSize, ParquetMetadata footer,
      BlockMetaData rowGroup, ColumnDescriptor column) {
    ColumnChunkMetaData metadata = chunkOf(file, rowGroup, column);
    try {
      ColumnChunkPages pages = new ColumnChunkPages(file, channel, fileSize, column, metadata);
      return new CheckedColumnReader(new ColumnReaderImpl(column, pages, NO_CONVERTER, writerVersion(footer)), file);
    } catch (IOException e) {
      throw new ParquetFormatException(file, "cannot read column '" + column + "': " + e, e);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      // the reader decodes the dictionary and the first page here: see CheckedColumnReader
      throw CheckedColumnReader.failure(file, column, e);
    }
  }

  /**
   * The checked pages of {@code column} in {@code rowGroup}, for readers that decode pages
   * themselves (see {@code reader.bulk}); every failure is a {@link ParquetFormatException}.
   */
  public static PageReader pages(Path file, FileChannel channel, long fileSize, BlockMetaData rowGroup,
      ColumnDescriptor column) {
    try {
      return new ColumnChunkPages(file, channel, fileSize, column, chunkOf(file, rowGroup, column));
    } catch (IOException e) {
      throw new ParquetFormatException(file, "cannot read column '" + column + "': " + e, e);
    }
  }

  private static ColumnChunkMetaData chunkOf(Path file, BlockMetaData rowGroup, ColumnDescriptor column) {
    for (ColumnChunkMetaData chunk : rowGroup.getColumns()) {
      if (chunk.getPath().equals(org.apache.parquet.hadoop.metadata.ColumnPath.get(column.getPath()))) {
        return chunk;
      }
    }
    throw new ParquetFormatException(file, "a row group has no chunk for column '" + column + "'");
  }

  private static VersionParser.ParsedVersion writerVersion(ParquetMetadata footer) {
    try {
      return VersionParser.parse(footer.getFileMetaData().getCreatedBy());
    } catch (RuntimeException | VersionParser.VersionParseException e) {
      return null; // unknown writers get no writer-specific workarounds
    }
  }
}
