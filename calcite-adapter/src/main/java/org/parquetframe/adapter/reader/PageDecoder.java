package org.parquetframe.adapter.reader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.Encoding;
import org.apache.parquet.column.page.DataPage;
import org.apache.parquet.column.page.DataPageV1;
import org.apache.parquet.column.page.DataPageV2;
import org.apache.parquet.column.page.DictionaryPage;
import org.apache.parquet.column.statistics.Statistics;
import org.apache.parquet.format.DataPageHeader;
import org.apache.parquet.format.DataPageHeaderV2;
import org.apache.parquet.format.DictionaryPageHeader;
import org.apache.parquet.format.PageHeader;
import org.apache.parquet.format.PageType;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.schema.PrimitiveType;
import org.parquetframe.adapter.format.ParquetCodecs;
import org.parquetframe.adapter.format.ParquetFormatException;
import org.parquetframe.adapter.reader.ChunkBytes.Region;
import shaded.parquet.org.apache.thrift.TConfiguration;
import shaded.parquet.org.apache.thrift.protocol.TCompactProtocol;
import shaded.parquet.org.apache.thrift.transport.TIOStreamTransport;

/**
 * Turns the pages of one column chunk into the pages parquet-column's decoders expect, after
 * checking every size and count a page header declares against the chunk: a page lies inside the
 * chunk, decompresses to no more than the chunk's declared uncompressed size, and holds no more
 * values than the chunk has left. Decompression and the checks of {@link PageChecks} happen here.
 */
final class PageDecoder {
  /**
   * A page may always be this large, whatever its chunk declares: writers have been loose about
   * the chunk's uncompressed size (with or without headers), and allocating this much is harmless.
   */
  private static final long SMALL_PAGE_BYTES = 1 << 20;
  /** First guess at a page header's size; a larger header is read again with more bytes. */
  private static final int HEADER_PROBE_BYTES = 1024;
  /** No writer's page header comes near this; a larger one is damage, not a header. */
  private static final int MAX_HEADER_BYTES = 16 << 20;

  /** A page header and where its page lies: the header at {@code position}, the body right after it. */
  record Header(PageHeader page, long position, int headerLength) {
    long bodyPosition() {
      return position + headerLength;
    }

    int compressedSize() {
      return page.getCompressed_page_size();
    }

    /** Header and body. */
    long totalLength() {
      return headerLength + (long) compressedSize();
    }

    boolean isData() {
      return page.getType() == PageType.DATA_PAGE || page.getType() == PageType.DATA_PAGE_V2;
    }
  }

  private final Path file;
  private final ColumnDescriptor column;
  private final CompressionCodecName codec;
  private final long totalValueCount;
  private final long declaredUncompressedSize;
  private final long maxPageBytes;
  private long valuesDecoded;

  PageDecoder(Path file, ColumnDescriptor column, ColumnChunkMetaData metadata) {
    this.file = file;
    this.column = column;
    this.codec = metadata.getCodec();
    this.totalValueCount = metadata.getValueCount();
    this.declaredUncompressedSize = metadata.getTotalUncompressedSize();
    this.maxPageBytes = declaredUncompressedSize > 0 ? Math.max(declaredUncompressedSize, SMALL_PAGE_BYTES)
        : Integer.MAX_VALUE;
  }

  long totalValueCount() {
    return totalValueCount;
  }

  /** Values of the data pages decoded so far. */
  long valuesDecoded() {
    return valuesDecoded;
  }

  /** The page header at {@code position}, checked: its page lies inside the chunk and is not too large. */
  Header header(ChunkBytes bytes, long position) {
    Region region = bytes.probe(position, HEADER_PROBE_BYTES);
    int probe = HEADER_PROBE_BYTES;
    while (true) {
      ByteArrayInputStream stream = new ByteArrayInputStream(region.bytes(), region.offset(), region.length());
      PageHeader page;
      try {
        page = parse(stream, bytes.remaining(position));
      } catch (IOException e) {
        if (region.length() < bytes.remaining(position) && probe < MAX_HEADER_BYTES) {
          probe = Math.max(probe, region.length()) * 4; // the header may go on past what was read
          region = bytes.region(position, (int) Math.min(probe, bytes.remaining(position)));
          continue;
        }
        throw corrupt("cannot read a page header (" + e.getMessage() + ")");
      }
      Header header = new Header(page, position, region.length() - stream.available());
      check(header, bytes);
      return header;
    }
  }

