package org.parquetframe.adapter.predicate;

import java.nio.file.Path;
import org.apache.parquet.column.statistics.Statistics;
import org.apache.parquet.schema.PrimitiveType;
import org.parquetframe.adapter.format.ParquetFormatException;

/**
 * Whether a column chunk (or page) whose statistics are known may hold a value that passes a
 * domain. Statistics are trusted conservatively: parquet-java has already dropped bounds it
 * cannot trust (an unknown sort order, the signed-order binary bounds of old writers, NaN bounds);
 * we also ignore bounds we cannot represent (see {@link ParquetValues}), read "no bounds" as "could
 * be anything", and assume a float column holds NaN unless the writer counted none. A lower bound
 * above the upper bound is a corrupt file.
 */
final class StatisticsCheck {
  private StatisticsCheck() {}

  /** The facts about one chunk or page that pruning uses; counts are -1 where unknown. */
  record Facts(Object min, Object max, long nullCount, long valueCount, long nanCount) {

    static Facts of(Statistics<?> statistics, long valueCount) {
      if (statistics == null || statistics.isEmpty() && !statistics.isNumNullsSet()) {
        return new Facts(null, null, -1, valueCount, -1);
      }
      boolean bounds = statistics.hasNonNullValue();
      return new Facts(bounds ? statistics.genericGetMin() : null, bounds ? statistics.genericGetMax() : null,
          statistics.isNumNullsSet() ? statistics.getNumNulls() : -1, valueCount,
          statistics.isNanCountSet() ? statistics.getNanCount() : -1);
    }
  }

  /**
   * Whether some value of the chunk may pass {@code domain} through {@code transform}. {@code file}
   * and {@code where} name the chunk in the error for bounds in the wrong order.
   */
  static boolean mayMatch(ColumnDomain domain, ValueTransform transform, PrimitiveType type, Statistics<?> statistics,
      Facts facts, Path file, String where) {
    if (domain.isAll()) {
      return true;
    }
    boolean nullsPossible = facts.nullCount() != 0;
    boolean valuesPossible = facts.nullCount() < 0 || facts.valueCount() < 0 || facts.nullCount() < facts.valueCount();
    if (nullsPossible && domain.nullAllowed()) {
      return true;
    }
    if (!valuesPossible || !domain.allowsValues()) {
      return false;
    }
    boolean floating = type.getPrimitiveTypeName() == PrimitiveType.PrimitiveTypeName.FLOAT
        || type.getPrimitiveTypeName() == PrimitiveType.PrimitiveTypeName.DOUBLE;
    if (floating && facts.nanCount() != 0) {
      return true; // NaN may be there, and Calcite's rewrites do not agree on whether NaN passes
    }
    if (facts.min() == null || facts.max() == null) {
      return true;
    }
    if (statistics != null && compare(statistics, facts.min(), facts.max()) > 0) {
      throw new ParquetFormatException(file, "corrupt statistics for column '" + type.getName() + "' in " + where
          + ": the minimum " + statistics.minAsString() + " is greater than the maximum " + statistics.maxAsString());
    }
    Comparable<?> min = transform.apply(ParquetValues.of(type, facts.min()));
    Comparable<?> max = transform.apply(ParquetValues.of(type, facts.max()));
    return domain.overlaps(min, max);
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private static int compare(Statistics statistics, Object min, Object max) {
    return statistics.comparator().compare(min, max);
  }
}
