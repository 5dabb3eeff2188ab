package org.parquetframe.adapter;

import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rel.type.RelDataTypeSystemImpl;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Calcite's type system widened so that Parquet DECIMALs up to precision 38 stay exact, and so that
 * SUM and AVG of small types do not overflow or truncate: Calcite sums in the argument's type (an
 * INTEGER total wraps silently, a TINYINT one fails) and averages integers in integers. Sums widen
 * as DuckDB's and PostgreSQL's do, small integers to BIGINT, DECIMAL to DECIMAL(38, scale), REAL to
 * DOUBLE; AVG of any number is DOUBLE, as in DuckDB. BIGINT sums stay BIGINT: Calcite's runtime
 * cannot add a BIGINT into a DECIMAL, and its rules roll COUNTs up as BIGINT sums (docs/types.md).
 */
public final class ParquetFrameTypeSystem extends RelDataTypeSystemImpl {
  public static final ParquetFrameTypeSystem INSTANCE = new ParquetFrameTypeSystem();
  private static final int MAX_DECIMAL_DIGITS = 38;

  @Override
  public int getMaxPrecision(SqlTypeName typeName) {
    return typeName == SqlTypeName.DECIMAL ? MAX_DECIMAL_DIGITS : super.getMaxPrecision(typeName);
  }

  @Override
  public int getMaxScale(SqlTypeName typeName) {
    return typeName == SqlTypeName.DECIMAL ? MAX_DECIMAL_DIGITS : super.getMaxScale(typeName);
  }

  @Override
  public RelDataType deriveSumType(RelDataTypeFactory typeFactory, RelDataType argumentType) {
    RelDataType sum = switch (argumentType.getSqlTypeName()) {
      case TINYINT, SMALLINT, INTEGER -> typeFactory.createSqlType(SqlTypeName.BIGINT);
      case DECIMAL -> typeFactory.createSqlType(SqlTypeName.DECIMAL, MAX_DECIMAL_DIGITS, argumentType.getScale());
      case REAL -> typeFactory.createSqlType(SqlTypeName.DOUBLE);
      default -> null;
    };
    return sum == null ? super.deriveSumType(typeFactory, argumentType)
        : typeFactory.createTypeWithNullability(sum, argumentType.isNullable());
  }

  @Override
  public RelDataType deriveAvgAggType(RelDataTypeFactory typeFactory, RelDataType argumentType) {
    return switch (argumentType.getSqlTypeName()) {
      case TINYINT, SMALLINT, INTEGER, BIGINT, DECIMAL, REAL -> typeFactory.createTypeWithNullability(
          typeFactory.createSqlType(SqlTypeName.DOUBLE), argumentType.isNullable());
      default -> super.deriveAvgAggType(typeFactory, argumentType);
    };
  }
}
