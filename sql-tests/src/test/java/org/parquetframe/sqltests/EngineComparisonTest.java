package org.parquetframe.sqltests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.parquetframe.sqltests.GraphTestingRandomGraphs.GraphCase;
import org.parquetframe.sqltests.GraphTestingScratch.SourceForm;

/**
 * Every graph function through JDBC with {@code engine => 'native'} and with {@code engine =>
 * 'jvm'} on the same random graphs (BIGINT and VARCHAR ids, NULL rows, parallel edges, small and
 * big graphs): the rows must be the same, in the same order, value for value. Skipped when the
 * native engine is not available (a build without a C compiler).
 */
@AddLifecycleHook(TestingNative.class)
class EngineComparisonTest {
  private static GraphTestingScratch scratch;

  @BeforeContainer
  static void openScratch() throws Exception {
    scratch = GraphTestingScratch.open();
  }

  @AfterContainer
  static void closeScratch() throws Exception {
    if (scratch != null) {
      scratch.close();
    }
  }

  @Provide
  Arbitrary<GraphCase> graphs() {
    return GraphTestingRandomGraphs.nonEmptyGraphs();
  }

  @Provide
  Arbitrary<GraphCase> bigGraphs() {
    return GraphTestingRandomGraphs.bigGraphs();
  }

  @Property(tries = 25)
  void everyFunctionGivesTheSameRowsOnBothEngines(@ForAll("graphs") GraphCase g, @ForAll SourceForm form)
      throws Exception {
    assertSameOnBothEngines(g, scratch.write(g.edges(), form));
  }

  @Property(tries = 3)
  void bigGraphsGiveTheSameRowsOnBothEngines(@ForAll("bigGraphs") GraphCase g) throws Exception {
    assertSameOnBothEngines(g, scratch.write(g.edges(), SourceForm.FILE));
  }

  private static void assertSameOnBothEngines(GraphCase g, String edges) throws Exception {
    String start = GraphCase.literal(g.start());
    String target = GraphCase.literal(g.target());
    String directed = g.directed() ? "TRUE" : "FALSE";
    List<String> calls = List.of(
        "pagerank(" + edges + ", tolerance => 1e-10, max_iterations => 500",
        "pagerank(" + edges + ", weight => 'weight'",
        "bfs(" + edges + ", " + start + ", max_depth => " + g.maxDepth() + ", directed => " + directed,
        "dfs(" + edges + ", " + start + ", max_depth => " + g.maxDepth() + ", directed => " + directed,
        "dijkstra(" + edges + ", " + start + ", directed => " + directed,
        "shortest_path(" + edges + ", " + start + ", " + target + ", weight => 'weight', directed => " + directed,
        "shortest_path(" + edges + ", " + start + ", " + target + ", directed => " + directed,
        "connected_components(" + edges);
    Connection connection = scratch.connection();
    for (String call : calls) {
      List<List<Object>> jvm = GraphTestingQueries.table(connection, "SELECT * FROM TABLE(" + call
          + ", engine => 'jvm'))");
      List<List<Object>> nativeRows = GraphTestingQueries.table(connection, "SELECT * FROM TABLE(" + call
          + ", engine => 'native'))");
      assertEquals(jvm, nativeRows, call);
    }
  }
}
