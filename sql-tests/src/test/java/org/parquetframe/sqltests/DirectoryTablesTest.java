package org.parquetframe.sqltests;

import static org.apache.parquet.hadoop.metadata.CompressionCodecName.GZIP;
import static org.apache.parquet.hadoop.metadata.CompressionCodecName.SNAPPY;
import static org.apache.parquet.hadoop.metadata.CompressionCodecName.ZSTD;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A sub-directory of the root is one table over all its Parquet files (SPEC "Tables"): plain files
 * of several codecs and page versions, Hive {@code key=value} directories whose keys become typed
 * columns, and files that lack a column, which reads as NULL there. Hidden files are ignored.
 */
class DirectoryTablesTest {
  private static final String EVENT_SCHEMA = "message events { required int64 id; optional int32 v; }";

  @TempDir
  static Path data;
  private static TestingOracle oracle;

  @BeforeAll
  static void writeDirectories() throws SQLException, IOException {
    oracle = TestingOracle.open(data);
    writeSales();
    writePartitionedEvents();
    writeLogsPartitionedByDateAndRegion();
    writeEvolvingSchema();
  }

  /** {@code sales/}: one logical table split over three files, plus hidden files that are not Parquet. */
  private static void writeSales() throws SQLException, IOException {
    List<Object[]> rows = TestingItems.items(1_500, 11L);
    TestingItems.itemsFile(data.resolve("sales/a.parquet")).codec(SNAPPY).write(rows.subList(0, 500));
    TestingItems.itemsFile(data.resolve("sales/b.parquet")).codec(GZIP).pageV2(true).write(rows.subList(500, 1_000));
    TestingItems.itemsFile(data.resolve("sales/more/c.parquet")).codec(ZSTD).dictionary(false)
        .write(rows.subList(1_000, 1_500));
    Files.writeString(data.resolve("sales/_SUCCESS"), "");
    Files.writeString(data.resolve("sales/.a.parquet.crc"), "not parquet");
    Files.createDirectories(data.resolve("sales/_temporary"));
    Files.writeString(data.resolve("sales/_temporary/d.parquet"), "an unfinished write, not parquet");
    oracle.h2Table("sales", TestingItems.H2_COLUMNS, rows);
  }

  /** {@code events/part=N/}: the partition key {@code part} becomes a BIGINT column after the file columns. */
  private static void writePartitionedEvents() throws SQLException {
    List<Object[]> h2Rows = new ArrayList<>();
    String[] files = {"part=1/f0.parquet", "part=2/f1.parquet", "part=2/f2.parquet", "part=10/f3.parquet"};
    long id = 0;
    for (String file : files) {
      long part = Long.parseLong(file.substring(5, file.indexOf('/')));
      List<Object[]> rows = new ArrayList<>();
      for (int i = 0; i < 40; i++, id++) {
        rows.add(new Object[] {id, i % 7 == 0 ? null : (int) (id * 37 % 50)});
        h2Rows.add(new Object[] {id, rows.get(i)[1], part});
      }
      TestingParquetFiles.file(data.resolve("events/" + file), EVENT_SCHEMA).codec(SNAPPY).write(rows);
    }
    oracle.h2Table("events", "id BIGINT, v INTEGER, part BIGINT", h2Rows);
  }

  /** {@code logs/dt=DATE/region=TEXT/}: a DATE and a VARCHAR key; Hive's default partition is NULL. */
  private static void writeLogsPartitionedByDateAndRegion() throws SQLException {
    List<Object[]> h2Rows = new ArrayList<>();
    String[][] partitions = {{"2024-01-01", "eu"}, {"2024-01-01", "us"}, {"2024-01-02", "eu"},
        {"2024-01-02", "__HIVE_DEFAULT_PARTITION__"}};
    long id = 0;
    for (String[] partition : partitions) {
      List<Object[]> rows = List.of(new Object[] {id, (int) id}, new Object[] {id + 1, null});
      TestingParquetFiles.file(data.resolve("logs/dt=" + partition[0] + "/region=" + partition[1] + "/x.parquet"),
          EVENT_SCHEMA).write(rows);
      String region = partition[1].startsWith("__") ? null : partition[1];
      for (Object[] row : rows) {
        h2Rows.add(new Object[] {row[0], row[1], LocalDate.parse(partition[0]), region});
      }
      id += 2;
    }
    oracle.h2Table("logs", "id BIGINT, v INTEGER, dt DATE, region VARCHAR", h2Rows);
  }

