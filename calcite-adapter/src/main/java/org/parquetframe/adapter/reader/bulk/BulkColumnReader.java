package org.parquetframe.adapter.reader.bulk;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import org.apache.parquet.bytes.ByteBufferInputStream;
import org.apache.parquet.bytes.BytesInput;
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

/**
 * Reads one flat column of one row group into primitive arrays, many rows per call, for readers
 * that need whole columns fast (graph edges). PLAIN pages are copied out of the page bytes, a
 * dictionary page is decoded once and each data page's ids index it, definition levels are decoded
 * run by run; the remaining encodings go through parquet-column's decoders, value by value. Pages
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
      throw failure(file, column, e);
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
      throw failure(file, column, e);
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
      ByteBuffer bytes = view(v1.getBytes());
      int start = maxDefinition == 0 ? 0 : levelsV1(v1.getDlEncoding(), bytes);
      values = pageValues(v1.getValueEncoding(), bytes, start, present());
    } else {
      DataPageV2 v2 = (DataPageV2) page;
      if (maxDefinition > 0) {
        ByteBuffer bytes = view(v2.getDefinitionLevels());
        HybridRuns.decode(bytes, 0, bytes.limit(), 1, levels, pageRows);
      }
      values = pageValues(v2.getDataEncoding(), view(v2.getData()), 0, present());
    }
  }

  /** Decodes a v1 page's definition levels; returns where its values start. */
  private int levelsV1(Encoding encoding, ByteBuffer bytes) throws IOException {
    if (encoding == Encoding.RLE) {
      if (bytes.limit() < 4) {
        throw new CorruptPageException("a data page too short for its definition levels");
      }
      int length = bytes.getInt(0);
      if (length < 0 || length > bytes.limit() - 4) {
        throw new CorruptPageException("definition levels of " + length + " bytes in a page of " + bytes.limit());
      }
      HybridRuns.decode(bytes, 4, 4 + length, 1, levels, pageRows);
      return 4 + length;
    }
    ValuesReader reader = encoding.getValuesReader(column, ValuesType.DEFINITION_LEVEL); // the old BIT_PACKED
    ByteBufferInputStream in = ByteBufferInputStream.wrap(bytes.duplicate());
    reader.initFromPage(pageRows, in);
    for (int i = 0; i < pageRows; i++) {
      levels[i] = reader.readInteger();
    }
    return (int) in.position();
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

  private PageValues pageValues(Encoding encoding, ByteBuffer bytes, int start, int present) throws IOException {
    if (start > bytes.limit()) {
      throw new CorruptPageException("a data page's levels run past its end");
    }
    bytes.position(start);
    if (encoding == Encoding.PLAIN || present == 0) {
      return new PlainValues(bytes, physical, target, unsignedMask);
    }
    if (encoding.usesDictionary()) {
      if (dictionary == null) {
        throw new CorruptPageException("a dictionary-encoded page in a chunk without a dictionary page");
      }
      if (start >= bytes.limit()) {
        throw new CorruptPageException("a dictionary-encoded page without its ids");
      }
      ids = present > ids.length ? new int[present] : ids;
      HybridRuns.decode(bytes, start + 1, bytes.limit(), bytes.get(start) & 0xff, ids, present);
      return new DictionaryIds(ids, dictionary, dictionarySize);
    }
    ValuesReader reader = encoding.getValuesReader(column, ValuesType.VALUES);
    reader.initFromPage(present, ByteBufferInputStream.wrap(bytes.slice()));
    return new DecodedValues(reader, physical, unsignedMask);
  }

  private Object decodeDictionary(DictionaryPage page) throws IOException {
    Encoding encoding = page.getEncoding();
    if (encoding != Encoding.PLAIN_DICTIONARY && encoding != Encoding.PLAIN) {
      throw new CorruptPageException("a dictionary page in " + encoding + " (dictionaries are PLAIN)");
    }
    Object entries = target.newArray(page.getDictionarySize());
    new PlainValues(view(page.getBytes()), physical, target, unsignedMask).copy(entries, 0, page.getDictionarySize());
    return entries;
  }

  /** The bytes as a little-endian buffer from position 0, without copying where they are one array. */
  private static ByteBuffer view(BytesInput bytes) throws IOException {
    ByteBufferInputStream in = bytes.toInputStream();
    return in.slice(in.available()).slice().order(ByteOrder.LITTLE_ENDIAN);
  }

  private static ParquetFormatException failure(Path file, ColumnDescriptor column, Throwable e) {
    if (e instanceof ParquetFormatException known) {
      return known;
    }
    if (e instanceof OutOfMemoryError) {
      return new ParquetFormatException(file, "cannot decode column '" + column + "': it needs more memory than "
          + "the JVM has left (" + e.getMessage() + "); the file may be corrupt", e);
    }
    String problem = e instanceof CorruptPageException ? e.getMessage()
        : e.getClass().getSimpleName() + ": " + e.getMessage();
    return new ParquetFormatException(file, "cannot decode column '" + column + "', the file is corrupt ("
        + problem + ")", e);
  }
}
