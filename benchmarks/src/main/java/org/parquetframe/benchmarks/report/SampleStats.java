package org.parquetframe.benchmarks.report;

import java.util.Arrays;
import java.util.List;

/** Summaries of repeated timings: medians (robust to the noise of a shared machine) and ratios of medians. */
public final class SampleStats {
  private SampleStats() {}

  /**
   * The median of {@code samples}: the middle value, or the mean of the two middle values of an
   * even count.
   *
   * @throws IllegalArgumentException when there are no samples or one is not a finite number
   */
  public static double median(List<Double> samples) {
    if (samples == null || samples.isEmpty()) {
      throw new IllegalArgumentException("a median needs at least one sample");
    }
    double[] sorted = samples.stream().mapToDouble(Double::doubleValue).toArray();
    for (double sample : sorted) {
      if (!Double.isFinite(sample)) {
        throw new IllegalArgumentException("samples must be finite numbers, got " + sample);
      }
    }
    Arrays.sort(sorted);
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  /**
   * {@code numerator / denominator}, or NaN when either is missing (NaN) or the denominator is not
   * positive: a ratio that cannot be formed is shown as such rather than as infinity.
   */
  public static double ratio(double numerator, double denominator) {
    if (Double.isNaN(numerator) || Double.isNaN(denominator) || denominator <= 0) {
      return Double.NaN;
    }
    return numerator / denominator;
  }
}
