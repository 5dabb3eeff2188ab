package org.parquetframe.benchmarks.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import org.junit.jupiter.api.Test;

class GraphRatiosTest {
  private static final String OURS = BenchOptions.PARQUETFRAME;
  private static final String PEER = BenchOptions.JGRAPHT;

  @Test
  void warmIsOursOverThePeersKernelAndColdAddsThePeersBuild() {
    BenchResults results = new TestingResults()
        .add(OURS, "build", "cold", "", 0.2, 0.4, 0.3)
        .add(OURS, "pagerank", "cold", "top 1", 1.0, 3.0, 2.0)
        .add(OURS, "pagerank", "warm", "top 1", 0.5, 0.1, 0.1, 0.3)
        .add(PEER, "build", "cold", "", 6.0)
        .add(PEER, "pagerank", "run", "top 1", 2.0, 2.0, 5.0)
        .build();
    Map<String, Double> ratios = results.ratios();
    assertEquals(0.3 / 6.0, ratios.get("uniform/e1000/build/cold"), 1e-12);
    assertEquals(0.2 / 2.0, ratios.get("uniform/e1000/pagerank/warm"), 1e-12, "medians 0.2 (even count) and 2.0");
    assertEquals(2.0 / (6.0 + 2.0), ratios.get("uniform/e1000/pagerank/cold"), 1e-12);
  }

  @Test
  void aRatioWithAMissingOrUnfinishedSideIsLeftOut() {
    BenchResults results = new TestingResults()
        .add(OURS, "bfs", "warm", "reached 3", 0.1)
        .add(OURS, "bfs", "cold", "reached 3", 0.1)
        .dnf(PEER, "build", "cold")
        .add(PEER, "bfs", "run", "reached 3", 0.05)
        .build();
    assertEquals(0.1 / 0.05, results.ratios().get("uniform/e1000/bfs/warm"), 1e-12);
    assertFalse(results.ratios().containsKey("uniform/e1000/bfs/cold"), "JGraphT's build did not finish");
    assertFalse(results.ratios().containsKey("uniform/e1000/pagerank/warm"), "not measured at all");
  }
}
