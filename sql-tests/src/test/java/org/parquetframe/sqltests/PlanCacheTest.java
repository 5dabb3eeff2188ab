package org.parquetframe.sqltests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parquetframe.sqltests.TestingEdgeFiles.Edge;

/**
 * The same SQL sent again as a new {@code Statement} reuses the statement prepared for it, and
 * only while the tables it was planned over are unchanged: a file replaced with other types, a
 * directory gaining a file, an edge file rewritten with other ids or a file deleted give the
 * answer (or the error) a fresh plan would give. Reuse is counted in {@code pf_debug_info()}.
 */
class PlanCacheTest {
  @TempDir
  Path root;
  private Connection connection;

  @BeforeEach
  void open() throws SQLException {
    connection = TestingOracle.parquetFrame(root);
  }

  @AfterEach
  void close() throws SQLException {
    connection.close();
  }

  @Test
  void theSameSqlAgainIsNotPlannedAgain() throws SQLException {
    write(root.resolve("t.parquet"), "message t { required int64 id; }", List.of(new Object[] {1L}, new Object[] {2L}));
    String sql = "SELECT sum(id) FROM t WHERE id > 0";
    long[] before = planCache();
    assertEquals(List.of(List.of(3L)), rows(sql));
    assertEquals(List.of(List.of(3L)), rows(sql));
    assertEquals(List.of(List.of(3L)), rows(sql));
    long[] after = planCache();
    // the query's second and third runs, and this second pf_debug_info() query
    assertEquals(3, after[0] - before[0], "hits");
    assertEquals(1, after[1] - before[1], "statements planned: the query's first run only");
  }

  @Test
  void aFileReplacedWithOtherTypesIsPlannedAgain() throws SQLException, IOException {
    Path file = root.resolve("t.parquet");
    write(file, "message t { required int64 id; }", List.<Object[]>of(new Object[] {7L}));
    String sql = "SELECT id FROM t";
    assertEquals(List.of(List.of(7L)), rows(sql));
    replace(file, "message t { required binary id (STRING); }", List.<Object[]>of(new Object[] {"seven"}));
    assertEquals(List.of(List.of("seven")), rows(sql));
    try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
      assertEquals(Types.VARCHAR, rows.getMetaData().getColumnType(1));
    }
  }

  @Test
  void aDirectoryGainingAFileIsReadWhole() throws SQLException, IOException {
    Path table = Files.createDirectories(root.resolve("d"));
    write(table.resolve("a.parquet"), "message t { required int64 id; }", List.<Object[]>of(new Object[] {1L}));
    String sql = "SELECT count(*), sum(id) FROM d";
    assertEquals(List.of(List.of(1L, 1L)), rows(sql));
    replace(table.resolve("b.parquet"), "message t { required int64 id; optional binary note (STRING); }",
        List.<Object[]>of(new Object[] {10L, "new"}));
    assertEquals(List.of(List.of(2L, 11L)), rows(sql));
    assertEquals(List.of(List.of(1L, "new")), rows("SELECT count(note), max(note) FROM d"));
  }

  @Test
  void anEdgeFileRewrittenWithStringIdsGivesStringNodes() throws SQLException, IOException {
    Path edges = root.resolve("e.parquet");
    TestingEdgeFiles.write(edges, List.of(Edge.of(1L, 2L), Edge.of(2L, 3L)), false);
    String sql = "SELECT node FROM TABLE(bfs('e.parquet', 1)) ORDER BY node";
    assertEquals(List.of(List.of(1L), List.of(2L), List.of(3L)), rows(sql));
    Path fresh = root.resolve("fresh.tmp");
    TestingEdgeFiles.write(fresh, List.of(Edge.of("a", "b"), Edge.of("b", "c")), false);
    Files.move(fresh, edges, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    SQLException unknownStart = assertThrows(SQLException.class, () -> rows(sql));
    assertTrue(unknownStart.getMessage().contains("start_node '1' is not a vertex"), unknownStart.getMessage());
    assertEquals(List.of(List.of("a"), List.of("b"), List.of("c")),
        rows("SELECT node FROM TABLE(bfs('e.parquet', 'a')) ORDER BY node"));
  }

  @Test
  void aDeletedFileIsAnErrorAndTheConnectionGoesOn() throws SQLException, IOException {
    Path file = root.resolve("t.parquet");
    write(file, "message t { required int64 id; }", List.<Object[]>of(new Object[] {5L}));
    String sql = "SELECT id FROM t";
    assertEquals(List.of(List.of(5L)), rows(sql));
    Files.delete(file);
    SQLException missing = assertThrows(SQLException.class, () -> rows(sql));
    assertTrue(missing.getMessage().contains("Object 't' not found"), missing.getMessage());
    write(file, "message t { required int64 id; }", List.<Object[]>of(new Object[] {6L}));
    assertEquals(List.of(List.of(6L)), rows(sql));
  }

  @Test
  void maxRowsIsPartOfWhatIsReused() throws SQLException {
    write(root.resolve("t.parquet"), "message t { required int64 id; }",
        List.of(new Object[] {1L}, new Object[] {2L}, new Object[] {3L}));
    String sql = "SELECT id FROM t ORDER BY id";
    try (Statement statement = connection.createStatement()) {
      statement.setMaxRows(1);
      assertEquals(1, count(statement.executeQuery(sql)));
    }
    assertEquals(3, rows(sql).size());
  }

  private static void write(Path file, String schema, List<Object[]> rows) {
    TestingParquetFiles.file(file, schema).write(rows);
  }

  /** Replaces {@code file} by renaming a new one over it, as writers that publish atomically do. */
  private static void replace(Path file, String schema, List<Object[]> rows) throws IOException {
    Path fresh = file.resolveSibling(file.getFileName() + ".tmp");
    write(fresh, schema, rows);
    Files.move(fresh, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private List<List<Object>> rows(String sql) throws SQLException {
    return TestingResults.objects(connection, sql);
  }

  private static int count(ResultSet rows) throws SQLException {
    try (rows) {
      int count = 0;
      while (rows.next()) {
        count++;
      }
      return count;
    }
  }

  /** {hits, planned} of the connection's plan cache. */
  private long[] planCache() throws SQLException {
    String detail = (String) rows("SELECT detail FROM TABLE(pf_debug_info()) WHERE name = 'plan_cache'").get(0).get(0);
    Matcher matcher = Pattern.compile("(\\d+) statements, (\\d+) hits, (\\d+) planned").matcher(detail);
    assertTrue(matcher.matches(), detail);
    return new long[] {Long.parseLong(matcher.group(2)), Long.parseLong(matcher.group(3))};
  }
}
