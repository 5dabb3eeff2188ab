package org.parquetframe.adapter.types;

import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rel.type.RelDataTypeSystem;
import org.apache.calcite.sql.type.SqlTypeName;

/** The SQL type of a column: a type name with precision and scale where the type takes them. */
public record ColumnType(SqlTypeName sqlType, int precision, int scale) {

  public static ColumnType of(SqlTypeName sqlType) {
    return new ColumnType(sqlType, RelDataType.PRECISION_NOT_SPECIFIED, RelDataType.SCALE_NOT_SPECIFIED);
  }

  public static ColumnType of(SqlTypeName sqlType, int precision) {
    return new ColumnType(sqlType, precision, RelDataType.SCALE_NOT_SPECIFIED);
  }

  public static ColumnType decimal(int precision, int scale) {
    return new ColumnType(SqlTypeName.DECIMAL, precision, scale);
  }

  /** The nullable Calcite type; every Parquet column may hold NULLs once files are merged. */
  public RelDataType toRelDataType(RelDataTypeFactory typeFactory) {
    RelDataType type;
    if (scale != RelDataType.SCALE_NOT_SPECIFIED) {
      type = typeFactory.createSqlType(sqlType, precision, scale);
    } else if (precision != RelDataType.PRECISION_NOT_SPECIFIED) {
      type = typeFactory.createSqlType(sqlType, precision);
    } else {
      type = typeFactory.createSqlType(sqlType);
    }
    return typeFactory.createTypeWithNullability(type, true);
  }

  public boolean isInteger() {
    return SqlTypeName.INT_TYPES.contains(sqlType);
  }

  public boolean isCharacter() {
    return SqlTypeName.CHAR_TYPES.contains(sqlType);
  }

  public boolean isNumeric() {
    return SqlTypeName.NUMERIC_TYPES.contains(sqlType);
  }

  @Override
  public String toString() {
    if (scale != RelDataType.SCALE_NOT_SPECIFIED) {
      return sqlType + "(" + precision + ", " + scale + ")";
    }
    return precision == RelDataType.PRECISION_NOT_SPECIFIED ? sqlType.toString() : sqlType + "(" + precision + ")";
  }

  /** Largest DECIMAL precision we expose; the type system must allow it. */
  public static int maxDecimalPrecision(RelDataTypeSystem system) {
    return system.getMaxPrecision(SqlTypeName.DECIMAL);
  }
}
