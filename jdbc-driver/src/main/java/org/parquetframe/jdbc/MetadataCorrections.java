package org.parquetframe.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Calcite's rows of {@code getColumns} and {@code getTypeInfo} corrected to JDBC's definitions, which
 * tools use to size editors and to map a column's type name to a type.
 *
 * <p>{@code getColumns}: TYPE_NAME is the bare type name, as {@code getTypeInfo} and
 * {@code ResultSetMetaData.getColumnTypeName} spell it ({@code DECIMAL}, not {@code DECIMAL(20, 0)});
 * COLUMN_SIZE, DECIMAL_DIGITS, NUM_PREC_RADIX and CHAR_OCTET_LENGTH come from {@link ColumnSizes}
 * (Calcite gives -1 for most); IS_AUTOINCREMENT and IS_GENERATEDCOLUMN are NO rather than unknown.
 * ARRAY, MAP and ROW columns keep the full type name {@code getColumnTypeName} gives them, with no
 * sizes ({@link NestedColumns}).
 *
 * <p>{@code getTypeInfo}: ordered by DATA_TYPE as JDBC requires, without Calcite's unsigned types
 * (UTINYINT .. UBIGINT share codes with signed types and come first, so a tool mapping a type code to
 * a name would take DECIMAL for UBIGINT; ParquetFrame maps unsigned Parquet integers to wider signed
 * types), and with the PRECISION of dates and times their text length, as for columns.
 */
final class MetadataCorrections {
  private static final Set<String> UNSIGNED_TYPES = Set.of("UTINYINT", "USMALLINT", "UINTEGER", "UBIGINT");
  /** TIME and TIMESTAMP keep milliseconds (docs/types.md). */
  private static final int MAX_FRACTIONAL_DIGITS = 3;

  private MetadataCorrections() {}

  /** Every row of Calcite's {@code getColumns} result, corrected; leaves the result open. */
  static List<Object[]> columns(ResultSet calcite) throws SQLException {
    int dataType = MetadataRows.index(calcite, "DATA_TYPE");
    int typeName = MetadataRows.index(calcite, "TYPE_NAME");
    int columnSize = MetadataRows.index(calcite, "COLUMN_SIZE");
    int decimalDigits = MetadataRows.index(calcite, "DECIMAL_DIGITS");
    int radix = MetadataRows.index(calcite, "NUM_PREC_RADIX");
    int octets = MetadataRows.index(calcite, "CHAR_OCTET_LENGTH");
    int autoIncrement = MetadataRows.index(calcite, "IS_AUTOINCREMENT");
    int generated = MetadataRows.index(calcite, "IS_GENERATEDCOLUMN");
    List<Object[]> rows = MetadataRows.read(calcite);
    for (Object[] row : rows) {
      ColumnSizes sizes = ColumnSizes.of(number(row[dataType], Types.OTHER), number(row[columnSize], -1),
          number(row[decimalDigits], 0));
      int code = number(row[dataType], Types.OTHER);
      if (NestedColumns.isNested(code, (String) row[typeName])) {
        row[typeName] = NestedColumns.typeName(code, (String) row[typeName]);
        row[columnSize] = null;
        row[decimalDigits] = null;
        row[radix] = null;
        row[octets] = null;
      } else {
        row[typeName] = bareName((String) row[typeName]);
      }
      if (sizes != null) {
        row[columnSize] = sizes.columnSize();
        row[decimalDigits] = sizes.decimalDigits();
        row[radix] = sizes.radix();
        row[octets] = sizes.octetLength();
      }
      row[autoIncrement] = "NO";
      row[generated] = "NO";
    }
    return rows;
  }

  /** Every row of Calcite's {@code getTypeInfo} result, corrected; leaves the result open. */
  static List<Object[]> typeInfo(ResultSet calcite) throws SQLException {
    int typeName = MetadataRows.index(calcite, "TYPE_NAME");
    int dataType = MetadataRows.index(calcite, "DATA_TYPE");
    int precision = MetadataRows.index(calcite, "PRECISION");
    int maximumScale = MetadataRows.index(calcite, "MAXIMUM_SCALE");
    List<Object[]> rows = new ArrayList<>();
    for (Object[] row : MetadataRows.read(calcite)) {
      if (UNSIGNED_TYPES.contains(row[typeName])) {
        continue;
      }
      int code = number(row[dataType], Types.OTHER);
      if (code == Types.DATE) {
        row[precision] = ColumnSizes.of(code, 0, 0).columnSize();
      } else if (code == Types.TIME || code == Types.TIMESTAMP) {
        row[precision] = ColumnSizes.of(code, MAX_FRACTIONAL_DIGITS, 0).columnSize();
        row[maximumScale] = MAX_FRACTIONAL_DIGITS;
      }
      rows.add(row);
    }
    rows.sort(Comparator.comparingInt(row -> number(row[dataType], Types.OTHER)));
    return rows;
  }

  /** {@code DECIMAL(20, 0)} → {@code DECIMAL}; {@code TIMESTAMP(3)} → {@code TIMESTAMP}. */
  static String bareName(String fullTypeName) {
    if (fullTypeName == null) {
      return null;
    }
    int end = fullTypeName.length();
    for (char stop : new char[] {'(', ' '}) {
      int at = fullTypeName.indexOf(stop);
      if (at > 0 && at < end) {
        end = at;
      }
    }
    return fullTypeName.substring(0, end);
  }

  private static int number(Object value, int ifNull) {
    return value == null ? ifNull : ((Number) value).intValue();
  }
}
