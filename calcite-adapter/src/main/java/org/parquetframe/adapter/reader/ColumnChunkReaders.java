package org.parquetframe.adapter.reader;

import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Optional;
import java.util.PrimitiveIterator;
import org.apache.parquet.VersionParser;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.ColumnReader;
import org.apache.parquet.column.impl.ColumnReadStoreImpl;
import org.apache.parquet.column.impl.ColumnReaderImpl;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.column.page.PageReader;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.metadata.ColumnPath;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;
import org.apache.parquet.io.api.Converter;
import org.apache.parquet.io.api.GroupConverter;
import org.apache.parquet.io.api.PrimitiveConverter;
import org.parquetframe.adapter.format.ParquetFormatException;
import org.parquetframe.adapter.reader.decode.CorruptPageException;
import org.parquetframe.adapter.vector.VectorConverter;

/**
 * Opens readers over the column chunks of a row group: over every page in order, or, for a {@link
 * RowSelection}, over the pages holding the selected rows, yielding values of those rows only.
 * parquet-column's value readers (its synchronizing reader for a selection) read any column value
 * by value; {@link FlatColumnReader} reads a flat column a batch at a time. Pages are read from the
 * file as the reader reaches them. Every failure of the pages or the decoders, now or
 * while values are read, is a {@link ParquetFormatException} naming the file and the column.
 */
public final class ColumnChunkReaders {
  private static final PrimitiveConverter NO_CONVERTER = new PrimitiveConverter() {};

  private ColumnChunkReaders() {}

  /**
   * A reader positioned on the first value of {@code column} in {@code rowGroup}; the caller reads
   * {@code rowGroup.getRowCount()} values (flat columns hold one value per row).
   */
  public static ColumnReader open(Path file, FileChannel channel, long fileSize,
      ParquetMetadata footer, BlockMetaData rowGroup, ColumnDescriptor column) {
    return open(RowGroupInput.whole(file, channel, fileSize, footer, rowGroup), column, NO_CONVERTER);
  }

  /** A reader of {@code column} over {@code input}, positioned on its first value; values are read with its getters. */
  public static ColumnReader open(RowGroupInput input, ColumnDescriptor column) {
    return open(input, column, NO_CONVERTER);
  }

  /**
   * A reader of {@code column} over {@code input}, positioned on its first value, that hands values
   * to {@code converter} on {@code writeCurrentValueToConverter()}; the caller reads {@code
   * input.rowCount()} values of a flat column.
   */
  public static ColumnReader open(RowGroupInput input, ColumnDescriptor column, PrimitiveConverter converter) {
    Path file = input.file();
    try {
      PageReader pages = pages(input, column);
      String createdBy = input.footer().getFileMetaData().getCreatedBy();
      ColumnReader reader = input.selection() == null
          ? new ColumnReaderImpl(column, pages, converter, writerVersion(createdBy))
          : synchronizing(pages, input.selection().slice(), input.rowGroup().getRowCount(), column, converter,
              createdBy, input.footer());
      return new CheckedColumnReader(reader, file);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      // the reader decodes the dictionary and the first page here: see CheckedColumnReader
      throw CorruptPageException.asFormatError(file, column, e);
    }
  }

  /**
   * The checked pages of {@code column} in {@code rowGroup}, in order, for readers that decode pages
   * themselves (see {@code reader.bulk}); read through a bounded window like a scan's, and every
   * failure is a {@link ParquetFormatException}.
   */
  public static PageReader pages(Path file, FileChannel channel, long fileSize, BlockMetaData rowGroup,
      ColumnDescriptor column) {
    ColumnChunkMetaData metadata = chunkOf(file, rowGroup, column);
    return new SequentialPages(chunkBytes(file, channel, fileSize, column, metadata, ChunkBytes.WINDOW),
        new PageDecoder(file, column, metadata), PageCounter.NONE);
  }

