package org.parquetframe.benchmarks.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EndToEndReportTest {
  private static final String OURS = BenchOptions.PARQUETFRAME;
  private static final String PEER = BenchOptions.JGRAPHT;

  @TempDir
  Path dir;

  private static BenchResults results() {
    return new TestingResults()
        .add(OURS, "build", "cold", "", 0.01)
        .add(OURS, "pagerank", "cold", "top 4", 0.05)
        .add(OURS, "pagerank", "warm", "top 4", 0.02)
        .add(OURS, "bfs", "cold", "reached 10", 0.05)
        .add(OURS, "bfs", "warm", "reached 10", 0.02)
        .add(PEER, "build", "cold", "", 0.3)
        .add(PEER, "pagerank", "run", "top 4", 0.1)
        .add(PEER, "bfs", "run", "reached 11", 0.04)
        .build();
  }

  @Test
  void tableShowsMediansSpeedUpsAndWhetherTheAnswersAgree() {
    String markdown = new EndToEndReport(results()).markdown();
    assertTrue(markdown.contains("| 1K | read + build | 10.0 ms |  | 300 ms |  |  | 30.0x |  |"), markdown);
    assertTrue(markdown.contains("| 1K | pagerank | 50.0 ms | 20.0 ms | 300 ms | 100 ms | 5.00x | 8.00x | same |"),
        markdown);
    assertTrue(markdown.contains("| 1K | bfs | 50.0 ms | 20.0 ms | 300 ms | 40.0 ms | 2.00x | 6.80x "
        + "| DIFFER: reached 10 / reached 11 |"), markdown);
    assertTrue(markdown.contains("| uniform | 1K | parquetframe | 300 MB | 500 MB | yes |"), markdown);
    assertTrue(markdown.contains("load average 1.0 1.0 1.0 at start, 2.0 1.0 1.0 at end"), markdown);
  }

  @Test
  void aRunThatDidNotFinishIsNamedNotHidden() {
    BenchResults results = new TestingResults()
        .add(OURS, "pagerank", "warm", "top 4", 0.02)
        .dnf(PEER, "build", "cold")
        .dnf(PEER, "pagerank", "run")
        .build();
    String markdown = new EndToEndReport(results).markdown();
    assertTrue(markdown.contains("| 1K | pagerank | – | 20.0 ms | – | – | – | – | JGraphT did not finish |"),
        markdown);
  }

  @Test
  void writesJsonMarkdownAndOnePngPerKernelAndModel() throws Exception {
    List<Path> charts = new EndToEndReport(results()).write(dir);
    assertEquals(List.of("build-uniform.png", "pagerank-uniform.png", "bfs-uniform.png"),
        charts.stream().map(p -> p.getFileName().toString()).toList());
    byte[] png = Files.readAllBytes(charts.get(1));
    assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(png, 4));
    assertTrue(Files.readString(dir.resolve("results.md")).contains("| pagerank |"));
    assertTrue(Files.readString(dir.resolve("results.json")).contains("\"ratios\""));
  }

  @Test
  void chartsHaveALinePerSystemAndPhaseWithData() {
    EndToEndReport report = new EndToEndReport(results());
    assertEquals(List.of("ParquetFrame SQL, cold (reads + builds)", "ParquetFrame SQL, warm (graph cached)",
        "JGraphT, build + kernel", "JGraphT, kernel on the graph in memory"), report.chart("bfs", "uniform").lines());
    assertEquals(List.of("ParquetFrame: read Parquet + build CSR", "JGraphT: read Parquet + build graph"),
        report.chart("build", "uniform").lines());
  }
}
