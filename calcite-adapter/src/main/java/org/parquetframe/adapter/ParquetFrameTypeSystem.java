package org.parquetframe.adapter;

import org.apache.calcite.rel.type.RelDataTypeSystemImpl;
import org.apache.calcite.sql.type.SqlTypeName;

/** Calcite's type system widened so that Parquet DECIMALs up to precision 38 stay exact. */
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
}
