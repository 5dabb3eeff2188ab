package org.parquetframe.sqltests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ?} parameters of prepared statements, as BI tools and applications bind them: in filters
 * (equality, BETWEEN, LIKE, dates and timestamps, bound with java.sql or java.time values, and NULL),
 * and in the arguments of graph functions other than {@code edges} (start and target vertices, depth,
 * direction, damping, iterations, weight column). Expected rows come from {@link JdbcTestingData}'s
 * documented contents and docs/sql-reference.md's examples on the same graph. A statement is
 * executed again with new values to show that nothing of the first binding sticks.
 */
class JdbcPreparedParametersTest {
  @TempDir
  static Path data;
  private static Connection connection;

  @BeforeAll
  static void connect() throws SQLException {
    connection = JdbcTestingData.connect(JdbcTestingData.write(data));
  }

  @AfterAll
  static void close() throws SQLException {
    connection.close();
  }

  @Test
  void equalityParameterIsRebound() throws SQLException {
    try (PreparedStatement byId = connection.prepareStatement("SELECT name FROM users WHERE id = ?")) {
      byId.setLong(1, 4);
      assertEquals(List.of(List.of("user 4")), rows(byId));
      byId.setInt(1, 9);
      assertEquals(List.of(List.of("admin")), rows(byId));
      byId.setObject(1, 2L);
      assertEquals(List.of(List.of("user 2")), rows(byId));
      byId.setLong(1, 42);
      assertEquals(List.of(), rows(byId));
    }
  }

  @Test
  void betweenParameters() throws SQLException {
    try (PreparedStatement range = connection.prepareStatement(
        "SELECT id FROM users WHERE id BETWEEN ? AND ? ORDER BY id")) {
      range.setLong(1, 3);
      range.setLong(2, 6);
      assertEquals(ids(3, 4, 5, 6), rows(range));
      range.setLong(1, 8);
      range.setLong(2, 100);
      assertEquals(ids(8, 9), rows(range));
    }
    try (PreparedStatement scores = connection.prepareStatement(
        "SELECT id FROM users WHERE score BETWEEN ? AND ? ORDER BY id")) {
      scores.setDouble(1, 2.9);
      scores.setDouble(2, 6.0);
      assertEquals(ids(2, 3, 4), rows(scores));
    }
  }

  @Test
  void likeParameter() throws SQLException {
    try (PreparedStatement like = connection.prepareStatement("SELECT id FROM users WHERE name LIKE ? ORDER BY id")) {
      like.setString(1, "user _");
      assertEquals(ids(0, 1, 2, 3, 4, 5, 6, 7, 8), rows(like));
      like.setString(1, "%min");
      assertEquals(ids(9), rows(like));
      like.setString(1, "USER%");
      assertEquals(ids(), rows(like), "LIKE is case-sensitive");
    }
  }

  @Test
  void dateParametersAsSqlDatesAndLocalDates() throws SQLException {
    try (PreparedStatement since = connection.prepareStatement("SELECT id FROM users WHERE signup >= ? ORDER BY id")) {
      since.setDate(1, Date.valueOf("2024-01-08"));
      assertEquals(ids(7, 8, 9), rows(since));
      since.setObject(1, LocalDate.of(2024, 1, 9));
      assertEquals(ids(8, 9), rows(since));
      since.setObject(1, LocalDate.of(2024, 1, 10), Types.DATE);
      assertEquals(ids(9), rows(since));
      since.setObject(1, Date.valueOf("2024-01-02"), Types.DATE);
      assertEquals(ids(1, 2, 3, 4, 5, 6, 7, 8, 9), rows(since));
    }
    try (PreparedStatement between = connection.prepareStatement(
        "SELECT user_id FROM visit_log WHERE \"day\" BETWEEN ? AND ? ORDER BY user_id")) {
      between.setObject(1, LocalDate.of(2024, 5, 2));
      between.setObject(2, LocalDate.of(2024, 5, 31));
      assertEquals(ids(2, 7), rows(between), "parameters on a partition key");
      between.setDate(1, Date.valueOf("2024-04-01"));
      between.setDate(2, Date.valueOf("2024-05-01"));
      assertEquals(ids(1, 7), rows(between));
    }
  }

