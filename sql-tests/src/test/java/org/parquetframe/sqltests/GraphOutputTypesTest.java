package org.parquetframe.sqltests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.JDBCType;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.parquetframe.sqltests.TestingEdgeFiles.Edge;

/**
 * The columns each graph function returns: names, and types that follow the vertex column (BIGINT
 * for int64 ids, VARCHAR for strings, INTEGER when a query casts the ids to INTEGER).
 */
class GraphOutputTypesTest {
  private static final Map<Integer, Class<?>> JAVA_CLASSES = Map.of(Types.BIGINT, Long.class, Types.INTEGER,
      Integer.class, Types.VARCHAR, String.class, Types.DOUBLE, Double.class);

  @TempDir
  Path dir;

  @ParameterizedTest(name = "{0} ids")
  @CsvSource(quoteCharacter = '"', value = {
      "BIGINT,  edges, 1, 2",
      "VARCHAR, words, 'a', 'b'",
      "INTEGER, \"SELECT CAST(src AS INTEGER), CAST(dst AS INTEGER), weight FROM edges\", 1, 2"})
  void vertexColumnsHaveTheTypeOfTheIdsAndTheOtherColumnsAFixedType(String idType, String edges, String start,
      String target) throws SQLException {
    TestingEdgeFiles.write(dir.resolve("edges.parquet"), List.of(Edge.of(1, 2, 1.5), Edge.of(2, 1, 2)), true);
    TestingEdgeFiles.write(dir.resolve("words.parquet"), List.of(Edge.of("a", "b", 1.5), Edge.of("b", "a", 2)), true);
    String source = "'" + edges.replace("'", "''") + "'";
    try (Connection connection = GraphTestingQueries.connect(dir)) {
      assertEquals(List.of("node " + idType, "depth INTEGER", "parent " + idType),
          columns(connection, "bfs(" + source + ", " + start + ")"));
      assertEquals(List.of("node " + idType, "discovery INTEGER", "depth INTEGER", "parent " + idType),
          columns(connection, "dfs(" + source + ", " + start + ")"));
      assertEquals(List.of("step INTEGER", "node " + idType, "distance DOUBLE"),
          columns(connection, "shortest_path(" + source + ", " + start + ", " + target + ")"));
      assertEquals(List.of("node " + idType, "distance DOUBLE", "parent " + idType),
          columns(connection, "dijkstra(" + source + ", " + start + ")"));
      assertEquals(List.of("node " + idType, "component " + idType),
          columns(connection, "connected_components(" + source + ")"));
      assertEquals(List.of("node " + idType, "score DOUBLE"), columns(connection, "pagerank(" + source + ")"));
    }
  }

  /**
   * "name TYPE" of each column of {@code SELECT * FROM TABLE(call)}, after checking that every value
   * comes out of JDBC as the Java class of its declared type.
   */
  private static List<String> columns(Connection connection, String call) throws SQLException {
    try (Statement statement = connection.createStatement();
         ResultSet rows = statement.executeQuery("SELECT * FROM TABLE(" + call + ")")) {
      ResultSetMetaData meta = rows.getMetaData();
      List<String> columns = new ArrayList<>();
      for (int i = 1; i <= meta.getColumnCount(); i++) {
        columns.add(meta.getColumnLabel(i).toLowerCase(Locale.ROOT) + " "
            + JDBCType.valueOf(meta.getColumnType(i)).getName());
      }
      while (rows.next()) {
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          Object value = rows.getObject(i);
          if (value != null) {
            assertEquals(JAVA_CLASSES.get(meta.getColumnType(i)), value.getClass(), call + ": " + columns.get(i - 1));
          }
        }
      }
      return columns;
    }
  }
}
