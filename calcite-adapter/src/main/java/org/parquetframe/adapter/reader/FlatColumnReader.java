package org.parquetframe.adapter.reader;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import org.apache.parquet.CorruptDeltaByteArrays;
import org.apache.parquet.VersionParser;
import org.apache.parquet.bytes.ByteBufferInputStream;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.Dictionary;
import org.apache.parquet.column.Encoding;
import org.apache.parquet.column.ValuesType;
import org.apache.parquet.column.page.DataPage;
import org.apache.parquet.column.page.DataPageV1;
import org.apache.parquet.column.page.DataPageV2;
import org.apache.parquet.column.page.DictionaryPage;
import org.apache.parquet.column.page.PageReader;
import org.apache.parquet.column.values.ValuesReader;
import org.parquetframe.adapter.reader.decode.CorruptPageException;
import org.parquetframe.adapter.reader.decode.HybridRuns;
import org.parquetframe.adapter.reader.decode.PageBytes;
import org.parquetframe.adapter.vector.VectorConverter;

/**
 * Reads a flat column (no repetition, definition level 0 or 1) a batch at a time, page by page,
 * decoding levels and values itself ({@link HybridRuns}, {@link PageValues}) rather than through
 * parquet-column's value-at-a-time reader. With row ranges it reads only their rows: it skips
 * rows inside a page by their levels and values, and expects pages that hold none to be absent
 * ({@link IndexedPages}). Every failure is a {@code ParquetFormatException} naming the file.
 */
final class FlatColumnReader {
  private final PageReader pages;
  private final ColumnDescriptor column;
  private final VectorConverter converter;
  private final Path file;
  private final boolean sequential;
  private final int maxDefinitionLevel;
  private final RowCursor rows;
  private final VersionParser.ParsedVersion writer;
  /** Entries of the chunk's dictionary; -1 without one. */
  private int dictionaryEntries = -1;
  private int[] levels = new int[0];
  private HybridRuns pageLevels;
  private ValuesReader pageLevelReader;
  private PageValues pageValues;
  private long pageEnd;
  private long position;

  /** Reads {@code rows} of the row group (null: all of them) from {@code pages} into {@code converter}. */
  FlatColumnReader(PageReader pages, ColumnDescriptor column, VectorConverter converter, RowRanges rows, Path file,
      VersionParser.ParsedVersion writer) {
    this.pages = pages;
    this.column = column;
    this.converter = converter;
    this.file = file;
    this.rows = new RowCursor(rows);
    this.maxDefinitionLevel = column.getMaxDefinitionLevel();
    this.sequential = rows == null;
    this.writer = writer;
    try {
      DictionaryPage page = pages.readDictionaryPage();
      if (page != null) {
        Dictionary dictionary = page.getEncoding().initDictionary(column, page);
        dictionaryEntries = page.getDictionarySize();
        if (converter.hasDictionarySupport()) {
          converter.setDictionary(dictionary);
        }
      }
    } catch (IOException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
      throw CorruptPageException.asFormatError(file, column, e);
    }
  }

  /** Appends the values of the next {@code count} rows to the converter's batch. */
  void read(int count) {
    try {
      int left = count;
      while (left > 0) {
        long row = rows.next(position);
        while (pageValues == null || row >= pageEnd) {
          nextPage(row);
        }
        if (row > position) {
          skip((int) (row - position));
        }
        int n = (int) Math.min(left, Math.min(rows.runEnd() - row, pageEnd - row));
        readValues(n);
        rows.advance(n);
        left -= n;
      }
    } catch (IOException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
      throw CorruptPageException.asFormatError(file, column, e);
    }
  }

  private void readValues(int n) throws IOException {
    if (maxDefinitionLevel == 0) {
      for (int i = 0; i < n; i++) {
        pageValues.next(converter);
      }
    } else {
      int[] definitions = levels(n);
      for (int i = 0; i < n; i++) {
        if (definitions[i] == maxDefinitionLevel) {
          pageValues.next(converter);
        } else {
          converter.appendNull();
        }
      }
    }
    position += n;
  }

  private void skip(int n) throws IOException {
    int values = n;
    if (maxDefinitionLevel > 0) {
      int[] definitions = levels(n);
      values = 0;
      for (int i = 0; i < n; i++) {
        values += definitions[i] == maxDefinitionLevel ? 1 : 0;
      }
    }
    pageValues.skip(values);
    position += n;
  }