  @Test
  void timestampParametersAsSqlTimestampsAndLocalDateTimes() throws SQLException {
    try (PreparedStatement before = connection.prepareStatement("SELECT id FROM users WHERE seen < ? ORDER BY id")) {
      before.setTimestamp(1, Timestamp.valueOf("2024-01-03 12:10:00"));
      assertEquals(ids(0, 1), rows(before));
      before.setObject(1, LocalDateTime.of(2024, 1, 3, 12, 10, 0, 1_000_000));
      assertEquals(ids(0, 1, 2), rows(before), "milliseconds count");
      before.setObject(1, Timestamp.valueOf("2024-01-02 12:05:00"), Types.TIMESTAMP);
      assertEquals(ids(0), rows(before));
    }
    try (PreparedStatement window = connection.prepareStatement(
        "SELECT id FROM users WHERE seen BETWEEN ? AND ? ORDER BY id")) {
      window.setObject(1, LocalDateTime.of(2024, 1, 5, 0, 0));
      window.setTimestamp(2, Timestamp.valueOf("2024-01-07 12:30:00"));
      assertEquals(ids(4, 5, 6), rows(window));
    }
  }

  /** Tools that bind what a user typed as text: the text is converted to the parameter's type. */
  @Test
  void textBoundToParametersOfOtherTypesIsConverted() throws SQLException {
    try (PreparedStatement typed = connection.prepareStatement(
        "SELECT id FROM users WHERE id >= ? AND score <= ? AND signup >= ? AND seen < ? ORDER BY id")) {
      typed.setString(1, "2");
      typed.setString(2, "9.0");
      typed.setString(3, "2024-01-04");
      typed.setString(4, "2024-01-07 00:00:00");
      assertEquals(ids(3, 4, 5), rows(typed));
      SQLException error = assertThrows(SQLException.class, () -> typed.setString(1, "two"));
      assertTrue(error.getMessage().contains("Cannot bind 'two' to parameter 1 of type BIGINT"), error.getMessage());
    }
  }

  @Test
  void aNullParameterMatchesNothing() throws SQLException {
    try (PreparedStatement byName = connection.prepareStatement("SELECT id FROM users WHERE name = ?")) {
      byName.setNull(1, Types.VARCHAR);
      assertEquals(List.of(), rows(byName));
      byName.setString(1, "admin");
      assertEquals(ids(9), rows(byName));
    }
  }

