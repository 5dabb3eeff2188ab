package org.parquetframe.sqltests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Partition pruning over Hive-style directories: a filter on partition keys skips whole files by
 * their directory names, without opening them, and the rows are still H2's. {@code sales} is
 * partitioned by {@code year=YYYY/month=MM/} (BIGINT keys named like reserved words, so quoted),
 * {@code visits} by a DATE and a VARCHAR key, one of whose directories is Hive's NULL partition.
 */
class PruningPartitionsTest {
  private static final String SALES_SCHEMA = "message sales { required int64 id; optional int64 amount (DECIMAL(10,2)); }";
  private static final String VISITS_SCHEMA = "message visits { required int64 id; optional binary page (STRING); }";
  private static final String[] DAYS = {"2024-05-01", "2024-05-02", "2024-05-03"};
  private static final String[] REGIONS = {"eu", "us", "apac", "__HIVE_DEFAULT_PARTITION__"};

  @TempDir
  static Path data;
  private static TestingOracle oracle;

  @BeforeAll
  static void writePartitions() throws SQLException {
    oracle = TestingOracle.open(data);
    List<Object[]> h2Sales = new ArrayList<>();
    long id = 0;
    for (int year = 2022; year <= 2024; year++) {
      for (int month = 1; month <= 12; month++) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 30; i++, id++) {
          BigDecimal amount = i % 9 == 0 ? null : BigDecimal.valueOf(id * 13 % 10_000, 2);
          rows.add(new Object[] {id, amount});
          h2Sales.add(new Object[] {id, amount, (long) year, (long) month});
        }
        TestingParquetFiles.file(data.resolve(String.format("sales/year=%d/month=%02d/part-0.parquet", year, month)),
            SALES_SCHEMA).write(rows);
      }
    }
    oracle.h2Table("sales", "id BIGINT, amount NUMERIC(10, 2), \"year\" BIGINT, \"month\" BIGINT", h2Sales);
    List<Object[]> h2Visits = new ArrayList<>();
    for (String day : DAYS) {
      for (String region : REGIONS) {
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 10; i++, id++) {
          rows.add(new Object[] {id, "/p" + (id % 7)});
          h2Visits.add(new Object[] {id, "/p" + (id % 7), java.time.LocalDate.parse(day),
              region.startsWith("__") ? null : region});
        }
        TestingParquetFiles.file(data.resolve("visits/dt=" + day + "/region=" + region + "/v.parquet"), VISITS_SCHEMA)
            .write(rows);
      }
    }
    oracle.h2Table("visits", "id BIGINT, page VARCHAR, dt DATE, region VARCHAR", h2Visits);
    writeGarbledPages();
  }

  /**
   * {@code garbled/year=YYYY/}: files whose footers are intact but whose data pages are overwritten
   * with garbage, so that any query reading a page fails.
   */
  private static void writeGarbledPages() {
    for (int year = 2023; year <= 2024; year++) {
      List<Object[]> rows = new ArrayList<>();
      for (long i = 0; i < 25L * (year - 2021); i++) {
        rows.add(new Object[] {i, BigDecimal.ONE});
      }
      Path file = TestingParquetFiles.file(data.resolve("garbled/year=" + year + "/g.parquet"), SALES_SCHEMA).write(rows);
      try {
        byte[] bytes = Files.readAllBytes(file);
        int footerLength = ByteBuffer.wrap(bytes, bytes.length - 8, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
        Arrays.fill(bytes, 4, bytes.length - 8 - footerLength, (byte) 0xA5);
        Files.write(file, bytes);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @AfterAll
  static void close() throws SQLException {
    if (oracle != null) {
      oracle.close();
    }
  }

  static List<Arguments> filters() {
    return List.of(
        Arguments.of("sales", "\"year\" = 2024", 12),
        Arguments.of("sales", "\"year\" = 2024 AND \"month\" = 5", 1),
        Arguments.of("sales", "\"month\" IN (1, 2) AND \"year\" > 2022", 4),
        Arguments.of("sales", "\"month\" BETWEEN 3 AND 4", 6),
        Arguments.of("sales", "NOT (\"year\" <> 2023)", 12),
        Arguments.of("sales", "\"year\" < 2000", 0),
        // OR across keys is pruned key by key: {2023, 2024} x {1, 12} files are kept, the rows are exact
        Arguments.of("sales", "(\"year\" = 2023 AND \"month\" = 12) OR (\"year\" = 2024 AND \"month\" = 1)", 4),
        Arguments.of("sales", "\"year\" = 2024 OR id < 10", 36),
        Arguments.of("visits", "dt = DATE '2024-05-02'", 4),
        Arguments.of("visits", "dt > DATE '2024-05-01' AND region <> 'us'", 4),
        Arguments.of("visits", "region = 'eu'", 3),
        Arguments.of("visits", "region IS NULL", 3),
        Arguments.of("visits", "region LIKE 'a%'", 3),
        Arguments.of("visits", "region IN ('eu', 'us') AND dt < DATE '2024-05-03'", 4));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("filters")
  void partitionFiltersSkipWholeFiles(String table, String filter, int filesKept) throws SQLException {
    String sql = "SELECT * FROM " + table + " WHERE " + filter;
    TestingScans.PlanScan scan = TestingScans.planScan(oracle.parquet(), sql);
    int files = table.equals("sales") ? 36 : DAYS.length * REGIONS.length;
    if (filesKept < files) {
      assertEquals(filesKept, scan.filesKept(), () -> "plan of " + sql);
      assertEquals(files, scan.files());
    }
    oracle.assertSameRows(sql);
    TestingScans.Scan read = TestingScans.lastScan(oracle.parquet());
    read.assertAccountedFor();
    assertEquals(files - filesKept, read.get("files_skipped_by_partition"), read::toString);
    assertEquals(filesKept, read.get("files_read"), read::toString);
  }

  @Test
  void partitionAndStatisticsPruningCombine() throws SQLException {
    // 2023's files hold ids 360 to 719, 30 each: only the last one has ids from 700
    String sql = "SELECT id, amount FROM sales WHERE \"year\" = 2023 AND id >= 700 AND id < 760";
    oracle.assertSameRows(sql);
    TestingScans.Scan read = TestingScans.lastScan(oracle.parquet());
    assertEquals(24, read.get("files_skipped_by_partition"));
    assertEquals(1, read.get("files_read"), read::toString);
    assertEquals(11, read.get("files_skipped_by_row_groups"), read::toString);
  }

  @Test
  void countingRowsByPartitionKeysReadsNoDataPage() throws SQLException {
    assertEquals(List.of(List.of(BigDecimal.valueOf(75))),
        TestingResults.query(oracle.parquet(), "SELECT COUNT(*) FROM garbled WHERE \"year\" = 2024"));
    assertEquals(List.of(List.of(BigDecimal.valueOf(50))),
        TestingResults.query(oracle.parquet(), "SELECT COUNT(*) FROM garbled WHERE \"year\" < 2024"));
    assertEquals(1, TestingScans.lastScan(oracle.parquet()).get("files_skipped_by_partition"));
    SQLException error = assertThrows(SQLException.class,
        () -> TestingResults.query(oracle.parquet(), "SELECT SUM(id) FROM garbled WHERE \"year\" = 2024"));
    assertTrue(error.getMessage().contains("g.parquet"), error::getMessage);
  }

  @Test
  void countsOverPartitionKeysAreExact() throws SQLException {
    oracle.assertSameRows("SELECT \"year\", \"month\", COUNT(*), SUM(amount) FROM sales WHERE \"month\" >= 11"
        + " GROUP BY \"year\", \"month\" ORDER BY \"year\", \"month\"");
    assertTrue(TestingScans.lastScan(oracle.parquet()).get("files_skipped_by_partition") == 30);
  }
}
