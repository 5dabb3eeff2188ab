package org.parquetframe.sqltests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The footer cache as a user sees it: shared by the connections of the JVM, bounded by {@code
 * metadata_cache_bytes} (shown with its hits, reads and evictions by {@code pf_debug_info()}), and
 * a table of hundreds of small files whose footers are read in parallel, once, with the answers
 * still H2's; a file that is not Parquet among them is named in the error.
 */
class MetadataCacheTest {
  private static final Pattern STATE = Pattern.compile(
      "(\\d+) files, (\\d+) of (\\d+) bytes, (\\d+) hits, (\\d+) reads, (\\d+) evictions");
  private static final int FILES = 300;

  @TempDir
  static Path data;
  private long originalBudget;

  /** The footer cache as {@code pf_debug_info()} shows it. */
  record CacheState(int files, long usedBytes, long budgetBytes, long hits, long reads, long evictions) {
    static CacheState of(Connection connection) throws SQLException {
      String detail = null;
      for (List<Object> row : TestingResults.query(connection, "SELECT * FROM TABLE(pf_debug_info())")) {
        if (row.get(0).equals("footer_cache")) {
          detail = (String) row.get(1);
        }
      }
      Matcher matcher = STATE.matcher(String.valueOf(detail));
      assertTrue(matcher.matches(), "footer_cache: " + detail);
      return new CacheState(Integer.parseInt(matcher.group(1)), Long.parseLong(matcher.group(2)),
          Long.parseLong(matcher.group(3)), Long.parseLong(matcher.group(4)), Long.parseLong(matcher.group(5)),
          Long.parseLong(matcher.group(6)));
    }
  }

  /** {@code parts/}: 300 files of 0 to 12 rows; every third one lacks the column {@code extra}. */
  @BeforeAll
  static void writeParts() throws SQLException {
    List<Object[]> h2Rows = new ArrayList<>();
    long id = 0;
    for (int f = 0; f < FILES; f++) {
      boolean withExtra = f % 3 != 0;
      String schema = withExtra ? "message p { required int64 id; optional binary extra (STRING); }"
          : "message p { required int64 id; }";
      List<Object[]> rows = new ArrayList<>();
      for (int i = 0; i < f % 13; i++, id++) {
        String extra = withExtra && id % 5 != 0 ? "x" + (id * 7919 % 1000) : null;
        rows.add(withExtra ? new Object[] {id, extra} : new Object[] {id});
        h2Rows.add(new Object[] {id, extra});
      }
      TestingParquetFiles.file(data.resolve(String.format("parts/part-%04d.parquet", f)), schema).write(rows);
    }
    try (TestingOracle oracle = TestingOracle.open(data)) {
      // only to check the rows once below; the H2 side is rebuilt per test that compares
      oracle.h2Table("parts", "id BIGINT, extra VARCHAR", h2Rows);
      oracle.assertSameRows("SELECT COUNT(*), COUNT(extra), SUM(id), MIN(extra), MAX(extra) FROM parts");
      oracle.assertSameRows("SELECT extra, COUNT(*) FROM parts GROUP BY extra");
    }
  }

  @BeforeEach
  void rememberTheBudget() throws SQLException {
    try (Connection connection = TestingOracle.parquetFrame(data)) {
      originalBudget = CacheState.of(connection).budgetBytes();
    }
  }

  @AfterEach
  void restoreTheBudget() throws SQLException {
    try (Connection connection = connect("metadata_cache_bytes=" + originalBudget)) {
      assertEquals(originalBudget, CacheState.of(connection).budgetBytes());
    }
  }

  private static Connection connect(String properties) throws SQLException {
    return DriverManager.getConnection("jdbc:parquetframe:" + data.toAbsolutePath() + ";" + properties);
  }

  @Test
  void footersOfAManyFileTableAreReadOnceForEveryConnection() throws SQLException {
    try (Connection first = connect("metadata_cache_bytes=64MB;threads=4")) {
      first.createStatement().execute("SELECT 1"); // nothing but the connection
      CacheState before = CacheState.of(first);
      assertEquals(64L << 20, before.budgetBytes());
      TestingScans.run(first, "SELECT COUNT(*) FROM parts WHERE id > 10");
      CacheState after = CacheState.of(first);
      assertTrue(after.files() >= FILES, after::toString);
      assertTrue(after.reads() - before.reads() >= FILES - before.files(), () -> before + " then " + after);
      TestingScans.run(first, "SELECT SUM(id) FROM parts");
      assertEquals(after.reads(), CacheState.of(first).reads(), "no footer read again");
      try (Connection second = connect("threads=1")) {
        TestingScans.run(second, "SELECT MAX(extra) FROM parts");
        CacheState shared = CacheState.of(second);
        assertEquals(after.reads(), shared.reads(), "footers are shared by the connections of the JVM");
        assertTrue(shared.usedBytes() <= shared.budgetBytes());
      }
    }
  }

