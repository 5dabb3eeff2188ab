package org.parquetframe.benchmarks.scan;

import java.util.ArrayList;
import java.util.List;

/** Wall-clock times of repeated runs of one measurement, in milliseconds. */
final class Samples {
  private final List<Double> millis = new ArrayList<>();

  void add(long nanos) {
    millis.add(nanos / 1e6);
  }

  double median() {
    List<Double> sorted = new ArrayList<>(millis);
    sorted.sort(null);
    int n = sorted.size();
    if (n == 0) {
      return Double.NaN;
    }
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  List<Double> all() {
    return List.copyOf(millis);
  }
}
