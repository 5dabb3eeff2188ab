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
 * {@code shortest_path} and {@code dijkstra} on random weighted multigraphs of up to 2,000 ids
 * (integer and half weights, zeros and ties included, so that sums are exact), checked against
 * {@link GraphOracle}'s priority-queue Dijkstra. Where several answers are optimal, each returned
 * path or parent is checked to be made of real edges whose weights add up to the optimal distance.
 */
class GraphPathsTest {
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

  @Property(tries = 50)
  void shortestPathIsAChainOfEdgesWhoseCostIsOptimalAtEveryStep(@ForAll("graphs") GraphCase g,
      @ForAll boolean weighted, @ForAll SourceForm form) throws Exception {
    GraphTestingChecks.shortestPath(scratch.connection(), scratch.write(g.edges(), form, weighted), g, weighted);
  }

  @Property(tries = 50)
  void dijkstraGivesEveryReachableVertexItsLeastWeightAndATreeOfTightParents(@ForAll("graphs") GraphCase g,
      @ForAll boolean weightNamed, @ForAll SourceForm form) throws Exception {
    GraphTestingChecks.dijkstra(scratch.connection(), scratch.write(g.edges(), form), g, weightNamed);
  }
}
