package org.parquetframe.adapter.predicate;

import java.math.BigDecimal;
import java.util.Map;
import org.parquetframe.adapter.metadata.DataFile;
import org.parquetframe.adapter.metadata.PartitionValues;
import org.parquetframe.adapter.metadata.TableColumn;
import org.parquetframe.adapter.metadata.TableSnapshot;

/**
 * Partition pruning: a file whose Hive partition values ({@code year=2024/}) fail a pushed domain
 * is skipped without being opened. The values are exact, so this check is exact.
 */
public final class PartitionCheck {
  private PartitionCheck() {}

  /** Whether {@code file}'s partition values may pass {@code predicate}; false only when they certainly fail it. */
  public static boolean mayMatch(ScanPredicate predicate, TableSnapshot snapshot, DataFile file) {
    for (Map.Entry<ColumnKey, ColumnDomain> entry : predicate.domains().entrySet()) {
      TableColumn column = partitionKey(snapshot, entry.getKey().column());
      if (column != null) {
        Object value = PartitionValues.convert(file.partitionValues().get(column.name()), column.type());
        Comparable<?> domainValue = entry.getKey().transform().apply(normalize(value));
        if (value != null && domainValue == null) {
          continue; // not representable after the cast: cannot decide
        }
        if (!entry.getValue().contains(domainValue)) {
          return false;
        }
      }
    }
    return true;
  }

  /** Partition values as {@link PartitionValues#convert} gives them (Long, Integer days, String), in their kind. */
  private static Comparable<?> normalize(Object value) {
    if (value instanceof Long number) {
      return BigDecimal.valueOf(number);
    }
    if (value instanceof Integer days) {
      return days.longValue();
    }
    return (Comparable<?>) value;
  }

  static TableColumn partitionKey(TableSnapshot snapshot, String name) {
    for (TableColumn column : snapshot.columns()) {
      if (column.name().equals(name)) {
        return column.partitionKey() ? column : null;
      }
    }
    return null;
  }
}
