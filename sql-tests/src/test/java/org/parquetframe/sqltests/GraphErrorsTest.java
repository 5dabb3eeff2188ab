package org.parquetframe.sqltests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parquetframe.sqltests.TestingEdgeFiles.Edge;

/**
 * Every documented error of the graph functions: an SQLException whose message (after the JDBC
 * layer's {@code Error while executing SQL "..."}) starts with the function name and says what is
 * wrong, and the same connection answers the next query correctly.
 */
class GraphErrorsTest {
  private static final String STILL_WORKS = "SELECT count(*) AS n FROM TABLE(bfs('edges', 1))";

  @TempDir
  static Path dir;
  private static Connection connection;

  @BeforeAll
  static void writeGraphsAndConnect() throws IOException, SQLException {
    Path root = Files.createDirectories(dir.resolve("data"));
    TestingEdgeFiles.write(root.resolve("edges.parquet"), List.of(Edge.of(1, 2, 1), Edge.of(2, 3, 2)), true);
    TestingEdgeFiles.write(root.resolve("words.parquet"), List.of(Edge.of("a", "b", 1)), true);
    TestingEdgeFiles.write(root.resolve("unweighted.parquet"), List.of(Edge.of(1, 2)), false);
    // The negative weight sits on 5→6, which vertex 1 cannot reach.
    TestingEdgeFiles.write(root.resolve("negative.parquet"), List.of(Edge.of(1, 2, 1), Edge.of(5, 6, -2)), true);
    TestingEdgeFiles.write(root.resolve("nullweight.parquet"), List.of(Edge.of(1, 2, 1), new Edge(2, 3, null)), true);
    TestingEdgeFiles.write(root.resolve("nanweight.parquet"), List.of(Edge.of(1, 2, Double.NaN)), true);
    TestingEdgeFiles.write(root.resolve("infinite.parquet"), List.of(Edge.of(1, 2, Double.POSITIVE_INFINITY)), true);
    TestingParquetFiles.file(root.resolve("textweight.parquet"),
        "message e { optional int64 src; optional int64 dst; optional binary weight (STRING); }")
        .write(List.<Object[]>of(new Object[] {1L, 2L, "heavy"}));
    Files.writeString(root.resolve("junk.parquet"), "these are not the bytes you are looking for");
    TestingEdgeFiles.write(dir.resolve("outside.parquet"), List.of(Edge.of(1, 2, 1)), true);
    connection = GraphTestingQueries.connect(root);
  }

  @AfterAll
  static void close() throws SQLException {
    connection.close();
  }

