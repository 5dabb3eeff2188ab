package org.parquetframe.adapter.predicate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Set;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.Dictionary;
import org.apache.parquet.column.Encoding;
import org.apache.parquet.column.EncodingStats;
import org.apache.parquet.column.page.DictionaryPage;
import org.apache.parquet.format.PageHeader;
import org.apache.parquet.format.PageType;
import org.apache.parquet.format.Util;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.schema.PrimitiveType;
import org.parquetframe.adapter.format.ParquetCodecs;
import org.parquetframe.adapter.reader.PageChecks;

/**
 * The dictionary page of a chunk whose every data page is dictionary-encoded: then the dictionary
 * holds every distinct value of the chunk, and if none passes, no row does. Used for point sets
 * (= and IN), where bounds rarely decide on unsorted, low-cardinality columns.
 */
final class DictionaryCheck {
  private static final Set<Encoding> LEVEL_ENCODINGS = Set.of(Encoding.RLE, Encoding.BIT_PACKED);

  private DictionaryCheck() {}

  /** Bytes of the dictionary page with its header, or -1 if the chunk has no usable dictionary. */
  static long size(ColumnChunkMetaData chunk) {
    if (!onlyDictionaryEncoded(chunk)) {
      return -1;
    }
    long start = chunk.getStartingPos();
    long size = chunk.getFirstDataPageOffset() - start;
    return start > 0 && size > 0 && size <= chunk.getTotalSize() ? size : -1;
  }

  /**
   * Whether every data page uses the dictionary. Without encoding statistics only the v1 layout
   * can tell: in v2, PLAIN marks the dictionary page but also data pages that fell back to it.
   */
  static boolean onlyDictionaryEncoded(ColumnChunkMetaData chunk) {
    EncodingStats stats = chunk.getEncodingStats();
    if (stats != null) {
      return stats.hasDictionaryPages() && stats.hasDictionaryEncodedPages() && !stats.hasNonDictionaryEncodedPages();
    }
    Set<Encoding> encodings = chunk.getEncodings();
    return encodings.contains(Encoding.PLAIN_DICTIONARY) && encodings.stream()
        .allMatch(e -> e == Encoding.PLAIN_DICTIONARY || LEVEL_ENCODINGS.contains(e));
  }

  /** False if no dictionary value passes; true if one may, or the dictionary cannot be read. */
  static boolean mayMatch(ColumnDomain domain, ValueTransform transform, ColumnDescriptor column,
      ColumnChunkMetaData chunk, FileReads reads) {
    Dictionary dictionary = read(column, chunk, reads);
    if (dictionary == null) {
      return true;
    }
    PrimitiveType type = column.getPrimitiveType();
    for (int id = 0; id <= dictionary.getMaxId(); id++) {
      Comparable<?> value = transform.apply(ParquetValues.of(type, entry(dictionary, type, id)));
      if (value == null || domain.contains(value)) {
        return true; // a value we cannot place (NaN, an infinity) may pass
      }
    }
    return false;
  }

  private static Object entry(Dictionary dictionary, PrimitiveType type, int id) {
    return switch (type.getPrimitiveTypeName()) {
      case INT32 -> dictionary.decodeToInt(id);
      case INT64 -> dictionary.decodeToLong(id);
      case FLOAT -> dictionary.decodeToFloat(id);
      case DOUBLE -> dictionary.decodeToDouble(id);
      case BOOLEAN -> dictionary.decodeToBoolean(id);
      default -> dictionary.decodeToBinary(id);
    };
  }

  private static Dictionary read(ColumnDescriptor column, ColumnChunkMetaData chunk, FileReads reads) {
    long size = size(chunk);
    byte[] bytes = size < 0 ? null : reads.read(chunk.getStartingPos(), size);
    if (bytes == null) {
      return null;
    }
    try {
      ByteArrayInputStream stream = new ByteArrayInputStream(bytes);
      PageHeader header = Util.readPageHeader(stream);
      int offset = bytes.length - stream.available();
      int compressed = header.getCompressed_page_size();
      int uncompressed = header.getUncompressed_page_size();
      if (header.getType() != PageType.DICTIONARY_PAGE || !header.isSetDictionary_page_header()
          || compressed < 0 || compressed > stream.available()
          || uncompressed < 0 || uncompressed > FileReads.MAX_BYTES) {
        return null;
      }
      int entries = header.getDictionary_page_header().getNum_values();
      PrimitiveType type = column.getPrimitiveType();
      if (entries < 0 || entries > PageChecks.maxDictionaryEntries(type, uncompressed)) {
        return null; // a count the page cannot hold would have parquet-column allocate for it
      }
      byte[] page = ParquetCodecs.decompress(chunk.getCodec(), bytes, offset, compressed, uncompressed);
      Encoding encoding = Encoding.valueOf(header.getDictionary_page_header().getEncoding().name());
      if (type.getPrimitiveTypeName() == PrimitiveType.PrimitiveTypeName.BINARY
          && PageChecks.checkBinaryDictionary(page, entries) != null) {
        return null;
      }
      // Newer writers label dictionary pages PLAIN; parquet-column decodes them as PLAIN_DICTIONARY.
      DictionaryPage dictionaryPage = new DictionaryPage(BytesInput.from(page), entries,
          encoding == Encoding.PLAIN ? Encoding.PLAIN_DICTIONARY : encoding);
      return dictionaryPage.getEncoding().initDictionary(column, dictionaryPage);
    } catch (IOException | RuntimeException e) {
      return null; // the scan reads this chunk anyway and reports a corrupt page there
    }
  }
}
