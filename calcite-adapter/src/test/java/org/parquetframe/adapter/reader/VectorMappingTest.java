package org.parquetframe.adapter.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.parquet.column.ColumnDescriptor;
import org.apache.parquet.column.ParquetProperties;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnPath;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parquetframe.adapter.format.LocalParquetWriters;
import org.parquetframe.adapter.format.ParquetFooter;
import org.parquetframe.adapter.vector.ColumnVector;

/**
 * The batch path ({@link ColumnCursor#nextBatch}: our page decoding and {@code VectorMapping}'s
 * converters) gives every column type the same runtime values as the value-by-value path
 * (parquet-column's reader and {@code ParquetTypeMapping}'s decoders), NULLs included, with and
 * without dictionary encoding, in v1 and v2 pages (PLAIN, dictionary and DELTA encodings), and
 * reading only some rows gives those rows of a full read.
 */
class VectorMappingTest {
  private static final int ROWS = 3000;
  private static final MessageType SCHEMA = MessageTypeParser.parseMessageType("""
      message every_type {
        optional boolean b;
        optional int32 i32;
        optional int32 i8 (INTEGER(8, true));
        optional int32 i16 (INTEGER(16, true));
        optional int32 u8 (INTEGER(8, false));
        optional int32 u16 (INTEGER(16, false));
        optional int32 u32 (INTEGER(32, false));
        optional int32 d (DATE);
        optional int32 t32 (TIME(MILLIS, true));
        optional int32 dec32 (DECIMAL(9, 2));
        optional int64 i64;
        optional int64 u64 (INTEGER(64, false));
        optional int64 ts_millis (TIMESTAMP(MILLIS, false));
        optional int64 ts_micros_utc (TIMESTAMP(MICROS, true));
        optional int64 ts_nanos (TIMESTAMP(NANOS, false));
        optional int64 t64 (TIME(MICROS, false));
        optional int64 dec64 (DECIMAL(18, 3));
        optional int96 legacy;
        optional float f;
        optional double g;
        optional binary s (STRING);
        optional binary e (ENUM);
        optional binary raw;
        optional binary decbin (DECIMAL(30, 4));
        optional fixed_len_byte_array(16) u (UUID);
        optional fixed_len_byte_array(2) half (FLOAT16);
        optional fixed_len_byte_array(5) fixed;
        optional fixed_len_byte_array(9) decfix (DECIMAL(20, 1));
        required int64 id;
      }
      """);

