package org.parquetframe.adapter.reader.bulk;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import org.apache.parquet.bytes.ByteBufferInputStream;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.Encoding;
import org.apache.parquet.column.ValuesType;
import org.apache.parquet.column.page.DataPage;
import org.apache.parquet.column.page.DataPageV1;
import org.apache.parquet.column.page.DataPageV2;
import org.apache.parquet.column.page.DictionaryPage;
import org.apache.parquet.column.page.PageReader;
import org.apache.parquet.column.values.ValuesReader;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.parquetframe.adapter.format.ParquetFormatException;
import org.parquetframe.adapter.reader.ColumnChunkReaders;
import org.parquetframe.adapter.reader.decode.CorruptPageException;
import org.parquetframe.adapter.reader.decode.DictionaryIds;
import org.parquetframe.adapter.reader.decode.HybridRuns;
import org.parquetframe.adapter.reader.decode.PageBytes;
import org.parquetframe.adapter.reader.decode.PlainValues;

/**
 * Reads one flat column of one row group into primitive arrays, many rows per call, for readers
 * that need whole columns fast (graph edges). PLAIN pages are copied out of the page bytes, a
 * dictionary page is decoded once and each data page's ids index it, definition levels are decoded
 * run by run, all by the decoders the scan uses too ({@code reader.decode}); the remaining
 * encodings go through parquet-column's decoders, value by value. Pages
 * come checked from {@link ColumnChunkReaders#pages}; what still cannot be decoded is a
 * {@link ParquetFormatException} naming the file and the column.
 */
public final class BulkColumnReader {
  private final Path file;
  private final ColumnDescriptor column;
  private final PageReader pages;
  private final BulkTarget target;
  private final PrimitiveTypeName physical;
  private final long unsignedMask;
  private final int maxDefinition;
  private final Object dictionary;
  private final int dictionarySize;
  private int[] levels = new int[0];
  private int[] ids = new int[0];
  private boolean pageHasNulls;
  private int pageRows;
  private int rowInPage;
  private PageValues values;

  private BulkColumnReader(Path file, ColumnDescriptor column, PageReader pages, BulkTarget target) throws IOException {
    this.file = file;
    this.column = column;
    this.pages = pages;
    this.target = target;
    this.physical = column.getPrimitiveType().getPrimitiveTypeName();
    this.unsignedMask = BulkTarget.unsignedMask(column.getPrimitiveType());
    this.maxDefinition = column.getMaxDefinitionLevel();
    DictionaryPage page = pages.readDictionaryPage();
    this.dictionarySize = page == null ? 0 : page.getDictionarySize();
    this.dictionary = page == null ? null : decodeDictionary(page);
  }

  /** Whether {@code column} can be read into {@code target}: a flat column of a type the target takes. */
  public static boolean supports(ColumnDescriptor column, BulkTarget target) {
    return column.getMaxRepetitionLevel() == 0 && column.getMaxDefinitionLevel() <= 1
        && target.accepts(column.getPrimitiveType());
  }

  /** A reader at the first row of {@code column} in {@code rowGroup}; see {@link #supports}. */
  public static BulkColumnReader open(Path file, FileChannel channel, long fileSize, BlockMetaData rowGroup,
      ColumnDescriptor column, BulkTarget target) {
    if (!supports(column, target)) {
      throw new IllegalArgumentException("column " + column + " cannot be read in bulk as " + target);
    }
    PageReader pages = ColumnChunkReaders.pages(file, channel, fileSize, rowGroup, column);
    try {
      return new BulkColumnReader(file, column, pages, target);
    } catch (IOException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
      throw CorruptPageException.asFormatError(file, column, e);
    }
  }

  /** Reads the next {@code count} rows: values into {@code values[0, count)}, and {@code nulls[i] = true} for NULLs. */
  public void readLongs(long[] values, boolean[] nulls, int count) {
    read(values, BulkTarget.LONGS, nulls, count);
  }

  /** Like {@link #readLongs}, for a reader opened with {@link BulkTarget#DOUBLES}. */
  public void readDoubles(double[] values, boolean[] nulls, int count) {
    read(values, BulkTarget.DOUBLES, nulls, count);
  }

  /** Like {@link #readLongs}, for a reader opened with {@link BulkTarget#STRINGS}. */
  public void readStrings(String[] values, boolean[] nulls, int count) {
    read(values, BulkTarget.STRINGS, nulls, count);
  }

  /**
   * Rows of NULL leave their slot in {@code out} undefined and set their flag in {@code nulls};
   * other flags are left as they are, so one array can collect the NULLs of several columns.
   */
  private void read(Object out, BulkTarget asked, boolean[] nulls, int count) {
    if (asked != target) {
      throw new IllegalStateException("this reader fills " + target + ", not " + asked);
    }
    try {
      int done = 0;
      while (done < count) {
        if (rowInPage == pageRows) {
          nextPage();
          continue;
        }
        int n = Math.min(count - done, pageRows - rowInPage);
        if (pageHasNulls) {
          int present = markNulls(nulls, done, n);
          values.copy(out, done, present);
          spread(out, done, n, present);
        } else {
          values.copy(out, done, n);
        }
        rowInPage += n;
        done += n;
      }
    } catch (IOException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
      throw CorruptPageException.asFormatError(file, column, e);
    }
  }

