package org.parquetframe.benchmarks.graph;

import java.util.ArrayList;
import java.util.List;
import org.parquetframe.benchmarks.report.MachineInfo;
import org.parquetframe.benchmarks.report.PeakMemory;

/** Hand-made results of a run on one uniform 1K-edge graph and two kernels, for report and ratio tests. */
final class TestingResults {
  static final MachineInfo MACHINE = new MachineInfo("2026-12-01T10:00:00Z", 2, -1, "17", "Linux", "1.0 1.0 1.0");

  private final List<Measurement> measurements = new ArrayList<>();

  static BenchOptions options() {
    return BenchOptions.parse(List.of("--sizes", "1K", "--models", "uniform", "--kernels", "pagerank,bfs"));
  }

  TestingResults add(String system, String kernel, String phase, String answer, double... seconds) {
    List<Double> samples = new ArrayList<>();
    for (double s : seconds) {
      samples.add(s);
    }
    measurements.add(new Measurement(system, "uniform", 1_000, kernel, phase, samples, Measurement.OK, answer));
    return this;
  }

  TestingResults dnf(String system, String kernel, String phase) {
    measurements.add(new Measurement(system, "uniform", 1_000, kernel, phase, List.of(), Measurement.DID_NOT_FINISH,
        "did not finish within the time budget"));
    return this;
  }

  BenchResults build() {
    return BenchResults.of(MACHINE, "2.0 1.0 1.0", options(), measurements,
        List.of(new MemoryRecord("parquetframe", "uniform", 1_000, new PeakMemory(300_000_000, 500_000_000))));
  }
}
