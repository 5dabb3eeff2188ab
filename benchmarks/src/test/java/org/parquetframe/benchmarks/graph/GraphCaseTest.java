package org.parquetframe.benchmarks.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parquetframe.cli.GraphModel;

class GraphCaseTest {

  @Test
  void tenEdgesPerVertexAndAPowerOfTwoForRmat() {
    assertEquals(1_000_000, new GraphCase(GraphModel.UNIFORM, 10_000_000, 42).vertices());
    assertEquals(1 << 19, new GraphCase(GraphModel.RMAT, 10_000_000, 42).vertices());
    assertEquals(1, new GraphCase(GraphModel.UNIFORM, 5, 42).vertices());
    assertEquals(2, new GraphCase(GraphModel.RMAT, 5, 42).vertices());
  }

  @Test
  void namesItsTableAndFileAfterModelEdgesAndSeed() {
    GraphCase graph = new GraphCase(GraphModel.RMAT, 1_000, -7);
    assertEquals("rmat_e1000_sm7", graph.tableName());
    assertEquals(graph.tableName() + ".parquet", graph.fileName());
    assertEquals(List.of("generate-graph", "g.parquet", "--vertices", "64", "--edges", "1000", "--seed", "-7",
        "--model", "rmat"), List.of(graph.generateGraphArguments("g.parquet")));
  }

  @Test
  void startsAtTheFirstEdgesSourceAndLooksForTheLastEdgesTarget() {
    GraphCase graph = new GraphCase(GraphModel.UNIFORM, 500, 3);
    List<long[]> edges = new ArrayList<>();
    graph.synthetic().forEachEdge((src, dst, weight) -> edges.add(new long[] {src, dst}));
    assertEquals(new GraphCase.Endpoints(edges.get(0)[0], edges.get(499)[1]), graph.endpoints());
  }

  @Test
  void refusesAGraphWithoutEdges() {
    assertThrows(IllegalArgumentException.class, () -> new GraphCase(GraphModel.UNIFORM, 0, 1));
  }
}
