package org.parquetframe.sqltests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replays every damaged file that once broke the reader, kept in {@code
 * src/test/resources/fuzz-regressions/} (named for the seed file and the mutation that made it;
 * {@code edges-...} files also go through {@code pagerank}): each must answer consistently or fail
 * with an SQLException naming the file, as in {@link FuzzParquetFilesTest}.
 */
class FuzzRegressionsTest {
  @TempDir
  static Path data;
  private static Connection connection;

  @BeforeAll
  static void connect() throws SQLException {
    connection = TestingOracle.parquetFrame(data);
  }

  @AfterAll
  static void close() throws SQLException {
    connection.close();
  }

  @TestFactory
  Stream<DynamicTest> damagedFilesThatOnceBrokeTheReader() throws IOException, URISyntaxException {
    Path directory = Path.of(FuzzRegressionsTest.class.getResource("/fuzz-regressions").toURI());
    List<Path> files;
    try (Stream<Path> listed = Files.list(directory)) {
      files = listed.filter(p -> p.toString().endsWith(".parquet")).sorted().toList();
    }
    assertFalse(files.isEmpty(), "no regression files in " + directory);
    return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> replay(file)));
  }

  private static void replay(Path regression) throws IOException, SQLException {
    Path file = data.resolve("r" + Integer.toHexString(regression.getFileName().toString().hashCode()) + ".parquet");
    Files.copy(regression, file);
    try {
      boolean edges = regression.getFileName().toString().startsWith("edges-");
      assertTimeoutPreemptively(Duration.ofSeconds(FuzzParquetFilesTest.CASE_TIMEOUT_SECONDS),
          () -> FuzzQueries.check(connection, file, edges), "case hung");
    } finally {
      Files.delete(file);
    }
    try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("VALUES 1")) {
      rows.next();
      assertEquals(1, rows.getInt(1), "the connection should still answer");
    }
  }
}