  /**
   * A batch reader of the flat {@code column} over {@code input}, decoding pages itself, that
   * appends the values of {@code input.rowCount()} rows to {@code converter}'s batches.
   */
  static FlatColumnReader openFlat(RowGroupInput input, ColumnDescriptor column, VectorConverter converter) {
    if (column.getMaxRepetitionLevel() > 0) {
      throw new IllegalArgumentException("column " + column + " is repeated, not flat");
    }
    try {
      PageReader pages = pages(input, column);
      return new FlatColumnReader(pages, column, converter,
          input.selection() == null ? null : input.selection().slice(), input.file(),
          writerVersion(input.footer().getFileMetaData().getCreatedBy()));
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      throw CorruptPageException.asFormatError(input.file(), column, e);
    }
  }

  /** The pages of {@code column} that {@code input} reads: all of them in order, or those holding selected rows. */
  private static PageReader pages(RowGroupInput input, ColumnDescriptor column) {
    Path file = input.file();
    ColumnChunkMetaData metadata = chunkOf(file, input.rowGroup(), column);
    ChunkBytes bytes = chunkBytes(file, input.channel(), input.fileSize(), column, metadata, ChunkBytes.WINDOW);
    PageDecoder decoder = new PageDecoder(file, column, metadata);
    RowSelection selection = input.selection();
    return selection == null ? new SequentialPages(bytes, decoder, input.counter())
        : new IndexedPages(bytes, decoder, selection.layout(metadata.getPath()), column.getMaxRepetitionLevel() == 0,
            selection.selected(), selection.slice(), input.counter());
  }

  /** The bytes of a chunk, once its declared place is checked against the file. */
  static ChunkBytes chunkBytes(Path file, FileChannel channel, long fileSize, ColumnDescriptor column,
      ColumnChunkMetaData metadata, int windowBytes) {
    long start = metadata.getStartingPos();
    long length = metadata.getTotalSize();
    if (start < 4 || length < 0 || start > fileSize || length > fileSize - start) {
      throw new ParquetFormatException(file, "column '" + column + "' declares a chunk of " + length
          + " bytes at offset " + start + ", outside the file's " + fileSize + " bytes");
    }
    return new ChunkBytes(file, channel, start, length, windowBytes);
  }

  /** parquet-column's reader that skips the values of rows not in {@code rows}, column by column alike. */
  private static ColumnReader synchronizing(PageReader pages, RowRanges rows, long rowGroupRows,
      ColumnDescriptor column, PrimitiveConverter converter, String createdBy, ParquetMetadata footer) {
    PageReadStore store = new PageReadStore() {
      @Override
      public PageReader getPageReader(ColumnDescriptor descriptor) {
        return pages;
      }

      @Override
      public long getRowCount() {
        return rowGroupRows;
      }

      @Override
      public Optional<PrimitiveIterator.OfLong> getRowIndexes() {
        return Optional.of(rows.iterator());
      }
    };
    GroupConverter root = new PathConverter(converter, column.getPath().length);
    return new ColumnReadStoreImpl(store, root, footer.getFileMetaData().getSchema(), createdBy)
        .getColumnReader(column);
  }

  /** Leads along any path of {@code depth} fields to one converter: the store asks for the column's by its path. */
  private static final class PathConverter extends GroupConverter {
    private final PrimitiveConverter leaf;
    private final int depth;

    PathConverter(PrimitiveConverter leaf, int depth) {
      this.leaf = leaf;
      this.depth = depth;
    }

    @Override
    public Converter getConverter(int fieldIndex) {
      return depth <= 1 ? leaf : new PathConverter(leaf, depth - 1);
    }

    @Override
    public void start() {}

    @Override
    public void end() {}
  }

  /** The chunk of {@code column} in {@code rowGroup}; an error naming the file if it has none. */
  public static ColumnChunkMetaData chunkOf(Path file, BlockMetaData rowGroup, ColumnDescriptor column) {
    ColumnPath path = ColumnPath.get(column.getPath());
    for (ColumnChunkMetaData chunk : rowGroup.getColumns()) {
      if (chunk.getPath().equals(path)) {
        return chunk;
      }
    }
    throw new ParquetFormatException(file, "a row group has no chunk for column '" + column + "'");
  }

  private static VersionParser.ParsedVersion writerVersion(String createdBy) {
    try {
      return VersionParser.parse(createdBy);
    } catch (RuntimeException | VersionParser.VersionParseException e) {
      return null; // unknown writers get no writer-specific workarounds
    }
  }
}
