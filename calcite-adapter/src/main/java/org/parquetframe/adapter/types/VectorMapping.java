package org.parquetframe.adapter.types;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.apache.calcite.avatica.util.ByteString;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.DecimalLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.IntLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimeLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimestampLogicalTypeAnnotation;
import org.apache.parquet.schema.PrimitiveType;
import org.parquetframe.adapter.vector.BooleanValues;
import org.parquetframe.adapter.vector.DoubleValues;
import org.parquetframe.adapter.vector.FloatValues;
import org.parquetframe.adapter.vector.IntValues;
import org.parquetframe.adapter.vector.IntValues.Boxing;
import org.parquetframe.adapter.vector.LongValues;
import org.parquetframe.adapter.vector.ObjectValues;
import org.parquetframe.adapter.vector.VectorConverter;

/**
 * The batch reader's side of {@link ParquetTypeMapping}: for a Parquet primitive column, the
 * converter that fills a vector with the same runtime values its {@link ValueDecoder} gives, in a
 * primitive array wherever the runtime value is a primitive wrapper. {@code VectorMappingTest}
 * holds the two to the same values for every type.
 */
public final class VectorMapping {
  private VectorMapping() {}

  /** A new converter for {@code column}; one per column reader, as it keeps the chunk's dictionary. */
  public static VectorConverter converter(PrimitiveType column) {
    LogicalTypeAnnotation logical = column.getLogicalTypeAnnotation();
    if (logical instanceof DecimalLogicalTypeAnnotation decimal) {
      return decimal(column, decimal.getScale());
    }
    return switch (column.getPrimitiveTypeName()) {
      case BOOLEAN -> new BooleanValues();
      case INT32 -> int32(logical);
      case INT64 -> int64(logical);
      case INT96 -> LongValues.ofBinaries(b -> ParquetTypeMapping.int96Millis(b.getBytes()));
      case FLOAT -> new FloatValues();
      case DOUBLE -> new DoubleValues();
      case BINARY -> binary(logical);
      case FIXED_LEN_BYTE_ARRAY -> fixed(logical);
    };
  }

  private static VectorConverter int32(LogicalTypeAnnotation logical) {
    if (logical instanceof IntLogicalTypeAnnotation integer) {
      if (integer.isSigned()) {
        return switch (integer.getBitWidth()) {
          case 8 -> IntValues.ofInts(Boxing.BYTE, v -> (byte) v);
          case 16 -> IntValues.ofInts(Boxing.SHORT, v -> (short) v);
          default -> IntValues.ofInts(Boxing.INTEGER, null);
        };
      }
      return switch (integer.getBitWidth()) {
        case 8 -> IntValues.ofInts(Boxing.SHORT, v -> v & 0xFF);
        case 16 -> IntValues.ofInts(Boxing.INTEGER, v -> v & 0xFFFF);
        default -> LongValues.ofInts(Integer::toUnsignedLong);
      };
    }
    return IntValues.ofInts(Boxing.INTEGER, null); // INTEGER, DATE (days), TIME (milliseconds)
  }

  private static VectorConverter int64(LogicalTypeAnnotation logical) {
    if (logical instanceof IntLogicalTypeAnnotation integer && !integer.isSigned()) {
      return ObjectValues.ofLongs(ParquetTypeMapping::unsigned64);
    }
    if (logical instanceof TimestampLogicalTypeAnnotation timestamp) {
      long perMilli = ParquetTypeMapping.unitsPerMilli(timestamp.getUnit());
      if (timestamp.isAdjustedToUTC()) {
        return LongValues.ofLongs(v -> JdbcInstants.wallClockMillis(Math.floorDiv(v, perMilli)));
      }
      return LongValues.ofLongs(perMilli == 1 ? null : v -> Math.floorDiv(v, perMilli));
    }
    if (logical instanceof TimeLogicalTypeAnnotation time) {
      long perMilli = ParquetTypeMapping.unitsPerMilli(time.getUnit());
      return IntValues.ofLongs(v -> (int) Math.floorDiv(v, perMilli));
    }
    return LongValues.ofLongs(null);
  }

  private static VectorConverter binary(LogicalTypeAnnotation logical) {
    if (logical instanceof LogicalTypeAnnotation.StringLogicalTypeAnnotation
        || logical instanceof LogicalTypeAnnotation.EnumLogicalTypeAnnotation
        || logical instanceof LogicalTypeAnnotation.JsonLogicalTypeAnnotation) {
      return ObjectValues.ofBinaries(Utf8::text);
    }
    return ObjectValues.ofBinaries(b -> new ByteString(b.getBytes()));
  }

  private static VectorConverter fixed(LogicalTypeAnnotation logical) {
    if (logical instanceof LogicalTypeAnnotation.UUIDLogicalTypeAnnotation) {
      return ObjectValues.ofBinaries(b -> ParquetTypeMapping.uuid(b.getBytes()));
    }
    if (logical instanceof LogicalTypeAnnotation.Float16LogicalTypeAnnotation) {
      return ObjectValues.ofBinaries(b -> Float16.toFloat(b.getBytes()));
    }
    return ObjectValues.ofBinaries(b -> new ByteString(b.getBytes()));
  }

  private static VectorConverter decimal(PrimitiveType column, int scale) {
    return switch (column.getPrimitiveTypeName()) {
      case INT32 -> ObjectValues.ofInts(v -> BigDecimal.valueOf(v, scale));
      case INT64 -> ObjectValues.ofLongs(v -> BigDecimal.valueOf(v, scale));
      default -> ObjectValues.ofBinaries(b -> new BigDecimal(new BigInteger(b.getBytes()), scale));
    };
  }
}
