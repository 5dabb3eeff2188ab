package org.parquetframe.benchmarks.scan;

import java.math.BigDecimal;
import java.math.MathContext;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A query's result reduced to what two databases must agree on: the number of rows and the first
 * few rows, with numbers to 9 significant digits and dates and times as ISO text. Reading every
 * value of every row is part of the timed work, as a client would.
 */
record ResultDigest(long rows, List<List<String>> head) {
  private static final int HEAD = 3;

  /** Runs {@code sql} on {@code connection} and reads every value of its result. */
  static ResultDigest query(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
      return read(rs);
    }
  }

  private static ResultDigest read(ResultSet rs) throws SQLException {
    ResultSetMetaData meta = rs.getMetaData();
    int columns = meta.getColumnCount();
    long rows = 0;
    List<List<String>> head = new ArrayList<>();
    while (rs.next()) {
      List<String> row = new ArrayList<>(columns);
      for (int i = 1; i <= columns; i++) {
        Object value = rs.getObject(i);
        if (rows < HEAD) {
          row.add(normalize(value));
        }
      }
      if (rows++ < HEAD) {
        head.add(row);
      }
    }
    return new ResultDigest(rows, head);
  }

  private static String normalize(Object value) {
    if (value == null) {
      return "NULL";
    }
    if (value instanceof Number number) {
      BigDecimal decimal = new BigDecimal(number.toString()).round(new MathContext(9));
      return decimal.stripTrailingZeros().toPlainString();
    }
    if (value instanceof java.sql.Timestamp timestamp) {
      return timestamp.toLocalDateTime().toString();
    }
    if (value instanceof java.sql.Date date) {
      return date.toLocalDate().toString();
    }
    return value.toString();
  }

  /** Whether {@code other} has as many rows and, unless only counts are compared, the same first rows. */
  boolean agrees(ResultDigest other, boolean rowsOnly) {
    return rows == other.rows && (rowsOnly || head.equals(other.head));
  }
}
