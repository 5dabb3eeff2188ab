package org.parquetframe.adapter.planner;

import org.apache.calcite.sql.SqlFunction;
import org.apache.calcite.sql.type.ReturnTypes;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * The total order of DOUBLEs that DuckDB and PostgreSQL give MIN and MAX: -Infinity first, -0.0
 * before 0.0, NaN after +Infinity. {@link #key} maps a double to a BIGINT in that order and
 * {@link #value} maps it back, so that MIN and MAX of the keys are those of the doubles. Called from
 * generated code.
 */
public final class FloatOrder {
  /** {@code PF_FLOAT_ORDER_KEY(DOUBLE) -> BIGINT}. */
  static final SqlFunction KEY = GeneratedFunctions.of("PF_FLOAT_ORDER_KEY", FloatOrder.class, "key",
      ReturnTypes.BIGINT_NULLABLE, SqlTypeName.DOUBLE);
  /** {@code PF_FLOAT_ORDER_VALUE(BIGINT) -> DOUBLE}, the inverse of {@link #KEY}. */
  static final SqlFunction VALUE = GeneratedFunctions.of("PF_FLOAT_ORDER_VALUE", FloatOrder.class, "value",
      ReturnTypes.DOUBLE_NULLABLE, SqlTypeName.BIGINT);

  private FloatOrder() {}

  /**
   * A key that orders as the double does; every NaN is the same key, above +Infinity's. NULL stays
   * NULL (boxed, because generated code passes NULLs to a function's primitive parameters unchecked).
   */
  public static Long key(Double value) {
    if (value == null) {
      return null;
    }
    long bits = Double.doubleToLongBits(value); // one NaN, 0x7ff8..., whatever the payload
    return bits ^ ((bits >> 63) & Long.MAX_VALUE);
  }

  /** The double whose {@link #key} is {@code key}; NULL for NULL. */
  public static Double value(Long key) {
    return key == null ? null : Double.longBitsToDouble(key ^ ((key >> 63) & Long.MAX_VALUE));
  }
}
