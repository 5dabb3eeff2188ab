package org.parquetframe.adapter.answer;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.parquetframe.adapter.predicate.ScanPredicate;

/**
 * What a metadata scan gives per row group ({@code columns}), and which files it may leave out on
 * their partition values ({@code partitions}: a translation of a filter on partition keys only,
 * which the plan still applies to the rows exactly).
 */
public record MetadataQuery(List<MetadataColumn> columns, ScanPredicate partitions) {

  /** The table columns the metadata columns are about, each once: what a scan would have to read instead. */
  public String[] tableColumns() {
    Set<String> names = new LinkedHashSet<>();
    for (MetadataColumn column : columns) {
      if (column.column() != null) {
        names.add(column.column());
      }
    }
    return names.toArray(new String[0]);
  }

  /**
   * What turns one row read by a scan of {@link #tableColumns()} (a bare value for one column,
   * else an array) into the metadata row that stands for it: a row group of one row. A single
   * metadata column travels as a bare value too.
   */
  public UnaryOperator<Object> fromScannedRows() {
    List<String> read = List.of(tableColumns());
    int[] source = new int[columns.size()];
    for (int i = 0; i < source.length; i++) {
      source[i] = columns.get(i).column() == null ? -1 : read.indexOf(columns.get(i).column());
    }
    return scanned -> {
      Object[] row = new Object[source.length];
      for (int i = 0; i < row.length; i++) {
        Object value = source[i] < 0 ? null : read.size() == 1 ? scanned : ((Object[]) scanned)[source[i]];
        row[i] = columns.get(i).fromScannedValue(value);
      }
      return row.length == 1 ? row[0] : row;
    };
  }

  /** The labels of the columns, as EXPLAIN shows them. */
  public List<String> labels() {
    return columns.stream().map(MetadataColumn::label).toList();
  }
}
