package org.parquetframe.sqltests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The checks after the footer's statistics, each on data where only it can decide: the page
 * index's column index (values in gaps between the pages' ranges), bloom filters (values absent
 * from unsorted, high-cardinality columns), and dictionary pages (values absent from a row group
 * of an unsorted, low-cardinality column, under every codec and page version). The counters of
 * {@code pf_scan_stats()} say which check skipped each row group; the rows are H2's.
 */
class PruningIndexesTest {
  private static final String[] FRUITS = {"apple", "banana", "cherry", "date", "fig", "grape", "kiwi", "lemon"};
  private static final String[] DICTIONARY_TABLES = {"dict_plain_v1", "dict_snappy_v2", "dict_zstd_v1", "dict_gzip_v2"};

  @TempDir
  static Path data;
  private static TestingOracle oracle;

  @BeforeAll
  static void writeFiles() throws SQLException {
    oracle = TestingOracle.open(data);
    writePaged();
    writeBlooms();
    writeDictionaries();
  }

  @AfterAll
  static void close() throws SQLException {
    if (oracle != null) {
      oracle.close();
    }
  }

  /**
   * {@code paged/}: three files of one row group each, pages of exactly 100 rows. In block k of
   * 100 rows, {@code v} is offset + k for even k and offset + 1000 + k for odd k: a row group spans
   * offset..offset + 1019, but no page holds offset + 500.
   */
  private static void writePaged() throws SQLException {
    List<Object[]> h2Rows = new ArrayList<>();
    long id = 0;
    for (int file = 0; file < 3; file++) {
      long offset = file * 10_000L;
      List<Object[]> rows = new ArrayList<>();
      for (int row = 0; row < 2000; row++, id++) {
        long block = row / 100;
        rows.add(new Object[] {id, block % 2 == 0 ? offset + block : offset + 1000 + block});
      }
      h2Rows.addAll(rows);
      TestingParquetFiles.file(data.resolve("paged/f" + file + ".parquet"), "message paged { required int64 id; required int64 v; }")
          .dictionary(false).options(b -> b.withPageRowCountLimit(100)).write(rows);
    }
    oracle.h2Table("paged", "id BIGINT, v BIGINT", h2Rows);
  }

  /** {@code blooms}: even random codes and labels, unsorted and without dictionaries, with bloom filters: odd ones are absent. */
  private static void writeBlooms() throws SQLException {
    Random random = new Random(3);
    List<Object[]> rows = new ArrayList<>();
    for (long id = 0; id < 4000; id++) {
      rows.add(new Object[] {id, 2L * random.nextInt(500_000), String.format("k%09d", 2L * random.nextInt(500_000_000))});
    }
    Path file = TestingParquetFiles.file(data.resolve("blooms.parquet"),
            "message blooms { required int64 id; required int64 code; required binary label (STRING); }")
        .dictionary(false).rowGroupBytes(16 * 1024)
        .options(b -> b.withBloomFilterEnabled("code", true).withBloomFilterNDV("code", 1000)
            .withBloomFilterEnabled("label", true).withBloomFilterNDV("label", 1000))
        .write(rows);
    assertTrue(TestingParquetFiles.rowGroupCount(file) >= 3);
    oracle.h2Table("blooms", "id BIGINT, code BIGINT, label VARCHAR", rows);
  }

  /**
   * Low-cardinality {@code cat}: rows in block b of 500 hold two fruits in random order, so most
   * row groups' bounds span fruits their dictionary lacks.
   */
  private static void writeDictionaries() throws SQLException {
    Random random = new Random(5);
    List<Object[]> rows = new ArrayList<>();
    for (long id = 0; id < 4000; id++) {
      int block = (int) (id / 500);
      int fruit = random.nextBoolean() ? 2 * block : 2 * block + 5;
      rows.add(new Object[] {id, FRUITS[fruit % FRUITS.length]});
    }
    CompressionCodecName[] codecs = {CompressionCodecName.UNCOMPRESSED, CompressionCodecName.SNAPPY,
        CompressionCodecName.ZSTD, CompressionCodecName.GZIP};
    for (int i = 0; i < DICTIONARY_TABLES.length; i++) {
      Path file = TestingParquetFiles.file(data.resolve(DICTIONARY_TABLES[i] + ".parquet"),
              "message fruits { required int64 id; optional binary cat (STRING); }")
          .codec(codecs[i]).pageV2(i % 2 == 1).rowGroupBytes(4 * 1024).write(rows);
      assertTrue(TestingParquetFiles.rowGroupCount(file) >= 4);
      oracle.h2Table(DICTIONARY_TABLES[i], "id BIGINT, cat VARCHAR", rows);
    }
  }

