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
import org.apache.parquet.format.PageHeader;
import org.apache.parquet.format.Util;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.parquetframe.adapter.format.ParquetCodecs;
import org.parquetframe.adapter.format.ParquetFooter;
import org.parquetframe.adapter.format.ParquetFormatException;

/**
 * The pages of one column chunk, read with a single positioned read and decompressed page by page
 * as the column reader asks for them. Hands parquet-column's decoders the pages they expect.
 */
final class ColumnChunkPages implements PageReader {
  private final Path file;
  private final ColumnDescriptor column;
  private final CompressionCodecName codec;
  private final long totalValueCount;
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
    if (start < 4 || length < 0 || length > Integer.MAX_VALUE - 16 || start + length > fileSize) {
      throw new ParquetFormatException(file, "column '" + column + "' declares a chunk of " + length
          + " bytes at offset " + start + ", outside the file's " + fileSize + " bytes");
    }
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
      while (pendingPage == null && valuesRead < totalValueCount && stream.available() > 0) {
        PageHeader header = Util.readPageHeader(stream);
        int compressedSize = header.getCompressed_page_size();
        int offset = chunk.length - stream.available();
        if (compressedSize < 0 || compressedSize > stream.available() || header.getUncompressed_page_size() < 0) {
          throw new ParquetFormatException(file, "column '" + column + "' has a page of " + compressedSize
              + " bytes that runs past the end of its chunk (" + stream.available() + " bytes left)");
        }
        stream.skip(compressedSize);
        switch (header.getType()) {
          case DICTIONARY_PAGE:
            dictionary = dictionaryPage(header, offset);
            break;
          case DATA_PAGE:
            pendingPage = dataPageV1(header, offset);
            valuesRead += header.getData_page_header().getNum_values();
            break;
          case DATA_PAGE_V2:
            pendingPage = dataPageV2(header, offset);
            valuesRead += header.getData_page_header_v2().getNum_values();
            break;
          default:
            break; // index pages carry nothing a reader needs
        }
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof ParquetFormatException) {
        throw (ParquetFormatException) e;
      }
      throw new ParquetFormatException(file, "corrupt page in column '" + column + "' (" + e.getMessage() + ")", e);
    }
  }

  private DictionaryPage dictionaryPage(PageHeader header, int offset) throws IOException {
    byte[] bytes = decompress(offset, header.getCompressed_page_size(), header.getUncompressed_page_size());
    Encoding encoding = encoding(header.getDictionary_page_header().getEncoding());
    // Newer writers label dictionary pages PLAIN; parquet-column decodes them as PLAIN_DICTIONARY.
    Encoding dictionaryEncoding = encoding == Encoding.PLAIN ? Encoding.PLAIN_DICTIONARY : encoding;
    return new DictionaryPage(BytesInput.from(bytes), header.getDictionary_page_header().getNum_values(),
        dictionaryEncoding);
  }

  private DataPage dataPageV1(PageHeader header, int offset) throws IOException {
    DataPageHeader data = header.getData_page_header();
    byte[] bytes = decompress(offset, header.getCompressed_page_size(), header.getUncompressed_page_size());
    return new DataPageV1(BytesInput.from(bytes), data.getNum_values(), bytes.length, noStatistics(),
        encoding(data.getRepetition_level_encoding()), encoding(data.getDefinition_level_encoding()),
        encoding(data.getEncoding()));
  }

  private DataPage dataPageV2(PageHeader header, int offset) throws IOException {
    DataPageHeaderV2 data = header.getData_page_header_v2();
    int repetitionLength = data.getRepetition_levels_byte_length();
    int definitionLength = data.getDefinition_levels_byte_length();
    int levelsLength = repetitionLength + definitionLength;
    int compressedData = header.getCompressed_page_size() - levelsLength;
    int uncompressedData = header.getUncompressed_page_size() - levelsLength;
    if (repetitionLength < 0 || definitionLength < 0 || compressedData < 0 || uncompressedData < 0) {
      throw new ParquetFormatException(file, "column '" + column + "' has a v2 data page with inconsistent level lengths");
    }
    int dataOffset = offset + levelsLength;
    boolean compressed = !data.isSetIs_compressed() || data.isIs_compressed();
    byte[] values = compressed
        ? decompress(dataOffset, compressedData, uncompressedData)
        : java.util.Arrays.copyOfRange(chunk, dataOffset, dataOffset + compressedData);
    return DataPageV2.uncompressed(data.getNum_rows(), data.getNum_nulls(), data.getNum_values(),
        BytesInput.from(chunk, offset, repetitionLength), BytesInput.from(chunk, offset + repetitionLength, definitionLength),
        encoding(data.getEncoding()), BytesInput.from(values), noStatistics());
  }

  private byte[] decompress(int offset, int compressedSize, int uncompressedSize) throws IOException {
    return ParquetCodecs.decompress(codec, chunk, offset, compressedSize, uncompressedSize);
  }

  private Statistics<?> noStatistics() {
    return Statistics.createStats(column.getPrimitiveType());
  }

  private static Encoding encoding(org.apache.parquet.format.Encoding encoding) {
    return Encoding.valueOf(encoding.name());
  }
}
