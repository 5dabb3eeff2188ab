package org.parquetframe.jdbc;

import java.sql.Types;

/**
 * What JDBC reports about the size of a SQL type, computed in one place so that
 * {@code DatabaseMetaData.getColumns} and {@code ResultSetMetaData} agree: the column size (digits of
 * a number, characters of a string or of a date/time's text, bytes of a binary), the decimal digits
 * (scale, or fractional-second digits), the radix of numbers, the octet length of strings and
 * binaries, and the display width. Null where JDBC says a value does not apply.
 *
 * <p>Calcite reports -1 or 0 for most of these (and the fractional digits of TIME(3) as its size); it
 * only gives what this class cannot derive from the type code: the declared length of a string or
 * binary, the precision and scale of a DECIMAL, and the fractional digits of TIME and TIMESTAMP.
 */
record ColumnSizes(Integer columnSize, Integer decimalDigits, Integer radix, Integer octetLength, int displaySize) {
  /** The size of strings and binaries without a declared length. */
  static final int UNBOUNDED = Integer.MAX_VALUE;
  private static final int DATE_TEXT = "yyyy-mm-dd".length();
  private static final int TIME_TEXT = "hh:mm:ss".length();
  private static final int TIMESTAMP_TEXT = "yyyy-mm-dd hh:mm:ss".length();
  private static final int ZONE_TEXT = "+hh:mm".length();

  /**
   * The sizes of a type given as Calcite gives it: its java.sql.Types code, its precision (declared
   * length, decimal precision or fractional-second digits; 0 or less when not specified) and scale.
   * Null for types this class does not size (intervals, arrays, ...), whose metadata stays Calcite's.
   */
  static ColumnSizes of(int jdbcType, int precision, int scale) {
    return switch (jdbcType) {
      case Types.BOOLEAN, Types.BIT -> new ColumnSizes(1, null, null, null, "false".length());
      case Types.TINYINT -> integer(3);
      case Types.SMALLINT -> integer(5);
      case Types.INTEGER -> integer(10);
      case Types.BIGINT -> integer(19);
      case Types.REAL -> floating(7, "-1.17549435E-38".length());
      case Types.FLOAT, Types.DOUBLE -> floating(15, "-2.2250738585072014E-308".length());
      case Types.DECIMAL, Types.NUMERIC -> {
        int digits = Math.max(scale, 0);
        yield new ColumnSizes(precision, digits, 10, null, precision + (digits > 0 ? 2 : 1));
      }
      case Types.DATE -> new ColumnSizes(DATE_TEXT, null, null, null, DATE_TEXT);
      case Types.TIME -> temporal(TIME_TEXT, precision);
      case Types.TIME_WITH_TIMEZONE -> temporal(TIME_TEXT + ZONE_TEXT, precision);
      case Types.TIMESTAMP -> temporal(TIMESTAMP_TEXT, precision);
      case Types.TIMESTAMP_WITH_TIMEZONE -> temporal(TIMESTAMP_TEXT + ZONE_TEXT, precision);
      case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR, Types.NVARCHAR -> {
        int length = precision > 0 ? precision : UNBOUNDED;
        yield new ColumnSizes(length, null, null, length, length);
      }
      case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY -> {
        int length = precision > 0 ? precision : UNBOUNDED;
        // shown as hexadecimal, two characters a byte
        yield new ColumnSizes(length, null, null, length, length <= UNBOUNDED / 2 ? 2 * length : UNBOUNDED);
      }
      default -> null;
    };
  }

  /** Whether values are signed numbers (ResultSetMetaData.isSigned). */
  boolean numeric() {
    return radix != null;
  }

  /** Whether the case of values of a type matters (ResultSetMetaData.isCaseSensitive): strings only. */
  static boolean textual(int jdbcType) {
    return switch (jdbcType) {
      case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR, Types.NVARCHAR -> true;
      default -> false;
    };
  }

  /** ResultSetMetaData.getPrecision: the column size, 0 where it does not apply. */
  int precision() {
    return columnSize == null ? 0 : columnSize;
  }

  /** ResultSetMetaData.getScale: the decimal digits, 0 where they do not apply. */
  int scale() {
    return decimalDigits == null ? 0 : decimalDigits;
  }

  private static ColumnSizes integer(int digits) {
    return new ColumnSizes(digits, 0, 10, null, digits + 1);
  }

  private static ColumnSizes floating(int digits, int display) {
    return new ColumnSizes(digits, null, 10, null, display);
  }

  private static ColumnSizes temporal(int text, int fractionalDigits) {
    int digits = Math.max(fractionalDigits, 0);
    int size = digits > 0 ? text + 1 + digits : text;
    return new ColumnSizes(size, digits, null, null, size);
  }
}
