package org.parquetframe.benchmarks.graph;

import java.util.List;
import org.parquetframe.benchmarks.report.SampleStats;

/**
 * The timings of one kernel (or the graph build) in one phase, by one system, on one graph: every
 * raw sample in seconds, and what the run answered (a row count, a distance...) so that the
 * systems can be checked against each other.
 *
 * @param system {@code parquetframe} or {@code jgrapht}
 * @param model graph model ({@code uniform}, {@code rmat})
 * @param edges edges of the graph
 * @param kernel a kernel's SQL name, or {@code build}
 * @param phase {@code cold} (graph read and built), {@code warm} (graph cached) or {@code run} (JGraphT, graph in memory)
 * @param seconds raw samples in seconds, in the order they were taken
 * @param status {@code ok}, {@code dnf} (did not finish within the time budget) or {@code failed}
 * @param answer what the run computed, or the error of a failed run
 */
public record Measurement(String system, String model, long edges, String kernel, String phase,
    List<Double> seconds, String status, String answer) {

  public static final String OK = "ok";
  public static final String DID_NOT_FINISH = "dnf";
  public static final String FAILED = "failed";

  public Measurement {
    seconds = seconds == null ? List.of() : List.copyOf(seconds);
  }

  /** The median of the samples; NaN when there are none or the run did not finish. */
  public double median() {
    return OK.equals(status) && !seconds.isEmpty() ? SampleStats.median(seconds) : Double.NaN;
  }

  /** Whether this is the measurement of that graph, kernel and phase (by any system). */
  public boolean sameSlot(String model, long edges, String kernel, String phase) {
    return this.model.equals(model) && this.edges == edges && this.kernel.equals(kernel) && this.phase.equals(phase);
  }
}
