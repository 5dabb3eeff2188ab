package org.parquetframe.jdbc;

import java.sql.Types;

/**
 * How JDBC describes ARRAY, MAP and ROW columns (docs/types.md): with Calcite's type codes (ARRAY,
 * OTHER for a MAP, STRUCT) and the type names {@code ResultSetMetaData} gives (the element type and
 * {@code ARRAY}, {@code (key, value) MAP}, {@code STRUCT}), which {@code getColumns} repeats; no
 * sizes; and the class {@code getObject} returns: {@link java.sql.Array}, {@link java.util.Map},
 * {@link java.sql.Struct}.
 */
final class NestedColumns {
  private NestedColumns() {}

  static boolean isNested(int jdbcType, String typeName) {
    return jdbcType == Types.ARRAY || jdbcType == Types.STRUCT || isMap(jdbcType, typeName);
  }

  /** Calcite gives a MAP the code of "other" types; its name tells it apart. */
  static boolean isMap(int jdbcType, String typeName) {
    return jdbcType == Types.OTHER && typeName != null && typeName.endsWith(") MAP");
  }

  /**
   * The name {@code getColumnTypeName} gives for a nested column whose full Calcite type is {@code
   * calciteName} (which spells out the NOT NULL of MAP keys).
   */
  static String typeName(int jdbcType, String calciteName) {
    return jdbcType == Types.STRUCT ? "STRUCT" : calciteName.replace(" NOT NULL", "");
  }

  /** The class of what {@code getObject} returns for a nested column; null for other columns. */
  static String className(int jdbcType, String typeName) {
    if (jdbcType == Types.ARRAY) {
      return java.sql.Array.class.getName();
    }
    if (jdbcType == Types.STRUCT) {
      return java.sql.Struct.class.getName();
    }
    return isMap(jdbcType, typeName) ? java.util.Map.class.getName() : null;
  }
}
