package org.parquetframe.sqltests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parquetframe.sqltests.ChangingFiles.countAndSum;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parquetframe.sqltests.ChangingFiles.Version;

/**
 * Directory tables gaining and losing files between planning and execution and while a ResultSet
 * is read, the graph cache over a file replaced by one of the same size and time, and a writer
 * replacing a file over and over while queries run: every answer is one version's (docs/adr/0006).
 */
class ChangingTablesTest {
  private static final Version A = new Version(0, 1_000);
  private static final Version B = new Version(10_000, 1_000);
  private static final Version C = new Version(20_000, 1_000);
  private static final Version D = new Version(30_000, 1_000);
  private static final int QUERIES_WHILE_WRITING = 60;

  @TempDir
  Path root;
  private Path table;
  private Connection connection;

  @BeforeEach
  void writeDirectoryTable() throws SQLException, IOException {
    table = Files.createDirectories(root.resolve("d"));
    ChangingFiles.replaceByRename(table.resolve("a.parquet"), A);
    ChangingFiles.replaceByRename(table.resolve("b.parquet"), B);
    ChangingFiles.replaceByRename(table.resolve("c.parquet"), C);
    connection = TestingOracle.parquetFrame(root);
  }

  @AfterEach
  void close() throws SQLException {
    connection.close();
  }

  private static List<Long> countAndSumOf(Version... versions) {
    long count = 0;
    long sum = 0;
    for (Version version : versions) {
      count += version.rows();
      sum += version.sum();
    }
    return List.of(count, sum);
  }

  @Test
  void gainingAndLosingFilesBetweenPrepareAndExecuteAnswersFromTheFilesThen() throws SQLException, IOException {
    try (PreparedStatement statement = connection.prepareStatement("SELECT count(*), sum(id) FROM d")) {
      assertEquals(countAndSumOf(A, B, C), execute(statement));
      ChangingFiles.replaceByRename(table.resolve("e.parquet"), D);
      assertEquals(countAndSumOf(A, B, C, D), execute(statement));
      Files.delete(table.resolve("b.parquet"));
      assertEquals(countAndSumOf(A, C, D), execute(statement));
    }
  }

  private static List<Long> execute(PreparedStatement statement) throws SQLException {
    try (ResultSet rows = statement.executeQuery()) {
      assertTrue(rows.next());
      return List.of(rows.getLong(1), rows.getLong(2));
    }
  }

  @Test
  void aFileGainedWhileIteratingIsNotRead() throws SQLException {
    List<Long> seen = new ArrayList<>();
    try (Statement statement = connection.createStatement();
         ResultSet rows = statement.executeQuery("SELECT id FROM d")) {
      for (int i = 0; i < 10 && rows.next(); i++) {
        seen.add(rows.getLong(1));
      }
      ChangingFiles.replaceByRename(table.resolve("e.parquet"), D);
      while (rows.next()) {
        seen.add(rows.getLong(1));
      }
    }
    List<Long> expected = new ArrayList<>(A.ids());
    expected.addAll(B.ids());
    expected.addAll(C.ids());
    assertEquals(expected, seen, "the files of the snapshot, all of them, and no other");
  }

  @Test
  void aFileLostWhileIteratingIsAnErrorNamingIt() throws SQLException, IOException {
    List<Long> seen = new ArrayList<>();
    Path lost = table.resolve("c.parquet");
    SQLException error;
    try (Statement statement = connection.createStatement();
         ResultSet rows = statement.executeQuery("SELECT id FROM d")) {
      for (int i = 0; i < 10 && rows.next(); i++) {
        seen.add(rows.getLong(1));
      }
      Files.delete(lost);
      error = assertThrows(SQLException.class, () -> {
        while (rows.next()) {
          seen.add(rows.getLong(1));
        }
      });
    }
    ChangingFiles.assertChangedError(error, lost);
    List<Long> before = new ArrayList<>(A.ids());
    before.addAll(B.ids());
    // the rows of the files before the lost one; the JDBC iterator reads one row ahead, so the
    // error can take the place of the very last of them
    assertEquals(before.subList(0, seen.size()), seen);
    assertTrue(seen.size() >= before.size() - 1, seen.size() + " rows before the error");
  }

