package org.parquetframe.benchmarks.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogLogChartTest {
  @TempDir
  Path dir;

  /** A run of one graph size (bench --sizes 10M) has one x value; its chart is drawn, not refused. */
  @Test
  void drawsAChartOfASinglePoint() throws Exception {
    Path png = dir.resolve("one.png");
    LogLogChart chart = new LogLogChart("pagerank", "one size", "edges", AxisUnit.COUNT, "time", AxisUnit.SECONDS)
        .point("ours warm", 1e7, 0.16).point("JGraphT", 1e7, 0.16);
    chart.writePng(png, 400, 300);
    assertTrue(Files.size(png) > 1000, "a PNG was written");
  }
}
