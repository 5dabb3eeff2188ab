package org.parquetframe.sqltests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The driver turns on Calcite's cache of compiled statement code, so that a query seen before is
 * not compiled again. What a plan hands its code (the table, a pushed filter, a metadata answer)
 * is looked up when the statement runs: the same SQL on two data directories, or on one whose
 * files changed, gives each its own answer.
 */
class CompiledQueryReuseTest {
  @TempDir
  Path first;
  @TempDir
  Path second;

  private static void write(Path dir, long from, int rows) {
    List<Object[]> values = new ArrayList<>();
    for (long id = from; id < from + rows; id++) {
      values.add(new Object[] {id, "v" + id});
    }
    TestingParquetFiles.file(dir.resolve("t.parquet"), "message t { required int64 id; optional binary v (STRING); }")
        .rowGroupBytes(1024).write(values);
  }

  @Test
  void theDriverTurnsTheCacheOn() throws SQLException {
    try (Connection ignored = TestingOracle.parquetFrame(first)) {
      assertNotNull(System.getProperty("calcite.bindable.cache.maxSize"));
    }
  }

  @Test
  void theSameSqlOnTwoDirectoriesGivesEachItsOwnRows() throws SQLException {
    write(first, 0, 500);
    write(second, 10_000, 300);
    List<String> queries = List.of("SELECT COUNT(*), MAX(id), MIN(v) FROM t", "SELECT SUM(id) FROM t WHERE id > 200",
        "SELECT id FROM t WHERE id BETWEEN 250 AND 252 OR id = 10005 ORDER BY id");
    try (Connection a = TestingOracle.parquetFrame(first); Connection b = TestingOracle.parquetFrame(second)) {
      for (int round = 0; round < 2; round++) {
        assertEquals(List.of(List.of(n(500), n(499), "v0")), TestingResults.query(a, queries.get(0)));
        assertEquals(List.of(List.of(n(300), n(10_299), "v10000")), TestingResults.query(b, queries.get(0)));
        assertEquals(List.of(List.of(n(104_650))), TestingResults.query(a, queries.get(1)));
        assertEquals(List.of(List.of(n(3_044_850))), TestingResults.query(b, queries.get(1)));
        assertEquals(List.of(List.of(n(250)), List.of(n(251)), List.of(n(252))), TestingResults.query(a, queries.get(2)));
        assertEquals(List.of(List.of(n(10_005))), TestingResults.query(b, queries.get(2)));
      }
    }
  }

  @Test
  void theSameSqlAfterTheFilesChangedSeesTheNewFiles() throws Exception {
    write(first, 0, 100);
    try (Connection connection = TestingOracle.parquetFrame(first)) {
      assertEquals(List.of(List.of(n(100), n(99))), TestingResults.query(connection, "SELECT COUNT(*), MAX(id) FROM t"));
      ChangingFiles.waitForTheFileClock();
      Path staged = second.resolve("t.parquet");
      write(second, 1000, 40);
      java.nio.file.Files.move(staged, first.resolve("t.parquet"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      assertEquals(List.of(List.of(n(40), n(1039))), TestingResults.query(connection, "SELECT COUNT(*), MAX(id) FROM t"));
    }
  }

  private static BigDecimal n(long value) {
    return BigDecimal.valueOf(value);
  }
}
