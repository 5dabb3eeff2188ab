package org.parquetframe.adapter.reader;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.metadata.ColumnPath;
import org.apache.parquet.internal.hadoop.metadata.IndexReference;
import org.parquetframe.adapter.format.ParquetFooter;
import org.parquetframe.adapter.format.ParquetFormatException;

/**
 * The {@link PageLayout}s of some columns of a row group: from their offset indexes, read together
 * when writers put them side by side (parquet-java does), else from their page headers.
 */
public final class PageLayouts {
  /** Offset indexes further apart than this are read one by one. */
  private static final int MAX_COMBINED_READ = 1 << 20;

  private PageLayouts() {}

  /** The layouts of {@code columns}, or null if one of them has none (v1 pages of a repeated column without an index). */
  public static Map<ColumnPath, PageLayout> of(Path file, FileChannel channel, long fileSize, BlockMetaData rowGroup,
      List<ColumnDescriptor> columns) {
    ColumnChunkMetaData[] chunks = new ColumnChunkMetaData[columns.size()];
    for (int i = 0; i < chunks.length; i++) {
      chunks[i] = ColumnChunkReaders.chunkOf(file, rowGroup, columns.get(i));
    }
    byte[][] indexes = offsetIndexes(file, channel, fileSize, chunks);
    Map<ColumnPath, PageLayout> layouts = new HashMap<>();
    for (int i = 0; i < chunks.length; i++) {
      PageLayout layout = indexes[i] == null ? null
          : PageLayout.fromOffsetIndex(indexes[i], chunks[i], rowGroup.getRowCount());
      if (layout == null) {
        layout = PageLayout.fromHeaders(file, channel, fileSize, rowGroup, columns.get(i));
      }
      if (layout == null) {
        return null;
      }
      layouts.put(chunks[i].getPath(), layout);
    }
    return layouts;
  }

  /** The serialized offset index of each chunk, null where it has none inside the file. */
  private static byte[][] offsetIndexes(Path file, FileChannel channel, long fileSize, ColumnChunkMetaData[] chunks) {
    byte[][] indexes = new byte[chunks.length][];
    long from = Long.MAX_VALUE;
    long to = Long.MIN_VALUE;
    for (ColumnChunkMetaData chunk : chunks) {
      IndexReference reference = chunk.getOffsetIndexReference();
      if (inFile(reference, fileSize)) {
        from = Math.min(from, reference.getOffset());
        to = Math.max(to, reference.getOffset() + reference.getLength());
      }
    }
    if (from > to) {
      return indexes;
    }
    byte[] combined = to - from <= MAX_COMBINED_READ ? read(file, channel, from, (int) (to - from)) : null;
    for (int i = 0; i < chunks.length; i++) {
      IndexReference reference = chunks[i].getOffsetIndexReference();
      if (!inFile(reference, fileSize) || reference.getLength() > MAX_COMBINED_READ) {
        continue;
      }
      indexes[i] = combined == null ? read(file, channel, reference.getOffset(), reference.getLength())
          : Arrays.copyOfRange(combined, (int) (reference.getOffset() - from),
              (int) (reference.getOffset() - from) + reference.getLength());
    }
    return indexes;
  }

  private static boolean inFile(IndexReference reference, long fileSize) {
    return reference != null && reference.getOffset() >= 0 && reference.getLength() > 0
        && reference.getOffset() <= fileSize - reference.getLength();
  }

  private static byte[] read(Path file, FileChannel channel, long offset, int length) {
    try {
      return ParquetFooter.readAt(file, channel, offset, length);
    } catch (IOException e) {
      throw new ParquetFormatException(file, "cannot read: " + e, e);
    }
  }
}
