package org.parquetframe.adapter.reader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.Encoding;
import org.apache.parquet.column.page.DataPage;
import org.apache.parquet.column.page.DataPageV1;
import org.apache.parquet.column.page.DataPageV2;
import org.apache.parquet.column.page.DictionaryPage;
import org.apache.parquet.column.page.PageReader;
import org.apache.parquet.column.statistics.Statistics;
import org.apache.parquet.format.DataPageHeader;
import org.apache.parquet.format.DataPageHeaderV2;
import org.apache.parquet.format.DictionaryPageHeader;
import org.apache.parquet.format.PageHeader;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.schema.PrimitiveType;
import org.parquetframe.adapter.format.ParquetCodecs;
import org.parquetframe.adapter.format.ParquetFooter;
import org.parquetframe.adapter.format.ParquetFormatException;
import shaded.parquet.org.apache.thrift.TConfiguration;
import shaded.parquet.org.apache.thrift.protocol.TCompactProtocol;
import shaded.parquet.org.apache.thrift.transport.TIOStreamTransport;

/**
 * The pages of one column chunk, read with a single positioned read and decompressed page by page
 * as the column reader asks for them. Hands parquet-column's decoders the pages they expect, after
 * checking every size and count a page header declares against the chunk: a page lies inside the
 * chunk, decompresses to no more than the chunk's declared uncompressed size, holds no more values
 * than the chunk has left, and the pages hold exactly the chunk's values.
 */
final class ColumnChunkPages implements PageReader {
  /**
   * A page may always be this large, whatever its chunk declares: writers have been loose about
   * the chunk's uncompressed size (with or without headers), and allocating this much is harmless.
   */
  private static final long SMALL_PAGE_BYTES = 1 << 20;

  private final Path file;
  private final ColumnDescriptor column;
  private final CompressionCodecName codec;
  private final long totalValueCount;
  private final long declaredUncompressedSize;
  private final long maxPageBytes;
  private final byte[] chunk;
  private final ByteArrayInputStream stream;
  private DictionaryPage dictionary;
  private DataPage pendingPage;
  private long valuesRead;

  ColumnChunkPages(Path file, FileChannel channel, long fileSize, ColumnDescriptor column, ColumnChunkMetaData metadata)
      throws IOException {
    this.file = file;
    this.column = column;
    this.codec = metadata.getCodec();
    this.totalValueCount = metadata.getValueCount();
    long start = metadata.getStartingPos();
    long length = metadata.getTotalSize();
    if (start < 4 || length < 0 || length > Integer.MAX_VALUE - 16 || start > fileSize || length > fileSize - start) {
      throw new ParquetFormatException(file, "column '" + column + "' declares a chunk of " + length
          + " bytes at offset " + start + ", outside the file's " + fileSize + " bytes");
    }
    this.declaredUncompressedSize = metadata.getTotalUncompressedSize();
    this.maxPageBytes = declaredUncompressedSize > 0 ? Math.max(declaredUncompressedSize, SMALL_PAGE_BYTES)
        : Integer.MAX_VALUE;
    this.chunk = ParquetFooter.readAt(file, channel, start, (int) length);
    this.stream = new ByteArrayInputStream(chunk);
    readUntilDataPage();
  }

  @Override
  public DictionaryPage readDictionaryPage() {
    return dictionary;
  }

  @Override
  public long getTotalValueCount() {
    return totalValueCount;
  }

  @Override
  public DataPage readPage() {
    DataPage page = pendingPage;
    pendingPage = null;
    if (page != null) {
      readUntilDataPage();
    }
    return page;
  }

