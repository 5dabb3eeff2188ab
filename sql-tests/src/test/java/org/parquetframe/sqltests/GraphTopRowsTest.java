package org.parquetframe.sqltests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parquetframe.sqltests.TestingEdgeFiles.Edge;

/**
 * {@code ORDER BY score LIMIT k} over pagerank, which the function answers from its score array,
 * gives exactly what sorting all its rows gives: the same rows in the same order, ties in the
 * order the function returns them, with OFFSET, either direction and {@code ?} parameters; and
 * orders it cannot answer itself (another column, a filter between) still come out right.
 */
class GraphTopRowsTest {
  @TempDir
  Path dir;

  @BeforeEach
  void writeGraphs() {
    List<Edge> cycle = new ArrayList<>(); // every vertex scores the same: all ties
    for (long v = 0; v < 50; v++) {
      cycle.add(Edge.of(v * 7 % 50, (v * 7 + 7) % 50));
    }
    TestingEdgeFiles.write(dir.resolve("cycle.parquet"), cycle, false);
    List<Edge> random = new ArrayList<>(); // a few score levels: some ties, some not
    SplittableRandom draw = new SplittableRandom(5);
    for (int i = 0; i < 3_000; i++) {
      random.add(Edge.of((long) draw.nextInt(400), (long) draw.nextInt(20) * 20));
    }
    TestingEdgeFiles.write(dir.resolve("random.parquet"), random, false);
  }

  @Test
  void topRowsMatchSortingEveryRow() throws SQLException {
    try (Connection connection = GraphTestingQueries.connect(dir)) {
      for (String graph : List.of("cycle", "random")) {
        List<List<Object>> all = GraphTestingQueries.table(connection,
            "SELECT node, score FROM TABLE(pagerank('" + graph + ".parquet'))");
        for (boolean descending : new boolean[] {true, false}) {
          for (int[] window : new int[][] {{10, 0}, {1, 0}, {0, 0}, {25, 30}, {5, 5_000}, {100_000, 3}}) {
            String sql = "SELECT node, score FROM TABLE(pagerank('" + graph + ".parquet')) ORDER BY score "
                + (descending ? "DESC" : "ASC") + " LIMIT " + window[0] + " OFFSET " + window[1];
            assertEquals(slice(all, 1, descending, window[0], window[1]), GraphTestingQueries.table(connection, sql), sql);
          }
        }
      }
    }
  }

  @Test
  void limitAndOffsetAsParameters() throws SQLException {
    try (Connection connection = GraphTestingQueries.connect(dir);
        PreparedStatement statement = connection.prepareStatement(
            "SELECT node, score FROM TABLE(pagerank('random.parquet')) ORDER BY score DESC LIMIT ? OFFSET ?")) {
      List<List<Object>> all = GraphTestingQueries.table(connection,
          "SELECT node, score FROM TABLE(pagerank('random.parquet'))");
      statement.setInt(1, 7);
      statement.setInt(2, 3);
      assertEquals(slice(all, 1, true, 7, 3), GraphTestingQueries.table(statement));
    }
  }

  @Test
  void ordersTheFunctionCannotAnswerStillComeOutRight() throws SQLException {
    try (Connection connection = GraphTestingQueries.connect(dir)) {
      List<List<Object>> all = GraphTestingQueries.table(connection,
          "SELECT node, score FROM TABLE(pagerank('random.parquet'))");
      assertEquals(slice(all, 0, true, 5, 2), GraphTestingQueries.table(connection,
          "SELECT node, score FROM TABLE(pagerank('random.parquet')) ORDER BY node DESC LIMIT 5 OFFSET 2"));
      double median = (Double) slice(all, 1, false, 1, all.size() / 2).get(0).get(1);
      List<List<Object>> above = all.stream().filter(row -> (Double) row.get(1) > median).toList();
      assertEquals(slice(above, 1, true, 4, 0), GraphTestingQueries.table(connection, "SELECT node, score FROM "
          + "TABLE(pagerank('random.parquet')) WHERE score > " + median + " ORDER BY score DESC LIMIT 4"));
      Map<String, Object> top = GraphTestingQueries.query(connection, "SELECT score * 2 AS doubled, node FROM "
          + "TABLE(pagerank('random.parquet')) ORDER BY doubled DESC LIMIT 1").get(0);
      assertEquals(2 * (Double) slice(all, 1, true, 1, 0).get(0).get(1), (Double) top.get("doubled"), 1e-15);
    }
  }

  /** Rows {@code [offset, offset + limit)} of {@code rows} stably sorted on column {@code column}. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static List<List<Object>> slice(List<List<Object>> rows, int column, boolean descending, int limit,
      int offset) {
    Comparator<List<Object>> order = Comparator.comparing(row -> (Comparable) row.get(column));
    List<List<Object>> sorted = new ArrayList<>(rows);
    sorted.sort(descending ? order.reversed() : order);
    return sorted.subList(Math.min(offset, sorted.size()), (int) Math.min(sorted.size(), (long) offset + limit));
  }
}
