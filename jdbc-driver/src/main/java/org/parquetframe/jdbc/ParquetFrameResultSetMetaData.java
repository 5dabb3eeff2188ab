package org.parquetframe.jdbc;

import java.sql.ResultSetMetaData;
import java.sql.SQLException;

/**
 * A query result's column metadata as JDBC defines it, over Calcite's: precision and scale from
 * {@link ColumnSizes} (Calcite gives 0 for the size of DATE and unbounded VARCHAR, and the
 * fractional digits of TIME(3) as its precision), display widths, signedness for numbers only,
 * case sensitivity for strings only, every column searchable, "" for names that do not apply, and
 * the class that {@code getObject} returns for ARRAY, MAP and ROW columns ({@link NestedColumns}).
 */
final class ParquetFrameResultSetMetaData {
  private final ResultSetMetaData calcite;

  private ParquetFrameResultSetMetaData(ResultSetMetaData calcite) {
    this.calcite = calcite;
  }

  static ResultSetMetaData wrap(ResultSetMetaData calcite) {
    return calcite == null ? null
        : Forwarding.proxy(ResultSetMetaData.class, calcite, new ParquetFrameResultSetMetaData(calcite));
  }

  public int getPrecision(int column) throws SQLException {
    ColumnSizes sizes = sizes(column);
    return sizes == null ? calcite.getPrecision(column) : sizes.precision();
  }

  public int getScale(int column) throws SQLException {
    ColumnSizes sizes = sizes(column);
    return sizes == null ? calcite.getScale(column) : sizes.scale();
  }

  public int getColumnDisplaySize(int column) throws SQLException {
    ColumnSizes sizes = sizes(column);
    return sizes == null ? calcite.getColumnDisplaySize(column) : sizes.displaySize();
  }

  public boolean isSigned(int column) throws SQLException {
    ColumnSizes sizes = sizes(column);
    return sizes != null && sizes.numeric();
  }

  public boolean isCaseSensitive(int column) throws SQLException {
    return ColumnSizes.textual(calcite.getColumnType(column));
  }

  public boolean isSearchable(int column) throws SQLException {
    calcite.getColumnType(column); // checks the column index
    return true;
  }

  public String getColumnClassName(int column) throws SQLException {
    String nested = NestedColumns.className(calcite.getColumnType(column), calcite.getColumnTypeName(column));
    return nested == null ? calcite.getColumnClassName(column) : nested;
  }

  public String getCatalogName(int column) throws SQLException {
    return orEmpty(calcite.getCatalogName(column));
  }

  public String getSchemaName(int column) throws SQLException {
    return orEmpty(calcite.getSchemaName(column));
  }

  public String getTableName(int column) throws SQLException {
    return orEmpty(calcite.getTableName(column));
  }

  private ColumnSizes sizes(int column) throws SQLException {
    return ColumnSizes.of(calcite.getColumnType(column), calcite.getPrecision(column), calcite.getScale(column));
  }

  private static String orEmpty(String name) {
    return name == null ? "" : name;
  }
}
