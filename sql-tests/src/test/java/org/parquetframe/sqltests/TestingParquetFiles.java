package org.parquetframe.sqltests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.apache.parquet.column.ParquetProperties;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.DecimalLogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimestampLogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;
import org.parquetframe.adapter.format.LocalParquetWriters;
import org.parquetframe.adapter.format.ParquetFooter;

/**
 * Writes Parquet files for tests with parquet-java (no Hadoop): a schema in Parquet's message
 * syntax, rows as {@code Object[]} in field order ({@code null} leaves an optional field empty),
 * and the writer options the tests vary (codec, row group and page size, dictionary, page version).
 * Nested fields take their values as the schema spells them, without interpreting LIST or MAP: a
 * group is an {@code Object[]} of its fields' values, a repeated field a {@link List} of its
 * occurrences (empty for none).
 * Values are the physical ones (numbers, byte arrays, strings), or the SQL values that H2 takes
 * for DATE ({@link LocalDate}), TIMESTAMP ({@link LocalDateTime}) and DECIMAL ({@link BigDecimal})
 * columns, so that one list of rows can fill both databases.
 */
final class TestingParquetFiles {
  private static final long JULIAN_DAY_OF_EPOCH = 2_440_588L;
  private static final long NANOS_PER_DAY = 86_400_000_000_000L;

  private final Path file;
  private final MessageType schema;
  private CompressionCodecName codec = CompressionCodecName.UNCOMPRESSED;
  private long rowGroupBytes = ParquetWriter.DEFAULT_BLOCK_SIZE;
  private int pageBytes = ParquetWriter.DEFAULT_PAGE_SIZE;
  private boolean dictionary = true;
  private ParquetProperties.WriterVersion writerVersion = ParquetProperties.WriterVersion.PARQUET_1_0;
  private UnaryOperator<ExampleParquetWriter.Builder> options = UnaryOperator.identity();

  private TestingParquetFiles(Path file, MessageType schema) {
    this.file = file;
    this.schema = schema;
  }

  /** A writer of {@code file} with {@code schema} such as {@code "message t { required int64 id; }"}. */
  static TestingParquetFiles file(Path file, String schema) {
    return new TestingParquetFiles(file, MessageTypeParser.parseMessageType(schema));
  }

  TestingParquetFiles codec(CompressionCodecName codec) {
    this.codec = codec;
    return this;
  }

  /** Small sizes give several row groups (the writer checks its size every ~100 rows). */
  TestingParquetFiles rowGroupBytes(long bytes) {
    this.rowGroupBytes = bytes;
    return this;
  }

  TestingParquetFiles pageBytes(int bytes) {
    this.pageBytes = bytes;
    return this;
  }

  TestingParquetFiles dictionary(boolean enabled) {
    this.dictionary = enabled;
    return this;
  }

  /** Data page v2 (and the v2 encodings) instead of v1. */
  TestingParquetFiles pageV2(boolean v2) {
    this.writerVersion = v2 ? ParquetProperties.WriterVersion.PARQUET_2_0 : ParquetProperties.WriterVersion.PARQUET_1_0;
    return this;
  }

  /** Any other writer option (bloom filters, page row limits, statistics), applied after the others. */
  TestingParquetFiles options(UnaryOperator<ExampleParquetWriter.Builder> more) {
    this.options = more;
    return this;
  }

