package org.parquetframe.sqltests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parquetframe.sqltests.TestingMetadataQueries.expectError;
import static org.parquetframe.sqltests.TestingMetadataQueries.query;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bad {@code path} arguments of {@code parquet_metadata} and {@code parquet_schema}: each is an
 * SQLException whose message names the function and the problem, and the same connection answers
 * the next query.
 */
class ParquetMetadataErrorsTest {
  @TempDir
  Path data;
  @TempDir
  Path elsewhere;
  private Connection connection;

  @BeforeEach
  void connect() throws SQLException, IOException {
    TestingParquetFiles.file(data.resolve("good.parquet"), "message good { required int64 id; }")
        .write(List.<Object[]>of(new Object[] {1L}, new Object[] {2L}));
    Files.writeString(data.resolve("notes.txt"), "not Parquet at all");
    Files.writeString(data.resolve("fake.parquet"), "these are not the bytes you are looking for");
    Files.createDirectories(data.resolve("empty"));
    TestingParquetFiles.file(elsewhere.resolve("outside.parquet"), "message o { required int64 id; }")
        .write(List.<Object[]>of(new Object[] {3L}));
    connection = TestingMetadataQueries.connect(data, "");
  }

  @AfterEach
  void close() throws SQLException {
    connection.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"parquet_metadata", "parquet_schema"})
  void aMissingPathOrTable(String function) throws SQLException {
    String message = expectError(connection, sql(function, "'missing.parquet'"),
        function + ": no Parquet file, directory or table named 'missing.parquet'");
    assertTrue(message.contains("tables: [fake, good]"), message);
    stillWorks(function);
  }

  @ParameterizedTest
  @ValueSource(strings = {"parquet_metadata", "parquet_schema"})
  void aFileThatIsNotParquet(String function) throws SQLException {
    String message = expectError(connection, sql(function, "'notes.txt'"), function + ": Cannot read Parquet file '");
    assertTrue(message.contains("notes.txt") && message.contains("not a Parquet file"), message);
    stillWorks(function);
    message = expectError(connection, sql(function, "'fake'"), function + ": Cannot read Parquet file '");
    assertTrue(message.contains("fake.parquet") && message.contains("not a Parquet file"), message);
    stillWorks(function);
  }

  @ParameterizedTest
  @ValueSource(strings = {"parquet_metadata", "parquet_schema"})
  void aPathOutsideTheDataDirectory(String function) throws SQLException {
    Path outside = elsewhere.resolve("outside.parquet");
    String relative = data.relativize(outside).toString();
    expectError(connection, sql(function, "'" + relative + "'"),
        function + ": Path '" + relative + "' is outside the data directory");
    stillWorks(function);
    expectError(connection, sql(function, "'" + outside + "'"),
        function + ": Path '" + outside + "' is outside the data directory");
    stillWorks(function);
  }

  @ParameterizedTest
  @ValueSource(strings = {"parquet_metadata", "parquet_schema"})
  void aDirectoryWithoutParquetFiles(String function) throws SQLException {
    String message = expectError(connection, sql(function, "'empty'"), function + ": Cannot read Parquet file '");
    assertTrue(message.contains("holds no .parquet files"), message);
    stillWorks(function);
  }

  @ParameterizedTest
  @ValueSource(strings = {"parquet_metadata", "parquet_schema"})
  void aNullOrBlankPath(String function) throws SQLException {
    expectError(connection, sql(function, "NULL"), function + ": the path argument is required");
    stillWorks(function);
    expectError(connection, sql(function, "' '"), function + ": the path argument is required");
    stillWorks(function);
  }

  @ParameterizedTest
  @ValueSource(strings = {"parquet_metadata", "parquet_schema"})
  void outsideTheRootWhenTheConnectionAllowsIt(String function) throws SQLException {
    Path outside = elsewhere.resolve("outside.parquet");
    try (Connection open = TestingMetadataQueries.connect(data, ";allow_paths_outside_root=true")) {
      List<Object> files = TestingMetadataQueries.column(query(open, sql(function, "'" + outside + "'")), "file_name");
      assertTrue(!files.isEmpty());
      files.forEach(file -> assertEquals(outside.toString(), file, "a file outside the root shows its absolute path"));
    }
  }

  private void stillWorks(String function) throws SQLException {
    List<Object> files = TestingMetadataQueries.column(query(connection, sql(function, "'good.parquet'")), "file_name");
    assertTrue(!files.isEmpty());
    files.forEach(file -> assertEquals("good.parquet", file));
  }

  private static String sql(String function, String argument) {
    return "SELECT * FROM TABLE(" + function + "(" + argument + "))";
  }
}
