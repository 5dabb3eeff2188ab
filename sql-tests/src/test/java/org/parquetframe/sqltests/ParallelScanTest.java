package org.parquetframe.sqltests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.parquet.format.ColumnChunk;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parquetframe.adapter.format.ParquetFooter;
import org.parquetframe.sqltests.ChangingFiles.Version;

/**
 * Scans decoded on several threads: any {@code threads} gives the rows of the serial scan
 * ({@code threads=1}) in the same order (file, row group, row), over many row groups in several
 * files and over one row group large enough to be read in slices; {@code LIMIT} and a closed
 * ResultSet stop reading, as the row groups counted show; cancelling stops a scan and a file
 * changed while it is read gives old rows then an error; a row group larger than {@code
 * memory_limit} is still read, a slice at a time; without a usable offset index, slices find their
 * pages by the page headers.
 */
class ParallelScanTest {
  private static final int FILES = 3;
  private static final int ROWS_PER_FILE = 4000;
  private static final int BIG_ROWS = 300_000;

  @TempDir
  static Path data;
  private static int manyRowGroups;

  @BeforeAll
  static void writeFiles() {
    for (int file = 0; file < FILES; file++) {
      List<Object[]> rows = new ArrayList<>();
      for (long id = (long) file * ROWS_PER_FILE; id < (file + 1L) * ROWS_PER_FILE; id++) {
        rows.add(new Object[] {id, id % 7 == 0 ? null : "name " + (id * 31 % 1000), id % 5 == 0 ? null : id * 0.25});
      }
      Path written = TestingParquetFiles.file(data.resolve("many/part-" + file + ".parquet"),
              "message many { required int64 id; optional binary name (STRING); optional double val; }")
          .codec(CompressionCodecName.SNAPPY).rowGroupBytes(8 * 1024).pageBytes(1024).write(rows);
      manyRowGroups += TestingParquetFiles.rowGroupCount(written);
    }
    assertTrue(manyRowGroups >= 3 * FILES, "several row groups per file: " + manyRowGroups);
    List<Object[]> big = new ArrayList<>();
    for (long id = 0; id < BIG_ROWS; id++) {
      big.add(new Object[] {id, String.format(Locale.ROOT, "row %06d", id * 7919 % BIG_ROWS)});
    }
    Path written = TestingParquetFiles.file(data.resolve("big.parquet"),
            "message big { required int64 id; required binary label (STRING); }")
        .codec(CompressionCodecName.ZSTD).rowGroupBytes(256L << 20).write(big);
    assertEquals(1, TestingParquetFiles.rowGroupCount(written), "one large row group");
    copyWithFooter(written, "no_index.parquet", chunk -> {
      chunk.unsetOffset_index_offset();
      chunk.unsetOffset_index_length();
      chunk.unsetColumn_index_offset();
      chunk.unsetColumn_index_length();
    });
    // an offset index that cannot be parsed (it points at the column index) is no index
    copyWithFooter(written, "bad_index.parquet", chunk -> chunk.setOffset_index_offset(chunk.getColumn_index_offset()));
  }

