package org.parquetframe.benchmarks.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parquetframe.benchmarks.report.PeakMemory;

class ChildProtocolTest {

  @Test
  void measurementsAndMemoryCrossTheProcessBoundaryIntact() {
    Measurement m = new Measurement("jgrapht", "rmat", 10, "dfs", "run", List.of(1.5, 2.5), Measurement.OK, "reached 3");
    assertEquals(m, ChildProtocol.measurement(ChildProtocol.line(m)));
    assertNull(ChildProtocol.memory(ChildProtocol.line(m)));
    PeakMemory memory = new PeakMemory(10, 20);
    assertEquals(memory, ChildProtocol.memory(ChildProtocol.line(memory)));
  }

  @Test
  void otherOutputIsIgnored() {
    assertNull(ChildProtocol.measurement("SLF4J: No providers were found."));
    assertNull(ChildProtocol.memory(""));
  }

  @Test
  void eachSystemReportsItsBuildAndEveryKernelInItsPhases() {
    MeasureTask task = new MeasureTask("parquetframe", "/d", "uniform", 10, "t", "w", 0, 0, 0, 0,
        List.of("bfs", "pagerank"), 1, 1, 1);
    assertEquals(List.of("build/cold", "bfs/cold", "bfs/warm", "pagerank/cold", "pagerank/warm"),
        EndToEndRunner.slots(task).stream().map(s -> s[0] + "/" + s[1]).toList());
    MeasureTask peer = new MeasureTask("jgrapht", "/d", "uniform", 10, "t", "w", 0, 0, 0, 0, List.of("bfs"), 1, 1, 1);
    assertEquals(List.of("build/cold", "bfs/run"),
        EndToEndRunner.slots(peer).stream().map(s -> s[0] + "/" + s[1]).toList());
  }
}
