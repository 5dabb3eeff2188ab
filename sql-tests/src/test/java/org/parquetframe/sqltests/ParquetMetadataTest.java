package org.parquetframe.sqltests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parquetframe.sqltests.TestingMetadataQueries.column;
import static org.parquetframe.sqltests.TestingMetadataQueries.query;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code parquet_metadata(path)} through JDBC: one row per column chunk, with row groups, types,
 * codecs, encodings and statistics as the file's footer has them. The oracles are the rows the
 * files were written from (statistics) and the footer read independently with parquet-java
 * (sizes, counts).
 */
class ParquetMetadataTest {
  private static final List<String> COLUMNS = List.of("file_name", "row_group_id", "row_group_num_rows",
      "row_group_bytes", "column_id", "path_in_schema", "physical_type", "logical_type", "compression", "encodings",
      "num_values", "null_count", "min_value", "max_value", "total_compressed_size", "total_uncompressed_size",
      "has_dictionary", "has_bloom_filter", "has_column_index");
  private static final List<String> ITEM_COLUMNS =
      List.of("id", "category", "name", "price", "qty", "amount", "flag", "sold_on", "sold_at");
  private static final List<CompressionCodecName> CODECS = List.of(CompressionCodecName.UNCOMPRESSED,
      CompressionCodecName.SNAPPY, CompressionCodecName.GZIP, CompressionCodecName.ZSTD, CompressionCodecName.LZ4_RAW);

  @TempDir
  static Path data;
  private static List<Object[]> items;
  private static Connection connection;

  @BeforeAll
  static void writeFiles() throws SQLException {
    items = TestingItems.items(TestingItems.ROWS, 5L);
    TestingItems.itemsFile(data.resolve("items.parquet")).write(items);
    for (CompressionCodecName codec : CODECS) {
      TestingItems.itemsFile(data.resolve("codecs/" + codec.name().toLowerCase() + ".parquet")).codec(codec)
          .write(items.subList(0, 200));
    }
    TestingItems.itemsFile(data.resolve("plain.parquet")).dictionary(false).write(items.subList(0, 500));
    TestingItems.itemsFile(data.resolve("v2.parquet")).pageV2(true).write(items.subList(0, 500));
    TestingMetadataFiles.write(data.resolve("bloom.parquet"),
        "message bloom { required int64 id; optional binary name (STRING); optional int32 qty; }",
        b -> b.withBloomFilterEnabled("name", true), 1000, (i, row) -> {
          row.append("id", (long) i).append("qty", i % 7);
          row.append("name", "name-" + i);
        });
    TestingItems.itemsFile(data.resolve("parts/b.parquet")).write(items.subList(0, 100));
    TestingItems.itemsFile(data.resolve("parts/a.parquet")).write(items.subList(100, 300));
    connection = TestingMetadataQueries.connect(data, "");
  }

  @AfterAll
  static void close() throws SQLException {
    connection.close();
  }

  @Test
  void outputColumnsAreTheSpecsInItsOrderWithTheirTypes() throws SQLException {
    try (Statement statement = connection.createStatement();
         ResultSet rows = statement.executeQuery("SELECT * FROM TABLE(parquet_metadata('items.parquet'))")) {
      ResultSetMetaData meta = rows.getMetaData();
      List<String> names = new ArrayList<>();
      for (int i = 1; i <= meta.getColumnCount(); i++) {
        names.add(meta.getColumnLabel(i));
        String name = meta.getColumnLabel(i);
        int expected = name.startsWith("has_") ? Types.BOOLEAN
            : Set.of("file_name", "path_in_schema", "physical_type", "logical_type", "compression", "encodings",
                "min_value", "max_value").contains(name) ? Types.VARCHAR : Types.BIGINT;
        assertEquals(expected, meta.getColumnType(i), name);
      }
      assertEquals(COLUMNS, names);
    }
  }

