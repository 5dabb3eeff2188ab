package org.parquetframe.sqltests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What EXPLAIN and {@code pf_scan_stats()} show of filter pushdown: the pushed filter, the columns
 * read and the files and row groups kept out of total on the scan; the filter kept above it (the
 * scan only skips, it never decides a row); and after the query, what the scan read and skipped.
 */
class PushdownExplainTest {
  @TempDir
  static Path data;
  private static TestingOracle oracle;
  private static long rowGroups;

  @BeforeAll
  static void writeFacts() throws SQLException {
    List<Object[]> rows = PushdownDifferentialTest.facts();
    Path file = TestingParquetFiles.file(data.resolve("facts.parquet"), PushdownDifferentialTest.SCHEMA)
        .rowGroupBytes(8 * 1024).pageBytes(2 * 1024).write(rows);
    rowGroups = TestingParquetFiles.rowGroupCount(file);
    oracle = TestingOracle.open(data).h2Table("facts", PushdownDifferentialTest.H2_COLUMNS, rows);
  }

  @AfterAll
  static void close() throws SQLException {
    if (oracle != null) {
      oracle.close();
    }
  }

  @Test
  void aFilterAndAProjectionArePushedAndTheFilterStaysAbove() throws SQLException {
    String sql = "SELECT name FROM facts WHERE id > 5900";
    String plan = TestingScans.explain(oracle.parquet(), sql);
    TestingScans.PlanScan scan = TestingScans.planScans(plan).get(0);
    assertEquals("id, name", scan.columns(), plan);
    assertEquals("\"id\" > 5900", scan.filter(), plan);
    assertEquals(1, scan.filesKept());
    assertEquals(1, scan.files());
    assertEquals(rowGroups, scan.rowGroups());
    assertTrue(scan.rowGroupsKept() >= 1 && scan.rowGroupsKept() <= 3, plan);
    assertTrue(plan.contains("$condition"), "the filter stays above the scan: " + plan);
    oracle.assertSameRows(sql);
    TestingScans.Scan read = TestingScans.lastScan(oracle.parquet());
    assertEquals(scan.rowGroupsKept(), read.get("row_groups_read"));
    assertEquals(rowGroups - scan.rowGroupsKept(), read.get("row_groups_skipped_by_statistics"));
    assertTrue(read.get("rows_read") < 500, read::toString);
    assertEquals("\"id\" > 5900", read.filter());
  }

  @Test
  void onlyTheTranslatablePartOfAConditionIsPushed() throws SQLException {
    assertEquals("\"id\" > 5900",
        TestingScans.planScan(oracle.parquet(), "SELECT id FROM facts WHERE id > 5900 AND id * grp > 3").filter());
    assertNull(TestingScans.planScan(oracle.parquet(), "SELECT id FROM facts WHERE id + 1 > 5").filter());
    assertNull(TestingScans.planScan(oracle.parquet(), "SELECT id FROM facts WHERE id < 10 OR grp = 3").filter());
    oracle.assertSameRows("SELECT id FROM facts WHERE id > 5900 AND id * grp > 3");
  }

  @Test
  void filtersReachTheScanThroughSubqueriesAndAggregates() throws SQLException {
    String nested = "SELECT n FROM (SELECT name AS n, id FROM facts) AS t WHERE id < 10";
    TestingScans.PlanScan scan = TestingScans.planScan(oracle.parquet(), nested);
    assertEquals("\"id\" < 10", scan.filter());
    assertEquals(1, scan.rowGroupsKept());
    oracle.assertSameRows(nested);
    String count = "SELECT COUNT(*) FROM facts WHERE dt BETWEEN DATE '2020-02-01' AND DATE '2020-02-10'";
    TestingScans.PlanScan counted = TestingScans.planScan(oracle.parquet(), count);
    assertEquals("dt", counted.columns());
    assertEquals("(\"dt\" >= DATE '2020-02-01' AND \"dt\" <= DATE '2020-02-10')", counted.filter());
    oracle.assertSameRows(count);
  }

  @Test
  void aFilterNoRowGroupCanPassReadsNothing() throws SQLException {
    String sql = "SELECT id, name FROM facts WHERE id < 0";
    TestingScans.PlanScan scan = TestingScans.planScan(oracle.parquet(), sql);
    assertEquals(0, scan.filesKept());
    assertEquals(0, scan.rowGroupsKept());
    assertEquals(0, TestingScans.run(oracle.parquet(), sql));
    TestingScans.Scan read = TestingScans.lastScan(oracle.parquet());
    assertEquals(1, read.get("files_skipped_by_row_groups"));
    assertEquals(0, read.get("files_read"));
    assertEquals(0, read.get("rows_read"));
  }

  @Test
  void eachScanOfAJoinHasItsOwnFilterAndCounters() throws SQLException {
    String sql = "SELECT a.id, b.name FROM facts a JOIN facts b ON a.grp = b.grp WHERE a.id < 20 AND b.id > 5980";
    List<TestingScans.PlanScan> scans = TestingScans.planScans(TestingScans.explain(oracle.parquet(), sql));
    assertEquals(List.of("\"id\" < 20", "\"id\" > 5980"), scans.stream().map(TestingScans.PlanScan::filter).sorted().toList());
    oracle.assertSameRows(sql);
    List<TestingScans.Scan> read = TestingScans.lastQuery(oracle.parquet());
    assertEquals(2, read.size());
    for (TestingScans.Scan scan : read) {
      scan.assertAccountedFor();
      assertTrue(scan.get("row_groups_read") <= 2, scan::toString);
    }
  }

  @Test
  void scansWithoutAFilterAreCountedToo() throws SQLException {
    assertEquals(PushdownDifferentialTest.ROWS, TestingScans.run(oracle.parquet(), "SELECT id FROM facts"));
    TestingScans.Scan read = TestingScans.lastScan(oracle.parquet());
    assertNull(read.filter());
    assertEquals(rowGroups, read.get("row_groups_read"));
    assertEquals(PushdownDifferentialTest.ROWS, read.get("rows_read"));
    read.assertAccountedFor();
  }

  @Test
  void theCountersStayUntilAnotherQueryReadsATable() throws SQLException {
    TestingScans.run(oracle.parquet(), "SELECT id FROM facts WHERE id = 17");
    TestingScans.run(oracle.parquet(), "SELECT * FROM TABLE(pf_scan_stats())");
    TestingScans.run(oracle.parquet(), "VALUES 1");
    assertEquals("\"id\" = 17", TestingScans.lastScan(oracle.parquet()).filter());
  }

  @Test
  void aLimitStopsReadingEarly() throws SQLException {
    assertEquals(5, TestingScans.run(oracle.parquet(), "SELECT id FROM facts WHERE id > 3000 LIMIT 5"));
    TestingScans.Scan read = TestingScans.lastScan(oracle.parquet());
    assertEquals(1, read.get("row_groups_read"));
  }

  @Test
  void parametersAreNotPushedButGiveTheRightRows() throws SQLException {
    String sql = "SELECT COUNT(*) FROM facts WHERE id < ?";
    try (PreparedStatement statement = oracle.parquet().prepareStatement(sql)) {
      statement.setLong(1, 100);
      try (ResultSet rs = statement.executeQuery()) {
        assertTrue(rs.next());
        assertEquals(100, rs.getLong(1));
      }
    }
    TestingScans.Scan read = TestingScans.lastScan(oracle.parquet());
    assertNull(read.filter());
    assertEquals(rowGroups, read.get("row_groups_read"));
  }
}