  /** A copy of {@code file} named {@code name} whose footer's column chunks went through {@code change}. */
  private static void copyWithFooter(Path file, String name, java.util.function.Consumer<ColumnChunk> change) {
    try {
      Path copy = java.nio.file.Files.copy(file, data.resolve(name));
      TestingFooters.rewrite(copy, metadata -> metadata.getRow_groups().forEach(g -> g.getColumns().forEach(change)));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Connection connect(String properties) throws SQLException {
    return DriverManager.getConnection("jdbc:parquetframe:" + data.toAbsolutePath() + properties);
  }

  private static final List<String> ORDERED_QUERIES = List.of("SELECT * FROM many", "SELECT id, label FROM big",
      "SELECT label FROM big", "SELECT name, id FROM many WHERE id > 1234",
      "SELECT * FROM big WHERE id BETWEEN 100000 AND 170000", "SELECT val FROM many WHERE val IS NOT NULL");
  /** The serial scan's rows of each of {@link #ORDERED_QUERIES}. */
  private static final Map<String, List<List<Object>>> SERIAL = new HashMap<>();

  @Test
  void theSerialScanGivesRowsInFileAndRowOrder() throws SQLException {
    try (Connection serial = connect(";threads=1")) {
      List<List<Object>> ids = TestingResults.query(serial, "SELECT id FROM many");
      assertEquals(FILES * ROWS_PER_FILE, ids.size());
      for (int i = 0; i < ids.size(); i++) {
        assertEquals(java.math.BigDecimal.valueOf(i), ids.get(i).get(0), "rows in file and row order");
      }
    }
  }

  @ParameterizedTest(name = "threads={0}")
  @ValueSource(ints = {2, 3, 8})
  void anyThreadCountGivesTheSerialRowsInTheSameOrder(int threads) throws SQLException {
    try (Connection parallel = connect(";threads=" + threads)) {
      for (String sql : ORDERED_QUERIES) {
        List<List<Object>> expected = serialRows(sql);
        assertTrue(!expected.isEmpty(), sql);
        assertEquals(expected, TestingResults.query(parallel, sql), sql);
      }
    }
  }

  private static synchronized List<List<Object>> serialRows(String sql) throws SQLException {
    if (!SERIAL.containsKey(sql)) {
      try (Connection serial = connect(";threads=1")) {
        SERIAL.put(sql, TestingResults.query(serial, sql));
      }
    }
    return SERIAL.get(sql);
  }

  @ParameterizedTest(name = "threads={0}")
  @ValueSource(ints = {1, 4})
  void limitStopsReadingEarly(int threads) throws SQLException {
    try (Connection connection = connect(";threads=" + threads)) {
      assertEquals(10, TestingScans.run(connection, "SELECT * FROM many LIMIT 10"));
      TestingScans.Scan limited = TestingScans.lastScan(connection);
      assertEquals(1, limited.get("files_read"), limited::toString);
      assertEquals(1, limited.get("row_groups_read"), () -> "nothing is read ahead for the first batch: " + limited);
      long firstRowGroup = ParquetFooter.read(data.resolve("many/part-0.parquet")).getBlocks().get(0).getRowCount();
      assertEquals(firstRowGroup + 1, TestingScans.run(connection, "SELECT * FROM many LIMIT " + (firstRowGroup + 1)));
      TestingScans.Scan more = TestingScans.lastScan(connection);
      long read = more.get("row_groups_read");
      assertTrue(read >= 2 && read <= 1 + threads, () -> threads + " threads, a row group and a row: " + more);
      assertTrue(read < manyRowGroups / 2, more::toString);

      TestingScans.run(connection, "SELECT * FROM many");
      assertEquals(manyRowGroups, TestingScans.lastScan(connection).get("row_groups_read"));
    }
  }

  @ParameterizedTest(name = "threads={0}")
  @ValueSource(ints = {1, 4})
  void closingAResultSetEarlyStopsTheScan(int threads) throws SQLException {
    try (Connection connection = connect(";threads=" + threads)) {
      try (Statement statement = connection.createStatement();
           ResultSet rows = statement.executeQuery("SELECT id, label FROM big")) {
        for (int i = 0; i < 100; i++) {
          assertTrue(rows.next());
        }
      }
      TestingScans.Scan scan = TestingScans.lastScan(connection);
      assertTrue(scan.get("pages_read") < 20, () -> "the scan stopped: " + scan);
      assertEquals(1, TestingScans.run(connection, "SELECT count(*) FROM big"), "the connection goes on");
    }
  }

  @Test
  void cancellingStopsAScanAndTheConnectionGoesOn() throws SQLException {
    try (Connection connection = connect(";threads=4"); Statement statement = connection.createStatement()) {
      int[] seen = new int[1];
      SQLException error = assertThrows(SQLException.class, () -> {
        try (ResultSet rows = statement.executeQuery("SELECT id, label FROM big")) {
          while (rows.next()) {
            if (++seen[0] == 100) {
              statement.cancel();
            }
          }
        }
      });
      assertTrue(seen[0] < BIG_ROWS, "cancelled after " + seen[0] + " rows: " + error.getMessage());
      List<List<Object>> count = TestingResults.query(connection, "SELECT count(*) FROM big WHERE id >= 0");
      assertEquals(java.math.BigDecimal.valueOf(BIG_ROWS), count.get(0).get(0));
    }
  }

  @Test
  void aFileReplacedWhileItIsReadGivesOldRowsThenAnError() throws SQLException {
    Path dir = data.resolve("changing");
    Path file = dir.resolve("t.parquet");
    Version old = new Version(0, 2_000);
    ChangingFiles.replaceByRename(file, old);
    assertTrue(TestingParquetFiles.rowGroupCount(file) >= 5, "the fixture needs several row groups");
    List<Long> seen = new ArrayList<>();
    try (Connection connection = DriverManager.getConnection("jdbc:parquetframe:" + dir + ";threads=4");
         Statement statement = connection.createStatement();
         ResultSet rows = statement.executeQuery("SELECT id FROM t")) {
      for (int i = 0; i < 10 && rows.next(); i++) {
        seen.add(rows.getLong(1));
      }
      ChangingFiles.replaceByRename(file, new Version(100_000, 1_500));
      SQLException error = assertThrows(SQLException.class, () -> {
        while (rows.next()) {
          seen.add(rows.getLong(1));
        }
      });
      ChangingFiles.assertChangedError(error, file);
    }
    assertEquals(old.ids().subList(0, seen.size()), seen, "only rows of the old version, in order");
    assertTrue(seen.size() < old.rows());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"no_index", "bad_index"})
  void withoutAUsableOffsetIndexSlicesFindTheirPagesByThePageHeaders(String table) throws SQLException {
    List<List<Object>> expected = serialRows("SELECT id, label FROM big");
    // below the row group's size: it can only be read in slices
    try (Connection serial = connect(";threads=1;memory_limit=4MB");
         Connection parallel = connect(";threads=4;memory_limit=4MB")) {
      assertEquals(expected, TestingResults.query(serial, "SELECT id, label FROM " + table));
      assertEquals(expected, TestingResults.query(parallel, "SELECT id, label FROM " + table));
      TestingScans.Scan scan = TestingScans.lastScan(parallel);
      assertEquals(BIG_ROWS, scan.get("rows_read"), scan::toString);
      assertTrue(scan.get("pages_read") >= 2L * BIG_ROWS / 20_000, () -> "every page of both columns: " + scan);
      assertEquals(serialRows("SELECT * FROM big WHERE id BETWEEN 100000 AND 170000"),
          TestingResults.query(parallel, "SELECT * FROM " + table + " WHERE id BETWEEN 100000 AND 170000"));
    }
  }

  @Test
  void aRowGroupLargerThanTheMemoryLimitIsReadASliceAtATime() throws SQLException {
    long chunkBytes = ParquetFooter.read(data.resolve("big.parquet")).getBlocks().get(0).getTotalByteSize();
    assertTrue(chunkBytes > 4L << 20, "the row group holds " + chunkBytes + " bytes");
    try (Connection connection = connect(";threads=2;memory_limit=4MB")) {
      List<List<Object>> sums = TestingResults.query(connection, "SELECT count(*), sum(id), max(label) FROM big");
      assertEquals(List.of(java.math.BigDecimal.valueOf(BIG_ROWS),
          java.math.BigDecimal.valueOf((long) BIG_ROWS * (BIG_ROWS - 1) / 2), "row 299999"), sums.get(0));
    }
  }
}