  /** {@code evolving/}: the first file lacks {@code b}, the last lacks {@code a}. */
  private static void writeEvolvingSchema() throws SQLException {
    TestingParquetFiles.file(data.resolve("evolving/1.parquet"),
        "message m { required int64 id; optional binary a (STRING); }")
        .write(List.of(new Object[] {1L, "one"}, new Object[] {2L, null}));
    TestingParquetFiles.file(data.resolve("evolving/2.parquet"),
            "message m { required int64 id; optional binary a (STRING); optional double b; }")
        .write(List.of(new Object[] {3L, "three", 3.5}, new Object[] {4L, null, null}));
    TestingParquetFiles.file(data.resolve("evolving/3.parquet"), "message m { required int64 id; optional double b; }")
        .write(List.<Object[]>of(new Object[] {5L, 5.5}));
    oracle.h2Table("evolving", "id BIGINT, a VARCHAR, b DOUBLE PRECISION", List.of(new Object[] {1L, "one", null},
        new Object[] {2L, null, null}, new Object[] {3L, "three", 3.5}, new Object[] {4L, null, null},
        new Object[] {5L, null, 5.5}));
  }

  @AfterAll
  static void close() throws SQLException {
    if (oracle != null) {
      oracle.close();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "SELECT * FROM sales ORDER BY id",
      "SELECT COUNT(*), COUNT(name), SUM(amount), MIN(sold_on), MAX(sold_at) FROM sales",
      "SELECT category, COUNT(*), MAX(price) FROM sales WHERE qty > 50 GROUP BY category",
      "SELECT s.id, e.part FROM sales s JOIN events e ON s.id = e.id WHERE e.v > 40",
  })
  void aTableOfSeveralFilesReadsAsTheirUnion(String sql) throws SQLException {
    oracle.assertSameRows(sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "SELECT * FROM events",
      "SELECT id, v, part FROM events WHERE part = 2 ORDER BY id",
      "SELECT part, COUNT(*), COUNT(v), SUM(v) FROM events GROUP BY part",
      "SELECT id, part FROM events WHERE part > 1 AND v < 10",
      "SELECT id, part FROM events WHERE part IN (1, 10) AND v IS NULL",
      "SELECT part, MAX(id) FROM events GROUP BY part HAVING MAX(id) > 100",
  })
  void hivePartitionKeysAreColumns(String sql) throws SQLException {
    oracle.assertSameRows(sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "SELECT * FROM logs",
      "SELECT id, region FROM logs WHERE dt = DATE '2024-01-02'",
      "SELECT dt, region, COUNT(*), COUNT(v) FROM logs GROUP BY dt, region",
      "SELECT id, dt FROM logs WHERE region IS NULL",
      "SELECT id FROM logs WHERE region = 'eu' AND dt > DATE '2024-01-01'",
  })
  void partitionKeysOfDatesAndTextAreTyped(String sql) throws SQLException {
    oracle.assertSameRows(sql);
  }

  @Test
  void partitionKeysReportTheirInferredTypes() throws SQLException {
    assertEquals(List.of(Types.BIGINT, Types.INTEGER, Types.BIGINT), columnTypes("SELECT * FROM events"));
    assertEquals(List.of(Types.BIGINT, Types.INTEGER, Types.DATE, Types.VARCHAR), columnTypes("SELECT * FROM logs"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "SELECT * FROM evolving ORDER BY id",
      "SELECT id, b FROM evolving WHERE b IS NULL ORDER BY id",
      "SELECT COUNT(*), COUNT(a), COUNT(b), SUM(b) FROM evolving",
      "SELECT id, a FROM evolving WHERE a IS NOT NULL OR b > 5 ORDER BY id",
  })
  void aColumnMissingFromSomeFilesReadsAsNullThere(String sql) throws SQLException {
    oracle.assertSameRows(sql);
  }

  @Test
  void aColumnMissingFromSomeFilesIsStillListedOnce() throws SQLException {
    assertEquals(List.of(Types.BIGINT, Types.VARCHAR, Types.DOUBLE), columnTypes("SELECT * FROM evolving"));
    try (Statement statement = oracle.parquet().createStatement();
        ResultSet rs = statement.executeQuery("SELECT * FROM evolving")) {
      ResultSetMetaData meta = rs.getMetaData();
      assertEquals(Arrays.asList("id", "a", "b"),
          List.of(meta.getColumnName(1), meta.getColumnName(2), meta.getColumnName(3)));
    }
  }

  private static List<Integer> columnTypes(String sql) throws SQLException {
    try (Statement statement = oracle.parquet().createStatement(); ResultSet rs = statement.executeQuery(sql)) {
      ResultSetMetaData meta = rs.getMetaData();
      List<Integer> types = new ArrayList<>();
      for (int i = 1; i <= meta.getColumnCount(); i++) {
        types.add(meta.getColumnType(i));
      }
      return types;
    }
  }
}