  /** The definition levels of the next {@code n} rows of the page, checked. */
  private int[] levels(int n) throws IOException {
    if (levels.length < n) {
      levels = new int[Math.max(n, 1024)];
    }
    if (pageLevels != null) {
      pageLevels.read(levels, 0, n);
    } else {
      for (int i = 0; i < n; i++) {
        levels[i] = pageLevelReader.readInteger();
      }
    }
    for (int i = 0; i < n; i++) {
      if (levels[i] < 0 || levels[i] > maxDefinitionLevel) {
        throw new IllegalStateException("definition level " + levels[i] + ", above its maximum " + maxDefinitionLevel);
      }
    }
    return levels;
  }

  /** Moves to the page holding {@code row}. */
  private void nextPage(long row) throws IOException {
    DataPage page = pages.readPage();
    if (page == null) {
      throw new IllegalStateException("its pages end before row " + row);
    }
    long first = page.getFirstRowIndex().orElse(pageValues == null ? 0 : pageEnd);
    int pageRows = page.getIndexRowCount().orElse(page.getValueCount());
    if (first < position || first > row && !sequential) {
      throw new IllegalStateException("a page of rows " + first + " to " + (first + pageRows)
          + " where row " + row + " was expected");
    }
    position = first;
    pageEnd = first + pageRows;
    if (page instanceof DataPageV1 v1) {
      openV1(v1);
    } else {
      openV2((DataPageV2) page);
    }
  }

  private void openV1(DataPageV1 page) throws IOException {
    PageBytes pageBytes = PageBytes.of(page.getBytes());
    byte[] bytes = pageBytes.bytes();
    int from = pageBytes.from();
    int to = pageBytes.to();
    if (maxDefinitionLevel > 0) {
      from = openLevelsV1(page.getDlEncoding(), bytes, from, to, page.getValueCount());
    }
    pageValues = PageValues.of(column, page.getValueEncoding(), bytes, from, to, page.getValueCount(),
        dictionaryEntries, pageValues,
        sequential && CorruptDeltaByteArrays.requiresSequentialReads(writer, page.getValueEncoding()));
  }

  /** v1 levels: RLE with a 4-byte length, or an older encoding read by parquet-column; returns where values start. */
  private int openLevelsV1(Encoding encoding, byte[] bytes, int from, int to, int values) throws IOException {
    pageLevels = null;
    pageLevelReader = null;
    if (encoding == Encoding.RLE) {
      int end = HybridRuns.lengthPrefixedEnd(bytes, from, to);
      pageLevels = new HybridRuns(bytes, from + 4, end, bitWidth(maxDefinitionLevel));
      return end;
    }
    pageLevelReader = encoding.getValuesReader(column, ValuesType.DEFINITION_LEVEL);
    ByteBufferInputStream stream = ByteBufferInputStream.wrap(ByteBuffer.wrap(bytes, from, to - from));
    pageLevelReader.initFromPage(values, stream);
    return to - stream.available();
  }

  private void openV2(DataPageV2 page) throws IOException {
    pageLevelReader = null;
    pageLevels = null;
    if (maxDefinitionLevel > 0) {
      PageBytes levels = PageBytes.of(page.getDefinitionLevels());
      pageLevels = new HybridRuns(levels.bytes(), levels.from(), levels.to(), bitWidth(maxDefinitionLevel));
    }
    PageBytes values = PageBytes.of(page.getData());
    pageValues = PageValues.of(column, page.getDataEncoding(), values.bytes(), values.from(), values.to(),
        page.getValueCount(), dictionaryEntries, pageValues,
        sequential && CorruptDeltaByteArrays.requiresSequentialReads(writer, page.getDataEncoding()));
  }

  private static int bitWidth(int maxLevel) {
    return 32 - Integer.numberOfLeadingZeros(maxLevel);
  }

  /** Walks the rows to read in order: all rows of the row group, or those of some ranges. */
  private static final class RowCursor {
    private final RowRanges ranges;
    private long next = -1;
    private long runEnd;

    RowCursor(RowRanges ranges) {
      this.ranges = ranges;
    }

    /** The next row to read, the reader being at {@code position}. */
    long next(long position) {
      if (ranges == null) {
        next = position;
        runEnd = Long.MAX_VALUE;
        return next;
      }
      if (next < 0 || next >= runEnd) {
        next = ranges.firstAtOrAfter(Math.max(position, next));
        if (next < 0) {
          throw new IllegalStateException("no rows left to read");
        }
        runEnd = ranges.endOfRangeHolding(next);
      }
      return next;
    }

    long runEnd() {
      return runEnd;
    }

    void advance(int rows) {
      next += rows;
    }
  }
}
