package org.parquetframe.sqltests;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JDBC helpers for the graph function tests: rows as maps from column name to value (integer ids
 * as Long, so they compare with {@link GraphOracle}'s), the JVM-wide counters of {@code pf_metrics()}
 * and the graph cache line of {@code pf_debug_info()}.
 */
final class GraphTestingQueries {
  private static final Pattern CACHE_LINE =
      Pattern.compile("(\\d+) graphs, (\\d+) of (\\d+) bytes, (\\d+) hits, (\\d+) builds");

  private GraphTestingQueries() {}

  /** The graph cache as {@code pf_debug_info()} describes it. */
  record CacheState(long graphs, long usedBytes, long budgetBytes, long hits, long builds) {}

  static Connection connect(Path dir) throws SQLException {
    return DriverManager.getConnection("jdbc:parquetframe:" + dir.toAbsolutePath());
  }

  static Connection connect(Path dir, String properties) throws SQLException {
    return DriverManager.getConnection("jdbc:parquetframe:" + dir.toAbsolutePath() + ";" + properties);
  }

  /** Every row of {@code sql}, in the order the driver returns them. */
  static List<Map<String, Object>> query(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
      return rows(rows);
    }
  }

  static List<Map<String, Object>> rows(ResultSet rows) throws SQLException {
    ResultSetMetaData meta = rows.getMetaData();
    List<Map<String, Object>> result = new ArrayList<>();
    while (rows.next()) {
      Map<String, Object> row = new LinkedHashMap<>();
      for (int i = 1; i <= meta.getColumnCount(); i++) {
        Object value = rows.getObject(i);
        boolean integer = value instanceof Long || value instanceof Integer || value instanceof Short
            || value instanceof Byte;
        String label = meta.getColumnLabel(i).toLowerCase(Locale.ROOT);
        assertTrue(!row.containsKey(label), "fixture: give the columns distinct names, '" + label + "' repeats");
        row.put(label, integer ? (Object) ((Number) value).longValue() : value);
      }
      result.add(row);
    }
    return result;
  }

  /** Every row of {@code sql} as a list of values (integers as Long), for comparing with {@link #row}. */
  static List<List<Object>> table(Connection connection, String sql) throws SQLException {
    return query(connection, sql).stream().map(row -> (List<Object>) new ArrayList<>(row.values())).toList();
  }

  /** Every row of the prepared statement, run with the parameters set on it, as {@link #table(Connection, String)}. */
  static List<List<Object>> table(PreparedStatement statement) throws SQLException {
    try (ResultSet rows = statement.executeQuery()) {
      return rows(rows).stream().map(row -> (List<Object>) new ArrayList<>(row.values())).toList();
    }
  }

  /** An expected row: ints become Longs, as {@link #table(Connection, String)} returns them; nulls allowed. */
  static List<Object> row(Object... values) {
    List<Object> row = new ArrayList<>();
    for (Object value : values) {
      row.add(value instanceof Integer number ? (Object) number.longValue() : value);
    }
    return row;
  }

  /**
   * Runs {@code sql}, expects an SQLException and returns its message without the
   * {@code Error while executing SQL "..."} that the JDBC layer puts in front, after checking that
   * the rest starts with {@code messageStart}.
   */
  static String expectError(Connection connection, String sql, String messageStart) {
    SQLException error = assertThrows(SQLException.class, () -> query(connection, sql), sql);
    String message = withoutStatementPrefix(String.valueOf(error.getMessage()), sql);
    assertTrue(message.startsWith(messageStart), "message should start with '" + messageStart + "': " + message);
    return message;
  }

  /** {@code message} without a leading {@code Error while executing SQL "<sql>": }. */
  static String withoutStatementPrefix(String message, String sql) {
    String prefix = "Error while executing SQL \"" + sql + "\": ";
    return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
  }

  /** Total calls of {@code operation} in {@code pf_metrics()} over all engines (0 before the first). */
  static long metricCalls(Connection connection, String operation) throws SQLException {
    long calls = 0;
    for (Map<String, Object> row : query(connection, "SELECT operation, calls FROM TABLE(pf_metrics())")) {
      if (operation.equals(row.get("operation"))) {
        calls += ((Number) row.get("calls")).longValue();
      }
    }
    return calls;
  }

  static CacheState cacheState(Connection connection) throws SQLException {
    List<Map<String, Object>> rows =
        query(connection, "SELECT detail FROM TABLE(pf_debug_info()) WHERE name = 'graph_cache'");
    assertTrue(rows.size() == 1, "one graph_cache row in pf_debug_info(): " + rows);
    String detail = (String) rows.get(0).get("detail");
    Matcher matcher = CACHE_LINE.matcher(detail);
    assertTrue(matcher.matches(), "graph_cache detail reads 'N graphs, X of Y bytes, H hits, B builds': " + detail);
    return new CacheState(Long.parseLong(matcher.group(1)), Long.parseLong(matcher.group(2)),
        Long.parseLong(matcher.group(3)), Long.parseLong(matcher.group(4)), Long.parseLong(matcher.group(5)));
  }

  /** Maps each row's {@code key} column to its {@code value} column, failing on a repeated key. */
  static Map<Object, Object> byKey(List<Map<String, Object>> rows, String key, String value) {
    Map<Object, Object> map = new LinkedHashMap<>();
    for (Map<String, Object> row : rows) {
      assertTrue(!map.containsKey(row.get(key)), "one row per " + key + ", but " + row.get(key) + " repeats");
      map.put(row.get(key), row.get(value));
    }
    return map;
  }
}
