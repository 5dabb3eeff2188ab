package org.parquetframe.sqltests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parquetframe.sqltests.GraphTestingRandomGraphs.GraphCase.literal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parquetframe.sqltests.GraphOracle.DfsVisit;
import org.parquetframe.sqltests.GraphTestingRandomGraphs.GraphCase;

/**
 * What the property tests check for each function, given the SQL literal naming a graph's edges
 * and the drawn graph. Where several answers are right (BFS parents, equal-cost paths, Dijkstra
 * parents) the answer is checked to be one of them; DFS and components must match the oracle
 * exactly.
 */
final class GraphTestingChecks {
  private GraphTestingChecks() {}

  /** bfs: every vertex within max_depth at its hop distance, in visit order, with a parent one level up. */
  static void bfs(Connection connection, String edges, GraphCase g) throws SQLException {
    List<Map<String, Object>> rows = GraphTestingQueries.query(connection, "SELECT node, depth, parent FROM TABLE(bfs("
        + edges + ", " + literal(g.start()) + ", max_depth => " + g.maxDepth() + ", directed => " + g.directed() + "))");
    GraphOracle graph = GraphOracle.of(g.edges(), g.directed());
    Map<Object, Integer> depths = new HashMap<>();
    GraphTestingQueries.byKey(rows, "node", "depth").forEach((node, depth) -> depths.put(node, toInt(depth)));
    assertEquals(graph.bfsDepths(g.start(), g.maxDepth()), depths, "hop distance of every vertex within max_depth");

    assertEquals(g.start(), rows.get(0).get("node"), "the start vertex is visited first");
    assertNull(rows.get(0).get("parent"), "the start vertex has no parent");
    int previousDepth = 0;
    for (Map<String, Object> row : rows.subList(1, rows.size())) {
      Object node = row.get("node");
      Object parent = row.get("parent");
      int depth = toInt(row.get("depth"));
      assertTrue(depth >= previousDepth, "rows in visit order: depths never decrease, but " + node + " comes late");
      previousDepth = depth;
      assertNotNull(parent, "only the start vertex lacks a parent, but " + node + " does");
      assertEquals(depth - 1, depths.get(parent), "parent " + parent + " of " + node + " is one level up");
      assertTrue(graph.hasArc(parent, node), "an edge leads from parent " + parent + " to " + node);
    }
  }

  /** dfs: exactly the oracle's pre-order, with its discovery numbers, depths and parents. */
  static void dfs(Connection connection, String edges, GraphCase g) throws SQLException {
    List<Map<String, Object>> rows = GraphTestingQueries.query(connection, "SELECT node, discovery, depth, parent "
        + "FROM TABLE(dfs(" + edges + ", " + literal(g.start()) + ", " + g.maxDepth() + ", " + g.directed() + "))");
    List<DfsVisit> actual = new ArrayList<>();
    for (Map<String, Object> row : rows) {
      actual.add(new DfsVisit(row.get("node"), toInt(row.get("discovery")), toInt(row.get("depth")),
          row.get("parent")));
    }
    List<DfsVisit> expected = GraphOracle.of(g.edges(), g.directed()).dfs(g.start(), g.maxDepth());
    for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
      assertEquals(expected.get(i), actual.get(i), "visit " + i);
    }
    assertEquals(expected.size(), actual.size(), "number of vertices visited");
  }

  /** shortest_path: a chain of real edges from start to target whose cost so far is optimal at every step. */
  static void shortestPath(Connection connection, String edges, GraphCase g, boolean weighted) throws SQLException {
    List<Map<String, Object>> rows = GraphTestingQueries.query(connection, "SELECT step, node, distance "
        + "FROM TABLE(shortest_path(" + edges + ", " + literal(g.start()) + ", " + literal(g.target())
        + (weighted ? ", weight => 'weight'" : "") + ", directed => " + g.directed() + "))");
    GraphOracle graph = GraphOracle.of(weighted ? g.edges() : g.unweighted(), g.directed());
    Map<Object, Double> optimal = graph.distances(g.start());
    if (!optimal.containsKey(g.target())) {
      assertEquals(List.of(), rows, "no rows when the target is unreachable");
      return;
    }
    assertEquals(g.start(), rows.get(0).get("node"), "the path starts at start_node");
    assertEquals(g.target(), rows.get(rows.size() - 1).get("node"), "the path ends at target_node");
    for (int step = 0; step < rows.size(); step++) {
      Map<String, Object> row = rows.get(step);
      assertEquals(step, toInt(row.get("step")), "steps count from 0 in row order");
      double distance = (Double) row.get("distance");
      assertEquals(optimal.get(row.get("node")), distance, "cost so far is optimal at step " + step);
      if (step > 0) {
        Object from = rows.get(step - 1).get("node");
        double cost = distance - (Double) rows.get(step - 1).get("distance");
        assertTrue(graph.hasArc(from, row.get("node"), cost),
            "an edge of weight " + cost + " leads from " + from + " to " + row.get("node"));
      }
    }
  }

  /** dijkstra: the least weight of every reachable vertex, and parents joined by tight edges into a tree. */
  static void dijkstra(Connection connection, String edges, GraphCase g, boolean weightNamed) throws SQLException {
    List<Map<String, Object>> rows = GraphTestingQueries.query(connection, "SELECT node, distance, parent "
        + "FROM TABLE(dijkstra(" + edges + ", " + literal(g.start()) + (weightNamed ? ", weight => 'weight'" : "")
        + ", directed => " + g.directed() + "))");
    GraphOracle graph = GraphOracle.of(g.edges(), g.directed());
    Map<Object, Object> distance = GraphTestingQueries.byKey(rows, "node", "distance");
    assertEquals(graph.distances(g.start()), distance, "least total weight of every reachable vertex");

    Map<Object, Object> parent = GraphTestingQueries.byKey(rows, "node", "parent");
    assertNull(parent.get(g.start()), "start_node has no parent");
    for (Object node : parent.keySet()) {
      if (!node.equals(g.start())) {
        Object up = parent.get(node);
        assertNotNull(up, "every vertex but start_node has a parent, but " + node + " has none");
        assertTrue(distance.containsKey(up), "parent " + up + " of " + node + " is itself a row");
        double cost = (Double) distance.get(node) - (Double) distance.get(up);
        assertTrue(graph.hasArc(up, node, cost), "an edge of weight " + cost + " leads from parent " + up + " to "
            + node);
      }
    }
    assertParentsLeadToStart(parent, g.start());
  }

  /** connected_components: exactly the oracle's union-find, each vertex named by its component's smallest id. */
  static void components(Connection connection, String call, GraphCase g) throws SQLException {
    List<Map<String, Object>> rows = GraphTestingQueries.query(connection, "SELECT node, component FROM TABLE("
        + call + ")");
    assertEquals(GraphOracle.components(g.edges()), GraphTestingQueries.byKey(rows, "node", "component"));
  }

  /** Zero-weight edges would let tight parents form a cycle; following parents must end at start. */
  private static void assertParentsLeadToStart(Map<Object, Object> parent, Object start) {
    Set<Object> leadsToStart = new HashSet<>(Set.of(start));
    for (Object node : parent.keySet()) {
      Set<Object> chain = new HashSet<>();
      Object current = node;
      while (!leadsToStart.contains(current)) {
        assertTrue(chain.add(current), "parents of " + node + " run in a cycle through " + current);
        current = parent.get(current);
      }
      leadsToStart.addAll(chain);
    }
  }

  private static int toInt(Object value) {
    return ((Number) value).intValue();
  }
}