  private void check(Header header, ChunkBytes bytes) {
    long left = bytes.remaining(header.bodyPosition());
    int compressedSize = header.compressedSize();
    int uncompressedSize = header.page().getUncompressed_page_size();
    if (compressedSize < 0 || compressedSize > left) {
      throw corrupt("a page of " + compressedSize + " bytes runs past the end of its chunk (" + left + " bytes left)");
    }
    if (uncompressedSize < 0 || uncompressedSize > maxPageBytes) {
      throw corrupt("a page declares " + uncompressedSize + " uncompressed bytes; the whole chunk declares "
          + declaredUncompressedSize);
    }
    if (header.page().getType() == null) {
      throw corrupt("a page of unknown type");
    }
  }

  /**
   * A Thrift page header, decoded with the chunk's remaining bytes as the limit on any string or
   * list it declares, so that a damaged length cannot make Thrift allocate beyond the chunk.
   */
  private static PageHeader parse(ByteArrayInputStream stream, long remaining) throws IOException {
    int limit = (int) Math.max(1, Math.min(Integer.MAX_VALUE, remaining));
    try {
      TConfiguration configuration = new TConfiguration(limit, limit, TConfiguration.DEFAULT_RECURSION_DEPTH);
      PageHeader header = new PageHeader();
      header.read(new TCompactProtocol(new TIOStreamTransport(configuration, stream), limit, limit));
      return header;
    } catch (shaded.parquet.org.apache.thrift.TException | RuntimeException e) {
      throw new IOException("cannot read a page header: " + e.getMessage(), e);
    }
  }

  /** The dictionary page whose header is {@code header}. */
  DictionaryPage dictionaryPage(Header header, ChunkBytes bytes) {
    DictionaryPageHeader dictionaryHeader = header.page().getDictionary_page_header();
    if (dictionaryHeader == null) {
      throw corrupt("a dictionary page has no dictionary header");
    }
    int entries = dictionaryHeader.getNum_values();
    int uncompressedSize = header.page().getUncompressed_page_size();
    long maxEntries = PageChecks.maxDictionaryEntries(column.getPrimitiveType(), uncompressedSize);
    if (entries < 0 || entries > maxEntries) {
      throw corrupt("a dictionary page of " + uncompressedSize + " bytes declares " + entries + " entries");
    }
    byte[] page = decompress(bytes, header.bodyPosition(), header.compressedSize(), uncompressedSize);
    Encoding encoding = encoding(dictionaryHeader.getEncoding());
    // Newer writers label dictionary pages PLAIN; parquet-column decodes them as PLAIN_DICTIONARY.
    Encoding dictionaryEncoding = encoding == Encoding.PLAIN ? Encoding.PLAIN_DICTIONARY : encoding;
    if (dictionaryEncoding == Encoding.PLAIN_DICTIONARY
        && column.getPrimitiveType().getPrimitiveTypeName() == PrimitiveType.PrimitiveTypeName.BINARY) {
      check(PageChecks.checkBinaryDictionary(page, entries));
    }
    return new DictionaryPage(BytesInput.from(page), entries, dictionaryEncoding);
  }

  /**
   * The data page whose header is {@code header}; with {@code firstRowIndex} at 0 or above, it
   * carries its first row and {@code rowCount} rows for parquet-column's synchronizing reader.
   */
  DataPage dataPage(Header header, ChunkBytes bytes, long firstRowIndex, int rowCount) {
    DataPage page = header.page().getType() == PageType.DATA_PAGE
        ? dataPageV1(header, bytes, firstRowIndex, rowCount)
        : dataPageV2(header, bytes, firstRowIndex);
    valuesDecoded += page.getValueCount();
    return page;
  }

  private DataPage dataPageV1(Header header, ChunkBytes bytes, long firstRowIndex, int rowCount) {
    DataPageHeader data = header.page().getData_page_header();
    if (data == null) {
      throw corrupt("a data page has no data page header");
    }
    int values = checkedValueCount(data.getNum_values());
    byte[] page = decompress(bytes, header.bodyPosition(), header.compressedSize(),
        header.page().getUncompressed_page_size());
    Encoding repetition = encoding(data.getRepetition_level_encoding());
    Encoding definition = encoding(data.getDefinition_level_encoding());
    Encoding valueEncoding = encoding(data.getEncoding());
    check(PageChecks.checkV1(column, page, values, repetition, definition, valueEncoding));
    if (firstRowIndex < 0) {
      return new DataPageV1(BytesInput.from(page), values, page.length, noStatistics(), repetition, definition,
          valueEncoding);
    }
    return new DataPageV1(BytesInput.from(page), values, page.length, firstRowIndex, rowCount, noStatistics(),
        repetition, definition, valueEncoding);
  }

