package org.parquetframe.functions.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import org.apache.parquet.column.statistics.Statistics;
import org.apache.parquet.format.converter.ParquetMetadataConverter;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;
import org.junit.jupiter.api.Test;

/**
 * The cases of {@link StatisticsText} that a well-behaved writer never produces: bounds that are
 * NaN, out of order, of the wrong size, or only in the deprecated min/max fields.
 */
class StatisticsTextTest {
  private static final String CREATED_BY = "parquet-mr version 1.18.1 (build x)";
  private static final StatisticsText.Bounds NONE = new StatisticsText.Bounds(null, null);

  @Test
  void noStatisticsNoBounds() {
    assertEquals(NONE, StatisticsText.of(null));
    assertEquals(NONE, StatisticsText.of(Statistics.getBuilderForReading(int64()).withNumNulls(3).build()));
  }

  @Test
  void nanBoundsAreNoBounds() {
    PrimitiveType type = Types.optional(PrimitiveTypeName.DOUBLE).named("d");
    assertEquals(NONE, StatisticsText.of(Statistics.getBuilderForReading(type)
        .withMin(le(Double.doubleToLongBits(1.0))).withMax(le(Double.doubleToLongBits(Double.NaN))).build()));
  }

  @Test
  void boundsInTheWrongOrderAreNoBounds() {
    assertEquals(NONE, StatisticsText.of(Statistics.getBuilderForReading(int64()).withMin(le(9)).withMax(le(5)).build()));
    assertEquals(new StatisticsText.Bounds("5", "9"),
        StatisticsText.of(Statistics.getBuilderForReading(int64()).withMin(le(5)).withMax(le(9)).build()));
  }

  @Test
  void aUuidOfTheWrongSizeIsNoBound() {
    PrimitiveType type = Types.optional(PrimitiveTypeName.FIXED_LEN_BYTE_ARRAY).length(16)
        .as(LogicalTypeAnnotation.uuidType()).named("u");
    assertEquals(NONE, StatisticsText.of(Statistics.getBuilderForReading(type)
        .withMin(new byte[15]).withMax(new byte[16]).build()));
  }

  @Test
  void deprecatedMinMaxCountOnlyWhereTheirOrderIsCertain() {
    org.apache.parquet.format.Statistics deprecated = new org.apache.parquet.format.Statistics()
        .setMin(le(5)).setMax(le(9)).setNull_count(0);
    ParquetMetadataConverter converter = new ParquetMetadataConverter();
    assertEquals(new StatisticsText.Bounds("5", "9"),
        StatisticsText.of(converter.fromParquetStatistics(CREATED_BY, deprecated, int64())), "signed order: kept");
    PrimitiveType string = Types.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named("s");
    org.apache.parquet.format.Statistics strings = new org.apache.parquet.format.Statistics()
        .setMin("a".getBytes(StandardCharsets.UTF_8)).setMax("\u00c4".getBytes(StandardCharsets.UTF_8));
    assertEquals(NONE, StatisticsText.of(converter.fromParquetStatistics(CREATED_BY, strings, string)),
        "strings were once compared as signed bytes: dropped");
    org.apache.parquet.format.Statistics current = new org.apache.parquet.format.Statistics()
        .setMin_value("a".getBytes(StandardCharsets.UTF_8)).setMax_value("\u00c4".getBytes(StandardCharsets.UTF_8));
    assertEquals(new StatisticsText.Bounds("a", "\u00c4"),
        StatisticsText.of(converter.fromParquetStatistics(CREATED_BY, current, string)));
  }

  @Test
  void float16BoundsAreFloats() {
    PrimitiveType type = Types.optional(PrimitiveTypeName.FIXED_LEN_BYTE_ARRAY).length(2)
        .as(LogicalTypeAnnotation.float16Type()).named("h");
    assertEquals(new StatisticsText.Bounds("-2.0", "1.5"), StatisticsText.of(Statistics.getBuilderForReading(type)
        .withMin(new byte[] {0x00, (byte) 0xC0}).withMax(new byte[] {0x00, 0x3E}).build()));
  }

  @Test
  void bytesAreShownAsDuckDbShowsABlob() {
    assertEquals("ab\\x00\\x5C\\x27\\x22\\xFF~", StatisticsText.escaped(new byte[] {'a', 'b', 0, '\\', '\'', '"',
        (byte) 0xFF, '~'}));
  }

  private static PrimitiveType int64() {
    return Types.optional(PrimitiveTypeName.INT64).named("n");
  }

  private static byte[] le(long value) {
    return ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(value).array();
  }
}