  /** Reads headers until the next data page (taking a dictionary page on the way), or the chunk's end. */
  private void readUntilDataPage() {
    try {
      while (pendingPage == null && valuesRead < totalValueCount) {
        if (stream.available() == 0) {
          throw corrupt("its pages hold " + valuesRead + " values but the footer declares " + totalValueCount);
        }
        PageHeader header = readHeader();
        int compressedSize = header.getCompressed_page_size();
        int uncompressedSize = header.getUncompressed_page_size();
        int offset = chunk.length - stream.available();
        if (compressedSize < 0 || compressedSize > stream.available()) {
          throw corrupt("a page of " + compressedSize + " bytes runs past the end of its chunk ("
              + stream.available() + " bytes left)");
        }
        if (uncompressedSize < 0 || uncompressedSize > maxPageBytes) {
          throw corrupt("a page declares " + uncompressedSize + " uncompressed bytes; the whole chunk declares "
              + declaredUncompressedSize);
        }
        stream.skip(compressedSize);
        if (header.getType() == null) {
          throw corrupt("a page of unknown type");
        }
        switch (header.getType()) {
          case DICTIONARY_PAGE:
            dictionary = dictionaryPage(header, offset);
            break;
          case DATA_PAGE:
            pendingPage = dataPageV1(header, offset);
            break;
          case DATA_PAGE_V2:
            pendingPage = dataPageV2(header, offset);
            break;
          default:
            break; // index pages carry nothing a reader needs
        }
        if (pendingPage != null) {
          valuesRead += pendingPage.getValueCount();
        }
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof ParquetFormatException) {
        throw (ParquetFormatException) e;
      }
      throw new ParquetFormatException(file, "corrupt page in column '" + column + "' (" + e.getMessage() + ")", e);
    }
  }

  /**
   * A Thrift page header, decoded with the chunk's remaining bytes as the limit on any string or
   * list it declares, so that a damaged length cannot make Thrift allocate beyond the chunk.
   */
  private PageHeader readHeader() throws IOException {
    int limit = Math.max(1, stream.available());
    try {
      TConfiguration configuration = new TConfiguration(limit, limit, TConfiguration.DEFAULT_RECURSION_DEPTH);
      PageHeader header = new PageHeader();
      header.read(new TCompactProtocol(new TIOStreamTransport(configuration, stream), limit, limit));
      return header;
    } catch (shaded.parquet.org.apache.thrift.TException e) {
      throw new IOException("cannot read a page header: " + e.getMessage(), e);
    }
  }

  private DictionaryPage dictionaryPage(PageHeader header, int offset) throws IOException {
    DictionaryPageHeader dictionaryHeader = header.getDictionary_page_header();
    if (dictionaryHeader == null) {
      throw corrupt("a dictionary page has no dictionary header");
    }
    if (dictionary != null || valuesRead > 0) {
      throw corrupt("a second dictionary page, or one after data pages");
    }
    int entries = dictionaryHeader.getNum_values();
    int uncompressedSize = header.getUncompressed_page_size();
    long maxEntries = PageChecks.maxDictionaryEntries(column.getPrimitiveType(), uncompressedSize);
    if (entries < 0 || entries > maxEntries) {
      throw corrupt("a dictionary page of " + uncompressedSize + " bytes declares " + entries + " entries");
    }
    byte[] bytes = decompress(offset, header.getCompressed_page_size(), uncompressedSize);
    Encoding encoding = encoding(dictionaryHeader.getEncoding());
    // Newer writers label dictionary pages PLAIN; parquet-column decodes them as PLAIN_DICTIONARY.
    Encoding dictionaryEncoding = encoding == Encoding.PLAIN ? Encoding.PLAIN_DICTIONARY : encoding;
    if (dictionaryEncoding == Encoding.PLAIN_DICTIONARY
        && column.getPrimitiveType().getPrimitiveTypeName() == PrimitiveType.PrimitiveTypeName.BINARY) {
      check(PageChecks.checkBinaryDictionary(bytes, entries));
    }
    return new DictionaryPage(BytesInput.from(bytes), entries, dictionaryEncoding);
  }

