package org.parquetframe.sqltests;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parquetframe.sqltests.TestingEdgeFiles.Edge;

/**
 * The small data directory the JDBC client tests browse and query, and helpers that read metadata
 * result sets by column label, as tools do.
 *
 * <ul>
 *   <li>{@code users.parquet}: {@code id} BIGINT, {@code name} VARCHAR, {@code signup} DATE,
 *       {@code score} DOUBLE, {@code seen} TIMESTAMP; ids 0..9, user i signed up on 2024-01-(i+1) and
 *       was last seen at 12:(i*5) that day, scores i * 1.5, names {@code "user <i>"} (user 9 is
 *       {@code "admin"}).</li>
 *   <li>{@code edges.parquet}: the weighted example graph of docs/sql-reference.md,
 *       1→2 (4), 1→3 (1), 3→2 (2), 2→4 (1), 4→5 (3), 6→7 (1).</li>
 *   <li>{@code visit_log/day=2024-05-0d/part.parquet}: a directory table (its name has a LIKE
 *       wildcard, {@code _}) with a DATE partition key {@code day}; columns {@code user_id}
 *       BIGINT, {@code page} VARCHAR, then {@code day}.</li>
 * </ul>
 */
final class JdbcTestingData {
  static final List<String> TABLES = List.of("edges", "users", "visit_log");
  /** The functions of docs/sql-reference.md (more may be registered), and which of them are scalar. */
  static final List<String> FUNCTIONS = List.of("BFS", "CONNECTED_COMPONENTS", "DFS", "DIJKSTRA", "PAGERANK",
      "PARQUET_METADATA", "PARQUET_SCHEMA", "PF_DEBUG_INFO", "PF_METRICS", "PF_NATIVE_AVAILABLE", "PF_VERSION",
      "SHORTEST_PATH");
  static final List<String> SCALAR_FUNCTIONS = List.of("PF_NATIVE_AVAILABLE", "PF_VERSION");

  private JdbcTestingData() {}

  static Path write(Path dir) {
    List<Object[]> users = new ArrayList<>();
    for (long i = 0; i < 10; i++) {
      LocalDate signup = LocalDate.of(2024, 1, (int) i + 1);
      users.add(new Object[] {i, i == 9 ? "admin" : "user " + i, signup, i * 1.5,
          signup.atTime(12, (int) i * 5)});
    }
    TestingParquetFiles.file(dir.resolve("users.parquet"), "message users { required int64 id;"
        + " optional binary name (STRING); optional int32 signup (DATE); optional double score;"
        + " optional int64 seen (TIMESTAMP(MILLIS,false)); }").write(users);
    TestingEdgeFiles.write(dir.resolve("edges.parquet"), List.of(Edge.of(1, 2, 4), Edge.of(1, 3, 1),
        Edge.of(3, 2, 2), Edge.of(2, 4, 1), Edge.of(4, 5, 3), Edge.of(6, 7, 1)), true);
    for (int day = 1; day <= 2; day++) {
      List<Object[]> visits = List.of(new Object[] {(long) day, "/home"}, new Object[] {7L, "/day" + day});
      TestingParquetFiles.file(dir.resolve("visit_log/day=2024-05-0" + day + "/part.parquet"),
          "message visits { optional int64 user_id; optional binary page (STRING); }").write(visits);
    }
    return dir;
  }

  static Connection connect(Path dir) throws SQLException {
    return DriverManager.getConnection("jdbc:parquetframe:" + dir.toAbsolutePath());
  }

  /** Every row of a (metadata) result set as label → value, in order; closes it. */
  static List<Map<String, Object>> rows(ResultSet rows) throws SQLException {
    try (rows) {
      ResultSetMetaData meta = rows.getMetaData();
      List<Map<String, Object>> result = new ArrayList<>();
      while (rows.next()) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          row.put(meta.getColumnLabel(i), rows.getObject(i));
        }
        result.add(row);
      }
      return result;
    }
  }

  /** One column of every row, read with {@code getString(label)} as DBeaver reads names. */
  static List<String> strings(ResultSet rows, String label) throws SQLException {
    try (rows) {
      List<String> values = new ArrayList<>();
      while (rows.next()) {
        values.add(rows.getString(label));
      }
      return values;
    }
  }

  /** The labels of a result set's columns; closes it. */
  static List<String> labels(ResultSet rows) throws SQLException {
    try (rows) {
      List<String> labels = new ArrayList<>();
      for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
        labels.add(rows.getMetaData().getColumnLabel(i));
      }
      return labels;
    }
  }

  /** The rows of {@code getColumns} for one table of schema {@code main}, keyed by column name. */
  static Map<String, Map<String, Object>> columns(DatabaseMetaData meta, String tablePattern) throws SQLException {
    Map<String, Map<String, Object>> byName = new LinkedHashMap<>();
    for (Map<String, Object> row : rows(meta.getColumns(null, "main", tablePattern, "%"))) {
      byName.put((String) row.get("COLUMN_NAME"), row);
    }
    return byName;
  }
}
