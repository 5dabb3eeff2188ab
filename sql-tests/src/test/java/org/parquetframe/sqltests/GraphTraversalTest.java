package org.parquetframe.sqltests;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.parquetframe.sqltests.GraphTestingRandomGraphs.GraphCase;
import org.parquetframe.sqltests.GraphTestingScratch.SourceForm;

/**
 * {@code bfs} and {@code dfs} on random multigraphs of up to 2,000 ids (directed and undirected,
 * BIGINT and VARCHAR ids, edges from a file, a table name or a query), checked against
 * {@link GraphOracle}'s queue BFS and recursive DFS: BFS parents may be any vertex one level up
 * with an edge to the child, DFS is fully determined by the edge order and must match exactly.
 */
class GraphTraversalTest {
  private static GraphTestingScratch scratch;

  @BeforeContainer
  static void openScratch() throws Exception {
    scratch = GraphTestingScratch.open();
  }

  @AfterContainer
  static void closeScratch() throws Exception {
    scratch.close();
  }

  @Provide
  Arbitrary<GraphCase> graphs() {
    return GraphTestingRandomGraphs.nonEmptyGraphs();
  }

  @Property(tries = 40)
  void bfsFindsEveryVertexWithinMaxDepthAtItsHopDistanceWithAParentOneLevelUp(
      @ForAll("graphs") GraphCase g, @ForAll SourceForm form) throws Exception {
    GraphTestingChecks.bfs(scratch.connection(), scratch.write(g.edges(), form), g);
  }

  @Property(tries = 40)
  void dfsVisitsInThePreOrderThatEdgeOrderDetermines(@ForAll("graphs") GraphCase g, @ForAll SourceForm form)
      throws Exception {
    GraphTestingChecks.dfs(scratch.connection(), scratch.write(g.edges(), form), g);
  }
}
