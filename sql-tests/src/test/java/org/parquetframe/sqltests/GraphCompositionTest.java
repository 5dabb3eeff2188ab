package org.parquetframe.sqltests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.parquetframe.sqltests.GraphTestingQueries.row;
import static org.parquetframe.sqltests.GraphTestingQueries.table;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parquetframe.sqltests.TestingEdgeFiles.Edge;

/**
 * Graph function results are ordinary relations: they join with tables, filter, group, sort and
 * limit, sit in subqueries and CTEs, and take their arguments as expressions or {@code ?}
 * parameters.
 */
class GraphCompositionTest {
  @TempDir
  static Path dir;
  private static Connection connection;

  /**
   * edges: 1→2 (2), 1→3 (1), 2→4 (1), 3→4 (5), 4→5 (1), 6→7 (1); people: 1 Ann, 2 Bob, 3 Cy,
   * 4 Dee, 5 Eve, 6 Fay, 7 Gus; words: ant→bee→cat.
   */
  @BeforeAll
  static void writeTablesAndConnect() throws SQLException {
    TestingEdgeFiles.write(dir.resolve("edges.parquet"), List.of(Edge.of(1, 2, 2), Edge.of(1, 3, 1), Edge.of(2, 4, 1),
        Edge.of(3, 4, 5), Edge.of(4, 5, 1), Edge.of(6, 7, 1)), true);
    TestingParquetFiles.file(dir.resolve("people.parquet"),
        "message people { required int64 id; required binary name (STRING); }").write(List.of(
        new Object[] {1L, "Ann"}, new Object[] {2L, "Bob"}, new Object[] {3L, "Cy"}, new Object[] {4L, "Dee"},
        new Object[] {5L, "Eve"}, new Object[] {6L, "Fay"}, new Object[] {7L, "Gus"}));
    TestingEdgeFiles.write(dir.resolve("words.parquet"), List.of(Edge.of("ant", "bee"), Edge.of("bee", "cat")), false);
    connection = GraphTestingQueries.connect(dir);
  }

  @AfterAll
  static void close() throws SQLException {
    connection.close();
  }

  @Test
  void traversalResultsJoinAVertexTable() throws SQLException {
    assertEquals(List.of(row("Ann", 0), row("Bob", 1), row("Cy", 1), row("Dee", 2), row("Eve", 3)), table(connection,
        "SELECT p.name, b.depth FROM TABLE(bfs('edges', 1)) b JOIN people p ON p.id = b.node ORDER BY b.depth, p.name"));
    assertEquals(List.of(row("Ann", null), row("Cy", "Ann"), row("Bob", "Ann"), row("Dee", "Bob"), row("Eve", "Dee")),
        table(connection, "SELECT child.name AS child, up.name AS parent_name FROM TABLE(dijkstra('edges', 1)) d "
            + "JOIN people child ON child.id = d.node LEFT JOIN people up ON up.id = d.parent ORDER BY d.distance"));
  }

  @Test
  void everyDijkstraParentIsJoinedByAnEdgeOfTheGraph() throws SQLException {
    assertEquals(List.of(row(4)), table(connection, "SELECT count(*) FROM TABLE(dijkstra('edges', 1)) d "
        + "JOIN edges e ON e.src = d.parent AND e.dst = d.node"));
  }

  @Test
  void resultsFilterGroupSortAndLimit() throws SQLException {
    assertEquals(List.of(row(0, 1), row(1, 2), row(2, 1), row(3, 1)), table(connection,
        "SELECT depth, count(*) FROM TABLE(bfs('edges', 1)) GROUP BY depth ORDER BY depth"));
    assertEquals(List.of(row(5, 4.0), row(4, 3.0)), table(connection,
        "SELECT node, distance FROM TABLE(dijkstra('edges', 1)) WHERE distance >= 2 ORDER BY distance DESC LIMIT 2"));
    assertEquals(List.of(row(1, 5), row(6, 2)), table(connection, "SELECT component, count(*) AS size "
        + "FROM TABLE(connected_components('edges')) GROUP BY component ORDER BY component"));
  }

  @Test
  void resultsWorkInsideSubqueriesAndCtes() throws SQLException {
    assertEquals(List.of(row(2), row(3)), table(connection, "SELECT t.node FROM (SELECT node, depth "
        + "FROM TABLE(bfs('edges', 1, directed => FALSE))) t WHERE t.depth = 1 ORDER BY t.node"));
    assertEquals(List.of(row(5, 3)), table(connection,
        "WITH r AS (SELECT * FROM TABLE(bfs('edges', 1))) SELECT count(*), max(depth) FROM r"));
    // Vertices on some path from 1 to 4: reachable from 1 and, against the edges, from 4.
    assertEquals(List.of(row(1), row(2), row(3), row(4)), table(connection,
        "WITH fromOne AS (SELECT node FROM TABLE(bfs('edges', 1))), "
            + "toFour AS (SELECT node FROM TABLE(bfs('edges', 4, src => 'dst', dst => 'src'))) "
            + "SELECT f.node FROM fromOne f JOIN toFour t ON f.node = t.node ORDER BY f.node"));
    assertEquals(List.of(row(1), row(2), row(3)), table(connection, "SELECT node FROM TABLE(bfs('edges', 1)) "
        + "WHERE node IN (SELECT node FROM TABLE(dfs('edges', 1, max_depth => 1))) ORDER BY node"));
  }

