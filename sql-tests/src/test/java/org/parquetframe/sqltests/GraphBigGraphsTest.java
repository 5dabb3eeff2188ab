package org.parquetframe.sqltests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.parquetframe.sqltests.GraphTestingRandomGraphs.GraphCase;
import org.parquetframe.sqltests.GraphTestingScratch.SourceForm;
import org.parquetframe.sqltests.TestingEdgeFiles.Edge;

/**
 * The same checks as the other property tests on graphs of 20,000 to 100,000 ids, read over four
 * threads: big enough that edges span several row groups read in parallel, BFS levels run in
 * parallel and bottom-up, and components are found in many racing chunks. Few tries, as each
 * graph takes a while to write.
 */
class GraphBigGraphsTest {
  private static GraphTestingScratch scratch;

  @BeforeContainer
  static void openScratch() throws Exception {
    scratch = GraphTestingScratch.open("threads=4");
  }

  @AfterContainer
  static void closeScratch() throws Exception {
    scratch.close();
  }

  @Provide
  Arbitrary<GraphCase> bigGraphs() {
    return GraphTestingRandomGraphs.bigGraphs();
  }

  @Property(tries = 4)
  void bfsAndDfsOnBigGraphs(@ForAll("bigGraphs") GraphCase g) throws Exception {
    String edges = scratch.write(g.edges(), SourceForm.FILE);
    GraphTestingChecks.bfs(scratch.connection(), edges, g);
    GraphTestingChecks.dfs(scratch.connection(), edges, g);
  }

  @Property(tries = 4)
  void pathsAndComponentsOnBigGraphs(@ForAll("bigGraphs") GraphCase g, @ForAll boolean weighted) throws Exception {
    String edges = scratch.write(g.edges(), SourceForm.TABLE);
    GraphTestingChecks.dijkstra(scratch.connection(), edges, g, true);
    GraphTestingChecks.shortestPath(scratch.connection(), edges, g, weighted);
    GraphTestingChecks.components(scratch.connection(), "connected_components(" + edges + ")", g);
  }

  @Example
  void aPathOfTwoHundredThousandVerticesIsSearchedToItsEnd() throws Exception {
    int n = 200_000;
    List<Edge> edges = new ArrayList<>();
    for (long v = 0; v < n - 1; v++) {
      edges.add(Edge.of(v, v + 1, 1));
    }
    String path = scratch.write(edges, SourceForm.FILE);
    assertEquals(List.of(List.of((long) n, (long) n - 1, (long) n - 1)), GraphTestingQueries.table(
        scratch.connection(), "SELECT count(*), max(discovery), max(depth) FROM TABLE(dfs(" + path + ", 0))"));
    assertEquals(List.of(List.of((long) n, (long) n - 1)), GraphTestingQueries.table(scratch.connection(),
        "SELECT count(*), max(depth) FROM TABLE(dfs(" + path + ", " + (n - 1) + ", directed => FALSE))"));
    assertEquals(List.of(List.of((long) n, n - 1.0)), GraphTestingQueries.table(scratch.connection(),
        "SELECT count(*), max(distance) FROM TABLE(shortest_path(" + path + ", 0, " + (n - 1) + ", 'weight'))"));
  }
}