  @Test
  void graphCacheSeesAnEdgeFileReplacedByOneOfTheSameSizeAndTime() throws SQLException, IOException {
    Path edges = root.resolve("edges.parquet");
    Path staged = root.resolve(".staged.parquet");
    // a graph and its reverse: the same values, so files of the same size unless page checksums differ in length
    for (long shift = 1; ; shift++) {
      writeEdges(edges, shift, false);
      writeEdges(staged, shift, true);
      if (Files.size(edges) == Files.size(staged)) {
        break;
      }
      assertTrue(shift < 50, "no pair of edge files of the same size");
    }
    Map<Long, Double> before = pagerank();
    ChangingFiles.setModified(staged, ChangingFiles.modified(edges));
    Files.move(staged, edges, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    Map<Long, Double> after = pagerank();
    assertEquals(before.keySet(), after.keySet());
    assertNotEquals(before, after, "the reversed graph has other scores: the cache must not answer");
  }

  /** Edges v -> (v * v + shift) mod 50, or their reverses. */
  private static void writeEdges(Path file, long shift, boolean reversed) {
    List<Object[]> rows = new ArrayList<>();
    for (long v = 0; v < 50; v++) {
      long w = (v * v + shift) % 50;
      rows.add(reversed ? new Object[] {w, v} : new Object[] {v, w});
    }
    TestingParquetFiles.file(file, "message edges { required int64 src; required int64 dst; }").dictionary(false)
        .write(rows);
  }

  private Map<Long, Double> pagerank() throws SQLException {
    Map<Long, Double> scores = new HashMap<>();
    try (Statement statement = connection.createStatement();
         ResultSet rows = statement.executeQuery("SELECT node, score FROM TABLE(pagerank('edges.parquet'))")) {
      while (rows.next()) {
        scores.put(rows.getLong(1), rows.getDouble(2));
      }
    }
    return scores;
  }

  /**
   * A writer renames versions of different sizes over a file while queries run: each answer is
   * exactly one version's, or an error naming the file. Bounded by a number of queries.
   */
  @Test
  void aWriterReplacingAFileNeverMakesAQueryMixVersions() throws Exception {
    Path file = root.resolve("t.parquet");
    Version small = new Version(0, 700);
    Version large = new Version(50_000, 1_300);
    ChangingFiles.replaceByRename(file, small);
    small.bytes(root);
    large.bytes(root);
    AtomicBoolean done = new AtomicBoolean();
    AtomicReference<Throwable> writerFailure = new AtomicReference<>();
    Thread writer = new Thread(() -> {
      try {
        for (int i = 0; !done.get(); i++) {
          ChangingFiles.replaceByRename(file, i % 2 == 0 ? large : small);
          Thread.sleep(15);
        }
      } catch (Throwable e) {
        writerFailure.set(e);
      }
    }, "changing-files-writer");
    writer.setDaemon(true);
    int answered = 0;
    try {
      writer.start();
      answered = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> readWhileWriting(file, small, large));
    } finally {
      done.set(true);
      writer.join();
    }
    assertEquals(null, writerFailure.get());
    assertTrue(answered > 0, "some queries should have answered");
  }

  private int readWhileWriting(Path file, Version small, Version large) {
    int answered = 0;
    int failed = 0;
    for (int query = 0; query < QUERIES_WHILE_WRITING; query++) {
      try {
        List<Long> ids = ChangingFiles.ids(connection, "t");
        assertTrue(ids.equals(small.ids()) || ids.equals(large.ids()), "rows of one version, complete");
        List<Long> aggregate = countAndSum(connection, "t");
        assertTrue(aggregate.equals(countAndSum(small)) || aggregate.equals(countAndSum(large)),
            "count and sum of one version: " + aggregate);
        answered++;
      } catch (SQLException e) {
        assertTrue(String.valueOf(e.getMessage()).contains(file.toString()), "the error should name the file: " + e);
        failed++;
      }
    }
    System.out.printf("ChangingTablesTest: %d queries answered while a writer replaced the file, %d failed naming it%n",
        answered, failed);
    return answered;
  }
}