  static Stream<Arguments> errors() {
    return Stream.of(
        arguments("SELECT * FROM TABLE(bfs('edges', 99))", "bfs: start_node 99 is not a vertex of the graph"),
        arguments("SELECT * FROM TABLE(dfs('edges', start_node => -1))", "dfs: start_node -1 is not a vertex"),
        arguments("SELECT * FROM TABLE(dijkstra('edges', 4))", "dijkstra: start_node 4 is not a vertex"),
        arguments("SELECT * FROM TABLE(shortest_path('edges', 0, 1))", "shortest_path: start_node 0 is not"),
        arguments("SELECT * FROM TABLE(bfs('words', 'c'))", "bfs: start_node 'c' is not a vertex of the graph"),
        arguments("SELECT * FROM TABLE(dfs('words', 'A'))", "dfs: start_node 'A' is not a vertex"),
        arguments("SELECT * FROM TABLE(dijkstra('words', 'b '))", "dijkstra: start_node 'b ' is not a vertex"),
        arguments("SELECT * FROM TABLE(shortest_path('edges', 1, 99))", "shortest_path: target_node 99 is not"),
        arguments("SELECT * FROM TABLE(shortest_path('words', 'a', 'z'))", "shortest_path: target_node 'z' is"),
        arguments("SELECT * FROM TABLE(bfs('edges', start_node => 'abc'))", "bfs: start_node 'abc'"),
        arguments("SELECT * FROM TABLE(shortest_path('edges', 1, '2x'))", "shortest_path: target_node '2x'"),
        arguments("SELECT * FROM TABLE(bfs('edges', 1, max_depth => -2))", "bfs: max_depth must be -1"),
        arguments("SELECT * FROM TABLE(dfs('edges', 1, -7))", "dfs: max_depth must be -1"),
        arguments("SELECT * FROM TABLE(bfs('edges', CAST(NULL AS BIGINT)))", "bfs: start_node is required"),
        arguments("SELECT * FROM TABLE(bfs('nothing', 1))", "bfs: no Parquet file, directory or table named 'nothing'"),
        arguments("SELECT * FROM TABLE(dfs('edges', 1, engine => 'gpu'))", "dfs: unknown engine 'gpu'"),
        arguments("SELECT * FROM TABLE(bfs('SELECT src, CAST(dst AS VARCHAR) FROM edges', 1))",
            "bfs: vertex columns must both be integers (TINYINT to BIGINT) or both VARCHAR, but 'src' is BIGINT and "
                + "'EXPR$1' is VARCHAR in the edge query"),
        arguments("SELECT * FROM TABLE(pagerank('textweight', src => 'weight'))",
            "pagerank: vertex columns must both be integers (TINYINT to BIGINT) or both VARCHAR, but 'weight' is "
                + "VARCHAR and 'dst' is BIGINT in 'textweight'"),
        arguments("SELECT * FROM TABLE(dijkstra('nanweight', 1))", "dijkstra: weight column 'weight' holds the weight"),
        arguments("SELECT * FROM TABLE(dijkstra('infinite', 1))", "dijkstra: weight column 'weight' holds the weight"),
        arguments("SELECT * FROM TABLE(dijkstra('nullweight', 1))", "dijkstra: weight column 'weight' holds a NULL"),
        arguments("SELECT * FROM TABLE(shortest_path('nullweight', 1, 2, 'weight'))", "shortest_path: weight column"),
        arguments("SELECT * FROM TABLE(dijkstra('textweight', 1))",
            "dijkstra: weight column 'weight' has type VARCHAR; weights must be numeric (in 'textweight')"),
        arguments("SELECT * FROM TABLE(shortest_path('textweight', 1, 2, weight => 'weight'))",
            "shortest_path: weight column 'weight' has type VARCHAR"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("errors")
  void anErrorNamesTheFunctionAndTheProblemAndLeavesTheConnectionUsable(String sql, String messageStart)
      throws SQLException {
    GraphTestingQueries.expectError(connection, sql, messageStart);
    assertStillWorks();
  }

  @Test
  void aNegativeWeightIsAnErrorEvenWhereTheStartCannotReachIt() throws SQLException {
    for (String sql : List.of("SELECT * FROM TABLE(dijkstra('negative', 1))",
        "SELECT * FROM TABLE(shortest_path('negative', 1, 2, 'weight'))")) {
      String function = sql.substring(sql.indexOf("TABLE(") + 6, sql.indexOf("('"));
      String message = GraphTestingQueries.expectError(connection, sql, function + ": weight column 'weight'");
      assertTrue(message.contains("-2.0") && message.contains("non-negative"), message);
      assertStillWorks();
    }
    assertEquals(2, GraphTestingQueries.query(connection,
        "SELECT * FROM TABLE(shortest_path('negative', 1, 2))").size(), "counting hops never reads the weights");
  }

  @Test
  void aMissingColumnIsNamedWithTheColumnsThatExist() throws SQLException {
    for (String[] call : new String[][] {
        {"bfs('edges', 1, src => 'from_id')", "[src, dst, weight]"},
        {"dfs('edges.parquet', 1, dst => 'to_id')", "[src, dst, weight]"},
        {"connected_components('edges', 'src', 'to_id')", "[src, dst, weight]"},
        {"shortest_path('edges', 1, 2, weight => 'cost')", "[src, dst, weight]"},
        {"dijkstra('unweighted', 1)", "[src, dst]"}}) {
      String function = call[0].substring(0, call[0].indexOf('('));
      String message = GraphTestingQueries.expectError(connection, "SELECT * FROM TABLE(" + call[0] + ")",
          function + ": column '");
      assertTrue(message.contains("not found in '") && message.contains("its columns are " + call[1]), message);
      assertStillWorks();
    }
  }

  @Test
  void aFileThatIsNotParquetIsNamed() throws SQLException {
    for (String sql : List.of("SELECT * FROM TABLE(bfs('junk.parquet', 1))",
        "SELECT * FROM TABLE(connected_components('junk'))")) {
      String message = GraphTestingQueries.expectError(connection, sql, "");
      assertTrue(message.contains("junk.parquet") && message.contains("not a Parquet file"), message);
      assertStillWorks();
    }
  }

  @Test
  void aPathOutsideTheDataDirectoryIsRefusedEvenIfTheFileExists() throws SQLException {
    for (String path : List.of("../outside.parquet", dir.resolve("outside.parquet").toAbsolutePath().toString(),
        "edges/../../outside.parquet")) {
      String message = GraphTestingQueries.expectError(connection,
          "SELECT * FROM TABLE(bfs('" + path + "', 1))", "");
      assertTrue(message.contains("outside the data directory"), message);
      assertStillWorks();
    }
  }

  /** Calcite's JDBC layer prefixes the statement; our message, naming the function, follows it whole. */
  @Test
  void theMessageNamesTheStatementThenTheFunctionAndTheProblem() throws SQLException {
    String sql = "SELECT * FROM TABLE(bfs('edges', 99))";
    SQLException error = assertThrows(SQLException.class, () -> GraphTestingQueries.query(connection, sql));
    assertTrue(error.getMessage().endsWith(": bfs: start_node 99 is not a vertex of the graph "
        + "(no edge has it as source or target)"), error.getMessage());
    assertStillWorks();
  }

  private static void assertStillWorks() throws SQLException {
    assertEquals(List.of(List.of(3L)), GraphTestingQueries.table(connection, STILL_WORKS), "the connection still works");
  }
}