  @Test
  void edgesMayComeFromAWithQuery() throws SQLException {
    assertEquals(List.of(row(1), row(2), row(3)), table(connection, "SELECT node FROM TABLE(bfs("
        + "'WITH e AS (SELECT src, dst FROM edges WHERE dst <> 4) SELECT * FROM e', 1)) ORDER BY node"));
  }

  @Test
  void integerIdsFromAQueryJoinBigintColumns() throws SQLException {
    assertEquals(List.of(row("Fay"), row("Gus")), table(connection, "SELECT p.name FROM TABLE(bfs("
        + "'SELECT CAST(src AS INTEGER), CAST(dst AS INTEGER) FROM edges', 6)) b JOIN people p ON p.id = b.node "
        + "ORDER BY p.name"));
  }

  @Test
  void argumentsMayBeExpressions() throws SQLException {
    assertEquals(List.of(row(2, 0), row(4, 1), row(5, 2)),
        table(connection, "SELECT node, depth FROM TABLE(bfs('edges', start_node => 1 + 1)) ORDER BY node"));
    assertEquals(List.of(row(1), row(2), row(3)),
        table(connection, "SELECT node FROM TABLE(bfs('edges', 6 - 5, max_depth => 3 - 2)) ORDER BY node"));
    assertEquals(List.of(row(0, 1, 0.0), row(1, 2, 2.0), row(2, 4, 3.0)),
        table(connection, "SELECT * FROM TABLE(shortest_path('edges', 1, 2 * 2, 'wei' || 'ght'))"));
    assertEquals(List.of(row(6, 0, 0, null), row(7, 1, 1, 6)),
        table(connection, "SELECT * FROM TABLE(dfs('edges', CAST('6' AS BIGINT)))"));
    assertEquals(List.of(row(2, 0, null), row(4, 1, 2), row(5, 2, 4)),
        table(connection, "SELECT * FROM TABLE(bfs('edges', '2'))"), "a string literal on an integer graph");
    assertEquals(List.of(row("bee", 0, null), row("cat", 1, "bee")),
        table(connection, "SELECT * FROM TABLE(bfs('words', 'b' || 'ee'))"));
    assertEquals(table(connection, "SELECT node, score FROM TABLE(pagerank('edges', damping => 0.85)) ORDER BY node"),
        table(connection, "SELECT node, score FROM TABLE(pagerank('edges', damping => 0.5 + 0.35)) ORDER BY node"));
  }

  @Test
  void preparedStatementParametersGiveTheVertexAndDepthArguments() throws SQLException {
    try (PreparedStatement bfs = connection.prepareStatement(
        "SELECT node FROM TABLE(bfs('edges', ?, max_depth => ?)) ORDER BY node")) {
      bfs.setLong(1, 1);
      bfs.setInt(2, 1);
      assertEquals(List.of(row(1), row(2), row(3)), table(bfs));
      bfs.setLong(1, 4);
      bfs.setInt(2, -1);
      assertEquals(List.of(row(4), row(5)), table(bfs), "the same statement with other parameters");
      bfs.setString(1, "6");
      assertEquals(List.of(row(6), row(7)), table(bfs), "setString on an integer graph");
    }
    try (PreparedStatement path = connection.prepareStatement(
        "SELECT node, distance FROM TABLE(shortest_path('edges', ?, ?, weight => 'weight'))")) {
      path.setLong(1, 1);
      path.setLong(2, 5);
      assertEquals(List.of(row(1, 0.0), row(2, 2.0), row(4, 3.0), row(5, 4.0)), table(path));
    }
    try (PreparedStatement dfs = connection.prepareStatement("SELECT node FROM TABLE(dfs('words', ?, ?))")) {
      dfs.setString(1, "ant");
      dfs.setInt(2, 1);
      assertEquals(List.of(row("ant"), row("bee")), table(dfs));
    }
  }

  @Test
  void aDampingParameterGivesTheSameScoresAsTheLiteral() throws SQLException {
    try (PreparedStatement pagerank = connection.prepareStatement(
        "SELECT node, score FROM TABLE(pagerank('edges', damping => ?)) ORDER BY node")) {
      for (double damping : new double[] {0.85, 0.5}) {
        pagerank.setDouble(1, damping);
        assertEquals(table(connection, "SELECT node, score FROM TABLE(pagerank('edges', damping => " + damping
            + ")) ORDER BY node"), table(pagerank), "damping " + damping);
      }
    }
  }
}
