package org.parquetframe.sqltests;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import org.parquetframe.sqltests.GraphTestingRandomGraphs.GraphCase;
import org.parquetframe.sqltests.GraphTestingScratch.SourceForm;

/**
 * {@code connected_components} on random multigraphs (the empty graph included), compared exactly
 * with {@link GraphOracle}'s union-find: every vertex once, named by the smallest id of its weakly
 * connected component in numeric (BIGINT) or code-point (VARCHAR) order.
 */
class GraphComponentsTest {
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
    return GraphTestingRandomGraphs.graphs();
  }

  @Property(tries = 50)
  void everyVertexIsNamedByTheSmallestIdOfItsWeaklyConnectedComponent(@ForAll("graphs") GraphCase g,
      @ForAll SourceForm form) throws Exception {
    String edges = scratch.write(g.edges(), form);
    GraphTestingChecks.components(scratch.connection(), "connected_components(" + edges + ")", g);
    long components = GraphOracle.components(g.edges()).values().stream().distinct().count();
    Statistics.label("components").collect(bucket(components));
    Statistics.label("edge rows").collect(bucket(g.edges().size()));
  }

  @Property(tries = 30)
  void swappingTheVertexColumnsByNameChangesNothingAsDirectionIsIgnored(@ForAll("graphs") GraphCase g)
      throws Exception {
    String edges = scratch.write(g.edges(), SourceForm.FILE);
    GraphTestingChecks.components(scratch.connection(),
        "connected_components(dst => 'src', edges => " + edges + ", SRC => 'dst')", g);
  }

  private static String bucket(long count) {
    return count == 0 ? "0" : count < 10 ? "1-9" : count < 100 ? "10-99" : count < 1000 ? "100-999" : "1000+";
  }
}