  @Test
  void oneRowPerColumnChunkAsTheFooterHasIt() throws SQLException {
    List<BlockMetaData> rowGroups = TestingMetadataFiles.footer(data.resolve("items.parquet")).getBlocks();
    assertTrue(rowGroups.size() > 2, "fixture: several row groups, got " + rowGroups.size());
    List<Map<String, Object>> rows = query(connection,
        "SELECT * FROM TABLE(parquet_metadata('items.parquet')) ORDER BY row_group_id, column_id");
    assertEquals(rowGroups.size() * ITEM_COLUMNS.size(), rows.size());
    List<String> physical = List.of("INT64", "INT32", "BYTE_ARRAY", "DOUBLE", "INT32", "INT64", "BOOLEAN", "INT32",
        "INT64");
    List<String> logical = Arrays.asList(null, null, "STRING", null, null, "DECIMAL(12,2)", null, "DATE",
        "TIMESTAMP(MICROS,false)");
    int i = 0;
    for (int group = 0; group < rowGroups.size(); group++) {
      BlockMetaData rowGroup = rowGroups.get(group);
      for (int c = 0; c < ITEM_COLUMNS.size(); c++) {
        Map<String, Object> row = rows.get(i++);
        ColumnChunkMetaData chunk = rowGroup.getColumns().get(c);
        String where = "row group " + group + " column " + c;
        assertEquals("items.parquet", row.get("file_name"), where);
        assertEquals((long) group, row.get("row_group_id"), where);
        assertEquals(rowGroup.getRowCount(), row.get("row_group_num_rows"), where);
        assertEquals(rowGroup.getTotalByteSize(), row.get("row_group_bytes"), where);
        assertEquals((long) c, row.get("column_id"), where);
        assertEquals(ITEM_COLUMNS.get(c), row.get("path_in_schema"), where);
        assertEquals(physical.get(c), row.get("physical_type"), where);
        assertEquals(logical.get(c), row.get("logical_type"), where);
        assertEquals("UNCOMPRESSED", row.get("compression"), where);
        assertEquals(rowGroup.getRowCount(), row.get("num_values"), where + ": flat columns have a value per row");
        assertEquals(chunk.getTotalSize(), row.get("total_compressed_size"), where);
        assertEquals(chunk.getTotalUncompressedSize(), row.get("total_uncompressed_size"), where);
        assertEquals(chunk.getTotalSize(), row.get("total_uncompressed_size"), where + ": uncompressed file");
        assertEquals(false, row.get("has_bloom_filter"), where);
        assertEquals(true, row.get("has_column_index"), where + ": parquet-java writes column indexes by default");
      }
    }
    long total = (Long) query(connection, "SELECT sum(row_group_num_rows) AS n FROM TABLE(parquet_metadata('items.parquet'))"
        + " WHERE column_id = 0").get(0).get("n");
    assertEquals(TestingItems.ROWS, total);
  }

  @Test
  void statisticsAreEachRowGroupsLogicalMinMaxAndNulls() throws SQLException {
    List<Map<String, Object>> rows = query(connection,
        "SELECT * FROM TABLE(parquet_metadata('items.parquet')) ORDER BY row_group_id, column_id");
    int first = 0;
    for (int r = 0; r < rows.size(); r += ITEM_COLUMNS.size()) {
      int count = ((Long) rows.get(r).get("row_group_num_rows")).intValue();
      List<Object[]> slice = items.subList(first, first + count);
      for (int c = 0; c < ITEM_COLUMNS.size(); c++) {
        Map<String, Object> row = rows.get(r + c);
        String where = "row group " + row.get("row_group_id") + " column " + ITEM_COLUMNS.get(c);
        List<Comparable<Object>> values = new ArrayList<>();
        long nulls = 0;
        for (Object[] item : slice) {
          if (item[c] == null) {
            nulls++;
          } else {
            @SuppressWarnings("unchecked")
            Comparable<Object> value = (Comparable<Object>) item[c];
            values.add(value);
          }
        }
        assertEquals(nulls, row.get("null_count"), where);
        assertEquals(text(values.stream().min(Comparable::compareTo).orElseThrow()), row.get("min_value"), where);
        assertEquals(text(values.stream().max(Comparable::compareTo).orElseThrow()), row.get("max_value"), where);
      }
      first += count;
    }
    assertEquals(items.size(), first);
  }

  /** The expected text of a value, written independently of the driver's rendering. */
  private static String text(Object value) {
    if (value instanceof BigDecimal decimal) {
      return decimal.setScale(2).toPlainString();
    }
    if (value instanceof LocalDateTime dateTime) {
      return dateTime.toLocalDate() + " " + DateTimeFormatter.ISO_LOCAL_TIME.format(dateTime);
    }
    return value.toString();
  }

