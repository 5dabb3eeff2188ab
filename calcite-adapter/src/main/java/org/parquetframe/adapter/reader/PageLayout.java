package org.parquetframe.adapter.reader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.format.DataPageHeader;
import org.apache.parquet.format.DataPageHeaderV2;
import org.apache.parquet.format.PageType;
import org.apache.parquet.format.Util;
import org.apache.parquet.format.converter.ParquetMetadataConverter;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.internal.column.columnindex.OffsetIndex;

/**
 * Where the pages of one column chunk lie and which rows of the row group each holds: from the
 * chunk's offset index when the file has a consistent one, else from its page headers. With it a
 * reader goes straight to the pages that hold the rows it wants, and skips the others.
 */
public final class PageLayout {
  /** Bytes read at once while reading page headers alone. */
  private static final int HEADER_WINDOW = 4 << 10;

  private final long dictionaryOffset;
  private final long[] offsets;
  private final int[] sizes;
  private final long[] firstRows;
  private final long rowCount;

  private PageLayout(long dictionaryOffset, long[] offsets, int[] sizes, long[] firstRows, long rowCount) {
    this.dictionaryOffset = dictionaryOffset;
    this.offsets = offsets;
    this.sizes = sizes;
    this.firstRows = firstRows;
    this.rowCount = rowCount;
  }

  /**
   * The layout the serialized offset index {@code bytes} gives for {@code chunk}, or null when it
   * cannot be read or does not fit the chunk.
   */
  public static PageLayout fromOffsetIndex(byte[] bytes, ColumnChunkMetaData chunk, long rowCount) {
    OffsetIndex index;
    try {
      index = ParquetMetadataConverter.fromParquetOffsetIndex(Util.readOffsetIndex(new ByteArrayInputStream(bytes)));
    } catch (IOException | RuntimeException e) {
      return null; // an unreadable index is no index: the page headers tell the same
    }
    return index == null ? null : fromOffsetIndex(index, chunk, rowCount);
  }

  /**
   * The layout an offset index gives for {@code chunk} in a row group of {@code rowCount} rows, or
   * null when the index does not fit the chunk (pages outside it, overlapping, rows out of order).
   */
  public static PageLayout fromOffsetIndex(OffsetIndex index, ColumnChunkMetaData chunk, long rowCount) {
    int pages = index.getPageCount();
    long start = chunk.getStartingPos();
    long end = start + chunk.getTotalSize();
    if (pages < 1 || rowCount < 1 || index.getFirstRowIndex(0) != 0 || index.getOffset(0) < start) {
      return null;
    }
    long[] offsets = new long[pages];
    int[] sizes = new int[pages];
    long[] firstRows = new long[pages];
    for (int i = 0; i < pages; i++) {
      offsets[i] = index.getOffset(i);
      sizes[i] = index.getCompressedPageSize(i);
      firstRows[i] = index.getFirstRowIndex(i);
      boolean inOrder = i == 0 || offsets[i] >= offsets[i - 1] + sizes[i - 1] && firstRows[i] > firstRows[i - 1];
      if (!inOrder || sizes[i] <= 0 || offsets[i] + sizes[i] > end || firstRows[i] >= rowCount) {
        return null;
      }
    }
    return new PageLayout(offsets[0] > start ? start : -1, offsets, sizes, firstRows, rowCount);
  }

  /**
   * The layout of {@code column}'s chunk in {@code rowGroup} read from its page headers (the bodies
   * are not read), or null when the rows of a page cannot be told from its header (v1 pages of a
   * repeated column). A damaged header is an error naming the file.
   */
  public static PageLayout fromHeaders(Path file, FileChannel channel, long fileSize, BlockMetaData rowGroup,
      ColumnDescriptor column) {
    ColumnChunkMetaData chunk = ColumnChunkReaders.chunkOf(file, rowGroup, column);
    ChunkBytes bytes = ColumnChunkReaders.chunkBytes(file, channel, fileSize, column, chunk, HEADER_WINDOW);
    PageDecoder decoder = new PageDecoder(file, column, chunk);
    try {
      return fromHeaders(bytes, decoder, column.getMaxRepetitionLevel(), rowGroup.getRowCount());
    } catch (RuntimeException e) {
      throw decoder.failure(e);
    }
  }

