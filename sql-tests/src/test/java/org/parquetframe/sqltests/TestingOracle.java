package org.parquetframe.sqltests;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * A ParquetFrame connection over a data directory next to an in-memory H2 database holding the
 * same rows, so that each test query runs on both and H2's answer is the expected one. H2 keeps the
 * case of names and matches them case-insensitively, as ParquetFrame does.
 */
final class TestingOracle implements AutoCloseable {
  private final Connection parquet;
  private final Connection h2;

  private TestingOracle(Connection parquet, Connection h2) {
    this.parquet = parquet;
    this.h2 = h2;
  }

  static TestingOracle open(Path dataDirectory) throws SQLException {
    Connection h2 = DriverManager.getConnection("jdbc:h2:mem:oracle-" + UUID.randomUUID()
        + ";DATABASE_TO_UPPER=FALSE;CASE_INSENSITIVE_IDENTIFIERS=TRUE");
    try {
      return new TestingOracle(parquetFrame(dataDirectory), h2);
    } catch (SQLException | RuntimeException e) {
      h2.close();
      throw e;
    }
  }

  /** A plain ParquetFrame connection, as a user opens it. */
  static Connection parquetFrame(Path dataDirectory) throws SQLException {
    return DriverManager.getConnection("jdbc:parquetframe:" + dataDirectory.toAbsolutePath());
  }

  Connection parquet() {
    return parquet;
  }

  Connection h2() {
    return h2;
  }

  /** Creates H2 table {@code name} ({@code columns} is the DDL column list) and inserts {@code rows}. */
  TestingOracle h2Table(String name, String columns, List<Object[]> rows) throws SQLException {
    try (Statement statement = h2.createStatement()) {
      statement.execute("DROP TABLE IF EXISTS " + name);
      statement.execute("CREATE TABLE " + name + " (" + columns + ")");
    }
    if (rows.isEmpty()) {
      return this;
    }
    String placeholders = String.join(", ", Collections.nCopies(rows.get(0).length, "?"));
    try (PreparedStatement insert = h2.prepareStatement("INSERT INTO " + name + " VALUES (" + placeholders + ")")) {
      for (Object[] row : rows) {
        for (int i = 0; i < row.length; i++) {
          insert.setObject(i + 1, row[i]);
        }
        insert.addBatch();
      }
      insert.executeBatch();
    }
    return this;
  }

  /** Runs {@code sql} on both databases and fails unless ParquetFrame returns H2's rows. */
  void assertSameRows(String sql) throws SQLException {
    assertSameRows(sql, sql);
  }

  /** As {@link #assertSameRows(String)}, for the rare query that H2 must be asked in its own dialect. */
  void assertSameRows(String parquetSql, String h2Sql) throws SQLException {
    List<List<Object>> expected = TestingResults.query(h2, h2Sql);
    List<List<Object>> actual = TestingResults.query(parquet, parquetSql);
    TestingResults.assertSameRows(parquetSql, expected, actual);
  }

  @Override
  public void close() throws SQLException {
    try {
      parquet.close();
    } finally {
      h2.close();
    }
  }
}
