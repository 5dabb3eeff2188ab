package org.parquetframe.benchmarks.scan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.parquetframe.benchmarks.report.SampleStats;

/**
 * Wall-clock times of repeated runs of one thing, in milliseconds, in the order they were taken.
 * Summaries are {@link SampleStats}'s, like every benchmark family's, except that no samples (a
 * setting that was not run) summarise to NaN, which reports print as "–".
 */
final class Samples {
  private final List<Double> millis = new ArrayList<>();

  void add(long nanos) {
    millis.add(nanos / 1e6);
  }

  double median() {
    return millis.isEmpty() ? Double.NaN : SampleStats.median(millis);
  }

  double min() {
    return millis.isEmpty() ? Double.NaN : Collections.min(millis);
  }

  double max() {
    return millis.isEmpty() ? Double.NaN : Collections.max(millis);
  }

  List<Double> all() {
    return List.copyOf(millis);
  }
}
