package org.parquetframe.adapter.answer;

import java.util.List;
import org.apache.parquet.column.statistics.Statistics;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.parquetframe.adapter.format.BoundExactness.Declared;
import org.parquetframe.adapter.predicate.ParquetValues;
import org.parquetframe.adapter.types.ParquetTypeMapping;
import org.parquetframe.adapter.types.ValueDecoder;

/**
 * The MIN and MAX that SQL computes over a column chunk's values, from the chunk's statistics, or
 * "not known" whenever they might differ. On top of what pruning already distrusts ({@link
 * ParquetValues}: missing bounds, INT96, plain binary, FLOAT16, invalid UTF-8, NaN or infinite
 * bounds, UTC-adjusted timestamps in a zone with daylight saving), a bound must be exact, not just
 * a bound: binary bounds that the writer declares inexact (truncated), or that a writer not known
 * to keep them whole leaves undeclared, are unknown; so are REAL and DOUBLE chunks that may hold
 * NaN or whose bound is a zero (its sign is not recorded reliably), text bounds with characters
 * where Java's string order and Parquet's byte order disagree, and bounds in the wrong order.
 */
final class ExactBounds {
  /**
   * Writers that never shorten chunk statistics unless told to (parquet-java's opt-in {@code
   * parquet.statistics.truncate.length}; Arrow C++ drops oversized statistics rather than
   * truncating them). Writers of format 2.10 and later declare exactness themselves.
   */
  private static final List<String> WHOLE_BOUND_WRITERS = List.of("parquet-mr ", "parquet-java ", "parquet-cpp-arrow ");

  private ExactBounds() {}

  /** MIN and MAX as runtime values; both null when every value of the chunk is NULL. */
  record Bounds(Object min, Object max) {}

  /**
   * The chunk's exact bounds, or null if the statistics cannot be trusted to be exactly what SQL's
   * MIN and MAX give. {@code rows} is the row group's row count; {@code createdBy} the footer's.
   */
  static Bounds of(PrimitiveType type, Statistics<?> statistics, long rows, Declared min, Declared max,
      String createdBy) {
    if (statistics == null) {
      return null;
    }
    if (!statistics.hasNonNullValue()) {
      boolean allNull = statistics.isNumNullsSet() && statistics.getNumNulls() == rows;
      return allNull ? new Bounds(null, null) : null;
    }
    Object low = statistics.genericGetMin();
    Object high = statistics.genericGetMax();
    if (!exactType(type, statistics) || !whole(type, min, createdBy) || !whole(type, max, createdBy)
        || !trusted(type, low) || !trusted(type, high) || compare(statistics, low, high) > 0) {
      return null;
    }
    ValueDecoder decoder = ParquetTypeMapping.of(type).decoder();
    return new Bounds(decoder.decode(new StatisticValueReader(low)), decoder.decode(new StatisticValueReader(high)));
  }

  /** Non-NULL values of the chunk, or -1 if the statistics do not count NULLs. */
  static long nonNullCount(Statistics<?> statistics, long rows) {
    if (statistics == null || !statistics.isNumNullsSet() || statistics.getNumNulls() > rows) {
      return -1;
    }
    return rows - statistics.getNumNulls();
  }

  private static boolean exactType(PrimitiveType type, Statistics<?> statistics) {
    PrimitiveTypeName physical = type.getPrimitiveTypeName();
    if (physical != PrimitiveTypeName.FLOAT && physical != PrimitiveTypeName.DOUBLE) {
      return true;
    }
    // A NaN makes SQL's MIN and MAX differ from the statistics; parquet-java also widens a zero
    // bound to -0.0 or +0.0 when it reads one, whatever the chunk holds.
    return statistics.isNanCountSet() && statistics.getNanCount() == 0
        && ((Number) statistics.genericGetMin()).doubleValue() != 0
        && ((Number) statistics.genericGetMax()).doubleValue() != 0;
  }

  private static boolean whole(PrimitiveType type, Declared declared, String createdBy) {
    PrimitiveTypeName physical = type.getPrimitiveTypeName();
    if (physical != PrimitiveTypeName.BINARY && physical != PrimitiveTypeName.FIXED_LEN_BYTE_ARRAY) {
      return true; // numbers, dates and times are never shortened
    }
    return switch (declared) {
      case EXACT -> true;
      case INEXACT -> false;
      case UNSAID -> createdBy != null && WHOLE_BOUND_WRITERS.stream().anyMatch(createdBy::startsWith);
    };
  }

  /** Representable, and for text free of characters at or above U+D800 (see docs/adr/0007). */
  private static boolean trusted(PrimitiveType type, Object bound) {
    Comparable<?> value = ParquetValues.of(type, bound);
    return value != null && !(value instanceof String text && text.chars().anyMatch(c -> c >= 0xD800));
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private static int compare(Statistics statistics, Object min, Object max) {
    return statistics.comparator().compare(min, max);
  }
}
