package org.parquetframe.benchmarks.gate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Compares the ratios of a benchmark run (ours ÷ a peer's time, measured in the same run so that
 * the machine's speed cancels out) with a recorded baseline. A ratio that grew by more than the
 * tolerance is a regression; one that is missing from the current run too (the run failed or did
 * not finish); a ratio that shrank as much is reported as an improvement, a hint to record a new
 * baseline. Knows nothing of what the ratios measure, so every benchmark family can use it.
 */
public final class RegressionGate {
  private final double tolerance;

  /**
   * @param tolerance allowed relative growth of a ratio, e.g. 0.5 for +50%
   * @throws IllegalArgumentException when it is negative or not a number
   */
  public RegressionGate(double tolerance) {
    if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
      throw new IllegalArgumentException("tolerance must be a finite number >= 0, not " + tolerance);
    }
    this.tolerance = tolerance;
  }

  /** Compares every ratio of {@code baseline} with the same one of {@code current}. */
  public GateReport compare(Map<String, Double> baseline, Map<String, Double> current) {
    List<GateReport.Line> lines = new ArrayList<>();
    for (String key : new TreeSet<>(baseline.keySet())) {
      double before = baseline.get(key);
      Double after = current.get(key);
      lines.add(new GateReport.Line(key, before, after == null ? Double.NaN : after, verdict(before, after)));
    }
    for (String key : new TreeSet<>(current.keySet())) {
      if (!baseline.containsKey(key)) {
        lines.add(new GateReport.Line(key, Double.NaN, current.get(key), GateReport.Verdict.NEW));
      }
    }
    return new GateReport(tolerance, lines);
  }

  private GateReport.Verdict verdict(double before, Double after) {
    if (after == null || after.isNaN()) {
      return GateReport.Verdict.MISSING;
    }
    if (after > before * (1 + tolerance)) {
      return GateReport.Verdict.SLOWER;
    }
    if (after * (1 + tolerance) < before) {
      return GateReport.Verdict.FASTER;
    }
    return GateReport.Verdict.SAME;
  }
}
