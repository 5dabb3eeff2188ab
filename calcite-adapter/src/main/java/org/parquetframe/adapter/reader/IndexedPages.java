package org.parquetframe.adapter.reader;

import org.apache.parquet.column.page.DataPage;
import org.apache.parquet.column.page.DictionaryPage;
import org.apache.parquet.column.page.PageReader;
import org.apache.parquet.format.PageType;

/**
 * Some pages of one column chunk, located by its {@link PageLayout}: the dictionary page if there
 * is one, then the data pages holding the rows to read, each read from the file when the column
 * reader asks for it and carrying its first row and row count, so that parquet-column's
 * synchronizing reader keeps the columns' rows aligned. A page must be what the layout says: its
 * header and body fill the layout's bytes, and for a flat column it holds the layout's rows.
 */
final class IndexedPages implements PageReader {
  private final ChunkBytes bytes;
  private final PageDecoder decoder;
  private final PageLayout layout;
  private final int[] pages;
  private final RowRanges selection;
  private final RowRanges slice;
  private final PageCounter counter;
  private final boolean flat;
  private final DictionaryPage dictionary;
  private int next;

  /**
   * Reads the pages holding rows of {@code slice}, part of the rows {@code selection} that the scan
   * reads of the row group. A page is counted by the slice holding its first selected row, so that
   * slices sharing a page count it once.
   */
  IndexedPages(ChunkBytes bytes, PageDecoder decoder, PageLayout layout, boolean flat, RowRanges selection,
      RowRanges slice, PageCounter counter) {
    this.bytes = bytes;
    this.decoder = decoder;
    this.layout = layout;
    this.pages = layout.pagesWith(slice);
    this.flat = flat;
    this.selection = selection;
    this.slice = slice;
    this.counter = counter;
    this.dictionary = layout.dictionaryOffset() < 0 ? null : readDictionary();
  }

  private DictionaryPage readDictionary() {
    try {
      // the dictionary page lies right before the first page: read it, and the pages to read next
      // if they follow it, but no page this reader skips
      int dictionaryBytes = (int) (layout.offset(0) - layout.dictionaryOffset());
      boolean firstPageNext = pages.length > 0 && pages[0] == 0;
      bytes.region(layout.dictionaryOffset(), dictionaryBytes, dictionaryBytes + (firstPageNext ? readAhead(0) : 0));
      PageDecoder.Header header = decoder.header(bytes, layout.dictionaryOffset());
      if (header.page().getType() != PageType.DICTIONARY_PAGE) {
        throw decoder.corrupt("its offset index does not match its pages (no dictionary page before the first)");
      }
      return decoder.dictionaryPage(header, bytes);
    } catch (RuntimeException e) {
      throw decoder.failure(e);
    }
  }

  @Override
  public DictionaryPage readDictionaryPage() {
    return dictionary;
  }

  @Override
  public long getTotalValueCount() {
    return decoder.totalValueCount();
  }

  @Override
  public DataPage readPage() {
    if (next == pages.length) {
      return null;
    }
    int page = pages[next++];
    try {
      DataPage data = read(page);
      if (slice.contains(selection.firstAtOrAfter(layout.firstRow(page)))) {
        counter.pageRead();
      }
      return data;
    } catch (RuntimeException e) {
      throw decoder.failure(e);
    }
  }

  /** Bytes from {@code pages[from]} to the end of the run of adjacent pages this reader reads, at most a window. */
  private int readAhead(int from) {
    long bytesAhead = 0;
    for (int i = from; i < pages.length && bytesAhead < ChunkBytes.WINDOW; i++) {
      if (i > from && pages[i] != pages[i - 1] + 1) {
        break;
      }
      bytesAhead += layout.size(pages[i]);
    }
    return (int) Math.min(bytesAhead, ChunkBytes.WINDOW);
  }

  private DataPage read(int page) {
    bytes.region(layout.offset(page), layout.size(page), readAhead(next - 1)); // the pages to read next, and no others
    PageDecoder.Header header = decoder.header(bytes, layout.offset(page));
    long rows = layout.endRow(page) - layout.firstRow(page);
    if (!header.isData() || header.totalLength() != layout.size(page)) {
      throw decoder.corrupt("its offset index does not match its pages (page " + page + " at offset "
          + layout.offset(page) + ")");
    }
    DataPage data = decoder.dataPage(header, bytes, layout.firstRow(page), (int) rows);
    int pageRows = data.getIndexRowCount().orElse(-1);
    if (pageRows != rows || flat && data.getValueCount() != rows) {
      throw decoder.corrupt("its offset index does not match its pages (page " + page + " holds "
          + data.getValueCount() + " values in " + pageRows + " rows, the index says " + rows + " rows)");
    }
    return data;
  }
}
