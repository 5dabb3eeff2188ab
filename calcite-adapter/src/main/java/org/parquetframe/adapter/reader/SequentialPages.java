package org.parquetframe.adapter.reader;

import org.apache.parquet.column.page.DataPage;
import org.apache.parquet.column.page.DictionaryPage;
import org.apache.parquet.column.page.PageReader;

/**
 * All pages of one column chunk, in order, each read from the file when the column reader asks for
 * it (a dictionary page first, if there is one). Besides each page's own checks ({@link
 * PageDecoder}), the pages must hold exactly the values the footer declares for the chunk.
 */
final class SequentialPages implements PageReader {
  private final ChunkBytes bytes;
  private final PageDecoder decoder;
  private final PageCounter counter;
  private long position;
  private DictionaryPage dictionary;
  private DataPage pendingPage;

  SequentialPages(ChunkBytes bytes, PageDecoder decoder, PageCounter counter) {
    this.bytes = bytes;
    this.decoder = decoder;
    this.counter = counter;
    this.position = bytes.start();
    readUntilDataPage();
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
    DataPage page = pendingPage;
    pendingPage = null;
    if (page != null) {
      counter.pageRead();
      readUntilDataPage();
    }
    return page;
  }

  /** Reads headers until the next data page (taking a dictionary page on the way), or the chunk's end. */
  private void readUntilDataPage() {
    try {
      while (pendingPage == null && decoder.valuesDecoded() < decoder.totalValueCount()) {
        if (bytes.remaining(position) == 0) {
          throw decoder.corrupt("its pages hold " + decoder.valuesDecoded() + " values but the footer declares "
              + decoder.totalValueCount());
        }
        PageDecoder.Header header = decoder.header(bytes, position);
        switch (header.page().getType()) {
          case DICTIONARY_PAGE -> {
            if (dictionary != null || decoder.valuesDecoded() > 0) {
              throw decoder.corrupt("a second dictionary page, or one after data pages");
            }
            dictionary = decoder.dictionaryPage(header, bytes);
          }
          case DATA_PAGE, DATA_PAGE_V2 -> pendingPage = decoder.dataPage(header, bytes, -1, 0);
          default -> { } // index pages carry nothing a reader needs
        }
        position += header.totalLength();
      }
    } catch (RuntimeException e) {
      throw decoder.failure(e);
    }
  }
}
