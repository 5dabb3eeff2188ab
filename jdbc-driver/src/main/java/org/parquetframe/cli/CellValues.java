package org.parquetframe.cli;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HexFormat;

/**
 * Turns one result-set cell into text the same way for every formatter, so that a value reads
 * the same in a table, a CSV file and a JSON document.
 */
final class CellValues {
  private static final HexFormat HEX = HexFormat.of();
  private static final double PLAIN_MIN = 1e-6;
  private static final double PLAIN_MAX = 1e15;

  private CellValues() {}

  /** Whether values of this JDBC type are numbers (right-aligned in tables, bare in JSON). */
  static boolean isNumeric(int sqlType) {
    return switch (sqlType) {
      case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT, Types.FLOAT, Types.REAL, Types.DOUBLE,
          Types.NUMERIC, Types.DECIMAL -> true;
      default -> false;
    };
  }

  /**
   * The cell as text, or null for SQL NULL. Decimals are written in full (never in exponent
   * form); dates and times use the driver's SQL text, which unlike {@code java.sql.Date#toString}
   * does not depend on the JVM's time zone; binary values are lower-case hex.
   */
  static String text(ResultSet rows, int column, int sqlType) throws SQLException {
    Object value = value(rows, column, sqlType);
    if (value == null) {
      return null;
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    if (value instanceof Double || value instanceof Float) {
      return floatingPoint((Number) value);
    }
    if (value instanceof byte[] bytes) {
      return HEX.formatHex(bytes);
    }
    return value.toString();
  }

  /**
   * A double in plain notation when that stays short (0.00026453808117025106 rather than
   * 2.6453808117025106E-4, as PageRank scores are), else in Java's exponent notation; either way
   * with the digits of {@code Double.toString}, which read back as the same double.
   */
  static String floatingPoint(Number number) {
    double value = number.doubleValue();
    double magnitude = Math.abs(value);
    if (!Double.isFinite(value) || magnitude == 0 || magnitude < PLAIN_MIN || magnitude >= PLAIN_MAX) {
      return number.toString();
    }
    // Float.toString gives a float's own digits; widening to double first would add noise digits.
    return new BigDecimal(number.toString()).toPlainString();
  }

  /**
   * The cell as a Java value, or null for SQL NULL: numbers, booleans and byte arrays as
   * themselves, temporal values as their SQL text, everything else as returned by the driver.
   */
  static Object value(ResultSet rows, int column, int sqlType) throws SQLException {
    Object value = switch (sqlType) {
      case Types.DATE, Types.TIME, Types.TIMESTAMP, Types.TIME_WITH_TIMEZONE, Types.TIMESTAMP_WITH_TIMEZONE ->
          rows.getString(column);
      default -> rows.getObject(column);
    };
    return rows.wasNull() ? null : value;
  }
}
