package org.parquetframe.adapter;

import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rel.type.RelDataTypeSystemImpl;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * Calcite's type system widened so that Parquet DECIMALs up to precision 38 stay exact, and so
 * that aggregates answer as the databases users compare us with do (docs/types.md): Calcite's
 * {@code SUM} of INTEGERs is an INTEGER that wraps past 2^31 (a 10M-row table reaches that
 * quickly), and its {@code AVG} of integers truncates, {@code AVG(1, 2)} being 1.
 */
public final class ParquetFrameTypeSystem extends RelDataTypeSystemImpl {
  public static final ParquetFrameTypeSystem INSTANCE = new ParquetFrameTypeSystem();
  private static final int MAX_DECIMAL_DIGITS = 38;
  /** Digits an average of DECIMALs keeps beyond the argument's scale, as H2 does. */
  private static final int AVG_EXTRA_SCALE = 10;

  @Override
  public int getMaxPrecision(SqlTypeName typeName) {
    return typeName == SqlTypeName.DECIMAL ? MAX_DECIMAL_DIGITS : super.getMaxPrecision(typeName);
  }

  @Override
  public int getMaxScale(SqlTypeName typeName) {
    return typeName == SqlTypeName.DECIMAL ? MAX_DECIMAL_DIGITS : super.getMaxScale(typeName);
  }

  /** SUM of TINYINT, SMALLINT or INTEGER is a BIGINT (as in H2 and PostgreSQL); others keep their type. */
  @Override
  public RelDataType deriveSumType(RelDataTypeFactory typeFactory, RelDataType argumentType) {
    return switch (argumentType.getSqlTypeName()) {
      case TINYINT, SMALLINT, INTEGER -> typeFactory.createTypeWithNullability(
          typeFactory.createSqlType(SqlTypeName.BIGINT), argumentType.isNullable());
      default -> super.deriveSumType(typeFactory, argumentType);
    };
  }

  /**
   * AVG of integers is a DOUBLE (as in DuckDB; H2 and PostgreSQL give an exact fraction); AVG of a
   * DECIMAL keeps {@value #AVG_EXTRA_SCALE} more digits of scale, within precision 38.
   */
  @Override
  public RelDataType deriveAvgAggType(RelDataTypeFactory typeFactory, RelDataType argumentType) {
    RelDataType type = switch (argumentType.getSqlTypeName()) {
      case TINYINT, SMALLINT, INTEGER, BIGINT -> typeFactory.createSqlType(SqlTypeName.DOUBLE);
      case DECIMAL -> {
        int integerDigits = argumentType.getPrecision() - argumentType.getScale();
        int scale = Math.min(argumentType.getScale() + AVG_EXTRA_SCALE, MAX_DECIMAL_DIGITS - integerDigits);
        yield typeFactory.createSqlType(SqlTypeName.DECIMAL, integerDigits + scale, scale);
      }
      default -> null;
    };
    return type == null ? super.deriveAvgAggType(typeFactory, argumentType)
        : typeFactory.createTypeWithNullability(type, argumentType.isNullable());
  }
}