  @Test
  void aSmallBudgetEvictsFootersAndTheAnswersStayRight() throws SQLException {
    try (Connection roomy = connect("metadata_cache_bytes=64MB")) {
      TestingScans.run(roomy, "SELECT COUNT(*) FROM parts");
      assertTrue(CacheState.of(roomy).files() >= FILES);
    }
    try (Connection tight = connect("metadata_cache_bytes=40KB")) {
      CacheState shrunk = CacheState.of(tight);
      assertEquals(40L << 10, shrunk.budgetBytes());
      assertTrue(shrunk.usedBytes() <= 40L << 10, shrunk::toString);
      assertTrue(shrunk.files() < FILES / 4, shrunk::toString);
      assertTrue(shrunk.evictions() > 0, shrunk::toString);
      List<List<Object>> expected = TestingResults.query(tight, "SELECT COUNT(*), SUM(id), MAX(extra) FROM parts");
      List<List<Object>> again = TestingResults.query(tight, "SELECT COUNT(*), SUM(id), MAX(extra) FROM parts");
      assertEquals(expected, again);
      CacheState after = CacheState.of(tight);
      assertTrue(after.usedBytes() <= after.budgetBytes(), after::toString);
      assertTrue(after.reads() - shrunk.reads() >= 2 * FILES, () -> "evicted footers are read again: " + after);
    }
  }

  @Test
  void zeroKeepsNoFooter() throws SQLException {
    try (Connection none = connect("metadata_cache_bytes=0")) {
      TestingScans.run(none, "SELECT COUNT(*) FROM parts");
      CacheState state = CacheState.of(none);
      assertEquals(0, state.files());
      assertEquals(0, state.usedBytes());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"lots", "-1", "12XB", "1.5GB", "99999999999GB", ""})
  void aMalformedBudgetFailsTheConnectionSayingWhatIsAllowed(String value) {
    SQLException error = assertThrows(SQLException.class, () -> connect("metadata_cache_bytes=" + value).close());
    assertTrue(error.getMessage().contains("metadata_cache_bytes"), error::getMessage);
    assertTrue(error.getMessage().contains("512MB"), error::getMessage);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1048576", "512KB", "64mb", "1GB", " 2 MB "})
  void aBudgetIsBytesOrANumberWithAUnit(String value) throws SQLException {
    try (Connection connection = connect("metadata_cache_bytes=" + value)) {
      long expected = switch (value.trim().toUpperCase()) {
        case "1048576" -> 1L << 20;
        case "512KB" -> 512L << 10;
        case "64MB" -> 64L << 20;
        case "1GB" -> 1L << 30;
        default -> 2L << 20;
      };
      assertEquals(expected, CacheState.of(connection).budgetBytes());
    }
  }

  @Test
  void aFileThatIsNotParquetAmongHundredsIsNamedAndTheConnectionStaysUsable() throws Exception {
    Path bad = data.resolve("broken/part-0150.parquet");
    for (int f = 0; f < 200; f++) {
      Path file = data.resolve(String.format("broken/part-%04d.parquet", f));
      if (file.equals(bad)) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "PAR1 but then nothing that a Parquet file holds at all");
      } else {
        TestingParquetFiles.file(file, "message p { required int64 id; }").write(List.<Object[]>of(new Object[] {1L}));
      }
    }
    try (Connection connection = connect("threads=4")) {
      SQLException error = assertThrows(SQLException.class, () -> TestingScans.run(connection,
          "SELECT COUNT(*) FROM broken"));
      assertTrue(error.getMessage().contains("part-0150.parquet"), error::getMessage);
      assertEquals(List.of(List.of(java.math.BigDecimal.valueOf(1))),
          TestingResults.query(connection, "SELECT COUNT(*) FROM parts WHERE id = 3"));
    }
  }
}