  @ParameterizedTest
  @EnumSource(value = CompressionCodecName.class, names = {"UNCOMPRESSED", "SNAPPY", "GZIP", "ZSTD", "LZ4_RAW"})
  void compressionNamesTheCodec(CompressionCodecName codec) throws SQLException {
    List<Map<String, Object>> rows = query(connection, "SELECT compression, total_compressed_size AS c,"
        + " total_uncompressed_size AS u FROM TABLE(parquet_metadata('codecs/" + codec.name().toLowerCase()
        + ".parquet'))");
    assertEquals(ITEM_COLUMNS.size(), rows.size());
    assertEquals(Set.of(codec.name()), new HashSet<>(column(rows, "compression")));
    if (codec == CompressionCodecName.UNCOMPRESSED) {
      rows.forEach(row -> assertEquals(row.get("u"), row.get("c")));
    }
  }

  @Test
  void dictionaryEncodingShowsInEncodingsAndHasDictionary() throws SQLException {
    String sql = "SELECT path_in_schema AS p, encodings, has_dictionary AS d FROM TABLE(parquet_metadata('%s'))"
        + " WHERE row_group_id = 0 ORDER BY column_id";
    Map<Object, Object> dictionaryV1 = byColumn(query(connection, String.format(sql, "items.parquet")), "d");
    Map<Object, Object> encodingsV1 = byColumn(query(connection, String.format(sql, "items.parquet")), "encodings");
    assertEquals(true, dictionaryV1.get("category"), "ten distinct values: a dictionary");
    assertTrue(encodings(encodingsV1.get("category")).contains("PLAIN_DICTIONARY"), encodingsV1.toString());

    Map<Object, Object> encodingsV2 = byColumn(query(connection, String.format(sql, "v2.parquet")), "encodings");
    assertTrue(encodings(encodingsV2.get("category")).contains("RLE_DICTIONARY"), encodingsV2.toString());

    List<Map<String, Object>> plain = query(connection, String.format(sql, "plain.parquet"));
    for (Map<String, Object> row : plain) {
      assertEquals(false, row.get("d"), row.toString());
      List<String> list = encodings(row.get("encodings"));
      assertTrue(list.contains("PLAIN") || list.contains("RLE"), row.toString()); // booleans: RLE in v2 only
      assertFalse(list.stream().anyMatch(e -> e.endsWith("DICTIONARY")), row.toString());
    }
  }

  @Test
  void encodingsAreTheFootersInFormatOrder() throws SQLException {
    List<Map<String, Object>> rows = query(connection,
        "SELECT encodings FROM TABLE(parquet_metadata('items.parquet')) ORDER BY row_group_id, column_id");
    int i = 0;
    List<String> formatOrder = List.of("PLAIN", "PLAIN_DICTIONARY", "RLE", "BIT_PACKED", "DELTA_BINARY_PACKED",
        "DELTA_LENGTH_BYTE_ARRAY", "DELTA_BYTE_ARRAY", "RLE_DICTIONARY", "BYTE_STREAM_SPLIT");
    for (BlockMetaData rowGroup : TestingMetadataFiles.footer(data.resolve("items.parquet")).getBlocks()) {
      for (ColumnChunkMetaData chunk : rowGroup.getColumns()) {
        List<String> expected = chunk.getEncodings().stream().map(Enum::name)
            .sorted((a, b) -> Integer.compare(formatOrder.indexOf(a), formatOrder.indexOf(b))).toList();
        assertEquals(String.join(", ", expected), rows.get(i++).get("encodings"));
      }
    }
  }

  @Test
  void bloomFilterOnlyOnTheColumnThatHasOne() throws SQLException {
    List<Map<String, Object>> rows = query(connection, "SELECT path_in_schema AS p, has_bloom_filter AS b"
        + " FROM TABLE(parquet_metadata('bloom.parquet'))");
    assertFalse(rows.isEmpty());
    for (Map<String, Object> row : rows) {
      assertEquals(row.get("p").equals("name"), row.get("b"), row.toString());
    }
  }

