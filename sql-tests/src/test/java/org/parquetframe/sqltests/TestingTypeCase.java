package org.parquetframe.sqltests;

import java.util.ArrayList;
import java.util.List;

/**
 * One Parquet column type under test: how the column is declared in Parquet, the H2 column that
 * holds the same values, the java.sql.Types code (and precision/scale, where it matters) that
 * ResultSetMetaData must report, and a filter that both databases must answer alike. Each value is
 * given as written to Parquet and as inserted into H2; a NULL row is added after the first value and
 * at the end, so that every column has NULLs between and after values.
 */
final class TestingTypeCase {
  static final int UNCHECKED = -1;

  final String name;
  final String parquetField;
  final String h2Type;
  final int jdbcType;
  int precision = UNCHECKED;
  int scale = UNCHECKED;
  String filter = "c IS NOT NULL";
  private final List<Object> parquetValues = new ArrayList<>();
  private final List<Object> h2Values = new ArrayList<>();

  private TestingTypeCase(String name, String parquetField, String h2Type, int jdbcType) {
    this.name = name;
    this.parquetField = parquetField;
    this.h2Type = h2Type;
    this.jdbcType = jdbcType;
  }

  /** {@code parquetField} declares column {@code c} without repetition, e.g. {@code "int32 c (INTEGER(8,true))"}. */
  static TestingTypeCase of(String name, String parquetField, String h2Type, int jdbcType) {
    return new TestingTypeCase(name, parquetField, h2Type, jdbcType);
  }

  TestingTypeCase precision(int precision, int scale) {
    this.precision = precision;
    this.scale = scale;
    return this;
  }

  TestingTypeCase filter(String condition) {
    this.filter = condition;
    return this;
  }

  /** Values that are written to Parquet and inserted into H2 as they are. */
  TestingTypeCase same(Object... values) {
    for (Object value : values) {
      value(value, value);
    }
    return this;
  }

  /** A value as stored in Parquet and the same value as H2 holds it. */
  TestingTypeCase value(Object parquet, Object h2) {
    parquetValues.add(parquet);
    h2Values.add(h2);
    return this;
  }

  String table() {
    return "t_" + name;
  }

  String parquetSchema() {
    return "message " + table() + " { required int64 id; optional " + parquetField + "; }";
  }

  List<Object[]> parquetRows() {
    return rows(parquetValues);
  }

  List<Object[]> h2Rows() {
    return rows(h2Values);
  }

  private static List<Object[]> rows(List<Object> values) {
    List<Object> withNulls = new ArrayList<>(values);
    withNulls.add(Math.min(1, withNulls.size()), null);
    withNulls.add(null);
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < withNulls.size(); i++) {
      rows.add(new Object[] {(long) i, withNulls.get(i)});
    }
    return rows;
  }

  @Override
  public String toString() {
    return name + " [" + parquetField + "]";
  }
}