  /** Writes {@code rows} and returns the file. */
  Path write(List<Object[]> rows) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      ExampleParquetWriter.Builder builder = LocalParquetWriters.groups(file, schema, codec)
          .withRowGroupSize(rowGroupBytes)
          .withPageSize(pageBytes)
          .withDictionaryEncoding(dictionary)
          .withWriterVersion(writerVersion);
      builder = options.apply(builder);
      SimpleGroupFactory groups = new SimpleGroupFactory(schema);
      try (ParquetWriter<Group> writer = builder.build()) {
        for (Object[] row : rows) {
          writer.write(group(groups.newGroup(), row));
        }
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Group group(Group group, Object[] row) {
    if (row.length != schema.getFieldCount()) {
      throw new IllegalArgumentException("row has " + row.length + " values but the schema " + schema.getFieldCount());
    }
    fill(group, row);
    return group;
  }

  /** Sets the fields of {@code group} from {@code values}, one per field, as the class comment describes. */
  private static void fill(Group group, Object[] values) {
    for (int i = 0; i < values.length; i++) {
      Type field = group.getType().getType(i);
      if (values[i] == null) {
        continue;
      }
      if (field.isRepetition(Type.Repetition.REPEATED)) {
        for (Object instance : (List<?>) values[i]) {
          add(group, i, field, instance);
        }
      } else {
        add(group, i, field, values[i]);
      }
    }
  }

  private static void add(Group group, int index, Type field, Object value) {
    if (!field.isPrimitive()) {
      fill(group.addGroup(index), (Object[]) value);
      return;
    }
    PrimitiveType primitive = field.asPrimitiveType();
    Object stored = physical(primitive, value);
    switch (primitive.getPrimitiveTypeName()) {
      case BOOLEAN -> group.add(index, (Boolean) stored);
      case INT32 -> group.add(index, ((Number) stored).intValue());
      case INT64 -> group.add(index, ((Number) stored).longValue());
      case FLOAT -> group.add(index, ((Number) stored).floatValue());
      case DOUBLE -> group.add(index, ((Number) stored).doubleValue());
      default -> group.add(index, binary(stored));
    }
  }

  /** The stored form of a SQL value; physical values pass unchanged. */
  private static Object physical(PrimitiveType field, Object value) {
    LogicalTypeAnnotation logical = field.getLogicalTypeAnnotation();
    if (value instanceof LocalDate date) {
      return (int) date.toEpochDay();
    }
    if (value instanceof LocalDateTime wallClock && logical instanceof TimestampLogicalTypeAnnotation timestamp) {
      return epochUnits(wallClock, switch (timestamp.getUnit()) {
        case MILLIS -> 1_000L;
        case MICROS -> 1_000_000L;
        case NANOS -> 1_000_000_000L;
      });
    }
    if (value instanceof BigDecimal decimal && logical instanceof DecimalLogicalTypeAnnotation declared) {
      BigInteger unscaled = decimal.setScale(declared.getScale()).unscaledValue();
      return switch (field.getPrimitiveTypeName()) {
        case INT32 -> unscaled.intValueExact();
        case INT64 -> unscaled.longValueExact();
        case FIXED_LEN_BYTE_ARRAY -> twosComplement(unscaled, field.getTypeLength());
        default -> unscaled.toByteArray();
      };
    }
    return value;
  }

  private static Binary binary(Object value) {
    if (value instanceof Binary binary) {
      return binary;
    }
    if (value instanceof byte[] bytes) {
      return Binary.fromConstantByteArray(bytes);
    }
    return Binary.fromString((String) value);
  }

  /** Number of row groups in a written file, to check that a fixture really spans several. */
  static int rowGroupCount(Path file) {
    return ParquetFooter.read(file).getBlocks().size();
  }

  /** {@code wallClock} read as UTC, in units of 1/{@code perSecond} since the epoch, as TIMESTAMP stores it. */
  static long epochUnits(LocalDateTime wallClock, long perSecond) {
    return wallClock.toEpochSecond(ZoneOffset.UTC) * perSecond + wallClock.getNano() / (1_000_000_000L / perSecond);
  }

  /** A legacy INT96 timestamp: nanoseconds of the day, then the Julian day, both little-endian. */
  static byte[] int96(LocalDateTime wallClock) {
    long epochNanos = wallClock.toEpochSecond(ZoneOffset.UTC) * 1_000_000_000L + wallClock.getNano();
    long epochDay = Math.floorDiv(epochNanos, NANOS_PER_DAY);
    return ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN)
        .putLong(Math.floorMod(epochNanos, NANOS_PER_DAY))
        .putInt((int) (epochDay + JULIAN_DAY_OF_EPOCH))
        .array();
  }

  /** Big-endian two's complement in exactly {@code length} bytes, as DECIMAL in FIXED_LEN_BYTE_ARRAY wants. */
  static byte[] twosComplement(BigInteger unscaled, int length) {
    byte[] minimal = unscaled.toByteArray();
    if (minimal.length > length) {
      throw new IllegalArgumentException(unscaled + " does not fit in " + length + " bytes");
    }
    byte[] padded = new byte[length];
    byte fill = (byte) (unscaled.signum() < 0 ? 0xFF : 0x00);
    java.util.Arrays.fill(padded, 0, length - minimal.length, fill);
    System.arraycopy(minimal, 0, padded, length - minimal.length, minimal.length);
    return padded;
  }

  /** The 16 big-endian bytes of a UUID, as Parquet's UUID logical type stores it. */
  static byte[] uuidBytes(UUID uuid) {
    return ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits())
        .array();
  }
}
