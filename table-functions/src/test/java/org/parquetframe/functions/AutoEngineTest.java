package org.parquetframe.functions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.parquetframe.kernels.graph.Graph;
import org.parquetframe.nativekernels.NativeLibrary;

/** {@code auto}'s rule: size and function decide; without the library everything runs on the JVM. */
class AutoEngineTest {
  private static Graph chain(int edges) {
    int[] src = new int[edges];
    int[] dst = new int[edges];
    for (int e = 0; e < edges; e++) {
      src[e] = e;
      dst[e] = e + 1;
    }
    return Graph.fromEdges(edges + 1, src, dst, null, edges, 1);
  }

  @Test
  void smallGraphsAndUnmeasuredFunctionsRunOnTheJvm() {
    Graph small = chain(1000);
    Graph big = chain((int) AutoEngine.MIN_NATIVE_EDGES);
    assertEquals("jvm", AutoEngine.choose("bfs", small).name());
    assertEquals("jvm", AutoEngine.choose("connected_components", big).name());
    assertEquals("jvm", AutoEngine.choose("bfs", big).name());
    assertEquals("jvm", AutoEngine.choose("parquet_metadata", big).name());
    String expected = NativeLibrary.isAvailable() ? "native" : "jvm";
    assertEquals(expected, AutoEngine.choose("pagerank", big).name());
    assertEquals(expected, AutoEngine.choose("dijkstra", big).name());
    assertEquals(expected, Engine.AUTO.kernels("dfs", big).name());
    assertEquals("jvm", Engine.JVM.kernels("dfs", big).name());
  }
}
