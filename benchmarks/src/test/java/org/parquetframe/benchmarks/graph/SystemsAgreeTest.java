package org.parquetframe.benchmarks.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parquetframe.cli.GraphModel;

/**
 * Both systems, run in this JVM on a small generated R-MAT file, report every slot and the same
 * answers: the runner measures the same work on both sides.
 */
class SystemsAgreeTest {
  @TempDir
  Path dir;

  @Test
  void parquetFrameAndJGraphTComputeTheSameAnswersOnTheSameFile() throws Exception {
    PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
    GraphCase graph = new GraphCase(GraphModel.RMAT, 3_000, 42);
    GraphCase warmup = new GraphCase(GraphModel.UNIFORM, 200, 42);
    GraphFiles.ensure(dir, graph, quiet);
    Files.copy(dir.resolve(graph.fileName()), dir.resolve(warmup.fileName())); // one round on any small graph
    GraphCase.Endpoints ends = graph.endpoints();
    Map<String, String> answers = new TreeMap<>();
    List<Measurement> measured = new ArrayList<>();
    for (String system : BenchOptions.SYSTEMS) {
      MeasureTask task = new MeasureTask(system, dir.toString(), "rmat", graph.edges(), graph.tableName(),
          warmup.tableName(), ends.start(), 1, ends.start(), ends.target(), GraphKernel.ALL, 1, 2, 60);
      List<Measurement> mine = new ArrayList<>();
      if (system.equals(BenchOptions.JGRAPHT)) {
        new JGraphTSystem(task, mine::add).run(() -> { });
      } else {
        new ParquetFrameSystem(task, mine::add).run(() -> { });
      }
      assertEquals(EndToEndRunner.slots(task).size(), mine.size(), system + " reports every slot: " + mine);
      for (Measurement m : mine) {
        assertEquals(1, m.seconds().size(), m.toString());
        assertTrue(m.seconds().stream().allMatch(s -> s > 0), m.toString());
        if (!m.kernel().equals(GraphKernel.BUILD)) {
          String previous = answers.put(m.kernel() + "/" + system, m.answer());
          assertTrue(previous == null || previous.equals(m.answer()), "cold and warm agree: " + m);
        }
      }
      measured.addAll(mine);
    }
    for (String kernel : GraphKernel.ALL) {
      assertEquals(answers.get(kernel + "/" + BenchOptions.JGRAPHT), answers.get(kernel + "/" + BenchOptions.PARQUETFRAME),
          kernel + ": " + answers);
    }
    assertTrue(answers.get("bfs/jgrapht").matches("reached [0-9]{2,}"), answers.toString());
  }
}
