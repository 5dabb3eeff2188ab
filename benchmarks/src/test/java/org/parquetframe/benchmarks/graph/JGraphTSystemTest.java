package org.parquetframe.benchmarks.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.DirectedWeightedPseudograph;
import org.junit.jupiter.api.Test;

/** JGraphT's side of the comparison on a graph small enough to work out by hand. */
class JGraphTSystemTest {

  /** 0→1 (2), 1→2 (3), 0→2 (10), 2→0 (1), 1→1 (4), a parallel 0→1 (7), and 3→4 apart. */
  private static Graph<Integer, DefaultWeightedEdge> graph() {
    Graph<Integer, DefaultWeightedEdge> graph = new DirectedWeightedPseudograph<>(DefaultWeightedEdge.class);
    int[][] edges = {{0, 1, 2}, {1, 2, 3}, {0, 2, 10}, {2, 0, 1}, {1, 1, 4}, {0, 1, 7}, {3, 4, 1}};
    for (int[] e : edges) {
      Graphs.addEdgeWithVertices(graph, e[0], e[1], e[2]);
    }
    return graph;
  }

  @Test
  void answersAreTheOnesWorkedOutByHand() {
    Graph<Integer, DefaultWeightedEdge> graph = graph();
    assertEquals(7, graph.edgeSet().size(), "parallel edges and self-loops are kept, as ours keeps them");
    assertEquals("reached 3", JGraphTSystem.answer(GraphKernel.BFS, graph, 0, 0));
    assertEquals("reached 3", JGraphTSystem.answer(GraphKernel.DFS, graph, 0, 0));
    assertEquals("reached 3, farthest 5", JGraphTSystem.answer(GraphKernel.DIJKSTRA, graph, 0, 0));
    assertEquals("distance 5", JGraphTSystem.answer(GraphKernel.SHORTEST_PATH, graph, 0, 2));
    assertEquals("distance none", JGraphTSystem.answer(GraphKernel.SHORTEST_PATH, graph, 0, 4));
    assertEquals("components 2", JGraphTSystem.answer(GraphKernel.CONNECTED_COMPONENTS, graph, 0, 0));
    // Vertex 4 only receives (from 3, whose rank is all teleport); 0, 1, 2 form a cycle: 1 collects 0's two edges.
    assertEquals("top 1", JGraphTSystem.answer(GraphKernel.PAGERANK, graph, 0, 0));
  }

  @Test
  void dfsRunsLastSoThatItsQuadraticCaseCannotStarveTheOthers() {
    assertEquals(List.of("pagerank", "bfs", "connected_components", "dfs"),
        JGraphTSystem.slowestLast(List.of("pagerank", "dfs", "bfs", "connected_components")));
    assertEquals(List.of("bfs"), JGraphTSystem.slowestLast(List.of("bfs")));
  }
}