  @Test
  void aDirectoryListsEachFileInPathOrderWithIdsFromZero() throws SQLException {
    List<Map<String, Object>> rows = query(connection, "SELECT file_name AS f, row_group_id AS g, column_id AS c,"
        + " row_group_num_rows AS n FROM TABLE(parquet_metadata('parts'))");
    assertEquals(List.of("parts/a.parquet", "parts/b.parquet"), column(rows, "f").stream().distinct().toList(),
        "files in path order, named relative to the data directory");
    assertEquals(2 * ITEM_COLUMNS.size(), rows.size(), "one small row group per file");
    for (int i = 0; i < rows.size(); i++) {
      assertEquals(0L, rows.get(i).get("g"));
      assertEquals((long) (i % ITEM_COLUMNS.size()), rows.get(i).get("c"));
      assertEquals(i < ITEM_COLUMNS.size() ? 200L : 100L, rows.get(i).get("n"));
    }
  }

  @Test
  void aTableNameCaseInsensitively() throws SQLException {
    assertEquals(List.of("items.parquet"), column(query(connection,
        "SELECT DISTINCT file_name FROM TABLE(parquet_metadata('ITEMS'))"), "file_name"));
    assertEquals(List.of("parts/a.parquet", "parts/b.parquet"), column(query(connection,
        "SELECT DISTINCT file_name FROM TABLE(parquet_metadata('Parts')) ORDER BY file_name"), "file_name"));
  }

  @Test
  void thePathByNameOrAsAParameter() throws SQLException {
    int expected = query(connection, "SELECT * FROM TABLE(parquet_metadata('plain.parquet'))").size();
    assertEquals(expected, query(connection, "SELECT * FROM TABLE(parquet_metadata(path => 'plain.parquet'))").size());
    assertEquals(expected, query(connection, "SELECT * FROM TABLE(parquet_metadata(PATH => 'plain.parquet'))").size());
    assertEquals(expected, query(connection, "SELECT * FROM TABLE(parquet_metadata(?))", "plain.parquet").size());
  }

  @Test
  void answersFromTheFooterAloneWithoutReadingDataPages() throws SQLException, IOException {
    byte[] bytes = Files.readAllBytes(data.resolve("plain.parquet"));
    int footerLength = ByteBuffer.wrap(bytes, bytes.length - 8, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
    int firstFooterByte = bytes.length - 8 - footerLength;
    for (int i = 4; i < firstFooterByte; i++) {
      bytes[i] = (byte) 0xEE; // every data, dictionary and index page destroyed
    }
    Files.write(data.resolve("garbled.parquet"), bytes);
    List<Map<String, Object>> original = query(connection,
        "SELECT * FROM TABLE(parquet_metadata('plain.parquet')) ORDER BY row_group_id, column_id");
    List<Map<String, Object>> garbled = query(connection,
        "SELECT * FROM TABLE(parquet_metadata('garbled.parquet')) ORDER BY row_group_id, column_id");
    original.forEach(row -> row.remove("file_name"));
    garbled.forEach(row -> row.remove("file_name"));
    assertEquals(original, garbled);
  }

  @Test
  void queriesCanFilterAndAggregateTheMetadata() throws SQLException {
    List<Map<String, Object>> rows = query(connection, "SELECT path_in_schema AS p, sum(null_count) AS nulls,"
        + " min(min_value) AS lo FROM TABLE(parquet_metadata('items.parquet')) WHERE physical_type = 'INT64'"
        + " GROUP BY path_in_schema ORDER BY path_in_schema");
    assertEquals(List.of("amount", "id", "sold_at"), column(rows, "p"));
    long idNulls = ((Number) rows.get(1).get("nulls")).longValue();
    assertEquals(0L, idNulls);
    assertEquals("0", rows.get(1).get("lo"), "ids start at 0");
    long soldAtNulls = items.stream().filter(item -> Objects.isNull(item[8])).count();
    assertEquals(soldAtNulls, ((Number) rows.get(2).get("nulls")).longValue());
  }

  private static Map<Object, Object> byColumn(List<Map<String, Object>> rows, String value) {
    return TestingMetadataQueries.byKey(rows, "p", value);
  }

  private static List<String> encodings(Object text) {
    return Arrays.asList(((String) text).split(", "));
  }
}