  @Test
  void theColumnIndexSkipsARowGroupWhoseBoundsStraddleTheValue() throws SQLException {
    String sql = "SELECT id, v FROM paged WHERE v = 500";
    TestingScans.PlanScan plan = TestingScans.planScan(oracle.parquet(), sql);
    assertEquals(1, plan.rowGroupsKept(), "the footer's bounds keep the first file's row group");
    oracle.assertSameRows(sql);
    TestingScans.Scan read = TestingScans.lastScan(oracle.parquet());
    assertEquals(2, read.get("row_groups_skipped_by_statistics"), read::toString);
    assertEquals(1, read.get("row_groups_skipped_by_column_index"), read::toString);
    assertEquals(0, read.get("row_groups_read"));
  }

  @Test
  void theColumnIndexKeepsARowGroupWithAMatchingPage() throws SQLException {
    oracle.assertSameRows("SELECT id, v FROM paged WHERE v IN (4, 10006, 20500)");
    TestingScans.Scan read = TestingScans.lastScan(oracle.parquet());
    assertEquals(2, read.get("row_groups_read"), read::toString);
    assertEquals(1, read.get("row_groups_skipped_by_column_index"), read::toString);
    oracle.assertSameRows("SELECT COUNT(*) FROM paged WHERE v BETWEEN 300 AND 900");
    assertEquals(1, TestingScans.lastScan(oracle.parquet()).get("row_groups_skipped_by_column_index"));
  }

  @Test
  void bloomFiltersSkipRowGroupsWithoutTheValue() throws SQLException {
    String sql = "SELECT id FROM blooms WHERE code = 500001";
    oracle.assertSameRows(sql);
    TestingScans.Scan read = TestingScans.lastScan(oracle.parquet());
    long rowGroups = read.get("row_groups_total");
    assertTrue(read.get("row_groups_skipped_by_bloom_filter") >= rowGroups - 1, read::toString);
    assertEquals(0, read.get("row_groups_skipped_by_statistics"), read::toString);
  }

  @Test
  void bloomFiltersKeepRowGroupsWithTheValue() throws SQLException {
    List<List<Object>> some = TestingResults.query(oracle.h2(), "SELECT code, label FROM blooms WHERE id IN (17, 3999)");
    String codes = some.get(0).get(0) + ", " + some.get(1).get(0);
    oracle.assertSameRows("SELECT id FROM blooms WHERE code IN (" + codes + ", 7, 99999)");
    TestingScans.Scan read = TestingScans.lastScan(oracle.parquet());
    assertTrue(read.get("row_groups_read") >= 2, read::toString);
    String label = "'" + some.get(0).get(1) + "'";
    oracle.assertSameRows("SELECT id FROM blooms WHERE label = " + label);
    oracle.assertSameRows("SELECT id FROM blooms WHERE label IN ('k500000001', 'k300000003')");
    TestingScans.Scan absent = TestingScans.lastScan(oracle.parquet());
    assertTrue(absent.get("row_groups_skipped_by_bloom_filter") >= absent.get("row_groups_total") - 1, absent::toString);
  }

  @ParameterizedTest
  @ValueSource(strings = {"dict_plain_v1", "dict_snappy_v2", "dict_zstd_v1", "dict_gzip_v2"})
  void dictionariesSkipRowGroupsWhoseBoundsSpanAnAbsentValue(String table) throws SQLException {
    oracle.assertSameRows("SELECT id FROM " + table + " WHERE cat = 'banana'");
    TestingScans.Scan read = TestingScans.lastScan(oracle.parquet());
    assertTrue(read.get("row_groups_skipped_by_dictionary") > 0, read::toString);
    assertTrue(read.get("row_groups_skipped_by_statistics") > 0, read::toString);
    read.assertAccountedFor();
    oracle.assertSameRows("SELECT id, cat FROM " + table + " WHERE cat IN ('banana', 'date') ORDER BY id");
    assertTrue(TestingScans.lastScan(oracle.parquet()).get("row_groups_skipped_by_dictionary") > 0);
  }
}
