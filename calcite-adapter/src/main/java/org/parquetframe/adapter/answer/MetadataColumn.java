package org.parquetframe.adapter.answer;

import java.util.Locale;

/**
 * One column of the rows a metadata scan gives per row group, and what it holds: the row group's
 * row count, a partition key's value, or the minimum, maximum or count of non-NULL values of a
 * table column. An aggregate over these rows (SUM of counts, MIN of minimums, MAX of maximums)
 * is the aggregate over the table's rows.
 */
public record MetadataColumn(Kind kind, String column) {
  /** What the column holds for a row group. */
  public enum Kind { ROW_COUNT, PARTITION_VALUE, MIN, MAX, NON_NULL_COUNT }

  public static MetadataColumn rowCount() {
    return new MetadataColumn(Kind.ROW_COUNT, null);
  }

  public static MetadataColumn of(Kind kind, String column) {
    return new MetadataColumn(kind, column);
  }

  /** Whether the column holds a count (BIGINT NOT NULL) rather than values of its table column. */
  public boolean isCount() {
    return kind == Kind.ROW_COUNT || kind == Kind.NON_NULL_COUNT;
  }

  /** The name EXPLAIN shows: {@code rows}, the key's name, {@code min(c)}, {@code max(c)}, {@code count(c)}. */
  public String label() {
    return switch (kind) {
      case ROW_COUNT -> "rows";
      case PARTITION_VALUE -> column;
      case NON_NULL_COUNT -> "count(" + column + ")";
      default -> kind.name().toLowerCase(Locale.ROOT) + "(" + column + ")";
    };
  }

  /** The column's value for one row read by a scan instead, where {@code value} is the table column's. */
  Object fromScannedValue(Object value) {
    return switch (kind) {
      case ROW_COUNT -> 1L;
      case NON_NULL_COUNT -> value == null ? 0L : 1L;
      default -> value;
    };
  }
}