  @Test
  void parameterMetadataGivesTheTypeOfEachParameter() throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(
        "SELECT id FROM users WHERE id = ? AND name LIKE ? AND signup > ? AND seen < ? AND score > ?")) {
      ParameterMetaData meta = statement.getParameterMetaData();
      assertEquals(5, meta.getParameterCount());
      List<Integer> types = new ArrayList<>();
      for (int i = 1; i <= meta.getParameterCount(); i++) {
        types.add(meta.getParameterType(i));
      }
      assertEquals(List.of(Types.BIGINT, Types.VARCHAR, Types.DATE, Types.TIMESTAMP, Types.DOUBLE), types);
      ResultSetMetaData columns = statement.getMetaData();
      assertEquals("id", columns.getColumnLabel(1));
      assertEquals(19, columns.getPrecision(1));
    }
  }

  @Test
  void pagerankArgumentsAsParametersGiveTheLiteralCallsResult() throws SQLException {
    String byParameters = "SELECT node, score FROM TABLE(pagerank('edges', damping => ?, max_iterations => ?))"
        + " ORDER BY node";
    try (PreparedStatement pagerank = connection.prepareStatement(byParameters)) {
      pagerank.setDouble(1, 0.85);
      pagerank.setInt(2, 100);
      assertEquals(query("SELECT node, score FROM TABLE(pagerank('edges')) ORDER BY node"), rows(pagerank));
      pagerank.setDouble(1, 0.5);
      pagerank.setInt(2, 3);
      assertEquals(query("SELECT node, score FROM TABLE(pagerank('edges', damping => 0.5, max_iterations => 3))"
          + " ORDER BY node"), rows(pagerank));
    }
  }

  @Test
  void traversalStartDepthAndDirectionAsParameters() throws SQLException {
    try (PreparedStatement bfs = connection.prepareStatement(
        "SELECT node, depth, parent FROM TABLE(bfs('edges', ?, max_depth => ?, directed => ?)) ORDER BY node")) {
      bfs.setLong(1, 1);
      bfs.setInt(2, 2);
      bfs.setBoolean(3, true);
      assertEquals(List.of(List.of(1L, 0, -1L), List.of(2L, 1, 1L), List.of(3L, 1, 1L), List.of(4L, 2, 2L)),
          rows(bfs));
      bfs.setString(1, "5");
      bfs.setInt(2, 2);
      bfs.setBoolean(3, false);
      assertEquals(List.of(List.of(2L, 2, 4L), List.of(4L, 1, 5L), List.of(5L, 0, -1L)), rows(bfs),
          "docs/sql-reference.md: bfs('roads.parquet', 5, directed => false, max_depth => 2)");
    }
    try (PreparedStatement dfs = connection.prepareStatement(
        "SELECT node, discovery FROM TABLE(dfs('edges', ?)) ORDER BY discovery")) {
      dfs.setLong(1, 1);
      assertEquals(List.of(List.of(1L, 0), List.of(2L, 1), List.of(4L, 2), List.of(5L, 3), List.of(3L, 4)),
          rows(dfs));
    }
  }

  @Test
  void pathEndpointsAndWeightAsParameters() throws SQLException {
    try (PreparedStatement path = connection.prepareStatement(
        "SELECT step, node, distance FROM TABLE(shortest_path('edges', ?, ?, weight => ?)) ORDER BY step")) {
      path.setLong(1, 1);
      path.setLong(2, 5);
      path.setString(3, "weight");
      assertEquals(List.of(List.of(0, 1L, 0.0), List.of(1, 3L, 1.0), List.of(2, 2L, 3.0), List.of(3, 4L, 4.0),
          List.of(4, 5L, 7.0)), rows(path));
      path.setLong(1, 6);
      path.setLong(2, 7);
      assertEquals(List.of(List.of(0, 6L, 0.0), List.of(1, 7L, 1.0)), rows(path));
    }
    try (PreparedStatement dijkstra = connection.prepareStatement(
        "SELECT node, distance FROM TABLE(dijkstra('edges', start_node => ?)) ORDER BY node")) {
      dijkstra.setLong(1, 1);
      assertEquals(List.of(List.of(1L, 0.0), List.of(2L, 3.0), List.of(3L, 1.0), List.of(4L, 4.0),
          List.of(5L, 7.0)), rows(dijkstra));
    }
  }

  @Test
  void edgesMustStayAConstant() {
    SQLException error = assertThrows(SQLException.class,
        () -> connection.prepareStatement("SELECT * FROM TABLE(bfs(?, 1))"));
    StringBuilder messages = new StringBuilder();
    for (Throwable cause = error; cause != null; cause = cause.getCause()) {
      messages.append(cause.getMessage()).append('\n');
    }
    assertTrue(messages.toString().contains("edges must be a constant"), messages.toString());
  }

  /** Every row of an executed prepared query; NULLs as -1 so rows compare with List.of(...). */
  private static List<List<Object>> rows(PreparedStatement statement) throws SQLException {
    try (ResultSet rows = statement.executeQuery()) {
      return collect(rows);
    }
  }

  private static List<List<Object>> query(String sql) throws SQLException {
    try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
      return collect(rows);
    }
  }

  private static List<List<Object>> collect(ResultSet rows) throws SQLException {
    List<List<Object>> result = new ArrayList<>();
    while (rows.next()) {
      List<Object> row = new ArrayList<>();
      for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
        Object value = rows.getObject(i);
        row.add(value == null ? -1L : value);
      }
      result.add(row);
    }
    return result;
  }

  private static List<List<Object>> ids(long... ids) {
    List<List<Object>> rows = new ArrayList<>();
    for (long id : ids) {
      rows.add(List.of(id));
    }
    return rows;
  }
}
