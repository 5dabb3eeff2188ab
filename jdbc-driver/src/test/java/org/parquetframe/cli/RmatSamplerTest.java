package org.parquetframe.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parquetframe.adapter.format.ParquetFooter;

class RmatSamplerTest {
  private static final Progress QUIET = new Progress("test", "edges", 0, new PrintStream(OutputStream.nullOutputStream()));

  @TempDir
  Path dir;

  private static SyntheticGraph graph(long vertices, long edges, GraphModel model) {
    return new SyntheticGraph(vertices, edges, 42, 1000, CompressionCodecName.SNAPPY, model);
  }

  @Test
  void scrambleIsAPermutationOfTheIdRange() {
    for (long vertices : new long[] {1, 2, 8, 1024, 1 << 13}) {
      RmatSampler sampler = new RmatSampler(vertices, 7);
      BitSet seen = new BitSet();
      for (long id = 0; id < vertices; id++) {
        long scrambled = sampler.scramble(id);
        assertTrue(scrambled >= 0 && scrambled < vertices, "scramble(" + id + ") = " + scrambled);
        seen.set((int) scrambled);
      }
      assertEquals(vertices, seen.cardinality(), "every id is hit exactly once for " + vertices + " vertices");
    }
  }

  @Test
  void idsStayInRangeWhenTheVertexCountIsNoPowerOfTwo() {
    long[] maxima = new long[2];
    graph(1000, 20_000, GraphModel.RMAT).forEachEdge((src, dst, weight) -> {
      assertTrue(src >= 0 && src < 1000 && dst >= 0 && dst < 1000, src + " -> " + dst);
      assertTrue(weight >= 1 && weight <= 100 && weight == Math.floor(weight), "weight " + weight);
      maxima[0] = Math.max(maxima[0], src);
      maxima[1] = Math.max(maxima[1], dst);
    });
    assertTrue(maxima[0] > 900 && maxima[1] > 900, "ids reach the top of the range: " + Arrays.toString(maxima));
  }

  @Test
  void degreesAreSkewedFarBeyondAUniformGraph() {
    int[] rmat = outDegrees(graph(1 << 14, 1 << 18, GraphModel.RMAT));
    int[] uniform = outDegrees(graph(1 << 14, 1 << 18, GraphModel.UNIFORM));
    int rmatMax = Arrays.stream(rmat).max().orElseThrow();
    int uniformMax = Arrays.stream(uniform).max().orElseThrow();
    long rmatIsolated = Arrays.stream(rmat).filter(d -> d == 0).count();
    long uniformIsolated = Arrays.stream(uniform).filter(d -> d == 0).count();
    // Mean degree 16 either way: a uniform graph's maximum is about 35, R-MAT's hubs are in the thousands.
    assertTrue(rmatMax > 10 * uniformMax, "max out-degree R-MAT " + rmatMax + " vs uniform " + uniformMax);
    assertTrue(rmatIsolated > 100 * Math.max(1, uniformIsolated),
        "vertices without out-edges, R-MAT " + rmatIsolated + " vs uniform " + uniformIsolated);
  }

  @Test
  void theSameArgumentsGiveTheSameEdgesAndTheFileHoldsThem() throws Exception {
    SyntheticGraph graph = graph(500, 3000, GraphModel.RMAT);
    List<String> first = edges(graph);
    assertEquals(first, edges(graph(500, 3000, GraphModel.RMAT)));
    assertNotEquals(first, edges(new SyntheticGraph(500, 3000, 43, 1000, CompressionCodecName.SNAPPY,
        GraphModel.RMAT)));
    graph.write(dir.resolve("a.parquet"), QUIET);
    graph.write(dir.resolve("b.parquet"), QUIET);
    assertEquals(-1, Files.mismatch(dir.resolve("a.parquet"), dir.resolve("b.parquet")));
    assertTrue(ParquetFooter.read(dir.resolve("a.parquet")).getFileMetaData().getKeyValueMetaData()
        .get("parquetframe.generator").endsWith("--model rmat"));
  }

  @Test
  void uniformEdgesAreTheDocumentedRecipe() {
    List<String> expected = new ArrayList<>();
    java.util.SplittableRandom random = new java.util.SplittableRandom(42);
    for (int i = 0; i < 100; i++) {
      expected.add(random.nextLong(50) + ">" + random.nextLong(50) + ":" + (double) (1 + random.nextInt(100)));
    }
    assertEquals(expected, edges(graph(50, 100, GraphModel.UNIFORM)));
  }

  @Test
  void modelNamesParseAndUnknownOnesSayWhatExists() {
    assertEquals(GraphModel.RMAT, GraphModel.parse(" RMat "));
    assertEquals(GraphModel.UNIFORM, GraphModel.parse("uniform"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GraphModel.parse("kron"));
    assertTrue(e.getMessage().contains("uniform or rmat"), e.getMessage());
  }

  private static int[] outDegrees(SyntheticGraph graph) {
    int[] degrees = new int[(int) graph.vertices()];
    graph.forEachEdge((src, dst, weight) -> degrees[(int) src]++);
    return degrees;
  }

  private static List<String> edges(SyntheticGraph graph) {
    List<String> edges = new ArrayList<>();
    graph.forEachEdge((src, dst, weight) -> edges.add(src + ">" + dst + ":" + weight));
    return edges;
  }
}
