package org.parquetframe.benchmarks.scan;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** Opening a connection of each system on the benchmark data, with the same table names. */
final class Engines {
  private Engines() {}

  /** Which system a measurement is of, and how to connect to it. */
  enum Engine {
    /** ParquetFrame through its JDBC driver; the footer cache is the JVM's (warm after the first query). */
    OURS("ParquetFrame"),
    /** ParquetFrame with {@code metadata_cache_bytes=0}: every query reads the footers it needs. */
    OURS_UNCACHED("ParquetFrame, no footer cache"),
    /** DuckDB in memory over views {@code wide} and {@code parts} of the same files. */
    DUCKDB("DuckDB");

    final String label;

    Engine(String label) {
      this.label = label;
    }
  }

  static Connection open(Engine engine, Path data) throws SQLException {
    return switch (engine) {
      case OURS -> DriverManager.getConnection("jdbc:parquetframe:" + data.toAbsolutePath());
      case OURS_UNCACHED -> DriverManager.getConnection("jdbc:parquetframe:" + data.toAbsolutePath()
          + ";metadata_cache_bytes=0");
      case DUCKDB -> duckdb(data);
    };
  }

  private static Connection duckdb(Path data) throws SQLException {
    Connection connection = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement statement = connection.createStatement()) {
      String dir = data.toAbsolutePath().toString().replace("'", "''");
      statement.execute("CREATE VIEW wide AS SELECT * FROM read_parquet('" + dir + "/wide.parquet')");
      statement.execute("CREATE VIEW parts AS SELECT * FROM read_parquet('" + dir + "/parts/*/*.parquet',"
          + " hive_partitioning = true)");
    } catch (SQLException e) {
      connection.close();
      throw e;
    }
    return connection;
  }

  /** {@code query} in the dialect of {@code engine}, with {@code %DIR%} standing for the data directory. */
  static String sql(Engine engine, ScanQuery query, Path data) {
    String sql = engine == Engine.DUCKDB ? query.duckdb() : query.ours();
    return sql.replace("%DIR%", data.toAbsolutePath().toString());
  }
}
