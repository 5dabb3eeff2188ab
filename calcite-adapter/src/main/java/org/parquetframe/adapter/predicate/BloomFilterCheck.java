package org.parquetframe.adapter.predicate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.column.values.bloomfilter.BlockSplitBloomFilter;
import org.apache.parquet.format.BloomFilterHeader;
import org.apache.parquet.format.Util;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.DecimalLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.IntLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimestampLogicalTypeAnnotation;
import org.apache.parquet.schema.PrimitiveType;

/**
 * The split-block bloom filter of a chunk, asked for each value of a point set (= and IN): if it
 * has none of them, no row passes. A bloom filter hashes the stored bytes, so a value is looked up
 * only where its stored form is certain (integers, dates, exact decimals in INT32/INT64, floats,
 * text, millisecond timestamps); for any other column the filter is not consulted.
 */
final class BloomFilterCheck {
  /** A header is a handful of Thrift fields; this many bytes always hold it. */
  private static final int HEADER_PROBE_BYTES = 64;

  private BloomFilterCheck() {}

  /** Bytes of the chunk's bloom filter (an estimate where the footer does not say), or -1 if none. */
  static long size(ColumnChunkMetaData chunk) {
    if (chunk.getBloomFilterOffset() < 0) {
      return -1;
    }
    return chunk.getBloomFilterLength() > 0 ? chunk.getBloomFilterLength() : FileReads.MAX_BYTES;
  }

  /** False if the filter has none of {@code points}; true if it may, or cannot be used. */
  static boolean mayContain(List<Comparable<?>> points, PrimitiveType type, ColumnChunkMetaData chunk,
      FileReads reads) {
    List<Object> stored = new ArrayList<>();
    for (Comparable<?> point : points) {
      List<Object> forms = storedForms(type, point);
      if (forms == null) {
        return true;
      }
      stored.addAll(forms);
    }
    BlockSplitBloomFilter filter = read(chunk, reads);
    if (filter == null) {
      return true;
    }
    for (Object value : stored) {
      if (filter.findHash(hash(filter, value))) {
        return true;
      }
    }
    return false;
  }

  private static long hash(BlockSplitBloomFilter filter, Object value) {
    if (value instanceof Integer i) {
      return filter.hash(i.intValue());
    }
    if (value instanceof Long l) {
      return filter.hash(l.longValue());
    }
    if (value instanceof Float f) {
      return filter.hash(f.floatValue());
    }
    if (value instanceof Double d) {
      return filter.hash(d.doubleValue());
    }
    return filter.hash((Binary) value);
  }

  /**
   * The stored values that decode to {@code point}: none if the column cannot hold it (2.5 in an
   * integer column), both zeros for a floating-point zero, null if we cannot tell.
   */
  static List<Object> storedForms(PrimitiveType type, Comparable<?> point) {
    LogicalTypeAnnotation logical = type.getLogicalTypeAnnotation();
    if (logical instanceof IntLogicalTypeAnnotation integer && !integer.isSigned()) {
      return null;
    }
    switch (type.getPrimitiveTypeName()) {
      case INT32: {
        Long value = integral(logical, point);
        return value == null ? List.of() : value == value.intValue() ? List.of(value.intValue()) : List.of();
      }
      case INT64: {
        if (logical instanceof TimestampLogicalTypeAnnotation timestamp) {
          boolean millis = timestamp.getUnit() == LogicalTypeAnnotation.TimeUnit.MILLIS;
          return millis && !timestamp.isAdjustedToUTC() ? List.of((Long) point) : null;
        }
        if (logical instanceof LogicalTypeAnnotation.TimeLogicalTypeAnnotation) {
          return null;
        }
        Long value = integral(logical, point);
        return value == null ? List.of() : List.of(value);
      }
      case FLOAT: {
        BigDecimal value = (BigDecimal) point;
        float f = value.floatValue();
        return Float.isFinite(f) && new BigDecimal(f).compareTo(value) == 0
            ? f == 0 ? List.of(0.0f, -0.0f) : List.of(f) : List.of();
      }
      case DOUBLE: {
        BigDecimal value = (BigDecimal) point;
        double d = value.doubleValue();
        return Double.isFinite(d) && new BigDecimal(d).compareTo(value) == 0
            ? d == 0 ? List.of(0.0d, -0.0d) : List.of(d) : List.of();
      }
      case BINARY:
        return logical instanceof LogicalTypeAnnotation.StringLogicalTypeAnnotation
            ? List.of(Binary.fromString((String) point)) : null;
      default:
        return null;
    }
  }

  /** An integer-stored point (integers; decimals unscaled; DATE, TIME as is), or null if none decodes to it. */
  private static Long integral(LogicalTypeAnnotation logical, Comparable<?> point) {
    if (point instanceof Long value) {
      return value;
    }
    BigDecimal value = (BigDecimal) point;
    if (logical instanceof DecimalLogicalTypeAnnotation decimal) {
      value = value.movePointRight(decimal.getScale());
    }
    try {
      return value.longValueExact();
    } catch (ArithmeticException e) {
      return null;
    }
  }

  private static BlockSplitBloomFilter read(ColumnChunkMetaData chunk, FileReads reads) {
    long offset = chunk.getBloomFilterOffset();
    int length = chunk.getBloomFilterLength();
    byte[] bytes = reads.read(offset, length > 0 ? length : Math.min(HEADER_PROBE_BYTES, reads.fileSize() - offset));
    if (bytes == null) {
      return null;
    }
    try {
      ByteArrayInputStream stream = new ByteArrayInputStream(bytes);
      BloomFilterHeader header = Util.readBloomFilterHeader(stream);
      int headerLength = bytes.length - stream.available();
      int numBytes = header.getNumBytes();
      if (!header.getAlgorithm().isSetBLOCK() || !header.getHash().isSetXXHASH()
          || !header.getCompression().isSetUNCOMPRESSED() || numBytes <= 0
          || numBytes > BlockSplitBloomFilter.UPPER_BOUND_BYTES) {
        return null;
      }
      byte[] bitset;
      if (stream.available() >= numBytes) {
        bitset = java.util.Arrays.copyOfRange(bytes, headerLength, headerLength + numBytes);
      } else {
        bitset = reads.read(offset + headerLength, numBytes);
      }
      return bitset == null ? null : new BlockSplitBloomFilter(bitset);
    } catch (IOException | RuntimeException e) {
      return null; // an unreadable bloom filter is no bloom filter: pruning is a hint
    }
  }
}