  private static PageLayout fromHeaders(ChunkBytes chunk, PageDecoder decoder, int maxRepetitionLevel, long rowCount) {
    Builder pages = new Builder();
    long values = 0;
    long position = chunk.start();
    while (values < decoder.totalValueCount() && chunk.remaining(position) > 0) {
      PageDecoder.Header header = decoder.header(chunk, position);
      position += header.totalLength();
      if (header.page().getType() == PageType.DICTIONARY_PAGE) {
        if (pages.count > 0 || pages.dictionaryOffset >= 0) {
          throw decoder.corrupt("a second dictionary page, or one after data pages");
        }
        pages.dictionaryOffset = header.position();
      } else if (header.isData()) {
        boolean v1 = header.page().getType() == PageType.DATA_PAGE;
        DataPageHeader v1Header = header.page().getData_page_header();
        DataPageHeaderV2 v2Header = header.page().getData_page_header_v2();
        if (v1 ? v1Header == null : v2Header == null) {
          throw decoder.corrupt("a data page has no data page header");
        }
        if (v1 && maxRepetitionLevel > 0) {
          return null;
        }
        int pageValues = v1 ? v1Header.getNum_values() : v2Header.getNum_values();
        int pageRows = v1 ? pageValues : v2Header.getNum_rows();
        if (pageValues < 0 || pageRows < 0 || pageRows == 0 && pageValues > 0
            || header.totalLength() > Integer.MAX_VALUE) {
          throw decoder.corrupt("a data page declares " + pageValues + " values in " + pageRows + " rows");
        }
        pages.add(header.position(), (int) header.totalLength(), pageRows);
        values += pageValues;
      }
    }
    if (values != decoder.totalValueCount() || pages.rows != rowCount) {
      throw decoder.corrupt("its pages hold " + values + " values in " + pages.rows + " rows but the footer declares "
          + decoder.totalValueCount() + " values in " + rowCount + " rows");
    }
    return pages.build(rowCount);
  }

  /** Pages found one by one. */
  private static final class Builder {
    long dictionaryOffset = -1;
    long[] offsets = new long[8];
    int[] sizes = new int[8];
    long[] firstRows = new long[8];
    int count;
    long rows;

    void add(long offset, int size, int pageRows) {
      if (pageRows == 0) {
        return; // an empty page: nothing to read
      }
      if (count == offsets.length) {
        offsets = Arrays.copyOf(offsets, count * 2);
        sizes = Arrays.copyOf(sizes, count * 2);
        firstRows = Arrays.copyOf(firstRows, count * 2);
      }
      offsets[count] = offset;
      sizes[count] = size;
      firstRows[count] = rows;
      count++;
      rows += pageRows;
    }

    PageLayout build(long rowCount) {
      return new PageLayout(dictionaryOffset, Arrays.copyOf(offsets, count), Arrays.copyOf(sizes, count),
          Arrays.copyOf(firstRows, count), rowCount);
    }
  }

  public int pageCount() {
    return offsets.length;
  }

  /** Where the chunk's dictionary page starts, or -1 if it has none. */
  long dictionaryOffset() {
    return dictionaryOffset;
  }

  long offset(int page) {
    return offsets[page];
  }

  /** Bytes of the page's header and body. */
  int size(int page) {
    return sizes[page];
  }

  public long firstRow(int page) {
    return firstRows[page];
  }

  /** One past the page's last row. */
  public long endRow(int page) {
    return page + 1 < firstRows.length ? firstRows[page + 1] : rowCount;
  }

  /** The first row of the last page starting at or before {@code row}. */
  public long pageStartAtOrBefore(long row) {
    int low = 0;
    int high = firstRows.length - 1;
    while (low < high) {
      int middle = (low + high + 1) >>> 1;
      if (firstRows[middle] <= row) {
        low = middle;
      } else {
        high = middle - 1;
      }
    }
    return firstRows[low];
  }

  /** Bytes of all pages (headers and bodies), without the dictionary page. */
  public long bytes() {
    long bytes = 0;
    for (int size : sizes) {
      bytes += size;
    }
    return bytes;
  }

  /** The pages holding a row of {@code rows}, in order. */
  public int[] pagesWith(RowRanges rows) {
    int[] pages = new int[offsets.length];
    int count = 0;
    for (int page = 0; page < offsets.length; page++) {
      if (rows.overlaps(firstRow(page), endRow(page))) {
        pages[count++] = page;
      }
    }
    return Arrays.copyOf(pages, count);
  }

  /** The rows of the pages that hold a row of {@code rows}: what reading {@code rows} of this column decodes. */
  public RowRanges rowsOfPagesWith(RowRanges rows) {
    RowRanges.Builder covered = RowRanges.builder();
    for (int page : pagesWith(rows)) {
      covered.add(firstRow(page), endRow(page));
    }
    return covered.build();
  }

  /** Bytes of the given pages (headers and bodies). */
  public long bytesOf(int[] pages) {
    long bytes = 0;
    for (int page : pages) {
      bytes += sizes[page];
    }
    return bytes;
  }
}
