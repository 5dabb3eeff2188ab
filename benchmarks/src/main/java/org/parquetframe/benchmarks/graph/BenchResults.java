package org.parquetframe.benchmarks.graph;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.parquetframe.benchmarks.report.MachineInfo;

/**
 * Everything one end-to-end run measured, as written to {@code results.json}: where it ran, with
 * which options, every raw sample, every process's peak memory, and the ratios of medians
 * (ours ÷ JGraphT, {@link GraphRatios}) that the regression gate compares.
 */
public record BenchResults(MachineInfo machine, String loadAverageAtEnd, BenchOptions options,
    List<Measurement> measurements, List<MemoryRecord> memory, Map<String, Double> ratios) {

  public BenchResults {
    measurements = measurements == null ? List.of() : List.copyOf(measurements);
    memory = memory == null ? List.of() : List.copyOf(memory);
    ratios = ratios == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(ratios));
  }

  /** The results with their ratios computed from the measurements. */
  public static BenchResults of(MachineInfo machine, String loadAverageAtEnd, BenchOptions options,
      List<Measurement> measurements, List<MemoryRecord> memory) {
    BenchResults unrated = new BenchResults(machine, loadAverageAtEnd, options, measurements, memory, null);
    return new BenchResults(machine, loadAverageAtEnd, options, measurements, memory, GraphRatios.of(unrated));
  }

  /** The measurement of {@code system} in that slot, or null. */
  public Measurement find(String system, String model, long edges, String kernel, String phase) {
    for (Measurement m : measurements) {
      if (m.system().equals(system) && m.sameSlot(model, edges, kernel, phase)) {
        return m;
      }
    }
    return null;
  }

  /** The median of that measurement, or NaN when it is missing or did not finish. */
  public double median(String system, String model, long edges, String kernel, String phase) {
    Measurement m = find(system, model, edges, kernel, phase);
    return m == null ? Double.NaN : m.median();
  }
}
