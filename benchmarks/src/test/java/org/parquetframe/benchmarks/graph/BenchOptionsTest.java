package org.parquetframe.benchmarks.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parquetframe.cli.GraphModel;

class BenchOptionsTest {

  @Test
  void theFullRunClimbsTheLadderToTenMillionEdgesOnBothModels() {
    BenchOptions options = BenchOptions.parse(List.of());
    assertFalse(options.quick());
    assertEquals(List.of(1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L), options.sizes());
    assertEquals(List.of("uniform", "rmat"), options.models());
    assertEquals(GraphKernel.ALL, options.kernels());
    assertEquals(BenchOptions.SYSTEMS, options.systems());
    assertEquals(3, options.reps());
    assertEquals(10, options.cases().size());
    assertEquals(new GraphCase(GraphModel.RMAT, 1_000, 42), options.cases().get(5));
  }

  @Test
  void theQuickModeUsesSmallGraphsAndItsOwnOutputFolder() {
    BenchOptions quick = BenchOptions.parse(List.of("--quick"));
    assertTrue(quick.quick());
    assertTrue(quick.sizes().stream().allMatch(edges -> edges <= 100_000), quick.sizes().toString());
    assertTrue(quick.outDir().endsWith("bench-quick"), quick.outDir());
    assertEquals(List.of(1_000L), BenchOptions.parse(List.of("--sizes", "1K", "--quick")).sizes(),
        "options override the quick defaults wherever --quick stands");
  }

  @Test
  void sizesTakeSuffixesAndComeOutSortedWithoutDuplicates() {
    assertEquals(List.of(2_500L, 1_000_000L, 10_000_000L), BenchOptions.parseSizes("10M, 2500,1m,1_000_000"));
    assertEquals(List.of(1_000_000_000L), BenchOptions.parseSizes("1G"));
  }

  @Test
  void everyOptionIsParsed() {
    BenchOptions options = BenchOptions.parse(List.of("--models", "RMAT", "--kernels", "bfs,pagerank",
        "--systems", "jgrapht", "--reps", "7", "--budget", "30", "--threads", "1", "--heap", "512m",
        "--seed", "-3", "--data", "/tmp/d", "--out", "/tmp/o"));
    assertEquals(List.of("rmat"), options.models());
    assertEquals(List.of("bfs", "pagerank"), options.kernels());
    assertEquals(List.of("jgrapht"), options.systems());
    assertEquals(List.of(7, 30, 1), List.of(options.reps(), options.budgetSeconds(), options.threads()));
    assertEquals("512m", options.heap());
    assertEquals(-3, options.seed());
    assertEquals("/tmp/d", options.dataDir());
    assertEquals("/tmp/o", options.outDir());
  }

  @Test
  void wrongValuesSayWhatIsExpected() {
    assertMessage("--sizes expects edge counts like 1K,10M or 2500, not '10Q'", "--sizes", "10Q");
    assertMessage("an edge count must be in [1, ", "--sizes", "0");
    assertMessage("unknown kernel 'sssp'; choose from pagerank, bfs", "--kernels", "sssp");
    assertMessage("unknown system 'networkx'; choose from parquetframe, jgrapht", "--systems", "networkx");
    assertMessage("unknown graph model 'kron'; choose uniform or rmat", "--models", "kron");
    assertMessage("--reps must be in [1, 1000], not 0", "--reps", "0");
    assertMessage("--threads expects a whole number, not 'two'", "--threads", "two");
    assertMessage("--heap expects a JVM heap size like 6g or 4096m, not '6 GB'", "--heap", "6 GB");
    assertMessage("option --out needs a value", "--out");
    assertMessage("unknown option '--fast'", "--fast", "1");
    assertMessage("unexpected argument 'pagerank'", "pagerank");
    assertMessage("must each name at least one", "--kernels", ",");
  }

  private static void assertMessage(String expected, String... args) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BenchOptions.parse(List.of(args)));
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }
}
