package org.parquetframe.adapter.predicate;

/**
 * What a pushed domain constrains: a table column, seen through a monotone cast, whose (cast)
 * values are of {@code kind}.
 */
public record ColumnKey(String column, ValueKind kind, ValueTransform transform) {

  /** The constrained expression in SQL, quoting the column name. */
  String render() {
    return transform.render(SqlText.identifier(column));
  }
}
