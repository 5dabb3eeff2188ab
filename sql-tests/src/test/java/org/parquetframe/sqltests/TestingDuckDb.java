package org.parquetframe.sqltests;

import java.nio.file.Path;
import java.sql.Blob;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * An in-memory DuckDB that writes Parquet files into a data directory and answers queries over
 * them (views on {@code read_parquet}, named as ParquetFrame names the tables), next to a
 * ParquetFrame connection on the same directory, so that one query can be asked of both. DuckDB is
 * what outside users compare us with, and it writes its files its own way (page sizes, level runs,
 * logical types), which parquet-java's files never show.
 */
final class TestingDuckDb implements AutoCloseable {
  private final Path directory;
  private final Connection duckDb;
  private Connection parquet;

  private TestingDuckDb(Path directory, Connection duckDb) {
    this.directory = directory;
    this.duckDb = duckDb;
  }

  static TestingDuckDb open(Path directory) throws SQLException {
    Connection duckDb = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement statement = duckDb.createStatement()) {
      // TIMESTAMPTZ values are generated from wall clocks; UTC makes them the same instants anywhere
      statement.execute("SET TimeZone = 'UTC'");
      statement.execute("SET threads = 1"); // two cores, and the suite's other tests run beside us
    } catch (SQLException e) {
      duckDb.close();
      throw e;
    }
    return new TestingDuckDb(directory, duckDb);
  }

  /** Runs a DuckDB statement (types, settings). */
  TestingDuckDb execute(String sql) throws SQLException {
    try (Statement statement = duckDb.createStatement()) {
      statement.execute(sql);
    }
    return this;
  }

  /**
   * Writes the rows of {@code select} to {@code target} (relative to the data directory) with
   * DuckDB's {@code COPY ... (FORMAT parquet, options)}.
   */
  TestingDuckDb copy(String select, String target, String options) throws SQLException {
    return execute("COPY (" + select + ") TO '" + path(target) + "' (FORMAT parquet"
        + (options.isEmpty() ? "" : ", " + options) + ")");
  }

  /** DuckDB view {@code name} over {@code read_parquet(pattern, options)}, the pattern relative to the data directory. */
  TestingDuckDb view(String name, String pattern, String options) throws SQLException {
    return execute("CREATE OR REPLACE VIEW " + name + " AS SELECT * FROM read_parquet('" + path(pattern) + "'"
        + (options.isEmpty() ? "" : ", " + options) + ")");
  }

  String path(String relative) {
    return directory.resolve(relative).toAbsolutePath().toString();
  }

  /** The ParquetFrame connection, opened after the files exist so that its tables are found. */
  Connection parquet() throws SQLException {
    if (parquet == null) {
      parquet = TestingOracle.parquetFrame(directory);
    }
    return parquet;
  }

  Connection duckDb() {
    return duckDb;
  }

  void assertSameRows(String sql) throws SQLException {
    assertSameRows(sql, sql);
  }

  /** Fails unless ParquetFrame's rows of {@code parquetSql} are DuckDB's rows of {@code duckDbSql}. */
  void assertSameRows(String parquetSql, String duckDbSql) throws SQLException {
    List<List<Object>> expected = duckDbRows(duckDbSql);
    List<List<Object>> actual = TestingResults.query(parquet(), parquetSql);
    TestingResults.assertSameRows(parquetSql, expected, actual);
  }

  /** DuckDB's rows of {@code sql}, normalized like {@link TestingResults#normalize} normalizes ours. */
  List<List<Object>> duckDbRows(String sql) throws SQLException {
    try (Statement statement = duckDb.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
      return TestingResults.rows(rs, TestingDuckDb::normalize);
    }
  }

  /**
   * One DuckDB JDBC value in the form {@link TestingResults#normalize} gives ours, nested values
   * included. Temporal values keep milliseconds, floored, because TIME and TIMESTAMP do here
   * (docs/adr/0004): DuckDB keeps microseconds and nanoseconds. A TIMESTAMPTZ (an OffsetDateTime)
   * becomes the instant's wall clock in the JVM's zone, which is what our java.sql.Timestamp of the
   * same instant gives through toLocalDateTime. Blobs become bytes, and so hex like our byte[].
   */
  static Object normalize(Object value) {
    return TestingNestedValues.plain(value, TestingDuckDb::leaf);
  }

  private static Object leaf(Object value) {
    if (value instanceof Blob blob) {
      try {
        return TestingResults.normalize(blob.getBytes(1, (int) blob.length()));
      } catch (SQLException e) {
        throw new AssertionError("cannot read DuckDB blob", e);
      }
    }
    if (value instanceof LocalTime time) {
      return time.truncatedTo(ChronoUnit.MILLIS);
    }
    if (value instanceof Timestamp timestamp) {
      return TestingResults.floorToMillis(timestamp.toLocalDateTime());
    }
    if (value instanceof LocalDateTime wallClock) {
      return TestingResults.floorToMillis(wallClock);
    }
    if (value instanceof OffsetDateTime instant) {
      return LocalDateTime.ofInstant(instant.toInstant().truncatedTo(ChronoUnit.MILLIS), ZoneId.systemDefault());
    }
    return TestingResults.normalize(value);
  }

  @Override
  public void close() throws SQLException {
    try {
      if (parquet != null) {
        parquet.close();
      }
    } finally {
      duckDb.close();
    }
  }
}