  private DataPage dataPageV1(PageHeader header, int offset) throws IOException {
    DataPageHeader data = header.getData_page_header();
    if (data == null) {
      throw corrupt("a data page has no data page header");
    }
    int values = checkedValueCount(data.getNum_values());
    byte[] bytes = decompress(offset, header.getCompressed_page_size(), header.getUncompressed_page_size());
    Encoding repetition = encoding(data.getRepetition_level_encoding());
    Encoding definition = encoding(data.getDefinition_level_encoding());
    Encoding valueEncoding = encoding(data.getEncoding());
    check(PageChecks.checkV1(column, bytes, values, repetition, definition, valueEncoding));
    return new DataPageV1(BytesInput.from(bytes), values, bytes.length, noStatistics(), repetition, definition,
        valueEncoding);
  }

  private DataPage dataPageV2(PageHeader header, int offset) throws IOException {
    DataPageHeaderV2 data = header.getData_page_header_v2();
    if (data == null) {
      throw corrupt("a v2 data page has no v2 data page header");
    }
    int values = checkedValueCount(data.getNum_values());
    int nulls = data.getNum_nulls();
    int rows = data.getNum_rows();
    if (nulls < 0 || nulls > values || rows < 0 || rows > values) {
      throw corrupt("a v2 data page of " + values + " values declares " + nulls + " nulls and " + rows + " rows");
    }
    int repetitionLength = data.getRepetition_levels_byte_length();
    int definitionLength = data.getDefinition_levels_byte_length();
    long levelsLength = (long) repetitionLength + definitionLength;
    long compressedData = header.getCompressed_page_size() - levelsLength;
    long uncompressedData = header.getUncompressed_page_size() - levelsLength;
    if (repetitionLength < 0 || definitionLength < 0 || compressedData < 0 || uncompressedData < 0) {
      throw corrupt("a v2 data page has inconsistent level lengths (" + repetitionLength + " + " + definitionLength
          + " bytes of levels in a page of " + header.getCompressed_page_size() + ")");
    }
    int dataOffset = offset + (int) levelsLength;
    boolean compressed = !data.isSetIs_compressed() || data.isIs_compressed();
    byte[] valueBytes = compressed
        ? decompress(dataOffset, (int) compressedData, (int) uncompressedData)
        : java.util.Arrays.copyOfRange(chunk, dataOffset, dataOffset + (int) compressedData);
    Encoding encoding = encoding(data.getEncoding());
    check(PageChecks.checkLevels(chunk, offset, offset + repetitionLength, column.getMaxRepetitionLevel(), values,
        "repetition"));
    check(PageChecks.checkLevels(chunk, offset + repetitionLength, dataOffset, column.getMaxDefinitionLevel(), values,
        "definition"));
    check(PageChecks.checkValues(valueBytes, 0, valueBytes.length, encoding, values));
    return DataPageV2.uncompressed(rows, nulls, values,
        BytesInput.from(chunk, offset, repetitionLength), BytesInput.from(chunk, offset + repetitionLength, definitionLength),
        encoding, BytesInput.from(valueBytes), noStatistics());
  }

  /** A data page's value count: not negative, and no more than the chunk has left. */
  private int checkedValueCount(int values) {
    if (values < 0 || values > totalValueCount - valuesRead) {
      throw corrupt("a data page declares " + values + " values; the chunk has " + (totalValueCount - valuesRead)
          + " left of the " + totalValueCount + " its footer declares");
    }
    return values;
  }

  private void check(String problem) {
    if (problem != null) {
      throw corrupt("a page declares " + problem);
    }
  }

  private byte[] decompress(int offset, int compressedSize, int uncompressedSize) throws IOException {
    return ParquetCodecs.decompress(codec, chunk, offset, compressedSize, uncompressedSize);
  }

  private ParquetFormatException corrupt(String problem) {
    return new ParquetFormatException(file, "corrupt column '" + column + "': " + problem);
  }

  private Statistics<?> noStatistics() {
    return Statistics.createStats(column.getPrimitiveType());
  }

  private Encoding encoding(org.apache.parquet.format.Encoding encoding) {
    if (encoding == null) {
      throw corrupt("a page names an encoding this reader does not know");
    }
    return Encoding.valueOf(encoding.name());
  }
}