  private DataPage dataPageV2(Header header, ChunkBytes bytes, long firstRowIndex) {
    DataPageHeaderV2 data = header.page().getData_page_header_v2();
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
    long compressedData = header.compressedSize() - levelsLength;
    long uncompressedData = header.page().getUncompressed_page_size() - levelsLength;
    if (repetitionLength < 0 || definitionLength < 0 || compressedData < 0 || uncompressedData < 0) {
      throw corrupt("a v2 data page has inconsistent level lengths (" + repetitionLength + " + " + definitionLength
          + " bytes of levels in a page of " + header.compressedSize() + ")");
    }
    Region levels = bytes.region(header.bodyPosition(), (int) levelsLength);
    long dataPosition = header.bodyPosition() + levelsLength;
    boolean compressed = !data.isSetIs_compressed() || data.isIs_compressed();
    byte[] valueBytes;
    if (compressed) {
      valueBytes = decompress(bytes, dataPosition, (int) compressedData, (int) uncompressedData);
    } else {
      Region region = bytes.region(dataPosition, (int) compressedData);
      valueBytes = Arrays.copyOfRange(region.bytes(), region.offset(), region.offset() + region.length());
    }
    // the regions of the levels and the values may sit in different windows: copy the levels out
    byte[] levelBytes = Arrays.copyOfRange(levels.bytes(), levels.offset(), levels.offset() + levels.length());
    Encoding encoding = encoding(data.getEncoding());
    check(PageChecks.checkLevels(levelBytes, 0, repetitionLength, column.getMaxRepetitionLevel(), values,
        "repetition"));
    check(PageChecks.checkLevels(levelBytes, repetitionLength, levelBytes.length, column.getMaxDefinitionLevel(),
        values, "definition"));
    check(PageChecks.checkValues(valueBytes, 0, valueBytes.length, encoding, values));
    BytesInput repetitionLevels = BytesInput.from(levelBytes, 0, repetitionLength);
    BytesInput definitionLevels = BytesInput.from(levelBytes, repetitionLength, definitionLength);
    if (firstRowIndex < 0) {
      return DataPageV2.uncompressed(rows, nulls, values, repetitionLevels, definitionLevels, encoding,
          BytesInput.from(valueBytes), noStatistics());
    }
    return DataPageV2.uncompressed(rows, nulls, values, firstRowIndex, repetitionLevels, definitionLevels, encoding,
        BytesInput.from(valueBytes), noStatistics());
  }

  /** A data page's value count: not negative, and no more than the chunk has left. */
  private int checkedValueCount(int values) {
    if (values < 0 || values > totalValueCount - valuesDecoded) {
      throw corrupt("a data page declares " + values + " values; the chunk has " + (totalValueCount - valuesDecoded)
          + " left of the " + totalValueCount + " its footer declares");
    }
    return values;
  }

  private byte[] decompress(ChunkBytes bytes, long position, int compressedSize, int uncompressedSize) {
    Region region = bytes.region(position, compressedSize);
    try {
      return ParquetCodecs.decompress(codec, region.bytes(), region.offset(), compressedSize, uncompressedSize);
    } catch (IOException | RuntimeException e) {
      if (e instanceof ParquetFormatException known) {
        throw known;
      }
      throw corrupt("cannot decompress a page (" + e.getMessage() + ")");
    }
  }

  /** A failure while reading a page, as the error naming the file and the column. */
  ParquetFormatException failure(RuntimeException e) {
    if (e instanceof ParquetFormatException known) {
      return known;
    }
    return new ParquetFormatException(file, "corrupt page in column '" + column + "' (" + e.getMessage() + ")", e);
  }

  void check(String problem) {
    if (problem != null) {
      throw corrupt("a page declares " + problem);
    }
  }

  ParquetFormatException corrupt(String problem) {
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