  private int markNulls(boolean[] nulls, int at, int n) {
    int present = 0;
    for (int i = 0; i < n; i++) {
      if (levels[rowInPage + i] == maxDefinition) {
        present++;
      } else {
        nulls[at + i] = true;
      }
    }
    return present;
  }

  /**
   * Moves the {@code present} values read compactly to {@code out[at, ...)} to the rows they
   * belong to, last run first, so that no value is overwritten before it moves.
   */
  private void spread(Object out, int at, int n, int present) {
    int source = at + present;
    int row = at + n;
    int level = rowInPage - at; // levels[level + r] is row r's definition level
    while (source > at && source < row) { // values left to move, and not yet where they belong
      int end = row;
      while (levels[level + end - 1] != maxDefinition) {
        end--;
      }
      int start = end;
      while (start > at && levels[level + start - 1] == maxDefinition) {
        start--;
      }
      source -= end - start;
      System.arraycopy(out, source, out, start, end - start);
      row = start;
    }
  }

  private void nextPage() throws IOException {
    DataPage page = pages.readPage();
    if (page == null) {
      throw new CorruptPageException("its pages hold fewer values than the row group has rows");
    }
    pageRows = page.getValueCount();
    rowInPage = 0;
    if (maxDefinition > 0 && pageRows > levels.length) {
      levels = new int[pageRows];
    }
    if (page instanceof DataPageV1 v1) {
      PageBytes bytes = PageBytes.of(v1.getBytes());
      int start = maxDefinition == 0 ? bytes.from() : levelsV1(v1.getDlEncoding(), bytes);
      values = pageValues(v1.getValueEncoding(), bytes, start, present());
    } else {
      DataPageV2 v2 = (DataPageV2) page;
      if (maxDefinition > 0) {
        PageBytes bytes = PageBytes.of(v2.getDefinitionLevels());
        new HybridRuns(bytes.bytes(), bytes.from(), bytes.to(), 1).read(levels, 0, pageRows);
      }
      PageBytes bytes = PageBytes.of(v2.getData());
      values = pageValues(v2.getDataEncoding(), bytes, bytes.from(), present());
    }
  }

  /** Decodes a v1 page's definition levels; returns where its values start. */
  private int levelsV1(Encoding encoding, PageBytes bytes) throws IOException {
    if (encoding == Encoding.RLE) {
      int end = HybridRuns.lengthPrefixedEnd(bytes.bytes(), bytes.from(), bytes.to());
      new HybridRuns(bytes.bytes(), bytes.from() + 4, end, 1).read(levels, 0, pageRows);
      return end;
    }
    ValuesReader reader = encoding.getValuesReader(column, ValuesType.DEFINITION_LEVEL); // the old BIT_PACKED
    ByteBufferInputStream in = ByteBufferInputStream.wrap(ByteBuffer.wrap(bytes.bytes(), bytes.from(), bytes.length()));
    reader.initFromPage(pageRows, in);
    for (int i = 0; i < pageRows; i++) {
      levels[i] = reader.readInteger();
    }
    return bytes.from() + (int) in.position();
  }

  /** How many rows of the page hold a value; notes whether any is NULL. */
  private int present() {
    int present = pageRows;
    if (maxDefinition > 0) {
      present = 0;
      for (int i = 0; i < pageRows; i++) {
        if (levels[i] == maxDefinition) {
          present++;
        }
      }
    }
    pageHasNulls = present < pageRows;
    return present;
  }

  /** The values of a page whose bytes are {@code bytes}, from {@code start} on. */
  private PageValues pageValues(Encoding encoding, PageBytes bytes, int start, int present) throws IOException {
    if (start > bytes.to()) {
      throw new CorruptPageException("a data page's levels run past its end");
    }
    if (encoding == Encoding.PLAIN || present == 0) {
      return new PlainArrays(new PlainValues(bytes.bytes(), start, bytes.to()), physical, unsignedMask);
    }
    if (encoding.usesDictionary()) {
      ids = present > ids.length ? new int[present] : ids;
      new DictionaryIds(bytes.bytes(), start, bytes.to(), dictionary == null ? -1 : dictionarySize)
          .read(ids, 0, present);
      return new DictionaryLookup(ids, dictionary);
    }
    ValuesReader reader = encoding.getValuesReader(column, ValuesType.VALUES);
    reader.initFromPage(present, ByteBufferInputStream.wrap(ByteBuffer.wrap(bytes.bytes(), start, bytes.to() - start)));
    return new DecodedValues(reader, physical, unsignedMask);
  }

  private Object decodeDictionary(DictionaryPage page) throws IOException {
    Encoding encoding = page.getEncoding();
    if (encoding != Encoding.PLAIN_DICTIONARY && encoding != Encoding.PLAIN) {
      throw new CorruptPageException("a dictionary page in " + encoding + " (dictionaries are PLAIN)");
    }
    Object entries = target.newArray(page.getDictionarySize());
    PageBytes bytes = PageBytes.of(page.getBytes());
    new PlainArrays(new PlainValues(bytes.bytes(), bytes.from(), bytes.to()), physical, unsignedMask)
        .copy(entries, 0, page.getDictionarySize());
    return entries;
  }
}
