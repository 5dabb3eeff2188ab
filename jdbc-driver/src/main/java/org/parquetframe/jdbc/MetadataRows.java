package org.parquetframe.jdbc;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A read-only, forward-only result set over rows the driver computes itself, for the metadata
 * answers it corrects or adds. Its columns are those of Calcite's result set for the same call, so
 * the labels and types are exactly what Calcite (and the JDBC specification) give; values are stored
 * as the Java class each column declares. It offers the getters tools use on metadata (by index and
 * by label); other ResultSet methods are unsupported.
 */
final class MetadataRows {
  private final ResultSetMetaData columns;
  private final List<Object[]> rows;
  private int row = -1;
  private boolean wasNull;
  private boolean closed;
  private int fetchSize;

  private MetadataRows(ResultSetMetaData columns, List<Object[]> rows) {
    this.columns = columns;
    this.rows = rows;
  }

  /** Every row of {@code calcite} as values by column position (from 0); leaves it open. */
  static List<Object[]> read(ResultSet calcite) throws SQLException {
    int count = calcite.getMetaData().getColumnCount();
    List<Object[]> rows = new ArrayList<>();
    while (calcite.next()) {
      Object[] values = new Object[count];
      for (int i = 0; i < count; i++) {
        values[i] = calcite.getObject(i + 1);
      }
      rows.add(values);
    }
    return rows;
  }

  /** A result with the columns of {@code layout} (which this closes) and the given rows. */
  static ResultSet of(ResultSet layout, List<Object[]> rows) throws SQLException {
    try (layout) {
      ResultSetMetaData columns = layout.getMetaData();
      List<Object[]> typed = new ArrayList<>();
      for (Object[] values : rows) {
        Object[] copy = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
          copy[i] = asColumnClass(values[i], columns.getColumnClassName(i + 1));
        }
        typed.add(copy);
      }
      return Forwarding.proxy(ResultSet.class, null, new MetadataRows(columns, typed));
    }
  }

  /** The position (from 0) of the column labelled {@code label} in {@code result}. */
  static int index(ResultSet result, String label) throws SQLException {
    return result.findColumn(label) - 1;
  }

  public boolean next() throws SQLException {
    checkOpen();
    if (row < rows.size()) {
      row++;
    }
    return row < rows.size();
  }

  public void close() {
    closed = true;
  }

  public boolean isClosed() {
    return closed;
  }

  public ResultSetMetaData getMetaData() throws SQLException {
    checkOpen();
    return columns;
  }

  public int findColumn(String label) throws SQLException {
    for (int i = 1; i <= columns.getColumnCount(); i++) {
      if (columns.getColumnLabel(i).equalsIgnoreCase(label)) {
        return i;
      }
    }
    throw new SQLException("No column '" + label + "'", "42S22");
  }

  public Object getObject(int column) throws SQLException {
    checkOpen();
    if (row < 0 || row >= rows.size()) {
      throw new SQLException("Not on a row: call next() first", "24000");
    }
    if (column < 1 || column > columns.getColumnCount()) {
      throw new SQLException("Column " + column + " does not exist", "07009");
    }
    Object value = rows.get(row)[column - 1];
    wasNull = value == null;
    return value;
  }

  public Object getObject(String label) throws SQLException {
    return getObject(findColumn(label));
  }

  public String getString(int column) throws SQLException {
    Object value = getObject(column);
    return value == null ? null : value.toString();
  }

  public String getString(String label) throws SQLException {
    return getString(findColumn(label));
  }

  public int getInt(int column) throws SQLException {
    return (int) getLong(column);
  }

  public int getInt(String label) throws SQLException {
    return getInt(findColumn(label));
  }

  public short getShort(int column) throws SQLException {
    return (short) getLong(column);
  }

  public short getShort(String label) throws SQLException {
    return getShort(findColumn(label));
  }

  public long getLong(int column) throws SQLException {
    Object value = getObject(column);
    if (value instanceof Boolean bool) {
      return bool ? 1 : 0;
    }
    return value == null ? 0 : value instanceof Number number ? number.longValue() : Long.parseLong(value.toString());
  }

  public long getLong(String label) throws SQLException {
    return getLong(findColumn(label));
  }

  public boolean getBoolean(int column) throws SQLException {
    Object value = getObject(column);
    if (value instanceof Number number) {
      return number.longValue() != 0;
    }
    return value != null && (value.equals(Boolean.TRUE) || value.toString().equalsIgnoreCase("true")
        || value.toString().equalsIgnoreCase("yes"));
  }

  public boolean getBoolean(String label) throws SQLException {
    return getBoolean(findColumn(label));
  }

  public boolean wasNull() {
    return wasNull;
  }

  /** Metadata results come from no statement (ResultSet.getStatement). */
  public Statement getStatement() {
    return null;
  }

  public int getRow() {
    return row >= 0 && row < rows.size() ? row + 1 : 0;
  }

  public boolean isBeforeFirst() {
    return row < 0 && !rows.isEmpty();
  }

  public boolean isAfterLast() {
    return row >= rows.size() && !rows.isEmpty();
  }

  public boolean isFirst() {
    return row == 0 && !rows.isEmpty();
  }

  public boolean isLast() {
    return row == rows.size() - 1 && !rows.isEmpty();
  }

  public int getType() {
    return ResultSet.TYPE_FORWARD_ONLY;
  }

  public int getConcurrency() {
    return ResultSet.CONCUR_READ_ONLY;
  }

  public int getHoldability() {
    return ResultSet.HOLD_CURSORS_OVER_COMMIT;
  }

  public int getFetchDirection() {
    return ResultSet.FETCH_FORWARD;
  }

  public void setFetchDirection(int direction) throws SQLException {
    if (direction != ResultSet.FETCH_FORWARD) {
      throw new SQLException("A metadata result only reads forward", "HY106");
    }
  }

  public int getFetchSize() {
    return fetchSize;
  }

  public void setFetchSize(int rows) {
    fetchSize = rows;
  }

  public SQLWarning getWarnings() {
    return null;
  }

  public void clearWarnings() {
    // there are never warnings
  }

  private void checkOpen() throws SQLException {
    if (closed) {
      throw new SQLException("Result set is closed", "24000");
    }
  }

  private static Object asColumnClass(Object value, String className) {
    if (!(value instanceof Number number)) {
      return value;
    }
    return switch (className.substring(className.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT)) {
      case "short" -> number.shortValue();
      case "integer" -> number.intValue();
      case "long" -> number.longValue();
      default -> value;
    };
  }
}