  @TempDir
  Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"dictionary-v1", "plain-v1", "dictionary-v2", "plain-v2"})
  void batchesHoldTheValuesTheDecodersGive(String layout) throws IOException {
    Path file = write(dir.resolve(layout + ".parquet"), layout.startsWith("dictionary"), layout.endsWith("v2"));
    ParquetMetadata footer = ParquetFooter.read(file);
    assertTrue(footer.getBlocks().size() > 1, "several row groups");
    int column = 0;
    for (Type field : SCHEMA.getFields()) {
      List<Object> oneByOne = new ArrayList<>();
      List<Object> batched = new ArrayList<>();
      try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
        for (BlockMetaData rowGroup : footer.getBlocks()) {
          RowGroupInput input = RowGroupInput.whole(file, channel, channel.size(), footer, rowGroup);
          StoredCursor values = new StoredCursor(input, SCHEMA.getColumnDescription(new String[] {field.getName()}));
          StoredCursor batches = new StoredCursor(input, SCHEMA.getColumnDescription(new String[] {field.getName()}));
          int rows = (int) rowGroup.getRowCount();
          for (int row = 0; row < rows; row++) {
            oneByOne.add(values.next());
          }
          for (int from = 0; from < rows; from += 700) {
            int count = Math.min(700, rows - from);
            ColumnVector vector = batches.nextBatch(count);
            for (int row = 0; row < count; row++) {
              batched.add(vector.get(row));
            }
          }
        }
      }
      assertEquals(ROWS, oneByOne.size());
      assertEquals(oneByOne, batched, layout + ": column " + field.getName());
      column++;
    }
    assertEquals(SCHEMA.getFieldCount(), column);
  }

  @ParameterizedTest
  @ValueSource(strings = {"dictionary-v1", "plain-v1", "dictionary-v2", "plain-v2"})
  void slicesOfSelectedRowsHoldThoseRowsOfAFullRead(String layout) throws IOException {
    Path file = write(dir.resolve(layout + ".parquet"), layout.startsWith("dictionary"), layout.endsWith("v2"));
    ParquetMetadata footer = ParquetFooter.read(file);
    Random random = new Random(layout.hashCode());
    List<ColumnDescriptor> columns = SCHEMA.getColumns();
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      for (BlockMetaData rowGroup : footer.getBlocks()) {
        int rows = (int) rowGroup.getRowCount();
        Map<ColumnPath, PageLayout> layouts = PageLayouts.of(file, channel, channel.size(), rowGroup, columns);
        RowRanges selected = randomRows(random, rows);
        long middle = selected.firstAtOrAfter(selected.first() + selected.rowCount() / 2);
        List<RowRanges> slices = List.of(selected.intersect(RowRanges.range(0, middle)),
            selected.intersect(RowRanges.range(middle, rows)));
        for (ColumnDescriptor column : columns) {
          RowGroupInput whole = RowGroupInput.whole(file, channel, channel.size(), footer, rowGroup);
          ColumnVector all = new StoredCursor(whole, column).nextBatch(rows);
          for (RowRanges slice : slices) {
            RowGroupInput input = new RowGroupInput(file, channel, channel.size(), footer, rowGroup,
                new RowSelection(selected, slice, layouts), PageCounter.NONE);
            StoredCursor cursor = new StoredCursor(input, column);
            List<Object> expected = new ArrayList<>();
            List<Object> actual = new ArrayList<>();
            for (var it = slice.iterator(); it.hasNext(); ) {
              expected.add(all.get((int) it.nextLong()));
            }
            for (long read = 0; read < slice.rowCount(); read += 300) {
              int count = (int) Math.min(300, slice.rowCount() - read);
              ColumnVector batch = cursor.nextBatch(count);
              for (int i = 0; i < count; i++) {
                actual.add(batch.get(i));
              }
            }
            assertEquals(expected, actual, layout + ": column " + column + " rows " + slice);
          }
        }
      }
    }
  }

  /** Random runs of rows, some within pages and some across them. */
  private static RowRanges randomRows(Random random, int rows) {
    RowRanges.Builder builder = RowRanges.builder();
    int position = random.nextInt(50);
    while (position < rows) {
      int length = 1 + random.nextInt(random.nextBoolean() ? 20 : 900);
      builder.add(position, Math.min(rows, position + length));
      position += length + random.nextInt(700);
    }
    return builder.build();
  }

  private static Path write(Path file, boolean dictionary, boolean v2) throws IOException {
    Random random = new Random(3);
    SimpleGroupFactory groups = new SimpleGroupFactory(SCHEMA);
    try (ParquetWriter<Group> writer = LocalParquetWriters.groups(file, SCHEMA, CompressionCodecName.SNAPPY)
        .withDictionaryEncoding(dictionary).withRowGroupSize(64 * 1024).withPageRowCountLimit(500)
        .withWriterVersion(v2 ? ParquetProperties.WriterVersion.PARQUET_2_0 : ParquetProperties.WriterVersion.PARQUET_1_0)
        .build()) {
      for (int row = 0; row < ROWS; row++) {
        Group group = groups.newGroup();
        for (int i = 0; i < SCHEMA.getFieldCount(); i++) {
          PrimitiveType type = SCHEMA.getType(i).asPrimitiveType();
          if (type.isRepetition(Type.Repetition.OPTIONAL) && random.nextInt(7) == 0) {
            continue;
          }
          add(group, i, type, row, random);
        }
        writer.write(group);
      }
    }
    return file;
  }

  /** A value of the column's physical type; few distinct values, so that dictionaries are used. */
  private static void add(Group group, int field, PrimitiveType type, int row, Random random) {
    int small = random.nextInt(40) - 20;
    switch (type.getPrimitiveTypeName()) {
      case BOOLEAN -> group.add(field, random.nextBoolean());
      case INT32 -> group.add(field, type.getName().startsWith("u") || type.getName().equals("d")
          || type.getName().equals("t32") ? Math.abs(small) * 1000 + random.nextInt(3) : small * 1_000_003);
      case INT64 -> group.add(field, type.getName().equals("id") ? row
          : type.getName().startsWith("t") ? Math.abs(small) * 86_400_000_123L : small * 1_000_000_000_007L);
      case INT96, FIXED_LEN_BYTE_ARRAY -> {
        byte[] bytes = new byte[type.getPrimitiveTypeName() == PrimitiveType.PrimitiveTypeName.INT96 ? 12
            : type.getTypeLength()];
        new Random(small).nextBytes(bytes);
        group.add(field, Binary.fromConstantByteArray(bytes));
      }
      case FLOAT -> group.add(field, small / 4f);
      case DOUBLE -> group.add(field, small == 0 ? Double.NaN : small / 8.0);
      case BINARY -> group.add(field, type.getLogicalTypeAnnotation() == null || type.getName().equals("decbin")
          ? Binary.fromConstantByteArray(new byte[] {(byte) small, 7, (byte) row})
          : Binary.fromString("text " + small + " é"));
    }
  }
}
