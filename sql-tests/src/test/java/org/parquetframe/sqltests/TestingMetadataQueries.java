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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** JDBC helpers for the metadata function tests: rows as maps from lower-case column label to value. */
final class TestingMetadataQueries {
  private TestingMetadataQueries() {}

  static Connection connect(Path dir, String properties) throws SQLException {
    return DriverManager.getConnection("jdbc:parquetframe:" + dir.toAbsolutePath() + properties);
  }

  /** Every row of {@code sql} run with {@code parameters}, in the order the driver returns them. */
  static List<Map<String, Object>> query(Connection connection, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rows = statement.executeQuery()) {
        ResultSetMetaData meta = rows.getMetaData();
        List<Map<String, Object>> result = new ArrayList<>();
        while (rows.next()) {
          Map<String, Object> row = new LinkedHashMap<>();
          for (int i = 1; i <= meta.getColumnCount(); i++) {
            row.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), rows.getObject(i));
          }
          result.add(row);
        }
        return result;
      }
    }
  }

  /** The values of one column, in row order. */
  static List<Object> column(List<Map<String, Object>> rows, String name) {
    return rows.stream().map(row -> row.get(name)).toList();
  }

  /** {@code value} of each row keyed by its {@code key}. */
  static Map<Object, Object> byKey(List<Map<String, Object>> rows, String key, String value) {
    Map<Object, Object> map = new LinkedHashMap<>();
    rows.forEach(row -> map.put(row.get(key), row.get(value)));
    return map;
  }

  /**
   * Runs {@code sql}, expects an SQLException and returns its message without the prefix that the
   * JDBC layer puts in front ({@code exception while executing query: } for a prepared statement),
   * after checking that the rest starts with {@code start}.
   */
  static String expectError(Connection connection, String sql, String start) {
    SQLException error = assertThrows(SQLException.class, () -> query(connection, sql), sql);
    String message = String.valueOf(error.getMessage());
    for (String prefix : List.of("Error while executing SQL \"" + sql + "\": ", "exception while executing query: ")) {
      message = message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }
    assertTrue(message.startsWith(start), "message should start with '" + start + "': " + message);
    return message;
  }
}
